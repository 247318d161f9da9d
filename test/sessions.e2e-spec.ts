import { eventually } from '@careledger/testing';
import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import {
  addMember,
  bearer,
  createApiKey,
  defaultPassword,
  login,
  registerOrg,
  RegisteredOrg,
} from './support/factories.js';

/**
 * Issue 13, item 6: access tokens stop working when their session ends (logout, password change, sign
 * out everywhere, suspension) and a removed member's token no longer reaches the organisation.
 */

const platformAdminEmail = 'platform-admin@careledger.example';
const platformAdminPassword = 'platform admin passphrase';
/** A beneficiary with only a name: the smallest write that staff and API keys may make. */
const beneficiaryInput = { fullName: 'Анна Иванова' };

interface Tokens {
  accessToken: string;
  refreshToken: string;
}

interface InjectResponse {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
  json(): any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe('sessions that end', () => {
  let api: TestApi;
  let platformAdminToken: string;

  beforeAll(async () => {
    api = await startTestApi('sessions', {
      PLATFORM_ADMIN_EMAIL: platformAdminEmail,
      PLATFORM_ADMIN_PASSWORD: platformAdminPassword,
      RATE_LIMIT_PER_MINUTE: '100000',
      // failed guesses slow the account down; here by milliseconds, not seconds
      LOGIN_DELAY_BASE_MS: '1',
      LOGIN_DELAY_MAX_MS: '4',
    });
    platformAdminToken = await login(api.app, platformAdminEmail, platformAdminPassword);
  });

  afterAll(() => api.close());

  function send(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    headers: Record<string, string> = {},
    payload?: object,
  ): Promise<InjectResponse> {
    return api.app.inject({ method, url: `/api/v1${url}`, headers, payload });
  }

  const me = (accessToken: string) => send('GET', '/me', bearer(accessToken));
  const refresh = (refreshToken: string) => send('POST', '/auth/refresh', {}, { refreshToken });

  async function signIn(email: string, password = defaultPassword): Promise<Tokens> {
    const response = await send('POST', '/auth/login', {}, { email, password });
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  function expectProblem(response: InjectResponse, status: number, detail?: RegExp): void {
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    if (detail) expect(response.json().detail).toMatch(detail);
  }

  describe('logout', () => {
    it('makes the access token of that session 401 at once, and leaves other sessions alone', async () => {
      const org = await registerOrg(api.app);
      const other = await signIn(org.adminEmail);
      expect((await me(org.accessToken)).statusCode).toBe(200);

      const logout = await send('POST', '/auth/logout', {}, { refreshToken: org.refreshToken });
      expect(logout.statusCode).toBe(204);

      expectProblem(await me(org.accessToken), 401);
      expect((await me(other.accessToken)).statusCode).toBe(200);
    });
  });

  describe('refresh tokens that are not ours', () => {
    it.each(['-'.repeat(36), `${'g'.repeat(36)}.secret`, `${'-'.repeat(36)}.secret`, '.', 'x'.repeat(200)])(
      'answers 401, not 500, to %j at refresh and logout',
      async (refreshToken) => {
        expectProblem(await refresh(refreshToken), 401);
        expectProblem(await send('POST', '/auth/logout', {}, { refreshToken }), 401);
      },
    );
  });

  describe('sign out everywhere', () => {
    it('ends every session of the account: access and refresh tokens alike', async () => {
      const org = await registerOrg(api.app);
      const second = await signIn(org.adminEmail);
      const bystander = await registerOrg(api.app);

      const response = await send('POST', '/me/sessions/revoke', bearer(second.accessToken));
      expect(response.statusCode).toBe(204);
      expect(response.body).toBe('');

      for (const tokens of [org, second]) {
        expectProblem(await me(tokens.accessToken), 401);
        expectProblem(await refresh(tokens.refreshToken), 401);
      }
      expect((await me(bystander.accessToken)).statusCode).toBe(200);
      expect((await me((await signIn(org.adminEmail)).accessToken)).statusCode).toBe(200);
    });

    it('needs a signed-in person: 401 without a token, and for an API key', async () => {
      const org = await registerOrg(api.app);
      expectProblem(await send('POST', '/me/sessions/revoke'), 401);
      const key = await createApiKey(api.app, org);
      expectProblem(await send('POST', '/me/sessions/revoke', { 'x-api-key': key }), 401);
    });
  });

  describe('password change', () => {
    const newPassword = 'lantern orchard velvet compass';

    function changePassword(accessToken: string, payload: object): Promise<InjectResponse> {
      return send('POST', '/me/password', bearer(accessToken), payload);
    }

    it('changes the password, ends every session and hands the caller a fresh pair', async () => {
      const org = await registerOrg(api.app);
      const second = await signIn(org.adminEmail);

      const response = await changePassword(second.accessToken, {
        currentPassword: defaultPassword,
        newPassword,
      });
      expect(response.statusCode).toBe(200);
      const fresh: Tokens = response.json();
      expect(fresh).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });

      for (const tokens of [org, second]) {
        expectProblem(await me(tokens.accessToken), 401);
        expectProblem(await refresh(tokens.refreshToken), 401);
      }
      expect((await me(fresh.accessToken)).statusCode).toBe(200);
      expect((await refresh(fresh.refreshToken)).statusCode).toBe(200);
      expectProblem(
        await send('POST', '/auth/login', {}, { email: org.adminEmail, password: defaultPassword }),
        401,
      );
      await signIn(org.adminEmail, newPassword);
    });

    it('refuses a wrong current password with 400 naming currentPassword, changing nothing', async () => {
      const org = await registerOrg(api.app);
      const response = await changePassword(org.accessToken, {
        currentPassword: 'not my password at all',
        newPassword,
      });
      expectProblem(response, 400);
      expect(response.json().errors).toEqual([
        { field: 'currentPassword', message: 'is not the current password' },
      ]);
      expect((await me(org.accessToken)).statusCode).toBe(200);
      await signIn(org.adminEmail);
    });

    it('counts wrong current passwords as failed logins, so a stolen token cannot guess past the throttle', async () => {
      const org = await registerOrg(api.app);
      const limit = api.db.config.LOGIN_ATTEMPTS_PER_WINDOW;
      for (let attempt = 1; attempt <= limit; attempt++) {
        const response = await changePassword(org.accessToken, {
          currentPassword: `guess number ${attempt}`,
          newPassword,
        });
        expectProblem(response, 400);
      }
      const refused = await changePassword(org.accessToken, {
        currentPassword: defaultPassword,
        newPassword,
      });
      expectProblem(refused, 429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      // the same count refuses a login from this address too; nothing was changed
      expectProblem(
        await send('POST', '/auth/login', {}, { email: org.adminEmail, password: defaultPassword }),
        429,
      );
      expect((await me(org.accessToken)).statusCode).toBe(200);
    });

    it.each([
      ['1234567890', 'is one of the most common passwords'],
      ['short', 'must be at least 10 characters long'],
    ])('refuses the new password %j with 400 naming newPassword and why', async (weak, message) => {
      const org = await registerOrg(api.app);
      const response = await changePassword(org.accessToken, {
        currentPassword: defaultPassword,
        newPassword: weak,
      });
      expectProblem(response, 400);
      expect(response.json().errors).toEqual([{ field: 'newPassword', message }]);
    });

    it('counts the account’s own email as guessable in the new password', async () => {
      const org = await registerOrg(api.app);
      const response = await changePassword(org.accessToken, {
        currentPassword: defaultPassword,
        newPassword: `${org.adminEmail.split('@')[0]}!!`,
      });
      expectProblem(response, 400);
      expect(response.json().errors).toEqual([
        { field: 'newPassword', message: 'is built from your own name or email address' },
      ]);
    });
  });

  describe('membership removal', () => {
    it('stops the removed member’s token from reaching the organisation, with the same token', async () => {
      const org = await registerOrg(api.app);
      const member = await addMember(api.app, org, 'staff');
      expect((await send('GET', `/orgs/${org.orgId}`, bearer(member.accessToken))).statusCode).toBe(200);

      const removed = await send(
        'DELETE',
        `/orgs/${org.orgId}/members/${member.userId}`,
        bearer(org.accessToken),
      );
      expect(removed.statusCode).toBe(204);

      expectProblem(await send('GET', `/orgs/${org.orgId}`, bearer(member.accessToken)), 404);
      expectProblem(
        await send('POST', `/orgs/${org.orgId}/beneficiaries`, bearer(member.accessToken), beneficiaryInput),
        404,
      );
      // The person still has their account: only the organisation is out of reach.
      expect((await me(member.accessToken)).statusCode).toBe(200);
    });
  });

  describe('suspending an account', () => {
    function setStatus(userId: string, status: string, token = platformAdminToken): Promise<InjectResponse> {
      return send('PATCH', `/admin/users/${userId}`, bearer(token), { status });
    }

    it('ends its sessions at once and refuses login and refresh until it is reinstated', async () => {
      const org = await registerOrg(api.app);
      const suspended = await setStatus(org.adminId, 'suspended');
      expect(suspended.statusCode).toBe(200);
      expect(suspended.json()).toEqual({
        id: org.adminId,
        status: 'suspended',
        suspendedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      });

      expectProblem(await me(org.accessToken), 401);
      expectProblem(await refresh(org.refreshToken), 401);
      expectProblem(
        await send('POST', '/auth/login', {}, { email: org.adminEmail, password: defaultPassword }),
        403,
        /suspended/,
      );

      const reinstated = await setStatus(org.adminId, 'active');
      expect(reinstated.json()).toEqual({ id: org.adminId, status: 'active', suspendedAt: null });
      expect((await me((await signIn(org.adminEmail)).accessToken)).statusCode).toBe(200);
    });

    it('is for platform admins only, answers 404 for an unknown user and 400 for a bad status', async () => {
      const org = await registerOrg(api.app);
      const other = await registerOrg(api.app);
      expectProblem(await setStatus(other.adminId, 'suspended', org.accessToken), 403);
      expect((await me(other.accessToken)).statusCode).toBe(200);
      expectProblem(await setStatus(randomUUID(), 'suspended'), 404);
      expectProblem(await setStatus(other.adminId, 'banned'), 400);
      expectProblem(await setStatus('not-a-uuid', 'suspended'), 400);
    });

    it('does not let a platform admin suspend their own account', async () => {
      const self = (await me(platformAdminToken)).json().user.id;
      expectProblem(await setStatus(self, 'suspended'), 403);
      expect((await me(platformAdminToken)).statusCode).toBe(200);
    });
  });

  describe('a suspended organisation', () => {
    let org: RegisteredOrg;
    let key: string;
    let member: { accessToken: string };

    beforeAll(async () => {
      org = await registerOrg(api.app);
      key = await createApiKey(api.app, org);
      member = await addMember(api.app, org, 'staff');
      const response = await send('PATCH', `/admin/organisations/${org.orgId}`, bearer(platformAdminToken), {
        status: 'suspended',
        reason: 'проверка',
      });
      expect(response.statusCode).toBe(200);
    });

    it.each([
      ['its admin', () => bearer(org.accessToken)],
      ['its staff', () => bearer(member.accessToken)],
      ['its API key', () => ({ 'x-api-key': key })],
    ])('refuses writes by %s with 403 naming the suspension', async (_who, headers) => {
      const response = await send('POST', `/orgs/${org.orgId}/beneficiaries`, headers(), beneficiaryInput);
      expectProblem(response, 403, /organisation is suspended/);
    });

    it('still lets its members and keys read, so they can export their data', async () => {
      for (const headers of [bearer(org.accessToken), bearer(member.accessToken), { 'x-api-key': key }])
        expect((await send('GET', `/orgs/${org.orgId}/items`, headers)).statusCode).toBe(200);
      expect((await send('GET', `/orgs/${org.orgId}/audit`, bearer(org.accessToken))).statusCode).toBe(200);
    });

    it('takes writes again once reinstated', async () => {
      const other = await registerOrg(api.app);
      await send('PATCH', `/admin/organisations/${other.orgId}`, bearer(platformAdminToken), {
        status: 'suspended',
        reason: 'проверка',
      });
      await send('PATCH', `/admin/organisations/${other.orgId}`, bearer(platformAdminToken), {
        status: 'active',
      });
      const response = await send(
        'POST',
        `/orgs/${other.orgId}/beneficiaries`,
        bearer(other.accessToken),
        beneficiaryInput,
      );
      expect(response.statusCode).toBe(201);
    });
  });

  describe('a session revoked by another api process', () => {
    it('is refused here within the few seconds this process may remember it', async () => {
      const org = await registerOrg(api.app);
      expect((await me(org.accessToken)).statusCode).toBe(200); // now remembered here
      const sessionId = JSON.parse(Buffer.from(org.accessToken.split('.')[1], 'base64url').toString()).sid;
      // What another instance's logout writes; this process hears nothing of it.
      await api.db.asSuperuser(`update refresh_tokens set revoked_at = now() where family_id = $1`, [
        sessionId,
      ]);
      const revokedAt = Date.now();
      await eventually(async () => expect((await me(org.accessToken)).statusCode).toBe(401), {
        timeoutMs: 10_000,
      });
      expect(Date.now() - revokedAt).toBeLessThan(6_000);
    });
  });
});
