import { useT } from '../../i18n';

export function LeaguePage() {
  const t = useT();
  return <p>{t('placeholder.comingSoon')}</p>;
}
