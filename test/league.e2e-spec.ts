import { LeagueService } from '@careledger/statistics';
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
import { startTestWorker } from './support/worker.js';

describe('regional league table', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  const adminEmail = `platform-${randomUUID()}@example.org`;

  async function activeOrganisation(
    regionCode: string,
    people: number,
    kind: string,
  ): Promise<RegisteredOrg> {
    const org = await registerOrg(api.app, { regionCode });
    await verifyOrg(api.app, org, await login(api.app, adminEmail));
    const fixtures = new CareFixtures(api.db, org.orgId);
    const item = await fixtures.item();
    await fixtures.receive(item, 500);
    const funding = await fixtures.fundingSource(kind);
    const events = [];
    for (let i = 0; i < people; i++) {
      events.push({
        beneficiaryId: await fixtures.beneficiary(),
        occurredAt: '2026-05-10T10:00:00Z',
        kind: 'delivery',
        lines: [{ itemId: item, quantity: 3, fundingSourceId: funding }],
      });
    }
    await logCareBatch(api.app, org, events);
    await api.app.inject({
      method: 'PUT',
      url: `/api/v1/orgs/${org.orgId}/profile/2026`,
      headers: bearer(org.accessToken),
      payload: { staffFte: 4, volunteers: 20 },
    });
    return org;
  }

  beforeAll(async () => {
    api = await startTestApi('league', {
      PLATFORM_ADMIN_EMAIL: adminEmail,
      PLATFORM_ADMIN_PASSWORD: defaultPassword,
    });
    worker = await startTestWorker(api.db);
    for (const kind of ['presidential_grant', 'business', 'individual_donations'])
      await activeOrganisation('48', 6, kind);
    for (const kind of ['presidential_grant', 'government_contract', 'own_funds'])
      await activeOrganisation('47', 12, kind);
    for (const kind of ['business', 'business']) await activeOrganisation('16', 8, kind);
  }, 180_000);

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('is 404 before the year was computed', async () => {
    expect(
      (await api.app.inject({ method: 'GET', url: '/api/v1/public/league-table?year=2026' })).statusCode,
    ).toBe(404);
  });

  it('recomputes on a platform admin’s request and serves ranks, tiers, pillars and intervals', async () => {
    const anonymous = await api.app.inject({
      method: 'POST',
      url: '/api/v1/admin/league-table/recompute?year=2026',
    });
    expect(anonymous.statusCode).toBe(401);
    const token = await login(api.app, adminEmail);
    const accepted = await api.app.inject({
      method: 'POST',
      url: '/api/v1/admin/league-table/recompute?year=2026',
      headers: bearer(token),
    });
    expect(accepted.statusCode).toBe(202);
    const table = await eventually(
      async () => {
        const response = await api.app.inject({
          method: 'GET',
          url: '/api/v1/public/league-table?year=2026',
        });
        if (response.statusCode !== 200) throw new Error(`league table: ${response.statusCode}`);
        return response.json();
      },
      { timeoutMs: 30_000 },
    );
    expect(table).toMatchObject({ year: 2026, methodologyVersion: 2 });
    const byCode = new Map(table.rows.map((row: { regionCode: string }) => [row.regionCode, row]));
    expect(table.rows).toHaveLength(85);
    const ranked = table.rows.filter((row: { ranked: boolean }) => row.ranked);
    expect(ranked.map((row: { regionCode: string }) => row.regionCode).sort()).toEqual(['47', '48']);
    for (const row of ranked) {
      expect(row.rank).toBeGreaterThanOrEqual(1);
      expect(['A', 'B', 'C', 'D']).toContain(row.tier);
      expect(row.rankInterval[0]).toBeLessThanOrEqual(row.rank);
      expect(row.rankInterval[1]).toBeGreaterThanOrEqual(row.rank);
      expect(Object.keys(row.pillars).sort()).toEqual(['A', 'B', 'C', 'D', 'E']);
    }
    expect(byCode.get('16')).toMatchObject({ ranked: false, rank: null, score: null });
    expect((byCode.get('16') as { reason: string }).reason).toMatch(/3/);
  });

  it('publishes the methodology and the inputs and results as CSV', async () => {
    await worker.get(LeagueService).recompute(2026);
    const methodology = (
      await api.app.inject({ method: 'GET', url: '/api/v1/public/league-table/methodology' })
    ).json();
    expect(methodology.version).toBe(2);
    expect(methodology.pillars.map((pillar: { id: string }) => pillar.id)).toEqual(['A', 'B', 'C', 'D', 'E']);
    const first = await api.app.inject({
      method: 'GET',
      url: '/api/v1/public/league-table/methodology?version=1',
    });
    expect(first.json().version).toBe(1);
    const malformed = await api.app.inject({
      method: 'GET',
      url: '/api/v1/public/league-table/methodology?version=abc',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors.map((error: { field: string }) => error.field)).toEqual(['version']);
    const inputs = await api.app.inject({
      method: 'GET',
      url: '/api/v1/public/league-table/inputs.csv?year=2026',
    });
    expect(inputs.headers['content-type']).toMatch(/^text\/csv/);
    expect(inputs.body.split('\n').find((line) => line.startsWith('48,'))).toBeDefined();
    const results = await api.app.inject({
      method: 'GET',
      url: '/api/v1/public/league-table/results.csv?year=2026',
    });
    expect(results.body).toMatch(/\n\d+,47,/);
  });
});
