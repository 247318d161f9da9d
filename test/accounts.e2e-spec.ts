import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { jwtKeyId } from '@careledger/auth';
import jwt from 'jsonwebtoken';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createApiApp } from '../apps/api/src/bootstrap.js';
import { LoginThrottle } from '../libs/auth/src/login-throttle.js';
import { freePort } from '@careledger/testing';
import { startTestApi, TestApi } from './support/api.js';
import { bearer, defaultPassword, login, registerOrg } from './support/factories.js';
import { followVerificationLink, outboxLink, tokenOf } from './support/mail.js';

const platformAdminEmail = 'platform-admin@careledger.example';
const platformAdminPassword = 'platform admin passphrase';
const audience = 'careledger-api';

interface Tokens {
  accessToken: string;
  refreshToken: string;
}

function freshEmail(label: string): string {
  return `${label}-${randomUUID()}@example.org`;
}

function registration(overrides: { email?: string; password?: string; organisation?: object } = {}) {
  return {
    email: overrides.email ?? freshEmail('register'),
    password: overrides.password ?? defaultPassword,
    fullName: 'Ольга Смирнова',
    organisation: overrides.organisation ?? {
      name: 'АНО «Тёплый дом»',
      regionCode: '48',
      inn: '7707083893',
      ogrn: '1027700132195',
      legalForm: 'АНО',
    },
  };
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('accounts and access', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('accounts', {
      PLATFORM_ADMIN_EMAIL: platformAdminEmail,
      PLATFORM_ADMIN_PASSWORD: platformAdminPassword,
    });
  });

  afterAll(() => api.close());

  function register(payload: object) {
    return api.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload });
  }

  function attemptLogin(
    app: NestFastifyApplication,
    email: string,
    password: string,
    headers: Record<string, string> = {},
  ) {
    return app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, headers });
  }

  async function signIn(email: string, password = defaultPassword): Promise<Tokens> {
    const response = await attemptLogin(api.app, email, password);
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  function refresh(refreshToken: string) {
    return api.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken } });
  }

  function me(headers: Record<string, string> = {}) {
    return api.app.inject({ method: 'GET', url: '/api/v1/me', headers });
  }

  function expectProblem(
    response: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
    status: number,
  ): void {
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ status });
  }

  function expectFieldNamed(
    response: { statusCode: number; headers: Record<string, unknown>; json(): { errors?: unknown } },
    field: string,
  ): void {
    expectProblem(response, 400);
    expect(response.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  }

  describe('registration', () => {
    it('answers 202 without a session, and the mailed link signs the new admin in to the new organisation', async () => {
      const payload = registration();
      const response = await register(payload);
      expect(response.statusCode).toBe(202);
      expect(response.json()).toEqual({ status: 'verification_sent' });

      const tokens = await followVerificationLink(api.app, payload.email);
      const profile = await me(bearer(tokens.accessToken));
      expect(profile.statusCode).toBe(200);
      const body = profile.json();
      expect(body).toEqual({
        user: {
          id: expect.any(String),
          email: payload.email,
          fullName: 'Ольга Смирнова',
          createdAt: expect.any(String),
        },
        memberships: [{ organisationId: expect.any(String), role: 'admin' }],
        platformRoles: [],
      });
      const organisation = await api.app.inject({
        method: 'GET',
        url: `/api/v1/orgs/${body.memberships[0].organisationId}`,
        headers: bearer(tokens.accessToken),
      });
      expect(organisation.json()).toMatchObject({
        name: 'АНО «Тёплый дом»',
        regionCode: '48',
        inn: '7707083893',
        ogrn: '1027700132195',
        legalForm: 'АНО',
      });
    });

    it('answers a known email exactly as a new one, creates nothing and mails the owner instead', async () => {
      const email = freshEmail('known');
      const first = await register(registration({ email }));
      const again = await register(
        registration({
          email,
          password: 'another long passphrase 2026',
          organisation: { name: 'Фонд «Второй»', regionCode: '77' },
        }),
      );
      expect(again.statusCode).toBe(first.statusCode);
      expect(again.body).toBe(first.body);
      expect(again.headers['content-type']).toBe(first.headers['content-type']);
      expect(await outboxLink(api.app, email, 'account_exists')).toBe('http://localhost:3000/signin');
      const second = await api.db.asSuperuser(`select 1 from organisations where name = 'Фонд «Второй»'`);
      expect(second).toEqual([]);
      // The account keeps its own password: the second registration changed nothing.
      await followVerificationLink(api.app, email);
      expect((await attemptLogin(api.app, email, defaultPassword)).statusCode).toBe(200);
      expectProblem(await attemptLogin(api.app, email, 'another long passphrase 2026'), 401);
    });

    it('refuses a password under 10 characters with 400 naming password', async () => {
      const response = await register(registration({ password: 'short1234' }));
      expectFieldNamed(response, 'password');
    });

    it.each(['1234567890', 'йцукенгшщз', 'пароль1234'])(
      'refuses the common password %s with 400 saying why',
      async (password) => {
        const response = await register(registration({ password }));
        expectProblem(response, 400);
        expect(response.json().errors).toEqual([
          { field: 'password', message: 'is one of the most common passwords' },
        ]);
      },
    );

    it('refuses a password built from the person’s own email with 400 saying why', async () => {
      const email = freshEmail('olga.smirnova');
      const response = await register(registration({ email, password: `${email.split('@')[0]}.84` }));
      expectProblem(response, 400);
      expect(response.json().errors).toEqual([
        { field: 'password', message: 'is built from your own name or email address' },
      ]);
    });

    it('refuses an unknown region code with 400 naming organisation.regionCode', async () => {
      const response = await register(registration({ organisation: { name: 'Фонд', regionCode: '99' } }));
      expectFieldNamed(response, 'organisation.regionCode');
    });

    it('refuses an INN with a wrong check digit with 400 naming organisation.inn', async () => {
      const response = await register(
        registration({ organisation: { name: 'Фонд', regionCode: '48', inn: '7707083894' } }),
      );
      expectFieldNamed(response, 'organisation.inn');
    });

    it('refuses an OGRN with a wrong check digit with 400 naming organisation.ogrn', async () => {
      const response = await register(
        registration({ organisation: { name: 'Фонд', regionCode: '48', ogrn: '1027700132196' } }),
      );
      expectFieldNamed(response, 'organisation.ogrn');
    });

    it('refuses an unknown field inside organisation with 400 naming organisation.colour', async () => {
      const response = await register(
        registration({ organisation: { name: 'Фонд', regionCode: '48', colour: 'green' } }),
      );
      expectProblem(response, 400);
      expect(response.json().errors).toEqual([
        { field: 'organisation.colour', message: 'is not a known field' },
      ]);
    });

    it('creates nothing when the input is refused', async () => {
      const email = freshEmail('refused');
      await register(registration({ email, organisation: { name: 'Фонд', regionCode: '99' } }));
      expectProblem(await attemptLogin(api.app, email, defaultPassword), 401);
    });

    it('answers 413 problem+json to a 2 MB body', async () => {
      const payload = JSON.stringify({ ...registration(), fullName: 'я'.repeat(1024 * 1024) });
      expect(Buffer.byteLength(payload)).toBeGreaterThan(2 * 1024 * 1024);
      const response = await api.app.inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        headers: { 'content-type': 'application/json' },
        payload,
      });
      expectProblem(response, 413);
    });
  });

  describe('email verification', () => {
    async function registered(): Promise<string> {
      const email = freshEmail('unverified');
      expect((await register(registration({ email }))).statusCode).toBe(202);
      return email;
    }

    function verify(token: string) {
      return api.app.inject({ method: 'POST', url: '/api/v1/auth/verify-email', payload: { token } });
    }

    function resend(email: string) {
      return api.app.inject({ method: 'POST', url: '/api/v1/auth/verify-email/resend', payload: { email } });
    }

    async function verificationToken(email: string): Promise<string> {
      return tokenOf((await outboxLink(api.app, email, 'email_verification')) as string);
    }

    it('refuses to sign in before the address is verified, saying so only after the right password', async () => {
      const email = await registered();
      const wrong = await attemptLogin(api.app, email, 'not the password at all');
      expectProblem(wrong, 401);
      expect(wrong.json().detail).not.toMatch(/confirm/);
      const unverified = await attemptLogin(api.app, email, defaultPassword);
      expectProblem(unverified, 403);
      expect(unverified.json().detail).toMatch(/confirm your email address/);
    });

    it('accepts a verification link once; used again it is 400 naming token', async () => {
      const email = await registered();
      const token = await verificationToken(email);
      expect((await verify(token)).statusCode).toBe(200);
      expect((await attemptLogin(api.app, email, defaultPassword)).statusCode).toBe(200);
      expectFieldNamed(await verify(token), 'token');
    });

    it('refuses an expired link and a malformed token with 400 naming token', async () => {
      const email = await registered();
      const token = await verificationToken(email);
      await api.db.asSuperuser(
        `update user_tokens set expires_at = now() - interval '1 second' where id = $1`,
        [token.split('.')[0]],
      );
      expectFieldNamed(await verify(token), 'token');
      expectFieldNamed(await verify('not-a-token'), 'token');
      expectFieldNamed(await verify(`${randomUUID()}.guess`), 'token');
      expectProblem(await attemptLogin(api.app, email, defaultPassword), 403);
    });

    it('mails a new link on request that replaces the earlier one', async () => {
      const email = await registered();
      const first = await verificationToken(email);
      const response = await resend(email);
      expect(response.statusCode).toBe(202);
      expect(response.json()).toEqual({ status: 'verification_sent' });
      const second = await verificationToken(email);
      expect(second).not.toBe(first);
      expectFieldNamed(await verify(first), 'token');
      expect((await verify(second)).statusCode).toBe(200);
    });

    it('answers a resend for an unknown or already verified email the same, and mails nothing', async () => {
      const unverified = await resend(await registered());
      const org = await registerOrg(api.app);
      const mailsBefore = await api.db.asSuperuser(`select id from mail_outbox where recipient = $1`, [
        org.adminEmail,
      ]);
      for (const email of [freshEmail('nobody'), org.adminEmail]) {
        const response = await resend(email);
        expect(response.statusCode).toBe(unverified.statusCode);
        expect(response.body).toBe(unverified.body);
      }
      expect(
        await api.db.asSuperuser(`select id from mail_outbox where recipient = $1`, [org.adminEmail]),
      ).toEqual(mailsBefore);
      expect(await outboxLink(api.app, freshEmail('nobody'), 'email_verification')).toBeUndefined();
    });

    it('lets the platform admin made from the configuration sign in without a link', async () => {
      expect((await attemptLogin(api.app, platformAdminEmail, platformAdminPassword)).statusCode).toBe(200);
    });
  });

  describe('password reset', () => {
    const newPassword = 'a quiet walk along the Don river';

    function requestReset(email: string) {
      return api.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email } });
    }

    function confirmReset(token: string, password = newPassword) {
      return api.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset/confirm',
        payload: { token, newPassword: password },
      });
    }

    async function resetToken(email: string): Promise<string> {
      expect((await requestReset(email)).statusCode).toBe(202);
      return tokenOf((await outboxLink(api.app, email, 'password_reset')) as string);
    }

    it('answers a known and an unknown email the same, and mails a link only to the account', async () => {
      const org = await registerOrg(api.app);
      const unknownEmail = freshEmail('unknown');
      const known = await requestReset(org.adminEmail);
      const unknown = await requestReset(unknownEmail);
      expect(known.statusCode).toBe(202);
      expect(known.json()).toEqual({ status: 'reset_sent' });
      expect(unknown.statusCode).toBe(known.statusCode);
      expect(unknown.body).toBe(known.body);
      expect(await outboxLink(api.app, org.adminEmail, 'password_reset')).toMatch(
        /^http:\/\/localhost:3000\/reset-password\?token=/,
      );
      expect(await outboxLink(api.app, unknownEmail, 'password_reset')).toBeUndefined();
    });

    it('sets the new password and ends every session; the link then works no more', async () => {
      const org = await registerOrg(api.app);
      const token = await resetToken(org.adminEmail);
      expect((await confirmReset(token)).statusCode).toBe(204);

      expectProblem(await refresh(org.refreshToken), 401);
      expectProblem(await me(bearer(org.accessToken)), 401);
      expectProblem(await attemptLogin(api.app, org.adminEmail, defaultPassword), 401);
      expect((await attemptLogin(api.app, org.adminEmail, newPassword)).statusCode).toBe(200);
      expectFieldNamed(await confirmReset(token, 'yet another long passphrase'), 'token');
    });

    it('refuses an expired link with 400 naming token and keeps the password', async () => {
      const org = await registerOrg(api.app);
      const token = await resetToken(org.adminEmail);
      await api.db.asSuperuser(
        `update user_tokens set expires_at = now() - interval '1 second' where id = $1`,
        [token.split('.')[0]],
      );
      expectFieldNamed(await confirmReset(token), 'token');
      expect((await attemptLogin(api.app, org.adminEmail, defaultPassword)).statusCode).toBe(200);
    });

    it('refuses a guessable new password with 400 naming newPassword', async () => {
      const org = await registerOrg(api.app);
      expectFieldNamed(await confirmReset(await resetToken(org.adminEmail), '1234567890'), 'newPassword');
    });

    it('refuses a new password built from the account’s own email, and the link still works', async () => {
      const email = freshEmail('olga.reset');
      await registerOrg(api.app, { email });
      const token = await resetToken(email);
      const response = await confirmReset(token, `${email.split('@')[0]}.84`);
      expectProblem(response, 400);
      expect(response.json().errors).toEqual([
        { field: 'newPassword', message: 'is built from your own name or email address' },
      ]);
      expect((await confirmReset(token)).statusCode).toBe(204);
    });

    it('does not take a verification token for a reset, nor the other way round', async () => {
      const email = freshEmail('crossed');
      expect((await register(registration({ email }))).statusCode).toBe(202);
      const verification = tokenOf((await outboxLink(api.app, email, 'email_verification')) as string);
      expectFieldNamed(await confirmReset(verification), 'token');
      const reset = await resetToken(email);
      expectFieldNamed(
        await api.app.inject({ method: 'POST', url: '/api/v1/auth/verify-email', payload: { token: reset } }),
        'token',
      );
    });

    it('counts the address as verified once a reset link was followed', async () => {
      const email = freshEmail('reset-unverified');
      expect((await register(registration({ email }))).statusCode).toBe(202);
      expect((await confirmReset(await resetToken(email))).statusCode).toBe(204);
      expect((await attemptLogin(api.app, email, newPassword)).statusCode).toBe(200);
    });
  });

  describe('login', () => {
    it('answers 200 with a working token pair', async () => {
      const org = await registerOrg(api.app);
      const response = await attemptLogin(api.app, org.adminEmail, defaultPassword);
      expect(response.statusCode).toBe(200);
      const tokens = response.json();
      expect(tokens).toMatchObject({
        accessToken: expect.any(String),
        refreshToken: expect.any(String),
        tokenType: 'Bearer',
        expiresIn: 900,
      });
      const profile = await me(bearer(tokens.accessToken));
      expect(profile.statusCode).toBe(200);
      expect(profile.json().user.id).toBe(org.adminId);
    });

    it('answers a wrong password and an unknown email with the same 401', async () => {
      const org = await registerOrg(api.app);
      const wrongPassword = await attemptLogin(api.app, org.adminEmail, 'not the password at all');
      const unknownEmail = await attemptLogin(api.app, freshEmail('nobody'), defaultPassword);
      expectProblem(wrongPassword, 401);
      expectProblem(unknownEmail, 401);
      expect(wrongPassword.json().detail).toEqual(expect.any(String));
      expect(unknownEmail.json()).toEqual(wrongPassword.json());
    });
  });

  describe('login throttling', () => {
    // Small numbers, so a test reaches each limit in a few requests and the account's delay stays short.
    const limits = {
      LOGIN_ATTEMPTS_PER_WINDOW: '3',
      LOGIN_FAILURES_PER_ADDRESS: '5',
      LOGIN_DELAY_BASE_MS: '1',
      LOGIN_DELAY_MAX_MS: '4',
    };
    const attacker = '203.0.113.10';
    let throttled: TestApi;

    beforeAll(async () => {
      throttled = await startTestApi('accounts_throttle', limits);
    });

    afterAll(() => throttled.close());

    function loginFrom(address: string, email: string, password: string, app = throttled.app) {
      return app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password },
        remoteAddress: address,
      });
    }

    function expectRetryAfter(response: { headers: Record<string, unknown> }) {
      const retryAfter = Number(response.headers['retry-after']);
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(throttled.db.config.LOGIN_WINDOW_SECONDS);
    }

    it('refuses an attacker guessing one account with 429 while the owner signs in from elsewhere', async () => {
      const org = await registerOrg(throttled.app, { email: freshEmail('besieged') });
      for (let attempt = 1; attempt <= 3; attempt++) {
        expectProblem(await loginFrom(attacker, org.adminEmail, `wrong password ${attempt}`), 401);
      }
      const refused = await loginFrom(attacker, org.adminEmail, 'wrong password 4');
      expectProblem(refused, 429);
      expectRetryAfter(refused);
      // From the attacker's address even the right password waits out the window.
      expectProblem(await loginFrom(attacker, org.adminEmail, defaultPassword), 429);

      const owner = await loginFrom('198.51.100.20', org.adminEmail, defaultPassword);
      expect(owner.statusCode).toBe(200);
      expect(owner.json().accessToken).toEqual(expect.any(String));
    });

    it('refuses an address that fails for many accounts with 429, and only that address', async () => {
      const address = '203.0.113.20';
      for (let account = 1; account <= 5; account++) {
        expectProblem(await loginFrom(address, freshEmail(`sprayed-${account}`), 'password spraying'), 401);
      }
      const victim = freshEmail('sprayed-6');
      const refused = await loginFrom(address, victim, 'password spraying');
      expectProblem(refused, 429);
      expectRetryAfter(refused);
      expectProblem(await loginFrom('198.51.100.21', victim, 'password spraying'), 401);
    });

    it('slows the account down as its failures grow, up to the cap, and never locks it', async () => {
      const org = await registerOrg(throttled.app, { email: freshEmail('slowed') });
      const throttle = throttled.app.get(LoginThrottle);
      const delays = [await throttle.delayMs(org.adminEmail)];
      // One failure from each of seven addresses: no pair or address limit is reached.
      for (let attempt = 1; attempt <= 7; attempt++) {
        expectProblem(await loginFrom(`203.0.113.${100 + attempt}`, org.adminEmail, 'wrong password'), 401);
        delays.push(await throttle.delayMs(org.adminEmail));
      }
      // Free for the first failures, then 1 ms doubling per failure, capped at LOGIN_DELAY_MAX_MS (4 ms).
      expect(delays).toEqual([0, 0, 0, 1, 2, 4, 4, 4]);
      expect((await loginFrom('198.51.100.22', org.adminEmail, defaultPassword)).statusCode).toBe(200);
    });

    it('counts failed logins across two api instances sharing the database and Redis', async () => {
      const org = await registerOrg(throttled.app, { email: freshEmail('throttled-twice') });
      const address = '203.0.113.30';
      const second = await createApiApp(throttled.db.config);
      try {
        await second.getHttpAdapter().getInstance().ready();
        const instances = [throttled.app, second];
        for (let attempt = 1; attempt <= 3; attempt++) {
          const response = await loginFrom(
            address,
            org.adminEmail,
            `wrong ${attempt}`,
            instances[attempt % 2],
          );
          expectProblem(response, 401);
        }
        for (const instance of instances) {
          const refused = await loginFrom(address, org.adminEmail, 'wrong again', instance);
          expectProblem(refused, 429);
          expectRetryAfter(refused);
        }
      } finally {
        await second.close();
      }
    });

    it('answers logins while Redis is unreachable instead of refusing everyone', async () => {
      const withoutRedis = await startTestApi('accounts_throttle_no_redis', {
        ...limits,
        LOGIN_ATTEMPTS_PER_WINDOW: '1',
        REDIS_URL: `redis://127.0.0.1:${await freePort()}`,
      });
      try {
        // Past the limit of one failure, yet never a 429 (nor a 500): the throttle is skipped.
        for (let attempt = 1; attempt <= 2; attempt++) {
          const response = await loginFrom(
            attacker,
            'nobody@example.org',
            'wrong password',
            withoutRedis.app,
          );
          expectProblem(response, 401);
        }
      } finally {
        await withoutRedis.close();
      }
    });
  });

  describe('refresh tokens', () => {
    it('trades a refresh token once for a new working pair', async () => {
      const org = await registerOrg(api.app);
      const response = await refresh(org.refreshToken);
      expect(response.statusCode).toBe(200);
      const pair = response.json();
      expect(pair).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.any(String) });
      expect(pair.refreshToken).not.toBe(org.refreshToken);
      const profile = await me(bearer(pair.accessToken));
      expect(profile.statusCode).toBe(200);
      expect(profile.json().user.id).toBe(org.adminId);
      expect((await refresh(pair.refreshToken)).statusCode).toBe(200);
    });

    it('answers a spent refresh token with 401 and revokes its whole family', async () => {
      const org = await registerOrg(api.app);
      const first = await refresh(org.refreshToken);
      expect(first.statusCode).toBe(200);
      const newest: string = first.json().refreshToken;

      expectProblem(await refresh(org.refreshToken), 401);
      expectProblem(await refresh(newest), 401);
    });

    it('leaves other sessions of the user alone when a family is revoked', async () => {
      const org = await registerOrg(api.app);
      const other = await signIn(org.adminEmail);
      expect((await refresh(org.refreshToken)).statusCode).toBe(200);
      expectProblem(await refresh(org.refreshToken), 401);
      expect((await refresh(other.refreshToken)).statusCode).toBe(200);
    });

    it('answers a refresh token it never issued with 401', async () => {
      expectProblem(await refresh(`${randomUUID()}.not-a-secret`), 401);
      expectProblem(await refresh('garbage'), 401);
    });

    it('logs out with 204, after which the family no longer refreshes', async () => {
      const org = await registerOrg(api.app);
      const session = await signIn(org.adminEmail);
      const rotated = await refresh(session.refreshToken);
      expect(rotated.statusCode).toBe(200);
      const current: string = rotated.json().refreshToken;

      const logout = await api.app.inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        payload: { refreshToken: current },
      });
      expect(logout.statusCode).toBe(204);
      expect(logout.body).toBe('');

      expectProblem(await refresh(current), 401);
      // Other sessions (here the one registration opened) are not logged out.
      expect((await refresh(org.refreshToken)).statusCode).toBe(200);
    });
  });

  describe('access tokens on GET /me', () => {
    let userId: string;
    let sessionId: string;
    let realToken: string;
    let secret: string;
    let issuer: string;

    beforeAll(async () => {
      const org = await registerOrg(api.app);
      userId = org.adminId;
      realToken = org.accessToken;
      sessionId = JSON.parse(Buffer.from(realToken.split('.')[1], 'base64url').toString()).sid;
      secret = api.db.config.JWT_SECRET as string;
      issuer = api.db.config.PUBLIC_BASE_URL;
    });

    /** A token signed with the api's own key, for the real user's live session unless told otherwise. */
    function hs256(
      options: { issuer?: string; audience?: string; sub?: string; sid?: string | null } = {},
    ): string {
      const sid = options.sid === undefined ? sessionId : options.sid;
      return jwt.sign({ sub: options.sub ?? userId, ...(sid === null ? {} : { sid }) }, secret, {
        algorithm: 'HS256',
        keyid: jwtKeyId(secret),
        issuer: options.issuer ?? issuer,
        audience: options.audience ?? audience,
        expiresIn: 900,
      });
    }

    it('accepts a correctly signed fresh token', async () => {
      const response = await me(bearer(hs256()));
      expect(response.statusCode).toBe(200);
      expect(response.json().user.id).toBe(userId);
    });

    it('answers 401 without a token', async () => {
      expectProblem(await me(), 401);
    });

    it.each(['not-a-uuid', '', '1; drop table users', 'x'.repeat(5000)])(
      'answers 401, not 500, to a signed token whose sub is %j',
      async (sub) => {
        expectProblem(await me(bearer(hs256({ sub }))), 401);
      },
    );

    it('answers 401 to a signed token without a session, or with one that does not exist', async () => {
      expectProblem(await me(bearer(hs256({ sid: null }))), 401);
      expectProblem(await me(bearer(hs256({ sid: randomUUID() }))), 401);
      expectProblem(await me(bearer(hs256({ sid: 'not-a-uuid' }))), 401);
    });

    it('answers 401 to a signed token that names another user’s session', async () => {
      const other = await registerOrg(api.app);
      expectProblem(await me(bearer(hs256({ sub: other.adminId }))), 401);
    });

    it('answers 401 to a token signed with the right secret under an unknown kid', async () => {
      const token = jwt.sign({ sub: userId, sid: sessionId }, secret, {
        algorithm: 'HS256',
        keyid: 'not-a-key-of-ours',
        issuer,
        audience,
        expiresIn: 900,
      });
      expectProblem(await me(bearer(token)), 401);
    });

    it('answers 401 to an unsigned alg:none token', async () => {
      const now = Math.floor(Date.now() / 1000);
      const token = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({
        sub: userId,
        iss: issuer,
        aud: audience,
        iat: now,
        exp: now + 900,
      })}.`;
      expectProblem(await me(bearer(token)), 401);
    });

    it('answers 401 to a token signed with RS256', async () => {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const token = jwt.sign({ sub: userId }, privateKey, {
        algorithm: 'RS256',
        issuer,
        audience,
        expiresIn: 900,
      });
      expectProblem(await me(bearer(token)), 401);
    });

    it('answers 401 to a token from another issuer', async () => {
      expectProblem(await me(bearer(hs256({ issuer: 'https://elsewhere.example' }))), 401);
    });

    it('answers 401 to a token for another audience', async () => {
      expectProblem(await me(bearer(hs256({ audience: 'some-other-api' }))), 401);
    });

    it('answers 401 to an expired token', async () => {
      const now = Math.floor(Date.now() / 1000);
      const token = jwt.sign({ sub: userId, sid: sessionId, iat: now - 1000, exp: now - 60 }, secret, {
        algorithm: 'HS256',
        keyid: jwtKeyId(secret),
        issuer,
        audience,
      });
      expectProblem(await me(bearer(token)), 401);
    });

    it('answers 401 to a real token whose payload was altered', async () => {
      const [header, payload, signature] = realToken.split('.');
      const middle = Math.floor(payload.length / 2);
      const flipped = payload[middle] === 'A' ? 'B' : 'A';
      const tampered = `${header}.${payload.slice(0, middle)}${flipped}${payload.slice(middle + 1)}.${signature}`;
      expect((await me(bearer(realToken))).statusCode).toBe(200);
      expectProblem(await me(bearer(tampered)), 401);
    });

    it('answers 401 to a real token whose subject was swapped for another user', async () => {
      const other = await registerOrg(api.app);
      const [header, payload, signature] = realToken.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const forged = `${header}.${base64url({ ...claims, sub: other.adminId })}.${signature}`;
      expectProblem(await me(bearer(forged)), 401);
    });
  });

  describe('platform roles', () => {
    let platformAdminToken: string;

    beforeAll(async () => {
      platformAdminToken = await login(api.app, platformAdminEmail, platformAdminPassword);
    });

    function grant(userId: string, payload: object, headers = bearer(platformAdminToken)) {
      return api.app.inject({
        method: 'POST',
        url: `/api/v1/admin/users/${userId}/platform-roles`,
        headers,
        payload,
      });
    }

    async function platformRolesOf(accessToken: string): Promise<unknown> {
      const response = await me(bearer(accessToken));
      expect(response.statusCode).toBe(200);
      return response.json().platformRoles;
    }

    it('makes the configured user a platform admin who can log in', async () => {
      const response = await me(bearer(platformAdminToken));
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        user: { email: platformAdminEmail },
        memberships: [],
        platformRoles: [{ role: 'platform_admin' }],
      });
      expect(response.json().platformRoles).toEqual([{ role: 'platform_admin' }]);
    });

    it('lets a platform admin grant authority over regions, shown on the user’s /me', async () => {
      const target = await registerOrg(api.app);
      const response = await grant(target.adminId, { role: 'authority', regionCodes: ['48'] });
      expect(response.statusCode).toBe(204);
      expect(await platformRolesOf(target.accessToken)).toEqual([{ role: 'authority', regionCodes: ['48'] }]);
    });

    it('refuses authority without region codes with 400 naming regionCodes', async () => {
      const target = await registerOrg(api.app);
      const response = await grant(target.adminId, { role: 'authority' });
      expectFieldNamed(response, 'regionCodes');
      expect(await platformRolesOf(target.accessToken)).toEqual([]);
    });

    it('refuses an unknown region code with 400', async () => {
      const target = await registerOrg(api.app);
      const response = await grant(target.adminId, { role: 'authority', regionCodes: ['48', '99'] });
      expectProblem(response, 400);
      expect(response.json().errors).toEqual([
        { field: 'regionCodes', message: 'is not a known region code (99)' },
      ]);
      expect(await platformRolesOf(target.accessToken)).toEqual([]);
    });

    it('answers 404 for a user that does not exist', async () => {
      const response = await grant(randomUUID(), { role: 'authority', regionCodes: ['48'] });
      expectProblem(response, 404);
    });

    it('answers 403 to a signed-in user without the platform_admin role', async () => {
      const target = await registerOrg(api.app);
      const orgAdmin = await registerOrg(api.app);
      const response = await grant(
        target.adminId,
        { role: 'authority', regionCodes: ['48'] },
        bearer(orgAdmin.accessToken),
      );
      expectProblem(response, 403);
      const selfGrant = await grant(
        orgAdmin.adminId,
        { role: 'platform_admin' },
        bearer(orgAdmin.accessToken),
      );
      expectProblem(selfGrant, 403);
      expect(await platformRolesOf(target.accessToken)).toEqual([]);
      expect(await platformRolesOf(orgAdmin.accessToken)).toEqual([]);
    });

    it('answers 401 without a token', async () => {
      const target = await registerOrg(api.app);
      const response = await grant(target.adminId, { role: 'authority', regionCodes: ['48'] }, {});
      expectProblem(response, 401);
      expect(await platformRolesOf(target.accessToken)).toEqual([]);
    });

    it('lets a platform admin take a role away with 204, after which /me shows none', async () => {
      const target = await registerOrg(api.app);
      expect((await grant(target.adminId, { role: 'authority', regionCodes: ['48'] })).statusCode).toBe(204);
      expect(await platformRolesOf(target.accessToken)).toEqual([{ role: 'authority', regionCodes: ['48'] }]);

      const response = await api.app.inject({
        method: 'DELETE',
        url: `/api/v1/admin/users/${target.adminId}/platform-roles/authority`,
        headers: bearer(platformAdminToken),
      });
      expect(response.statusCode).toBe(204);
      expect(await platformRolesOf(target.accessToken)).toEqual([]);
    });
  });
});
