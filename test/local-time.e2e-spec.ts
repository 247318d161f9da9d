import { COUNT_MAX_NOISE } from '@careledger/disclosure';
import { eventually } from '@careledger/testing';
import { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import { CareFixtures } from './support/care-fixtures.js';
import {
  bearer,
  defaultPassword,
  logCareBatch,
  login,
  RegisteredOrg,
  registerOrg,
  verifyOrg,
} from './support/factories.js';
import { pdfPages } from './support/pdf-text.js';
import { startTestWorker } from './support/worker.js';

/**
 * Issue 16, item 1: an organisation's days and months are those of its time zone. A Moscow
 * organisation's delivery at 01:30 on 1 November (22:30 UTC on 31 October) is a November delivery in
 * its metrics, in public and authority statistics and in its reports, which print it as 01.11.2026
 * 01:30 and name the zone; `from`/`to` are inclusive local dates.
 */
describe('local time', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let org: RegisteredOrg;
  let people: string[];
  const k = 5;
  const adminEmail = `platform-${randomUUID()}@example.org`;
  const earlyNovember = '2026-11-01T01:30:00+03:00'; // 2026-10-31 22:30 UTC
  const lateOctober = '2026-10-31T23:59:00+03:00'; // still October in Moscow
  const midnightNovember2 = '2026-11-02T00:00:00+03:00'; // 2026-11-01 21:00 UTC

  const orgCall = (method: 'GET' | 'POST', path: string, payload?: object) =>
    api.app.inject({
      method,
      url: `/api/v1/orgs/${org.orgId}${path}`,
      headers: {
        ...bearer(org.accessToken),
        ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}),
      },
      ...(payload ? { payload } : {}),
    });

  async function reportText(payload: object): Promise<string> {
    const requested = await orgCall('POST', '/reports', payload);
    expect(requested.statusCode).toBe(202);
    const id: string = requested.json().id;
    await eventually(
      async () => {
        const report = (await orgCall('GET', `/reports/${id}`)).json();
        if (report.status !== 'ready') throw new Error(`report is ${report.status}`);
      },
      { timeoutMs: 60_000 },
    );
    const file = await orgCall('GET', `/reports/${id}/file`);
    expect(file.statusCode).toBe(200);
    // table cells may wrap: compare with whitespace flattened
    return (await pdfPages(file.rawPayload)).join('\n').replace(/\s+/g, ' ');
  }

  beforeAll(async () => {
    api = await startTestApi('local_time', {
      PLATFORM_ADMIN_EMAIL: adminEmail,
      PLATFORM_ADMIN_PASSWORD: defaultPassword,
      SUPPRESSION_K: String(k),
      PUBLIC_STATS_CACHE_SECONDS: '0',
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    worker = await startTestWorker(api.db);
    org = await registerOrg(api.app, { regionCode: '77', name: 'Фонд «Московское время»' });
    await verifyOrg(api.app, org, await login(api.app, adminEmail));
    const fixtures = new CareFixtures(api.db, org.orgId);
    const ointment = await fixtures.item();
    await fixtures.receive(ointment, 1000);
    people = [];
    for (let i = 0; i < 6; i++) people.push(await fixtures.beneficiary());
    const delivery = (beneficiaryId: string, occurredAt: string) => ({
      beneficiaryId,
      occurredAt,
      kind: 'delivery',
      lines: [{ itemId: ointment, quantity: 1 }],
    });
    await logCareBatch(api.app, org, [
      ...people.map((id) => delivery(id, earlyNovember)),
      delivery(people[0], lateOctober),
      delivery(people[1], midnightNovember2),
    ]);
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('keeps a Moscow organisation in its region’s time zone', async () => {
    const [row] = await api.db.asSuperuser<{ time_zone: string }>(
      `select time_zone from organisations where id = $1`,
      [org.orgId],
    );
    expect(row.time_zone).toBe('Europe/Moscow');
  });

  it('counts the 01:30 delivery of 1 November in November in the organisation’s metrics', async () => {
    const response = await orgCall('GET', '/metrics?year=2026');
    expect(response.statusCode).toBe(200);
    expect(response.json().months).toEqual([
      { month: '2026-10', beneficiariesServed: 1, careEvents: 1, spendKopecks: 45000 },
      { month: '2026-11', beneficiariesServed: 6, careEvents: 7, spendKopecks: 7 * 45000 },
    ]);
  });

  it('counts it in November in the public region page and the authority view', async () => {
    const region = await api.app.inject({ method: 'GET', url: '/api/v1/public/regions/77/stats?year=2026' });
    expect(region.statusCode).toBe(200);
    const months = region.json().perMonth as { month: string; beneficiariesServed: number | null }[];
    const november = months.find((row) => row.month === '2026-11');
    // six people in November (published: at least k), one in October (withheld): in UTC it would be
    // the other way round
    expect(november?.beneficiariesServed).not.toBeNull();
    expect(Math.abs((november?.beneficiariesServed ?? 0) - 6)).toBeLessThanOrEqual(COUNT_MAX_NOISE);
    expect(months.find((row) => row.month === '2026-10')?.beneficiariesServed ?? null).toBeNull();

    const platformAdmin = await login(api.app, adminEmail);
    const official = await registerOrg(api.app, { regionCode: '48' });
    const grant = await api.app.inject({
      method: 'POST',
      url: `/api/v1/admin/users/${official.adminId}/platform-roles`,
      headers: bearer(platformAdmin),
      payload: { role: 'authority', regionCodes: ['77'] },
    });
    expect(grant.statusCode).toBe(204);
    const authority = await api.app.inject({
      method: 'GET',
      url: '/api/v1/regions/77/stats?year=2026&granularity=month',
      headers: bearer(official.accessToken),
    });
    expect(authority.statusCode).toBe(200);
    const row = authority
      .json()
      .byOrganisation.find((entry: { organisationId: string }) => entry.organisationId === org.orgId);
    const authorityNovember = row.months.find((month: { month: string }) => month.month === '2026-11');
    expect(authorityNovember.beneficiariesServed).not.toBeNull();
  });

  it('lists the events of a whole local day for from = to, and only those', async () => {
    const day = async (date: string) => {
      const response = await orgCall('GET', `/care-events?from=${date}&to=${date}&limit=100`);
      expect(response.statusCode).toBe(200);
      return (response.json().items as { occurredAt: string }[]).map((event) => event.occurredAt).sort();
    };
    expect(await day('2026-11-01')).toEqual(Array(6).fill(new Date(earlyNovember).toISOString()));
    expect(await day('2026-10-31')).toEqual([new Date(lateOctober).toISOString()]);
    expect(await day('2026-11-02')).toEqual([new Date(midnightNovember2).toISOString()]);
    const both = await orgCall('GET', `/care-events?from=2026-10-31&to=2026-11-01&limit=100`);
    expect(both.json().items).toHaveLength(7);
  });

  it('refuses a from or to that is not a calendar date, naming it', async () => {
    for (const [field, query] of [
      ['from', 'from=2026-11-01T00:00:00Z'],
      ['to', 'to=2026-02-30'],
    ]) {
      const response = await orgCall('GET', `/care-events?${query}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field })]);
    }
  });

  it('prints a statement’s lines at their local date and time, names the zone, and selects by local period', async () => {
    const text = await reportText({
      type: 'beneficiary_statement',
      beneficiaryId: people[0],
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      language: 'ru',
    });
    expect(text).toContain('01.11.2026 01:30');
    expect(text).toContain('Время Europe/Moscow (UTC+03:00)');
    expect(text).not.toContain('31.10.2026'); // the 23:59 delivery of 31 October is another month's
    const english = await reportText({
      type: 'beneficiary_statement',
      beneficiaryId: people[0],
      periodFrom: '2026-10-31',
      periodTo: '2026-10-31',
      language: 'en',
    });
    expect(english).toContain('31 Oct 2026 23:59');
    expect(english).not.toContain('1 Nov 2026 01:30');
    expect(english).toContain('Time zone Europe/Moscow (UTC+03:00)');
  });

  it('reads a funding source’s period as dates of the organisation’s calendar', async () => {
    const fixtures = new CareFixtures(api.db, org.orgId);
    const ointment = await fixtures.item();
    await fixtures.receive(ointment, 10);
    const grant = await orgCall('POST', '/funding-sources', {
      name: 'Грант на ноябрь',
      funderName: 'Фонд президентских грантов',
      kind: 'presidential_grant',
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
    });
    expect(grant.statusCode).toBe(201);
    const funded = (occurredAt: string) =>
      orgCall('POST', '/care-events', {
        beneficiaryId: people[2],
        occurredAt,
        kind: 'delivery',
        lines: [{ itemId: ointment, quantity: 1, fundingSourceId: grant.json().id }],
      });
    // 22:30 UTC on 31 October is 1 November in Moscow: inside the period
    expect((await funded(earlyNovember)).statusCode).toBe(201);
    const october = await funded(lateOctober);
    expect(october.statusCode).toBe(409);
    expect(october.json().errors[0].message).toContain('2026-10-31');
  });
});
