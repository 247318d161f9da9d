// /signin: email and password. The api answers the access token (kept in memory) and sets the refresh
// token as an httpOnly cookie; the reader then returns to the page that sent them here (?next=), or to
// the authority dashboard if they are an official. A refusal is shown with the field it names.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { Field, FormAlert } from '../../auth/Field';
import '../../auth/forms.css';
import { safeNextPath } from '../../auth/next-page';
import { formAlert } from '../../auth/problem';
import { authorityRegions, signedInWith, useSession, type Me } from '../../auth/session';
import { useFormRequest } from '../../auth/use-form-request';
import { useSignOut } from '../../auth/use-sign-out';
import { useI18n } from '../../i18n';

function landingPage(me: Me): string {
  return authorityRegions(me).length > 0 ? '/authority' : '/';
}

export function SignInPage() {
  const session = useSession();
  const { t } = useI18n();
  return (
    <>
      <h1>{t('signin.title')}</h1>
      {session.status === 'signedIn' ? <AlreadySignedIn me={session.me} /> : <SignInForm />}
    </>
  );
}

function AlreadySignedIn({ me }: { me: Me }) {
  const { t } = useI18n();
  const signOut = useSignOut();
  return (
    <div className="form">
      <p>{t('signin.already', { email: me.user.email })}</p>
      <div className="form__actions">
        <Link to={landingPage(me)}>{t('signin.continue')}</Link>
        <button type="button" className="button" onClick={() => void signOut()}>
          {t('auth.signOut')}
        </button>
      </div>
    </div>
  );
}

function SignInForm() {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const request = useFormRequest(t('form.failed'));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const answer = await request.run(() =>
      api.POST('/api/v1/auth/login', {
        body: { email, password },
        headers: { 'Accept-Language': language },
      }),
    );
    if (!answer.ok) return;
    const me = await signedInWith(answer.data.accessToken);
    if (me) navigate(safeNextPath(searchParams.get('next'), landingPage(me)), { replace: true });
  }

  const { problem } = request;
  const alert = formAlert(problem, ['email', 'password']);
  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      {alert && <FormAlert>{alert}</FormAlert>}
      <Field
        label={t('form.email')}
        name="email"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={problem?.fields.email}
      />
      <Field
        label={t('form.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={problem?.fields.password}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={request.pending}>
          {request.pending ? t('form.sending') : t('signin.submit')}
        </button>
        <Link to="/reset-password">{t('signin.forgot')}</Link>
      </div>
    </form>
  );
}
