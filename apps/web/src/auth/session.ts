// The browser's session: who is signed in, held in memory beside the access token (api/auth-token.ts).
// On the first look at it the app tries one refresh through the httpOnly cookie, so a reload restores a
// live session; signing in and the mailed links that sign a person in (verify email, accept an
// invitation) hand their access token over through signedInWith(); signing out ends the cookie's family.
import type { components } from '@careledger/api-client';
import { useEffect, useSyncExternalStore } from 'react';
import { api, CLIENT_HEADER, refreshAccessToken, setAccessToken, subscribeAccessToken } from '../api/client';

export type Me = components['schemas']['MeDto'];

export type Session = { status: 'restoring' } | { status: 'signedOut' } | { status: 'signedIn'; me: Me };

let session: Session = { status: 'restoring' };
let restoring: Promise<void> | null = null;
const listeners = new Set<() => void>();

function setSession(next: Session): void {
  session = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// A token dropped anywhere (a refresh the api refused after a 401) ends the session shown too.
subscribeAccessToken((token) => {
  if (token === null && session.status === 'signedIn') setSession({ status: 'signedOut' });
});

async function loadMe(): Promise<Me | null> {
  const { data } = await api.GET('/api/v1/me');
  if (data) {
    setSession({ status: 'signedIn', me: data });
    return data;
  }
  setAccessToken(null);
  setSession({ status: 'signedOut' });
  return null;
}

/** Tries the refresh cookie once per page load; later callers share the first attempt. */
export function restoreSession(): Promise<void> {
  restoring ??= (async () => {
    const token = await refreshAccessToken();
    if (token) await loadMe();
    else if (session.status === 'restoring') setSession({ status: 'signedOut' });
  })();
  return restoring;
}

/** Adopts the access token of an answer that signed the person in; the api set the refresh cookie. */
export async function signedInWith(accessToken: string): Promise<Me | null> {
  restoring ??= Promise.resolve(); // a session is at hand: no need to try the cookie
  setAccessToken(accessToken);
  return loadMe();
}

/** Reads /me again, e.g. after accepting an invitation gave the person a new role. */
export function reloadMe(): Promise<Me | null> {
  return loadMe();
}

/** Ends the session on the api (the cookie's family is revoked, the cookie cleared) and in memory. */
export async function signOut(): Promise<void> {
  try {
    // Like the refresh, a cookie route: the api reads the cookie because of the web header.
    await fetch('/api/v1/auth/logout', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { [CLIENT_HEADER]: 'web' },
    });
  } catch {
    // Offline: the api could not revoke the cookie's family; this page forgets the session all the same.
  }
  setAccessToken(null);
  setSession({ status: 'signedOut' });
}

/** The current session; the first component to ask starts the restore. */
export function useSession(): Session {
  const current = useSyncExternalStore(subscribe, () => session);
  useEffect(() => {
    void restoreSession();
  }, []);
  return current;
}

/** The regions the signed-in person is an authority for (none for anyone else). */
export function authorityRegions(me: Me): string[] {
  return me.platformRoles.find((role) => role.role === 'authority')?.regionCodes ?? [];
}
