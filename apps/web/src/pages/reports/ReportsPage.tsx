import { useT } from '../../i18n';

export function ReportsPage() {
  const t = useT();
  return <p>{t('placeholder.comingSoon')}</p>;
}
