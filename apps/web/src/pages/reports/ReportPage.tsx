import { useT } from '../../i18n';

export function ReportPage() {
  const t = useT();
  return <p>{t('placeholder.comingSoon')}</p>;
}
