import { useT } from '../../i18n';

export function MethodologyPage() {
  const t = useT();
  return <p>{t('placeholder.comingSoon')}</p>;
}
