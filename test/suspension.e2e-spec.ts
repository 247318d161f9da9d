import { eventually } from '@careledger/testing';
import { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import {
  addMember,
  bearer,
  createAccount,
  createApiKey,
  defaultPassword,
  login,
  Member,
  RegisteredOrg,
  registerOrg,
  verifyOrg,
} from './support/factories.js';
import { startTestWorker } from './support/worker.js';

/**
 * Issue 16, item 10: a suspension has a reason, binds every member and key to reading and exporting, and
 * withdraws the organisation's published reports from the public until it is reinstated.
 */
describe('suspending an organisation', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let platformToken: string;
  let org: RegisteredOrg;
  let staff: Member;
  let apiKey: string;
  let beneficiaryId: string;
  let report: { id: string; sha256: string };
  let pdf: Buffer;
  let invitee: { token: string; invitationId: string };
  const platformAdminEmail = 'platform-admin@suspension.example';
  const reason = 'Проверка Минюста: не сдан отчёт за 2025 год';

  const asPlatform = (payload: object, language?: string) =>
    api.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/organisations/${org.orgId}`,
      headers: { ...bearer(platformToken), ...(language ? { 'accept-language': language } : {}) },
      payload,
    });

  const inOrg = (
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    headers: Record<string, string>,
    payload?: object,
  ) =>
    api.app.inject({
      method,
      url: `/api/v1/orgs/${org.orgId}${path}`,
      headers: { ...headers, ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}) },
      ...(payload ? { payload } : {}),
    });

  const newBeneficiary = () => {
    const code = `S-${randomUUID().slice(0, 8)}`;
    return { fullName: `Анна Петрова ${code}`, code };
  };

  const publicly = (path: string) => api.app.inject({ method: 'GET', url: `/api/v1/public/reports${path}` });

  const verification = () =>
    api.app.inject({
      method: 'POST',
      url: '/api/v1/public/reports/verify',
      headers: { 'content-type': 'application/pdf' },
      payload: pdf,
    });

  const listedIds = async () =>
    (await publicly(`?orgId=${org.orgId}`)).json().items.map((item: { id: string }) => item.id);

  /** An invitation sent before the suspension, to someone with an account of their own. */
  async function pendingInvitation(): Promise<{ token: string; invitationId: string }> {
    const email = `invitee-${randomUUID()}@example.org`;
    const invited = await inOrg('POST', '/members', bearer(org.accessToken), { email, role: 'viewer' });
    expect(invited.statusCode).toBe(202);
    await createAccount(api.app, email);
    return { token: await login(api.app, email), invitationId: invited.json().invitationId };
  }

  const acceptInvitation = () =>
    api.app.inject({
      method: 'POST',
      url: `/api/v1/me/invitations/${invitee.invitationId}/accept`,
      headers: bearer(invitee.token),
    });

  async function publishedReport(): Promise<{ id: string; sha256: string }> {
    const admin = bearer(org.accessToken);
    const requested = await inOrg('POST', '/reports', admin, {
      type: 'activity',
      periodFrom: '2026-10-01',
      periodTo: '2026-10-31',
      language: 'ru',
    });
    expect(requested.statusCode).toBe(202);
    const ready = await eventually(
      async () => {
        const current = (await inOrg('GET', `/reports/${requested.json().id}`, admin)).json();
        if (current.status !== 'ready') throw new Error(`report is ${current.status}`);
        return current;
      },
      { timeoutMs: 60_000 },
    );
    expect((await inOrg('POST', `/reports/${ready.id}/publish`, admin)).statusCode).toBe(200);
    return ready;
  }

  beforeAll(async () => {
    api = await startTestApi('suspension', {
      RATE_LIMIT_PER_MINUTE: '100000',
      PLATFORM_ADMIN_EMAIL: platformAdminEmail,
      PLATFORM_ADMIN_PASSWORD: defaultPassword,
    });
    worker = await startTestWorker(api.db);
    platformToken = await login(api.app, platformAdminEmail);
    org = await registerOrg(api.app, { name: 'АНО «Приостановленная»', regionCode: '48' });
    await verifyOrg(api.app, org, platformToken);
    staff = await addMember(api.app, org, 'staff');
    apiKey = await createApiKey(api.app, org);
    const created = await inOrg('POST', '/beneficiaries', bearer(org.accessToken), newBeneficiary());
    expect(created.statusCode).toBe(201);
    beneficiaryId = created.json().id;
    invitee = await pendingInvitation();
    report = await publishedReport();
    pdf = (await publicly(`/${report.id}/file`)).rawPayload;
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('needs a reason, and says so in the caller’s language', async () => {
    const missing = await asPlatform({ status: 'suspended' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([{ field: 'reason', message: 'is required' }]);
    const blank = await asPlatform({ status: 'suspended', reason: '' }, 'ru');
    expect(blank.json()).toMatchObject({
      title: 'Некорректный запрос',
      errors: [{ field: 'reason', message: 'не может быть пустым' }],
    });
    expect((await inOrg('GET', '', bearer(org.accessToken))).json().suspension).toBeNull();
  });

  describe('while suspended', () => {
    let suspendedAt: string;

    beforeAll(async () => {
      expect(await listedIds()).toEqual([report.id]);
      const suspended = await asPlatform({ status: 'suspended', reason });
      expect(suspended.statusCode).toBe(200);
      expect(suspended.json()).toMatchObject({
        status: 'suspended',
        suspension: { since: expect.any(String), reason },
      });
      suspendedAt = suspended.json().suspension.since;
    });

    it('shows its members since when and why', async () => {
      const own = await inOrg('GET', '', bearer(staff.accessToken));
      expect(own.statusCode).toBe(200);
      expect(own.json()).toMatchObject({ status: 'suspended', suspension: { since: suspendedAt, reason } });
    });

    it('records the reason in the organisation’s audit log', async () => {
      const audit = await inOrg('GET', '/audit?action=organisation.suspended', bearer(org.accessToken));
      expect(audit.json().items).toEqual([
        expect.objectContaining({ details: { from: 'active', to: 'suspended', reason } }),
      ]);
    });

    it('lets members and keys read and export', async () => {
      for (const headers of [bearer(org.accessToken), bearer(staff.accessToken), { 'x-api-key': apiKey }]) {
        expect((await inOrg('GET', '/beneficiaries', headers)).statusCode).toBe(200);
      }
      const exported = await inOrg('GET', `/beneficiaries/${beneficiaryId}/export`, bearer(org.accessToken));
      expect(exported.statusCode).toBe(200);
    });

    it('refuses every write with 403 naming the suspension and its reason', async () => {
      const day = suspendedAt.slice(0, 10);
      for (const headers of [bearer(org.accessToken), bearer(staff.accessToken), { 'x-api-key': apiKey }]) {
        const write = await inOrg('POST', '/beneficiaries', headers, newBeneficiary());
        expect(write.statusCode).toBe(403);
        expect(write.json().detail).toBe(
          `this organisation is suspended since ${day} (${reason}): its data can be read and exported, not changed`,
        );
      }
      const patch = await inOrg(
        'PATCH',
        '',
        { ...bearer(org.accessToken), 'accept-language': 'ru' },
        {
          name: 'Другое имя',
        },
      );
      expect(patch.statusCode).toBe(403);
      expect(patch.json()).toMatchObject({
        title: 'Доступ запрещён',
        detail: `организация приостановлена с ${day} (${reason}): её данные можно читать и выгружать, но не изменять`,
      });
    });

    it('withdraws its published reports: off the public list, the page says so, the file is gone, verification says so', async () => {
      expect(await listedIds()).toEqual([]);
      const page = await publicly(`/${report.id}`);
      expect(page.statusCode).toBe(200);
      expect(page.json()).toMatchObject({ id: report.id, status: 'withdrawn', withdrawnAt: suspendedAt });
      const file = await publicly(`/${report.id}/file`);
      expect(file.statusCode).toBe(410);
      expect(file.json().detail).toBe(
        `this report was withdrawn on ${suspendedAt.slice(0, 10)}: its organisation is suspended from the platform`,
      );
      const verified = await verification();
      expect(verified.statusCode).toBe(200);
      expect(verified.json()).toMatchObject({ status: 'withdrawn', valid: false, reportId: report.id });
    });

    it('lets no one join by an invitation sent before it', async () => {
      const accepted = await acceptInvitation();
      expect(accepted.statusCode).toBe(403);
      expect(accepted.json().detail).toMatch(/^this organisation is suspended since/);
    });

    it('keeps the reason private to its members and the platform', async () => {
      const page = await publicly(`/${report.id}`);
      expect(page.body).not.toContain(reason);
      expect((await verification()).body).not.toContain(reason);
    });

    it('changes the reason when suspended again with another, keeping the date', async () => {
      const changed = await asPlatform({ status: 'suspended', reason: 'Уточнённая причина' });
      expect(changed.json().suspension).toEqual({ since: suspendedAt, reason: 'Уточнённая причина' });
      const again = await asPlatform({ status: 'suspended', reason: 'Уточнённая причина' });
      expect(again.statusCode).toBe(200);
      const audit = await inOrg('GET', '/audit?action=organisation.suspended', bearer(org.accessToken));
      expect(audit.json().items).toHaveLength(2);
      await asPlatform({ status: 'suspended', reason });
    });
  });

  describe('reinstated', () => {
    beforeAll(async () => {
      const reinstated = await asPlatform({ status: 'active', reason: 'отчёт сдан' });
      expect(reinstated.statusCode).toBe(200);
      expect(reinstated.json()).toMatchObject({ status: 'active', suspension: null });
    });

    it('writes again and shows no suspension', async () => {
      const own = await inOrg('GET', '', bearer(staff.accessToken));
      expect(own.json()).toMatchObject({ status: 'active', suspension: null });
      const write = await inOrg('POST', '/beneficiaries', { 'x-api-key': apiKey }, newBeneficiary());
      expect(write.statusCode).toBe(201);
    });

    it('takes the invitation sent before the suspension', async () => {
      const accepted = await acceptInvitation();
      expect(accepted.statusCode).toBe(200);
      expect(accepted.json()).toMatchObject({ organisationId: org.orgId, role: 'viewer' });
    });

    it('publishes its reports again, as they were', async () => {
      expect(await listedIds()).toEqual([report.id]);
      expect((await publicly(`/${report.id}`)).json()).toMatchObject({
        status: 'published',
        withdrawnAt: null,
        sha256: report.sha256,
      });
      const file = await publicly(`/${report.id}/file`);
      expect(file.statusCode).toBe(200);
      expect(file.rawPayload.equals(pdf)).toBe(true);
      expect((await verification()).json()).toMatchObject({
        status: 'genuine_published',
        valid: true,
        reportId: report.id,
      });
    });

    it('records the reinstatement with its reason', async () => {
      const audit = await inOrg('GET', '/audit?action=organisation.reinstated', bearer(org.accessToken));
      expect(audit.json().items).toEqual([
        expect.objectContaining({ details: { from: 'suspended', to: 'active', reason: 'отчёт сдан' } }),
      ]);
    });
  });
});
