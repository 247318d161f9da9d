// /invitations/accept?token=: the page an invitation mail links to. Someone without an account chooses
// their name and password here and is signed in as a member (or official) at once. Someone who has an
// account signs in first and then accepts or declines the invitations addressed to their email.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { Field, FormAlert } from '../../auth/Field';
import '../../auth/forms.css';
import { signInPath } from '../../auth/next-page';
import { PasswordRules, passwordMaxLength, passwordMinLength } from '../../auth/PasswordRules';
import { formAlert } from '../../auth/problem';
import { reloadMe, signedInWith, useSession } from '../../auth/session';
import { useFormRequest } from '../../auth/use-form-request';
import { sessionQueryKey } from '../../auth/use-sign-out';
import { useI18n, type Translate } from '../../i18n';
import type { components } from '@careledger/api-client';

type Invitation = components['schemas']['InviteeInvitationDto'];
type Accepted = components['schemas']['AcceptedInvitationDto'];

export function AcceptInvitationPage() {
  const { t } = useI18n();
  const session = useSession();
  const token = useSearchParams()[0].get('token');
  const [accepted, setAccepted] = useState<Accepted | null>(null);

  let body;
  if (accepted) body = <AcceptedNotice accepted={accepted} />;
  else if (session.status === 'restoring') body = <p role="status">{t('auth.restoring')}</p>;
  else if (session.status === 'signedIn') body = <MyInvitations onAccepted={setAccepted} />;
  else if (!token) body = <FormAlert>{t('mailedLink.noToken')}</FormAlert>;
  else body = <NewcomerForm token={token} onAccepted={setAccepted} />;
  return (
    <>
      <h1>{t('invitation.title')}</h1>
      {body}
    </>
  );
}

function roleName(t: Translate, role: Accepted['role']): string {
  return t(`invitation.role.${role}`);
}

function AcceptedNotice({ accepted }: { accepted: Accepted }) {
  const { t } = useI18n();
  const official = accepted.role === 'authority';
  return (
    <p className="form-success" role="status">
      {t('invitation.accepted', { role: roleName(t, accepted.role) })}{' '}
      <Link to={official ? '/authority' : '/'}>{official ? t('nav.authority') : t('common.backHome')}</Link>
    </p>
  );
}

function NewcomerForm({ token, onAccepted }: { token: string; onAccepted: (accepted: Accepted) => void }) {
  const { t, language } = useI18n();
  const location = useLocation();
  const [fullName, setFullName] = useState('');
  const [password, setPassword] = useState('');
  const request = useFormRequest(t('form.failed'));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const answer = await request.run(() =>
      api.POST('/api/v1/auth/invitations/accept', {
        body: { token, fullName, password },
        headers: { 'Accept-Language': language },
      }),
    );
    if (!answer.ok) return;
    await signedInWith(answer.data.accessToken);
    onAccepted(answer.data.accepted);
  }

  const { problem } = request;
  const alert = formAlert(problem, ['fullName', 'password']);
  const signIn = signInPath(`${location.pathname}${location.search}`);
  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <p>
        {t('invitation.newcomerIntro')} <Link to={signIn}>{t('invitation.haveAccount')}</Link>
      </p>
      {alert && (
        <FormAlert>
          {alert} {problem?.status === 409 && <Link to={signIn}>{t('auth.signIn')}</Link>}
        </FormAlert>
      )}
      <Field
        label={t('invitation.fullName')}
        name="fullName"
        autoComplete="name"
        required
        maxLength={200}
        value={fullName}
        onChange={(event) => setFullName(event.target.value)}
        error={problem?.fields.fullName}
      />
      <Field
        label={t('form.password')}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={passwordMinLength}
        maxLength={passwordMaxLength}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        hint={<PasswordRules />}
        error={problem?.fields.password}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={request.pending}>
          {request.pending ? t('form.sending') : t('invitation.accept')}
        </button>
      </div>
    </form>
  );
}

function MyInvitations({ onAccepted }: { onAccepted: (accepted: Accepted) => void }) {
  const { t } = useI18n();
  const invitations = useQuery({
    queryKey: [sessionQueryKey, 'invitations'],
    queryFn: async () => {
      const { data, error } = await api.GET('/api/v1/me/invitations', { params: { query: { limit: 200 } } });
      if (!data) throw new Error(error?.detail ?? 'invitations');
      return data.items;
    },
  });
  if (invitations.isPending) return <p role="status">{t('common.loading')}</p>;
  if (invitations.isError) return <FormAlert>{t('common.error')}</FormAlert>;
  if (invitations.data.length === 0) return <p>{t('invitation.none')}</p>;
  return (
    <ul className="invitation-list">
      {invitations.data.map((invitation) => (
        <InvitationItem key={invitation.id} invitation={invitation} onAccepted={onAccepted} />
      ))}
    </ul>
  );
}

function InvitationItem({
  invitation,
  onAccepted,
}: {
  invitation: Invitation;
  onAccepted: (accepted: Accepted) => void;
}) {
  const { t, language, date } = useI18n();
  const queryClient = useQueryClient();
  const request = useFormRequest(t('form.failed'));
  const where = invitation.organisation?.name ?? (invitation.regionCodes ?? []).join(', ');

  async function answer(choice: 'accept' | 'decline') {
    const params = { path: { invitationId: invitation.id } };
    const headers = { 'Accept-Language': language };
    if (choice === 'decline') {
      const declined = await request.run(() =>
        api.POST('/api/v1/me/invitations/{invitationId}/decline', { params, headers }),
      );
      if (declined.ok) await queryClient.invalidateQueries({ queryKey: [sessionQueryKey, 'invitations'] });
      return;
    }
    const accepted = await request.run(() =>
      api.POST('/api/v1/me/invitations/{invitationId}/accept', { params, headers }),
    );
    if (!accepted.ok) return;
    await reloadMe();
    onAccepted(accepted.data);
  }

  return (
    <li>
      <p>
        {t('invitation.item', { role: roleName(t, invitation.role), where })}{' '}
        <span className="muted">{t('invitation.expires', { date: date(invitation.expiresAt) })}</span>
      </p>
      {request.problem && <FormAlert>{request.problem.detail}</FormAlert>}
      <div className="form__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={request.pending}
          onClick={() => void answer('accept')}
        >
          {t('invitation.accept')}
        </button>
        <button
          type="button"
          className="button"
          disabled={request.pending}
          onClick={() => void answer('decline')}
        >
          {t('invitation.decline')}
        </button>
      </div>
    </li>
  );
}
