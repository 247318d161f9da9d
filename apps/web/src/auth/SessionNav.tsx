// The header's account links: "Sign in" for a visitor; for a signed-in person their dashboard (an
// official's) and "Sign out", which also forgets every answer fetched under the session.
import { NavLink } from 'react-router';
import './session-nav.css';
import { useT } from '../i18n';
import { authorityRegions, useSession } from './session';
import { useSignOut } from './use-sign-out';

export function SessionNav() {
  const session = useSession();
  const t = useT();
  const signOut = useSignOut();

  if (session.status === 'restoring') return null;
  return (
    <div className="session-nav">
      {session.status === 'signedOut' ? (
        <NavLink to="/signin">{t('auth.signIn')}</NavLink>
      ) : (
        <>
          {authorityRegions(session.me).length > 0 && <NavLink to="/authority">{t('nav.authority')}</NavLink>}
          <button type="button" className="button" onClick={() => void signOut()}>
            {t('auth.signOut')}
          </button>
        </>
      )}
    </div>
  );
}
