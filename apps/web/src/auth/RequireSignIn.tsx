// The guard of a page that needs a session: while the session is being restored it says so; without
// one it sends the reader to the sign-in page, which brings them back here (?next=) once signed in.
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useT } from '../i18n';
import { signInPath } from './next-page';
import { useSession, type Me } from './session';

export function RequireSignIn({ children }: { children: (me: Me) => ReactNode }) {
  const session = useSession();
  const location = useLocation();
  const t = useT();
  if (session.status === 'restoring') return <p role="status">{t('auth.restoring')}</p>;
  if (session.status === 'signedOut') {
    return <Navigate to={signInPath(`${location.pathname}${location.search}${location.hash}`)} replace />;
  }
  return children(session.me);
}
