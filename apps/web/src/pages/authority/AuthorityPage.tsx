// Placeholder until the authority dashboard lands (W4 replaces it).
import { useT } from '../../i18n';

export function AuthorityPage() {
  const t = useT();
  return <p>{t('placeholder.comingSoon')}</p>;
}
