// /verify-email?token=: the page a verification mail links to. The token is spent by a button press,
// not on load, since mail scanners open links on their own and must not use up the reader's link. The
// api then signs the person in (access token here, refresh cookie from the api).
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { FormAlert } from '../../auth/Field';
import '../../auth/forms.css';
import { signedInWith } from '../../auth/session';
import { useFormRequest } from '../../auth/use-form-request';
import { useI18n } from '../../i18n';

export function VerifyEmailPage() {
  const { t, language } = useI18n();
  const token = useSearchParams()[0].get('token');
  const [verified, setVerified] = useState(false);
  const request = useFormRequest(t('form.failed'));

  async function confirm() {
    if (!token) return;
    const answer = await request.run(() =>
      api.POST('/api/v1/auth/verify-email', { body: { token }, headers: { 'Accept-Language': language } }),
    );
    if (!answer.ok) return;
    await signedInWith(answer.data.accessToken);
    setVerified(true);
  }

  if (verified) {
    return (
      <>
        <h1>{t('verifyEmail.title')}</h1>
        <p role="status" className="form-success">
          {t('verifyEmail.done')} <Link to="/">{t('common.backHome')}</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <h1>{t('verifyEmail.title')}</h1>
      {!token ? (
        <FormAlert>{t('mailedLink.noToken')}</FormAlert>
      ) : (
        <div className="form">
          <p>{t('verifyEmail.intro')}</p>
          {request.problem && (
            <FormAlert>
              {request.problem.detail} <Link to="/signin">{t('auth.signIn')}</Link>
            </FormAlert>
          )}
          <div className="form__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={request.pending}
              onClick={() => void confirm()}
            >
              {request.pending ? t('form.sending') : t('verifyEmail.submit')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
