// "Verify a file": the reader drops a PDF here (or picks it with the file input, by keyboard too); the
// browser computes its SHA-256 and the api says whether it is a report of this platform. The answer is
// one of four plain sentences.
import { useId, useState, type DragEvent } from 'react';
import { Link } from 'react-router';
import { verifyReportFile, type Verification } from '../../api/queries';
import { useI18n, type MessageKey } from '../../i18n';
import { sha256Hex } from './sha256';

type State =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string }
  | { step: 'done'; fileName: string; hash: string | null; answer: Verification }
  | { step: 'failed'; fileName: string };

export const verdicts: Record<Verification['status'], { key: MessageKey; tone: 'good' | 'warn' | 'bad' }> = {
  genuine_published: { key: 'verify.genuinePublished', tone: 'good' },
  genuine_unpublished: { key: 'verify.genuineUnpublished', tone: 'warn' },
  withdrawn: { key: 'verify.withdrawn', tone: 'warn' },
  unknown: { key: 'verify.unknown', tone: 'bad' },
};

export function VerifyFile({ expectedReportId }: { expectedReportId?: string }) {
  const { t } = useI18n();
  const inputId = useId();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [dragging, setDragging] = useState(false);

  const check = async (file: File) => {
    setState({ step: 'checking', fileName: file.name });
    try {
      const bytes = await file.arrayBuffer();
      const [hash, answer] = await Promise.all([sha256Hex(bytes), verifyReportFile(bytes)]);
      setState({ step: 'done', fileName: file.name, hash, answer });
    } catch {
      setState({ step: 'failed', fileName: file.name });
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void check(file);
  };

  return (
    <section aria-labelledby="verify-heading" className="verify">
      <h2 id="verify-heading">{t('verify.heading')}</h2>
      <p>{t('verify.intro')}</p>
      <div
        className={`drop-zone ${dragging ? 'drop-zone--active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={inputId}>{t('verify.dropHere')}</label>
        <input
          id={inputId}
          type="file"
          accept="application/pdf,.pdf"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void check(file);
          }}
        />
      </div>
      <div aria-live="polite">
        {state.step === 'checking' && <p role="status">{t('verify.checking', { file: state.fileName })}</p>}
        {state.step === 'failed' && <p role="alert">{t('verify.failed')}</p>}
        {state.step === 'done' && <VerifyAnswer state={state} expectedReportId={expectedReportId} />}
      </div>
    </section>
  );
}

function VerifyAnswer({
  state,
  expectedReportId,
}: {
  state: Extract<State, { step: 'done' }>;
  expectedReportId?: string;
}) {
  const { t, date } = useI18n();
  const { answer, hash, fileName } = state;
  const verdict = verdicts[answer.status];
  const otherReport = answer.reportId && expectedReportId && answer.reportId !== expectedReportId;
  return (
    <div className={`verdict verdict--${verdict.tone}`} data-status={answer.status}>
      <p className="verdict__headline">
        <strong>{t(verdict.key)}</strong>
      </p>
      <p>{t('verify.fileName', { file: fileName })}</p>
      {answer.organisation && answer.periodFrom && answer.periodTo && (
        <p>
          {t('verify.who', {
            organisation: answer.organisation.name,
            from: date(answer.periodFrom),
            to: date(answer.periodTo),
          })}
        </p>
      )}
      {answer.withdrawnAt && <p>{t('verify.withdrawnAt', { date: date(answer.withdrawnAt) })}</p>}
      {otherReport && (
        <p>
          {t('verify.otherReport')} <Link to={`/reports/${answer.reportId}`}>{t('verify.openOther')}</Link>
        </p>
      )}
      {hash && (
        <p>
          {t('verify.hash')} <code className="hash">{hash}</code>
        </p>
      )}
    </div>
  );
}
