// Placeholder until the account pages land (W4 replaces it).
import { useT } from '../../i18n';

export function ResetPasswordPage() {
  const t = useT();
  return <p>{t('placeholder.comingSoon')}</p>;
}
