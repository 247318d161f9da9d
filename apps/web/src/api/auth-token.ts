// The signed-in reader's access token, kept in memory only (never in storage a script could read later).
// The refresh token lives in the httpOnly cookie the api sets, so a reload restores the session through
// refreshAccessToken() rather than from anything stored here.
type Listener = (token: string | null) => void;

let accessToken: string | null = null;
const listeners = new Set<Listener>();

export function getAccessToken(): string | null {
  return accessToken;
}

export function setAccessToken(token: string | null): void {
  accessToken = token;
  for (const listener of listeners) listener(token);
}

/** Calls listener on every change of the token; returns the unsubscribe function (fits useSyncExternalStore). */
export function subscribeAccessToken(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
