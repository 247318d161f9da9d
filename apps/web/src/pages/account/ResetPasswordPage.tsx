// /reset-password: without a token, the form that mails a reset link; with the mailed ?token=, the form
// that sets the new password (the api's rules shown beside it). Setting it ends every session, so the
// reader signs in afresh.
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { Field, FormAlert } from '../../auth/Field';
import '../../auth/forms.css';
import { formAlert } from '../../auth/problem';
import { PasswordRules, passwordMaxLength, passwordMinLength } from '../../auth/PasswordRules';
import { useFormRequest } from '../../auth/use-form-request';
import { useI18n } from '../../i18n';

export function ResetPasswordPage() {
  const { t } = useI18n();
  const token = useSearchParams()[0].get('token');
  return (
    <>
      <h1>{t('resetPassword.title')}</h1>
      {token ? <NewPasswordForm token={token} /> : <RequestLinkForm />}
    </>
  );
}

function RequestLinkForm() {
  const { t, language } = useI18n();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const request = useFormRequest(t('form.failed'));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const answer = await request.run(() =>
      api.POST('/api/v1/auth/password-reset', {
        body: { email },
        params: { header: { 'accept-language': language } },
      }),
    );
    setSent(answer.ok);
  }

  if (sent)
    return (
      <p className="form-success" role="status">
        {t('resetPassword.linkSent')}
      </p>
    );
  const alert = formAlert(request.problem, ['email']);
  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <p>{t('resetPassword.requestIntro')}</p>
      {alert && <FormAlert>{alert}</FormAlert>}
      <Field
        label={t('form.email')}
        name="email"
        type="email"
        autoComplete="email"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={request.problem?.fields.email}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={request.pending}>
          {request.pending ? t('form.sending') : t('resetPassword.requestSubmit')}
        </button>
      </div>
    </form>
  );
}

function NewPasswordForm({ token }: { token: string }) {
  const { t, language } = useI18n();
  const [password, setPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);
  const request = useFormRequest(t('form.failed'));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMismatch(password !== repeated);
    if (password !== repeated) return;
    const answer = await request.run(() =>
      api.POST('/api/v1/auth/password-reset/confirm', {
        body: { token, newPassword: password },
        headers: { 'Accept-Language': language },
      }),
    );
    setDone(answer.ok);
  }

  if (done) {
    return (
      <p className="form-success" role="status">
        {t('resetPassword.done')} <Link to="/signin">{t('auth.signIn')}</Link>
      </p>
    );
  }
  const { problem } = request;
  const alert = formAlert(problem, ['newPassword']);
  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      {alert && <FormAlert>{alert}</FormAlert>}
      <Field
        label={t('resetPassword.newPassword')}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={passwordMinLength}
        maxLength={passwordMaxLength}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        hint={<PasswordRules />}
        error={problem?.fields.newPassword}
      />
      <Field
        label={t('resetPassword.repeat')}
        name="repeatPassword"
        type="password"
        autoComplete="new-password"
        required
        value={repeated}
        onChange={(event) => setRepeated(event.target.value)}
        error={mismatch ? t('resetPassword.mismatch') : undefined}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={request.pending}>
          {request.pending ? t('form.sending') : t('resetPassword.submit')}
        </button>
      </div>
    </form>
  );
}
