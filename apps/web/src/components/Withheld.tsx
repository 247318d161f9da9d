// A figure the api withheld (null: fewer than five people behind it) is shown as "< 5"; the reader can
// hover or focus it for the reason, and WithheldNote explains it once per page with a methodology link.
import { Link } from 'react-router';
import { WITHHELD, useT } from '../i18n';

export function Withheld() {
  const t = useT();
  return (
    <abbr className="withheld" title={t('common.withheldExplained')} tabIndex={0}>
      {WITHHELD}
    </abbr>
  );
}

/** A formatted figure, or "< 5" with its explanation when withheld. */
export function Figure({
  value,
  format,
}: {
  value: number | null | undefined;
  format: (value: number) => string;
}) {
  return value === null || value === undefined ? <Withheld /> : <>{format(value)}</>;
}

export function WithheldNote() {
  const t = useT();
  return (
    <p className="note">
      <strong>{WITHHELD}</strong> — {t('common.withheldExplained')}{' '}
      <Link to="/methodology#disclosure">{t('common.withheldLink')}</Link>
    </p>
  );
}
