import { useT } from '../../i18n';

export function RegionPage() {
  const t = useT();
  return <p>{t('placeholder.comingSoon')}</p>;
}
