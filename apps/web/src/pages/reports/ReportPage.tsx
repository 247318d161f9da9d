// `/reports/:id`: the page a report's printed verification address and QR code open. It says what the
// number is (published, withdrawn, genuine but never published, or unknown), who made the report and
// for what period, its SHA-256 and the download, and lets the reader verify the file they hold.
import { Suspense, lazy } from 'react';
import { Link, useParams } from 'react-router';
import { useReportNumber, type PublicReport, type ReportNumber } from '../../api/queries';
import { LoadError, Loading } from '../../components/QueryState';
import { useI18n, type MessageKey } from '../../i18n';
import { reportTypeLabel } from '../labels';
import { VerifyFile } from './VerifyFile';

const ReportPreview = lazy(() => import('./ReportPreview'));

const statusMessages: Record<ReportNumber['status'], MessageKey> = {
  genuine_published: 'report.statusPublished',
  withdrawn: 'report.statusWithdrawn',
  genuine_unpublished: 'report.statusUnpublished',
  unknown: 'report.statusUnknown',
};

export function ReportPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const answer = useReportNumber(id);
  if (answer.isPending) return <Loading />;
  if (answer.isError) return <LoadError error={answer.error} />;
  const { status, report } = answer.data;
  return (
    <>
      <h1>{report ? reportTypeLabel(report.type, t) : t('report.title')}</h1>
      <p
        className={`verdict verdict--${status === 'genuine_published' ? 'good' : status === 'unknown' ? 'bad' : 'warn'}`}
      >
        <strong>{t(statusMessages[status])}</strong>
      </p>
      {report && <ReportFacts report={report} />}
      <VerifyFile expectedReportId={id} />
    </>
  );
}

function ReportFacts({ report }: { report: PublicReport }) {
  const { t, date, number } = useI18n();
  const withdrawn = report.status === 'withdrawn';
  return (
    <>
      <dl className="facts">
        <dt>{t('report.organisation')}</dt>
        <dd>
          <Link to={`/orgs/${report.organisation.id}`}>{report.organisation.name}</Link>
        </dd>
        <dt>{t('report.period')}</dt>
        <dd>{t('reports.period', { from: date(report.periodFrom), to: date(report.periodTo) })}</dd>
        <dt>{t('report.published')}</dt>
        <dd>{date(report.publishedAt)}</dd>
        {withdrawn && report.withdrawnAt && (
          <>
            <dt>{t('report.withdrawn')}</dt>
            <dd>{date(report.withdrawnAt)}</dd>
          </>
        )}
        <dt>{t('report.file')}</dt>
        <dd>
          {t('report.fileSize', { pages: report.pages, kilobytes: number(Math.ceil(report.bytes / 1024)) })}
        </dd>
        <dt>SHA-256</dt>
        <dd>
          <code className="hash">{report.sha256}</code>
        </dd>
      </dl>
      {withdrawn ? (
        <p>{t('report.withdrawnNoDownload')}</p>
      ) : (
        <>
          <p>
            <a className="button button--primary" href={report.fileUrl} download>
              {t('report.download')}
            </a>
          </p>
          <Suspense fallback={<p>{t('report.previewLoading')}</p>}>
            <ReportPreview fileUrl={report.fileUrl} />
          </Suspense>
        </>
      )}
    </>
  );
}
