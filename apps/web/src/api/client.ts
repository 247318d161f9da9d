// The api's typed client: openapi-fetch over the types generated from the api's OpenAPI document, so a
// changed answer breaks this build rather than a reader's page. Every request says it comes from the web
// app (the api then keeps the refresh token in its httpOnly cookie) and carries the access token if there
// is one; a 401 on anything but the auth routes triggers one refresh through the cookie and one retry.
import type { paths } from '@careledger/api-client';
import createClient, { type Middleware } from 'openapi-fetch';
import { getAccessToken, setAccessToken } from './auth-token';

export { getAccessToken, setAccessToken, subscribeAccessToken } from './auth-token';

export const CLIENT_HEADER = 'X-CareLedger-Client';
const refreshPath = '/api/v1/auth/refresh';

let refreshing: Promise<string | null> | null = null;

/**
 * Trades the refresh cookie for a new access token (null when there is no live session). Concurrent
 * callers share one request, since the api spends a refresh token on first use.
 */
export function refreshAccessToken(): Promise<string | null> {
  refreshing ??= (async () => {
    try {
      const response = await fetch(refreshPath, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { [CLIENT_HEADER]: 'web' },
      });
      const token = response.ok ? ((await response.json()) as { accessToken: string }).accessToken : null;
      setAccessToken(token);
      return token;
    } catch {
      return null; // offline: keep whatever token there was, the next request will tell
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

function withAuthHeaders(request: Request, token: string | null): Request {
  request.headers.set(CLIENT_HEADER, 'web');
  if (token) request.headers.set('Authorization', `Bearer ${token}`);
  return request;
}

// Request bodies are read once, so a copy of each request is kept until its answer is known.
const pendingCopies = new Map<string, Request>();

const authMiddleware: Middleware = {
  onRequest({ request, id }) {
    const prepared = withAuthHeaders(request, getAccessToken());
    pendingCopies.set(id, prepared.clone());
    return prepared;
  },
  async onResponse({ response, schemaPath, id }) {
    const copy = pendingCopies.get(id);
    pendingCopies.delete(id);
    if (response.status !== 401 || !copy || schemaPath.startsWith('/api/v1/auth/')) return undefined;
    const token = await refreshAccessToken();
    if (!token) return undefined;
    return fetch(withAuthHeaders(copy, token));
  },
  onError({ id }) {
    pendingCopies.delete(id);
  },
};

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(authMiddleware);
