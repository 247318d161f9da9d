import { useT } from '../../i18n';

export function OrgPage() {
  const t = useT();
  return <p>{t('placeholder.comingSoon')}</p>;
}
