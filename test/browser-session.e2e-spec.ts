import { startTestApi, TestApi } from './support/api.js';
import { bearer, defaultPassword, RegisteredOrg, registerOrg } from './support/factories.js';

/**
 * The web app's session: the refresh token lives in an httpOnly, SameSite=Strict cookie scoped to the
 * auth routes, read only when the request carries X-CareLedger-Client: web, while API clients keep the
 * token in the JSON body. The api trusts the loopback proxy here, so X-Forwarded-Proto: https makes the
 * request an https one, as a TLS-terminating proxy in front of it would.
 */
describe('the browser session cookie', () => {
  let api: TestApi;
  let org: RegisteredOrg;
  const web = { 'x-careledger-client': 'web' };

  beforeAll(async () => {
    api = await startTestApi('browser_session', { TRUST_PROXY: 'loopback' });
    org = await registerOrg(api.app);
  });

  afterAll(() => api.close());

  const post = (path: string, headers: Record<string, string> = {}, payload: object = {}) =>
    api.app.inject({ method: 'POST', url: `/api/v1/auth/${path}`, headers, payload });
  const login = (headers: Record<string, string> = {}) =>
    post('login', headers, { email: org.adminEmail, password: defaultPassword });
  /** The value of careledger_refresh in an answer's Set-Cookie, with its attributes as sent. */
  const setCookie = (response: { headers: Record<string, unknown> }) =>
    [response.headers['set-cookie'] ?? []]
      .flat()
      .map(String)
      .find((line) => line.startsWith('careledger_refresh='));
  const cookieValue = (line: string | undefined) => line?.split(';')[0].slice('careledger_refresh='.length);
  const withCookie = (value: string, headers: Record<string, string> = {}) => ({
    ...headers,
    cookie: `careledger_refresh=${value}`,
  });

  it('signs the web app in with the access token in the body and the refresh token in the cookie only', async () => {
    const response = await login(web);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toEqual({
      accessToken: expect.any(String),
      tokenType: 'Bearer',
      expiresIn: expect.any(Number),
    });
    const cookie = setCookie(response);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\/api\/v1\/auth(;|$)/);
    expect(cookie).toMatch(/; Max-Age=2592000/);
    expect(cookie).not.toMatch(/; Secure/);
    expect(cookieValue(cookie)).not.toBe('');
    expect(
      (await api.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(body.accessToken) }))
        .statusCode,
    ).toBe(200);
  });

  it('refreshes with the header and the cookie, rotating it: the spent cookie is refused', async () => {
    const first = cookieValue(setCookie(await login(web))) as string;
    const refreshed = await post('refresh', withCookie(first, web));
    expect(refreshed.statusCode).toBe(200);
    expect(refreshed.json().refreshToken).toBeUndefined();
    expect(refreshed.json().accessToken).toEqual(expect.any(String));
    const second = cookieValue(setCookie(refreshed)) as string;
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    expect((await post('refresh', withCookie(first, web))).statusCode).toBe(401);
  });

  it('never reads the cookie without the header: a cross-site form cannot refresh', async () => {
    const cookie = cookieValue(setCookie(await login(web))) as string;
    const refused = await post('refresh', withCookie(cookie));
    expect(refused.statusCode).toBe(401);
    expect(String(refused.headers['content-type'])).toMatch(/^application\/problem\+json/);
    expect(setCookie(refused)).toBeUndefined();
    // the cookie was not spent by the refused attempt
    expect((await post('refresh', withCookie(cookie, web))).statusCode).toBe(200);
  });

  it('answers the web header without a cookie 401', async () => {
    expect((await post('refresh', web)).statusCode).toBe(401);
  });

  it('keeps API clients as they were: tokens in the body, no cookie, 400 naming refreshToken without one', async () => {
    const response = await login();
    expect(response.statusCode).toBe(200);
    expect(response.json().refreshToken).toEqual(expect.any(String));
    expect(setCookie(response)).toBeUndefined();
    const refreshed = await post('refresh', {}, { refreshToken: response.json().refreshToken });
    expect(refreshed.statusCode).toBe(200);
    expect(refreshed.json().refreshToken).toEqual(expect.any(String));
    expect(setCookie(refreshed)).toBeUndefined();
    const missing = await post('refresh');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([expect.objectContaining({ field: 'refreshToken' })]);
  });

  it('signs the web app out: the cookie is cleared and its family revoked', async () => {
    const cookie = cookieValue(setCookie(await login(web))) as string;
    const out = await post('logout', withCookie(cookie, web));
    expect(out.statusCode).toBe(204);
    const cleared = setCookie(out);
    expect(cleared).toMatch(/^careledger_refresh=;/);
    expect(cleared).toMatch(/; Max-Age=0/);
    expect(cleared).toMatch(/; Path=\/api\/v1\/auth(;|$)/);
    expect((await post('refresh', withCookie(cookie, web))).statusCode).toBe(401);
  });

  it('marks the cookie Secure when the request came over https through the trusted proxy', async () => {
    const secure = await login({ ...web, 'x-forwarded-proto': 'https' });
    expect(setCookie(secure)).toMatch(/; Secure/);
    const refreshed = await post(
      'refresh',
      withCookie(cookieValue(setCookie(secure)) as string, { ...web, 'x-forwarded-proto': 'https' }),
    );
    expect(setCookie(refreshed)).toMatch(/; Secure/);
  });

  it('believes X-Forwarded-Proto only from a trusted proxy', async () => {
    const untrusted = await api.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '203.0.113.9',
      headers: { ...web, 'x-forwarded-proto': 'https' },
      payload: { email: org.adminEmail, password: defaultPassword },
    });
    expect(untrusted.statusCode).toBe(200);
    expect(setCookie(untrusted)).not.toMatch(/; Secure/);
  });
});
