import { ReportRenderer } from '@careledger/reports';
import { tenantId } from '@careledger/common';
import { eventually } from '@careledger/testing';
import { INestApplicationContext } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import { CareFixtures } from './support/care-fixtures.js';
import {
  addMember,
  bearer,
  defaultPassword,
  login,
  RegisteredOrg,
  registerOrg,
  verifyOrg,
} from './support/factories.js';
import { pdfPages } from './support/pdf-text.js';
import { startTestWorker } from './support/worker.js';

describe('reports', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let org: RegisteredOrg;
  let fundingSourceId: string;
  let beneficiaryId: string;
  const platformAdminEmail = 'platform-admin@reports.example';

  const call = (method: 'GET' | 'POST' | 'PUT', path: string, payload?: object, token = org.accessToken) =>
    api.app.inject({
      method,
      url: `/api/v1/orgs/${org.orgId}${path}`,
      headers: { ...bearer(token), ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}) },
      ...(payload ? { payload } : {}),
    });

  async function readyReport(payload: object): Promise<{ id: string; sha256: string; pages: number }> {
    const requested = await call('POST', '/reports', payload);
    expect(requested.statusCode).toBe(202);
    expect(requested.json()).toMatchObject({ status: 'queued', progress: 0 });
    return eventually(
      async () => {
        const report = (await call('GET', `/reports/${requested.json().id}`)).json();
        if (report.status !== 'ready') throw new Error(`report is ${report.status}`);
        return report;
      },
      { timeoutMs: 60_000 },
    );
  }

  async function fileOf(reportId: string): Promise<Buffer> {
    const response = await call('GET', `/reports/${reportId}/file`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    return response.rawPayload;
  }

  beforeAll(async () => {
    api = await startTestApi('reports', {
      RATE_LIMIT_PER_MINUTE: '100000',
      PLATFORM_ADMIN_EMAIL: platformAdminEmail,
      PLATFORM_ADMIN_PASSWORD: defaultPassword,
    });
    worker = await startTestWorker(api.db);
    org = await registerOrg(api.app, { name: 'Фонд «Добрые руки»', regionCode: '48' });
    // Its published reports are listed publicly only once the platform has verified it.
    await verifyOrg(api.app, org, await login(api.app, platformAdminEmail));
    const fixtures = new CareFixtures(api.db, org.orgId);
    const ointment = await fixtures.item({ costKopecks: 45_050 });
    await api.db.asSuperuser(`update items set name = 'Мазь Бепантен, туба 30 г' where id = $1`, [ointment]);
    await fixtures.receive(ointment, 1000, 45_050);
    fundingSourceId = await fixtures.fundingSource('presidential_grant');
    const beneficiaries = [];
    for (let i = 0; i < 6; i++) beneficiaries.push(await fixtures.beneficiary());
    beneficiaryId = beneficiaries[0];
    const events = beneficiaries.flatMap((id, i) =>
      [1, 2].map((day) => ({
        beneficiaryId: id,
        occurredAt: `2026-10-${String(day + i).padStart(2, '0')}T10:00:00+03:00`,
        kind: 'delivery',
        lines: [{ itemId: ointment, quantity: 2, fundingSourceId }],
      })),
    );
    expect((await call('POST', '/care-events/batch', { events })).statusCode).toBe(201);
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('renders a Russian funding-source report with the organisation, the item and the right totals', async () => {
    const report = await readyReport({
      type: 'funding_source',
      fundingSourceId,
      periodFrom: '2026-10-01',
      periodTo: '2026-10-31',
      language: 'ru',
    });
    expect(report.pages).toBeGreaterThanOrEqual(1);
    const pdf = await fileOf(report.id);
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(report.sha256);
    expect(pdf.includes('/FontFile2')).toBe(true);
    const text = (await pdfPages(pdf)).join('\n').replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toContain('Фонд «Добрые руки»');
    expect(text).toContain('Мазь Бепантен, туба 30 г');
    // 12 events × 2 tubes × 450,50 ₽ = 10 812,00 ₽
    expect(text).toContain('10 812,00 ₽');
    expect(text).toContain(`${api.db.config.PUBLIC_BASE_URL}/reports/${report.id}`);
  });

  it('renders the same report twice into byte-identical files', async () => {
    const report = await readyReport({
      type: 'activity',
      periodFrom: '2026-10-01',
      periodTo: '2026-10-31',
      language: 'en',
    });
    await api.db.asSuperuser(`update reports set status = 'queued' where id = $1`, [report.id]);
    await worker.get(ReportRenderer).render(tenantId(org.orgId), report.id);
    const again = (await call('GET', `/reports/${report.id}`)).json();
    expect(again.status).toBe('ready');
    expect(again.sha256).toBe(report.sha256);
    const [{ chunks }] = await api.db.asSuperuser(
      `select count(*)::int as chunks from report_file_chunks where report_id = $1`,
      [report.id],
    );
    expect(chunks).toBeGreaterThanOrEqual(1);
  });

  it('answers 409 for the file while the report is not ready, and 404 for another organisation', async () => {
    const requested = (
      await call('POST', '/reports', {
        type: 'activity',
        periodFrom: '2026-01-01',
        periodTo: '2026-12-31',
        language: 'ru',
      })
    ).json();
    await api.db.asSuperuser(`update reports set status = 'running' where id = $1`, [requested.id]);
    expect((await call('GET', `/reports/${requested.id}/file`)).statusCode).toBe(409);
    const stranger = await registerOrg(api.app);
    const foreign = await api.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${stranger.orgId}/reports/${requested.id}`,
      headers: bearer(stranger.accessToken),
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('gives a care statement’s file to admins and staff, each read audited, and a viewer 403', async () => {
    const statement = await readyReport({
      type: 'beneficiary_statement',
      beneficiaryId,
      periodFrom: '2026-10-01',
      periodTo: '2026-10-31',
      language: 'ru',
    });
    const [staff, viewer] = [await addMember(api.app, org, 'staff'), await addMember(api.app, org, 'viewer')];
    const path = `/reports/${statement.id}/file`;
    const byViewer = await call('GET', path, undefined, viewer.accessToken);
    expect(byViewer.statusCode).toBe(403);
    expect(byViewer.json().detail).toBe(
      'this report holds personal data, which only admins, staff and API keys may read',
    );
    expect((await call('GET', `/reports/${statement.id}`, undefined, viewer.accessToken)).statusCode).toBe(
      200,
    );
    expect((await call('GET', path, undefined, staff.accessToken)).statusCode).toBe(200);
    expect((await call('GET', path)).statusCode).toBe(200);
    const reads = await api.db.asSuperuser<{ actor_id: string }>(
      `select actor_id from audit_log where tenant_id = $1 and action = 'report.personal_data_read' and entity_id = $2 order by seq`,
      [org.orgId, statement.id],
    );
    expect(reads.map((read) => read.actor_id)).toEqual([staff.userId, org.adminId]);
  });

  it('rejects bad requests naming the field', async () => {
    const missing = await call('POST', '/reports', {
      type: 'funding_source',
      periodFrom: '2026-10-01',
      periodTo: '2026-10-31',
      language: 'ru',
    });
    expect(missing.json().errors).toEqual([
      { field: 'fundingSourceId', message: 'is required for a funding_source report' },
    ]);
    const backwards = await call('POST', '/reports', {
      type: 'activity',
      periodFrom: '2026-10-31',
      periodTo: '2026-10-01',
      language: 'ru',
    });
    expect(backwards.json().errors).toEqual([
      { field: 'periodTo', message: 'must not be before periodFrom' },
    ]);
    const foreignSource = await call('POST', '/reports', {
      type: 'funding_source',
      fundingSourceId: randomUUID(),
      periodFrom: '2026-10-01',
      periodTo: '2026-10-31',
      language: 'ru',
    });
    expect(foreignSource.statusCode).toBe(404);
    const bad = await call('POST', '/reports', {
      type: 'poem',
      periodFrom: 'soon',
      language: 'de',
      extra: 1,
    });
    expect(
      bad
        .json()
        .errors.map((error: { field: string }) => error.field)
        .sort(),
    ).toEqual(['extra', 'language', 'periodFrom', 'periodTo', 'type']);
  });

  describe('publication and verification', () => {
    it('lets only an admin publish, refuses a care statement, and is idempotent', async () => {
      const report = await readyReport({
        type: 'activity',
        periodFrom: '2026-10-01',
        periodTo: '2026-10-31',
        language: 'ru',
      });
      const staff = await addMember(api.app, org, 'staff');
      expect(
        (await call('POST', `/reports/${report.id}/publish`, undefined, staff.accessToken)).statusCode,
      ).toBe(403);
      const first = await call('POST', `/reports/${report.id}/publish`);
      expect(first.statusCode).toBe(200);
      expect(first.json().publicUrl).toBe(`${api.db.config.PUBLIC_BASE_URL}/reports/${report.id}`);
      const second = await call('POST', `/reports/${report.id}/publish`);
      expect(second.statusCode).toBe(200);
      expect(second.json().publishedAt).toBe(first.json().publishedAt);

      const statement = await readyReport({
        type: 'beneficiary_statement',
        beneficiaryId,
        periodFrom: '2026-10-01',
        periodTo: '2026-10-31',
        language: 'ru',
      });
      expect((await call('POST', `/reports/${statement.id}/publish`)).statusCode).toBe(409);
      const publicStatement = await api.app.inject({
        method: 'GET',
        url: `/api/v1/public/reports/${statement.id}`,
      });
      expect(publicStatement.statusCode).toBe(404);
    });

    it('shows the published report to anyone and verifies the file, byte for byte', async () => {
      const report = await readyReport({
        type: 'funding_source',
        fundingSourceId,
        periodFrom: '2026-10-01',
        periodTo: '2026-10-31',
        language: 'ru',
      });
      const unpublished = await api.app.inject({ method: 'GET', url: `/api/v1/public/reports/${report.id}` });
      expect(unpublished.statusCode).toBe(404);
      await call('POST', `/reports/${report.id}/publish`);

      const list = (
        await api.app.inject({ method: 'GET', url: `/api/v1/public/reports?orgId=${org.orgId}` })
      ).json();
      expect(list.items.map((item: { id: string }) => item.id)).toContain(report.id);
      const metadata = (
        await api.app.inject({ method: 'GET', url: `/api/v1/public/reports/${report.id}` })
      ).json();
      expect(metadata).toMatchObject({
        id: report.id,
        sha256: report.sha256,
        organisation: { id: org.orgId, name: 'Фонд «Добрые руки»' },
      });
      const file = await api.app.inject({ method: 'GET', url: `/api/v1/public/reports/${report.id}/file` });
      expect(file.statusCode).toBe(200);
      const pdf = file.rawPayload;
      expect(createHash('sha256').update(pdf).digest('hex')).toBe(report.sha256);

      const verify = (body: Buffer) =>
        api.app.inject({
          method: 'POST',
          url: '/api/v1/public/reports/verify',
          headers: { 'content-type': 'application/pdf' },
          payload: body,
        });
      const valid = await verify(pdf);
      expect(valid.statusCode).toBe(200);
      expect(valid.json()).toEqual({
        status: 'genuine_published',
        valid: true,
        type: 'funding_source',
        periodFrom: '2026-10-01',
        periodTo: '2026-10-31',
        reportId: report.id,
        organisation: { id: org.orgId, name: 'Фонд «Добрые руки»' },
        publishedAt: metadata.publishedAt,
      });
      const tampered = Buffer.from(pdf);
      tampered[Math.floor(tampered.length / 2)] ^= 0x01;
      expect((await verify(tampered)).json()).toEqual({ status: 'unknown', valid: false });
      const notPdf = await api.app.inject({
        method: 'POST',
        url: '/api/v1/public/reports/verify',
        headers: { 'content-type': 'text/plain' },
        payload: 'hello',
      });
      expect(notPdf.statusCode).toBe(415);
    });

    it('keeps a published report immutable in the database', async () => {
      const report = await readyReport({
        type: 'activity',
        periodFrom: '2026-09-01',
        periodTo: '2026-10-31',
        language: 'ru',
      });
      await call('POST', `/reports/${report.id}/publish`);
      const app = api.db.pool('app');
      const client = await app.connect();
      try {
        await client.query('begin');
        await client.query(`select set_config('app.tenant_id', $1, true)`, [org.orgId]);
        await expect(
          client.query(`update reports set sha256 = repeat('0', 64) where id = $1`, [report.id]),
        ).rejects.toThrow(/published/);
      } finally {
        await client.query('rollback');
        client.release();
      }
    });
  });

  it('requests a scheduled report once per closed period, however many workers ask', async () => {
    const scheduled = await call('PUT', '/report-schedules/activity', {
      cadence: 'monthly',
      language: 'ru',
      autoPublish: true,
    });
    expect(scheduled.statusCode).toBe(200);
    const { ReportSchedulesService } = await import('@careledger/reports');
    const schedules = worker.get(ReportSchedulesService);
    const now = new Date('2026-11-27T12:00:00Z');
    const requested = await Promise.all([
      schedules.requestDue(now),
      schedules.requestDue(now),
      schedules.requestDue(now),
    ]);
    const [{ count }] = await api.db.asSuperuser(
      `select count(*)::int as count from reports where tenant_id = $1 and schedule_key = 'activity:monthly:2026-10-01'`,
      [org.orgId],
    );
    expect(count).toBe(1);
    expect(requested.filter((n) => n > 0)).toHaveLength(1);
    const published = await eventually(async () => {
      const [row] = await api.db.asSuperuser(
        `select status, published_at from reports where tenant_id = $1 and schedule_key = 'activity:monthly:2026-10-01'`,
        [org.orgId],
      );
      if (row.status !== 'ready') throw new Error(`scheduled report is ${row.status}`);
      return row;
    });
    expect(published.published_at).not.toBeNull();
  });
});
