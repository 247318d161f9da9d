// The guard in jsdom against a stubbed network: the api's refresh and /me answers decide whether the
// page shows or the reader is sent to sign in, with the way back in ?next=.
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const me = {
  user: { id: 'u1', email: 'official@lipetsk.demo', fullName: 'Official', createdAt: '2026-01-01T00:00:00Z' },
  memberships: [],
  platformRoles: [{ role: 'authority', regionCodes: ['48'] }],
};

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** Node's Request refuses a path alone; the browser reads it against the page's origin. */
class PageRequest extends Request {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' ? new URL(input, window.location.origin) : input, init);
  }
}

/** The api as the guard meets it: a refresh that succeeds or not, and /me. */
function stubApi(signedIn: boolean): void {
  vi.stubGlobal('Request', PageRequest);
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (url.endsWith('/api/v1/auth/refresh'))
        return signedIn
          ? json(200, { accessToken: 'access', tokenType: 'Bearer', expiresIn: 900 })
          : json(401, {});
      if (url.endsWith('/api/v1/me')) return json(200, me);
      return json(404, {});
    }),
  );
}

function SignInStandIn() {
  const location = useLocation();
  return <p>sign-in page at {`${location.pathname}${location.search}`}</p>;
}

async function renderAt(path: string) {
  // A fresh session module per test: the session lives in module state, as on a page load.
  vi.resetModules();
  const { RequireSignIn } = await import('./RequireSignIn');
  const { I18nProvider } = await import('../i18n');
  const router = createMemoryRouter(
    [
      {
        path: '/authority',
        element: <RequireSignIn>{(who) => <p>dashboard of {who.user.email}</p>}</RequireSignIn>,
      },
      { path: '/signin', element: <SignInStandIn /> },
    ],
    { initialEntries: [path] },
  );
  render(
    <I18nProvider initialLanguage="en">
      <RouterProvider router={router} />
    </I18nProvider>,
  );
}

describe('RequireSignIn', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it('sends a reader without a session to sign in, with the page to return to', async () => {
    stubApi(false);
    await renderAt('/authority?year=2025');
    expect(await screen.findByText('sign-in page at /signin?next=%2Fauthority%3Fyear%3D2025')).toBeTruthy();
  });

  it('shows the page to a session the refresh cookie restores', async () => {
    stubApi(true);
    await renderAt('/authority');
    expect(await screen.findByText('dashboard of official@lipetsk.demo')).toBeTruthy();
  });
});
