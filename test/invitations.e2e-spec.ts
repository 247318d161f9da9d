import { linkIn, TestSmtpServer } from '@careledger/testing';
import { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import {
  addMember,
  bearer,
  createAccount,
  defaultPassword,
  login,
  registerOrg,
  RegisteredOrg,
} from './support/factories.js';
import { startTestWorker } from './support/worker.js';

/**
 * Invitations with consent (issue 13, item 4; API.md "Organisation (tenant)"): adding someone sends an
 * invitation they accept or decline, the answer never tells whether the email has an account, and a
 * newcomer chooses their own password through the mailed one-time link.
 */

interface InjectResponse {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
  json(): any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const platformAdminEmail = 'platform-admin@careledger.example';
const platformAdminPassword = 'tundra walrus compass lantern 93';
const publicBaseUrl = 'https://careledger.example';

describe('invitations', () => {
  let api: TestApi;
  let smtp: TestSmtpServer;
  let worker: INestApplicationContext;
  let org: RegisteredOrg;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    api = await startTestApi('invitations', {
      RATE_LIMIT_PER_MINUTE: '100000',
      SMTP_URL: smtp.url,
      PUBLIC_BASE_URL: publicBaseUrl,
      PLATFORM_ADMIN_EMAIL: platformAdminEmail,
      PLATFORM_ADMIN_PASSWORD: platformAdminPassword,
    });
    worker = await startTestWorker(api.db);
    org = await registerOrg(api.app, { name: 'Фонд «Открытые двери»' });
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
    await smtp.close();
  });

  function send(
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    token?: string,
    payload?: object,
  ): Promise<InjectResponse> {
    return api.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: token ? bearer(token) : {},
      payload,
    });
  }

  function invite(target: RegisteredOrg, email: string, role = 'staff'): Promise<InjectResponse> {
    return send('POST', `/orgs/${target.orgId}/members`, target.accessToken, { email, role });
  }

  async function invitationId(target: RegisteredOrg, email: string, role = 'staff'): Promise<string> {
    const response = await invite(target, email, role);
    expect(response.statusCode).toBe(202);
    return response.json().invitationId;
  }

  /** Someone with an account of their own, signed in. */
  async function person(
    fullName = 'Елизавета Воронцова',
  ): Promise<{ id: string; email: string; token: string }> {
    const email = `person-${randomUUID()}@example.org`;
    const { id } = await createAccount(api.app, email, fullName);
    return { id, email, token: await login(api.app, email) };
  }

  async function myInvitations(token: string): Promise<{ id: string; organisation: object | null }[]> {
    const response = await send('GET', '/me/invitations', token);
    expect(response.statusCode).toBe(200);
    return response.json().items;
  }

  async function memberIds(target: RegisteredOrg): Promise<string[]> {
    const response = await send('GET', `/orgs/${target.orgId}/members?limit=200`, target.accessToken);
    expect(response.statusCode).toBe(200);
    return response.json().items.map((member: { userId: string }) => member.userId);
  }

  async function outboxCount(email: string): Promise<number> {
    const [{ count }] = await api.db.asSuperuser<{ count: number }>(
      'select count(*)::int as count from mail_outbox where recipient = $1',
      [email.toLowerCase()],
    );
    return count;
  }

  /** The token of the newest invitation link mailed to `email`, as received by the SMTP server. */
  async function mailedToken(email: string, after = 0): Promise<string> {
    await smtp.waitForMail(
      email,
      (mail) => mail.template === 'invitation' && smtp.mailTo(email).length > after,
    );
    const mails = smtp.mailTo(email).filter((mail) => mail.template === 'invitation');
    const link = new URL(linkIn(mails[mails.length - 1]));
    expect(`${link.origin}${link.pathname}`).toBe(`${publicBaseUrl}/invitations/accept`);
    return link.searchParams.get('token') as string;
  }

  function expectProblem(response: InjectResponse, status: number): void {
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  }

  describe('the answer to an invitation', () => {
    it('is the same for an email with an account and one without, and names nobody', async () => {
      const known = await person('Елизавета Воронцова-Дашкова');
      const unknownEmail = `Nobody-${randomUUID()}@Example.org`;

      const answers = [await invite(org, known.email), await invite(org, unknownEmail)];
      for (const answer of answers) {
        expect(answer.statusCode).toBe(202);
        expect(Object.keys(answer.json()).sort()).toEqual(['email', 'expiresAt', 'invitationId', 'role']);
        expect(answer.body).not.toContain(known.id);
        expect(answer.body).not.toMatch(/Воронцова|fullName|userId/);
      }
      const [forKnown, forUnknown] = answers.map((answer) => answer.json());
      const withoutIdsAndDates = ({ invitationId: _id, expiresAt: _at, email: _email, ...rest }: any) => rest; // eslint-disable-line @typescript-eslint/no-explicit-any
      expect(withoutIdsAndDates(forKnown)).toEqual(withoutIdsAndDates(forUnknown));
      expect(forUnknown.email).toBe(unknownEmail.toLowerCase());
      const days = (Date.parse(forUnknown.expiresAt) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(13.9);
      expect(days).toBeLessThanOrEqual(14);
      // Both receive the same mail: the answer and the mailbox tell an attacker nothing either way.
      await smtp.waitForMail(known.email, (mail) => mail.template === 'invitation');
      await smtp.waitForMail(unknownEmail, (mail) => mail.template === 'invitation');
    });

    it('is the same for an email that already belongs, and sends nothing new', async () => {
      const member = await addMember(api.app, org, 'viewer');
      const mailsBefore = await outboxCount(member.email);
      const again = await invite(org, member.email, 'admin');
      expect(again.statusCode).toBe(202);
      expect(Object.keys(again.json()).sort()).toEqual(['email', 'expiresAt', 'invitationId', 'role']);
      expect(await outboxCount(member.email)).toBe(mailsBefore);
      const roles = await send('GET', `/orgs/${org.orgId}/members?limit=200`, org.accessToken);
      expect(roles.json().items).toContainEqual(
        expect.objectContaining({ userId: member.userId, role: 'viewer' }),
      );
    });

    it.each([
      ['password', { password: defaultPassword }],
      ['fullName', { fullName: 'Иван Петров' }],
    ])('refuses %s in the member body with 400 naming it, and invites nobody', async (field, extra) => {
      const email = `refused-${randomUUID()}@example.org`;
      const response = await send('POST', `/orgs/${org.orgId}/members`, org.accessToken, {
        email,
        role: 'staff',
        ...extra,
      });
      expectProblem(response, 400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field })]);
      expect(await api.db.asSuperuser('select 1 from invitations where email = $1', [email])).toHaveLength(0);
    });

    it('is refused to a member who is not an admin (403), and sends nothing', async () => {
      const staff = await addMember(api.app, org, 'staff');
      const email = `by-staff-${randomUUID()}@example.org`;
      const response = await send('POST', `/orgs/${org.orgId}/members`, staff.accessToken, {
        email,
        role: 'admin',
      });
      expectProblem(response, 403);
      expect(await outboxCount(email)).toBe(0);
    });
  });

  describe('the invitee', () => {
    it('is kept out until they accept, and sees the invitation under /me/invitations', async () => {
      const invitee = await person();
      const id = await invitationId(org, invitee.email, 'staff');

      expectProblem(await send('GET', `/orgs/${org.orgId}`, invitee.token), 404);
      expectProblem(await send('GET', `/orgs/${org.orgId}/beneficiaries`, invitee.token), 404);
      expect(await memberIds(org)).not.toContain(invitee.id);
      expect((await send('GET', '/me', invitee.token)).json().memberships).toEqual([]);
      expect(await myInvitations(invitee.token)).toEqual([
        {
          id,
          organisation: { id: org.orgId, name: 'Фонд «Открытые двери»' },
          role: 'staff',
          invitedAt: expect.any(String),
          expiresAt: expect.any(String),
        },
      ]);

      const accepted = await send('POST', `/me/invitations/${id}/accept`, invitee.token);
      expect(accepted.statusCode).toBe(200);
      expect(accepted.json()).toEqual({ organisationId: org.orgId, role: 'staff' });
      expect((await send('GET', `/orgs/${org.orgId}`, invitee.token)).statusCode).toBe(200);
      expect(await memberIds(org)).toContain(invitee.id);
      expect((await send('GET', '/me', invitee.token)).json().memberships).toEqual([
        { organisationId: org.orgId, role: 'staff' },
      ]);
      expect(await myInvitations(invitee.token)).toEqual([]);
      expectProblem(await send('POST', `/me/invitations/${id}/accept`, invitee.token), 409);
    });

    it('declines: stays out, and the invitation can no longer be accepted', async () => {
      const invitee = await person();
      const id = await invitationId(org, invitee.email, 'admin');
      expect((await send('POST', `/me/invitations/${id}/decline`, invitee.token)).statusCode).toBe(204);
      expectProblem(await send('POST', `/me/invitations/${id}/accept`, invitee.token), 409);
      expectProblem(await send('GET', `/orgs/${org.orgId}`, invitee.token), 404);
      expect(await memberIds(org)).not.toContain(invitee.id);
      expect(await myInvitations(invitee.token)).toEqual([]);
    });

    it('cannot see, accept or decline another person’s invitation (404)', async () => {
      const invitee = await person();
      const stranger = await person();
      const id = await invitationId(org, invitee.email);
      expect(await myInvitations(stranger.token)).toEqual([]);
      expectProblem(await send('POST', `/me/invitations/${id}/accept`, stranger.token), 404);
      expectProblem(await send('POST', `/me/invitations/${id}/decline`, stranger.token), 404);
      expectProblem(await send('POST', `/me/invitations/${randomUUID()}/accept`, stranger.token), 404);
      expect(await memberIds(org)).not.toContain(stranger.id);
      // The invitation is still there for the person it was meant for.
      expect((await myInvitations(invitee.token)).map((item) => item.id)).toEqual([id]);
    });

    it('matches the email whatever its case', async () => {
      const invitee = await person();
      const id = await invitationId(org, invitee.email.toUpperCase());
      expect((await myInvitations(invitee.token)).map((item) => item.id)).toEqual([id]);
    });

    it('cannot accept an expired invitation, which is no longer listed', async () => {
      const invitee = await person();
      const id = await invitationId(org, invitee.email);
      await api.db.asSuperuser(
        `update invitations set expires_at = now() - interval '1 minute' where id = $1`,
        [id],
      );
      expect(await myInvitations(invitee.token)).toEqual([]);
      const response = await send('POST', `/me/invitations/${id}/accept`, invitee.token);
      expectProblem(response, 409);
      expect(response.json().detail).toMatch(/expired/);
      expect(await memberIds(org)).not.toContain(invitee.id);
    });

    it('needs a signed-in person: no token is 401, and an invitation id that is not a UUID is 400', async () => {
      expectProblem(await send('GET', '/me/invitations'), 401);
      const invitee = await person();
      const response = await send('POST', '/me/invitations/not-a-uuid/accept', invitee.token);
      expectProblem(response, 400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'invitationId' })]);
    });
  });

  describe('a newcomer without an account', () => {
    it('sets their own password through the mailed link, is signed in and belongs', async () => {
      const email = `newcomer-${randomUUID()}@example.org`;
      const id = await invitationId(org, email, 'viewer');
      const token = await mailedToken(email);
      const mail = smtp.mailTo(email)[0];
      expect(mail.subject).toContain('Фонд «Открытые двери»');

      const password = 'lighthouse keeper 1876 amber';
      const response = await send('POST', '/auth/invitations/accept', undefined, {
        token,
        fullName: 'Анна Петрова',
        password,
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        tokenType: 'Bearer',
        accepted: { organisationId: org.orgId, role: 'viewer' },
      });
      const me = (await send('GET', '/me', response.json().accessToken)).json();
      expect(me.user).toMatchObject({ email, fullName: 'Анна Петрова' });
      expect(me.memberships).toEqual([{ organisationId: org.orgId, role: 'viewer' }]);
      expect(
        (await send('GET', `/orgs/${org.orgId}`, await login(api.app, email, password))).statusCode,
      ).toBe(200);

      const [stored] = await api.db.asSuperuser<{ token_hash: string; status: string; verified: boolean }>(
        `select i.token_hash, i.status, u.email_verified_at is not null as verified
           from invitations i join users u on u.email = i.email where i.id = $1`,
        [id],
      );
      expect(stored).toEqual({
        token_hash: expect.not.stringContaining(token),
        status: 'accepted',
        verified: true,
      });
      // The link works once.
      const again = await send('POST', '/auth/invitations/accept', undefined, {
        token,
        fullName: 'Анна Петрова',
        password,
      });
      expectProblem(again, 409);
    });

    it('signs the web app in through the refresh cookie, never the body, as sign-in does', async () => {
      const email = `web-newcomer-${randomUUID()}@example.org`;
      await invitationId(org, email, 'viewer');
      const token = await mailedToken(email);
      const response = await api.app.inject({
        method: 'POST',
        url: '/api/v1/auth/invitations/accept',
        headers: { 'x-careledger-client': 'web' },
        payload: { token, fullName: 'Анна Петрова', password: 'lighthouse keeper 1876 amber' },
      });
      expect(response.statusCode).toBe(201);
      const body = response.json();
      expect(body).not.toHaveProperty('refreshToken');
      expect(body).toMatchObject({
        tokenType: 'Bearer',
        accepted: { organisationId: org.orgId, role: 'viewer' },
      });
      const cookie = ([] as string[])
        .concat(response.headers['set-cookie'] ?? [])
        .find((line) => line.startsWith('careledger_refresh='));
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      expect(cookie).toMatch(/Path=\/api\/v1\/auth/);
      const refreshed = await api.app.inject({
        method: 'POST',
        url: '/api/v1/auth/refresh',
        headers: { 'x-careledger-client': 'web', cookie: cookie!.split(';')[0] },
      });
      expect(refreshed.statusCode).toBe(200);
    });

    it('is told to sign in and accept under their invitations when the email has an account by now (409)', async () => {
      const email = `late-${randomUUID()}@example.org`;
      await invite(org, email);
      const token = await mailedToken(email);
      const { id: userId } = await createAccount(api.app, email);
      const response = await send('POST', '/auth/invitations/accept', undefined, {
        token,
        fullName: 'Пётр Сидоров',
        password: 'lighthouse keeper 1876 amber',
      });
      expectProblem(response, 409);
      expect(response.json().detail).toMatch(/sign in/);
      expect(await memberIds(org)).not.toContain(userId);
    });

    it('refuses a common password with 400 naming password, and leaves the link usable', async () => {
      const email = `weak-${randomUUID()}@example.org`;
      await invite(org, email);
      const token = await mailedToken(email);
      const weak = await send('POST', '/auth/invitations/accept', undefined, {
        token,
        fullName: 'Пётр Сидоров',
        password: '1234567890',
      });
      expectProblem(weak, 400);
      expect(weak.json().errors).toEqual([expect.objectContaining({ field: 'password' })]);
      const strong = await send('POST', '/auth/invitations/accept', undefined, {
        token,
        fullName: 'Пётр Сидоров',
        password: 'lighthouse keeper 1876 amber',
      });
      expect(strong.statusCode).toBe(201);
    });

    it('refuses a password built from the invited email with 400 naming password', async () => {
      const email = `zinaida.kovalenko-${randomUUID().slice(0, 8)}@example.org`;
      await invite(org, email);
      const token = await mailedToken(email);
      const response = await send('POST', '/auth/invitations/accept', undefined, {
        token,
        fullName: 'Пётр Сидоров',
        password: `${email.split('@')[0]}2026`,
      });
      expectProblem(response, 400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'password' })]);
      expect(await api.db.asSuperuser('select 1 from users where email = $1', [email])).toHaveLength(0);
    });

    it('gets 404 for a link that is not an invitation’s, and for a revoked one', async () => {
      const body = { fullName: 'Пётр Сидоров', password: 'lighthouse keeper 1876 amber' };
      expectProblem(
        await send('POST', '/auth/invitations/accept', undefined, { token: 'made-up', ...body }),
        404,
      );

      const email = `revoked-${randomUUID()}@example.org`;
      const id = await invitationId(org, email);
      const token = await mailedToken(email);
      expect((await send('DELETE', `/orgs/${org.orgId}/invitations/${id}`, org.accessToken)).statusCode).toBe(
        204,
      );
      expectProblem(await send('POST', '/auth/invitations/accept', undefined, { token, ...body }), 404);
      expect(await api.db.asSuperuser('select 1 from users where email = $1', [email])).toHaveLength(0);
    });

    it('gets a new link when invited again; the first one stops working', async () => {
      const email = `twice-${randomUUID()}@example.org`;
      const first = await invitationId(org, email, 'viewer');
      const firstToken = await mailedToken(email);
      const second = await invitationId(org, email, 'staff');
      expect(second).toBe(first);
      const secondToken = await mailedToken(email, 1);
      expect(secondToken).not.toBe(firstToken);
      const body = { fullName: 'Пётр Сидоров', password: 'lighthouse keeper 1876 amber' };
      expectProblem(
        await send('POST', '/auth/invitations/accept', undefined, { token: firstToken, ...body }),
        404,
      );
      const accepted = await send('POST', '/auth/invitations/accept', undefined, {
        token: secondToken,
        ...body,
      });
      expect(accepted.statusCode).toBe(201);
      expect(accepted.json().accepted).toEqual({ organisationId: org.orgId, role: 'staff' });
      const audit = await send('GET', `/orgs/${org.orgId}/audit?entityId=${first}`, org.accessToken);
      expect(audit.json().items.map((item: { action: string }) => item.action)).toEqual([
        'invitation.accepted',
        'invitation.renewed',
        'invitation.created',
      ]);
    });
  });

  describe('the organisation’s admins', () => {
    it('list pending invitations page by page, and revoke one', async () => {
      const own = await registerOrg(api.app);
      const emails = Array.from({ length: 3 }, (_, i) => `pending-${i}-${randomUUID()}@example.org`);
      const ids: string[] = [];
      for (const email of emails) ids.push(await invitationId(own, email));

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
        const page = await send('GET', `/orgs/${own.orgId}/invitations?limit=2${query}`, own.accessToken);
        expect(page.statusCode).toBe(200);
        seen.push(...page.json().items.map((item: { id: string }) => item.id));
        cursor = page.json().nextCursor;
      } while (cursor);
      expect(seen).toEqual(ids);

      expect(
        (await send('DELETE', `/orgs/${own.orgId}/invitations/${ids[1]}`, own.accessToken)).statusCode,
      ).toBe(204);
      const after = await send('GET', `/orgs/${own.orgId}/invitations`, own.accessToken);
      expect(after.json().items.map((item: { id: string; email: string }) => [item.id, item.email])).toEqual([
        [ids[0], emails[0]],
        [ids[2], emails[2]],
      ]);
      expectProblem(await send('DELETE', `/orgs/${own.orgId}/invitations/${ids[1]}`, own.accessToken), 404);
    });

    it('cannot see or revoke another organisation’s invitations (404)', async () => {
      const other = await registerOrg(api.app);
      const id = await invitationId(org, `theirs-${randomUUID()}@example.org`);
      expect((await send('GET', `/orgs/${other.orgId}/invitations`, other.accessToken)).json().items).toEqual(
        [],
      );
      expectProblem(await send('DELETE', `/orgs/${other.orgId}/invitations/${id}`, other.accessToken), 404);
      expectProblem(await send('GET', `/orgs/${org.orgId}/invitations`, other.accessToken), 404);
    });

    it('refuses a crafted cursor with 400 naming cursor', async () => {
      const crafted = Buffer.from(JSON.stringify(['not-a-time', randomUUID()])).toString('base64url');
      const response = await send('GET', `/orgs/${org.orgId}/invitations?cursor=${crafted}`, org.accessToken);
      expectProblem(response, 400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
    });

    it('find invited, accepted, declined and revoked in the audit log, without an email or a name', async () => {
      const own = await registerOrg(api.app);
      const accepting = await person('Елизавета Воронцова');
      const declining = await person('Елизавета Воронцова');
      const acceptedId = await invitationId(own, accepting.email, 'viewer');
      const declinedId = await invitationId(own, declining.email, 'staff');
      const revokedId = await invitationId(own, `revoked-${randomUUID()}@example.org`, 'admin');
      await send('POST', `/me/invitations/${acceptedId}/accept`, accepting.token);
      await send('POST', `/me/invitations/${declinedId}/decline`, declining.token);
      await send('DELETE', `/orgs/${own.orgId}/invitations/${revokedId}`, own.accessToken);

      const audit = await send('GET', `/orgs/${own.orgId}/audit?limit=200`, own.accessToken);
      const rows = audit
        .json()
        .items.map((item: any) => [item.action, item.entityId, item.actorId, item.details]); // eslint-disable-line @typescript-eslint/no-explicit-any
      expect(rows.slice(0, 8)).toEqual([
        ['invitation.revoked', revokedId, own.adminId, { role: 'admin' }],
        ['invitation.declined', declinedId, declining.id, { role: 'staff' }],
        ['invitation.accepted', acceptedId, accepting.id, { role: 'viewer' }],
        ['member.added', accepting.id, accepting.id, { role: 'viewer' }],
        ['invitation.created', revokedId, own.adminId, { role: 'admin' }],
        ['invitation.created', declinedId, own.adminId, { role: 'staff' }],
        ['invitation.created', acceptedId, own.adminId, { role: 'viewer' }],
        ['member.added', own.adminId, own.adminId, { role: 'admin' }],
      ]);
      expect(audit.body).not.toMatch(/@example\.org|Воронцова/);
    });
  });

  describe('the platform admin', () => {
    let adminToken: string;

    beforeAll(async () => {
      adminToken = await login(api.app, platformAdminEmail, platformAdminPassword);
    });

    it('finds a user by email in any case, and gets an empty list for an unknown one', async () => {
      const someone = await person('Ирина Волкова');
      const found = await send(
        'GET',
        `/admin/users?email=${encodeURIComponent(someone.email.toUpperCase())}`,
        adminToken,
      );
      expect(found.statusCode).toBe(200);
      expect(found.json()).toEqual({
        items: [{ id: someone.id, email: someone.email, fullName: 'Ирина Волкова', platformRoles: [] }],
        nextCursor: null,
      });
      const none = await send('GET', `/admin/users?email=nobody-${randomUUID()}@example.org`, adminToken);
      expect(none.json()).toEqual({ items: [], nextCursor: null });
      expectProblem(await send('GET', '/admin/users?email=not-an-email', adminToken), 400);
      expectProblem(
        await send('GET', `/admin/users?email=${encodeURIComponent(someone.email)}`, org.accessToken),
        403,
      );
    });

    it('invites an authority official who accepts through the mailed link and then sees their region', async () => {
      const email = `official-${randomUUID()}@admlip.example`;
      const invited = await send('POST', '/admin/platform-roles/invitations', adminToken, {
        email,
        role: 'authority',
        regionCodes: ['48'],
      });
      expect(invited.statusCode).toBe(202);
      expect(Object.keys(invited.json()).sort()).toEqual([
        'email',
        'expiresAt',
        'invitationId',
        'regionCodes',
        'role',
      ]);
      const token = await mailedToken(email);
      const accepted = await send('POST', '/auth/invitations/accept', undefined, {
        token,
        fullName: 'Олег Громов',
        password: 'river delta granite 4471 orchard',
      });
      expect(accepted.statusCode).toBe(201);
      expect(accepted.json().accepted).toEqual({
        organisationId: null,
        role: 'authority',
        regionCodes: ['48'],
      });
      const official = accepted.json().accessToken;
      expect((await send('GET', '/regions/48/stats?year=2026', official)).statusCode).toBe(200);
      expectProblem(await send('GET', '/regions/77/stats?year=2026', official), 403);
    });

    it('invites an existing account to a platform role, which they accept under /me/invitations', async () => {
      const someone = await person();
      await send('POST', '/admin/platform-roles/invitations', adminToken, {
        email: someone.email,
        role: 'authority',
        regionCodes: ['77', '48'],
      });
      expectProblem(await send('GET', '/regions/77/stats?year=2026', someone.token), 403);
      const [invitation] = await myInvitations(someone.token);
      expect(invitation).toMatchObject({ organisation: null, role: 'authority', regionCodes: ['48', '77'] });
      const accepted = await send('POST', `/me/invitations/${invitation.id}/accept`, someone.token);
      expect(accepted.json()).toEqual({ organisationId: null, role: 'authority', regionCodes: ['48', '77'] });
      expect((await send('GET', '/regions/77/stats?year=2026', someone.token)).statusCode).toBe(200);
    });

    it('names regionCodes when an authority invitation has none or an unknown one (400)', async () => {
      const email = `official-${randomUUID()}@admlip.example`;
      for (const regionCodes of [undefined, ['99']]) {
        const response = await send('POST', '/admin/platform-roles/invitations', adminToken, {
          email,
          role: 'authority',
          regionCodes,
        });
        expectProblem(response, 400);
        expect(response.json().errors[0].field).toMatch(/^regionCodes/);
      }
      expect(await outboxCount(email)).toBe(0);
      expectProblem(
        await send('POST', '/admin/platform-roles/invitations', org.accessToken, {
          email,
          role: 'platform_admin',
        }),
        403,
      );
    });

    it('lists who holds platform roles, page by page', async () => {
      const someone = await person('Олег Громов');
      const granted = await send('POST', `/admin/users/${someone.id}/platform-roles`, adminToken, {
        role: 'authority',
        regionCodes: ['48'],
      });
      expect(granted.statusCode).toBe(204);

      const holders: any[] = []; // eslint-disable-line @typescript-eslint/no-explicit-any
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
        const page = await send('GET', `/admin/platform-roles?limit=1${query}`, adminToken);
        expect(page.statusCode).toBe(200);
        expect(page.json().items.length).toBeLessThanOrEqual(1);
        holders.push(...page.json().items);
        cursor = page.json().nextCursor;
      } while (cursor);
      expect(holders).toContainEqual({
        userId: someone.id,
        email: someone.email,
        fullName: 'Олег Громов',
        role: 'authority',
        regionCodes: ['48'],
        grantedAt: expect.any(String),
      });
      expect(holders).toContainEqual(
        expect.objectContaining({ email: platformAdminEmail, role: 'platform_admin' }),
      );
      expect(new Set(holders.map((holder) => `${holder.userId} ${holder.role}`)).size).toBe(holders.length);
      expectProblem(await send('GET', '/admin/platform-roles', org.accessToken), 403);
    });
  });
});
