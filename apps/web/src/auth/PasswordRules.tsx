// The api's password rules, shown beside every new-password field so no one learns them by refusal.
// The api alone decides (libs/accounts/src/password-policy.ts); these lengths mirror its limits.
import { useT } from '../i18n';

export const passwordMinLength = 10;
export const passwordMaxLength = 256;

export function PasswordRules() {
  const t = useT();
  return (
    <>
      {t('password.rulesIntro')}
      <ul>
        <li>{t('password.ruleLength', { min: passwordMinLength, max: passwordMaxLength })}</li>
        <li>{t('password.ruleCommon')}</li>
        <li>{t('password.rulePersonal')}</li>
        <li>{t('password.ruleGuessable')}</li>
      </ul>
    </>
  );
}
