import { computeLeague, IndicatorId, methodologyV2, RegionInput } from '@careledger/league';
import { RegionalStatsService, RegionStats } from '@careledger/statistics';
import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import { CareFixtures } from './support/care-fixtures.js';
import {
  defaultPassword,
  logCareBatch,
  login,
  RegisteredOrg,
  registerOrg,
  verifyOrg,
} from './support/factories.js';

/**
 * What the public pages read besides the league table itself: each region's square on the tile-grid
 * map, a region's verified organisations, published reports filtered by type and period, a region's
 * league standing with its growth points, and the national figures a region is set against.
 */
describe('data for the public pages', () => {
  let api: TestApi;
  const adminEmail = `platform-${randomUUID()}@example.org`;
  let platformToken: string;
  let verified: RegisteredOrg[];
  let unverified: RegisteredOrg;

  const get = (url: string) => api.app.inject({ method: 'GET', url: `/api/v1${url}` });

  beforeAll(async () => {
    api = await startTestApi('public_pages', {
      PLATFORM_ADMIN_EMAIL: adminEmail,
      PLATFORM_ADMIN_PASSWORD: defaultPassword,
    });
    platformToken = await login(api.app, adminEmail);
    verified = [];
    for (const name of ['Фонд «Берег»', 'АНО «Авангард»', 'Фонд «Вереск»']) {
      const org = await registerOrg(api.app, { regionCode: '48', name });
      await verifyOrg(api.app, org, platformToken);
      verified.push(org);
    }
    unverified = await registerOrg(api.app, { regionCode: '48', name: 'АНО «Без проверки»' });
  }, 120_000);

  afterAll(() => api.close());

  describe('the tile-grid map', () => {
    it('gives every one of the 85 regions its own square', async () => {
      const regions = (await get('/public/regions?limit=200')).json().items;
      expect(regions).toHaveLength(85);
      const cells = regions.map((region: { grid: { col: number; row: number } }) => region.grid);
      for (const cell of cells) expect(cell).toEqual({ col: expect.any(Number), row: expect.any(Number) });
      expect(new Set(cells.map((cell: { col: number; row: number }) => `${cell.col}:${cell.row}`)).size).toBe(
        85,
      );
      const kaliningrad = regions.find((region: { code: string }) => region.code === '39');
      const chukotka = regions.find((region: { code: string }) => region.code === '87');
      expect(kaliningrad.grid.col).toBeLessThan(chukotka.grid.col);
    });
  });

  describe('a region’s organisations', () => {
    it('lists the verified, active ones by name, a page at a time', async () => {
      const first = await get('/public/regions/48/orgs?limit=2');
      expect(first.statusCode).toBe(200);
      const names = (page: { items: { name: string }[] }) => page.items.map((item) => item.name);
      expect(names(first.json())).toEqual(['АНО «Авангард»', 'Фонд «Берег»']);
      expect(first.json().items[0]).toEqual({
        id: verified[1].orgId,
        name: 'АНО «Авангард»',
        legalForm: null,
        verifiedAt: expect.any(String),
      });
      const second = await get(`/public/regions/48/orgs?limit=2&cursor=${first.json().nextCursor}`);
      expect(second.json()).toEqual({
        items: [expect.objectContaining({ name: 'Фонд «Вереск»' })],
        nextCursor: null,
      });
      const all = (await get('/public/regions/48/orgs')).json().items.map((item: { id: string }) => item.id);
      expect(all).not.toContain(unverified.orgId);
      expect((await get('/public/regions/47/orgs')).json()).toEqual({ items: [], nextCursor: null });
    });

    it('answers an unknown region 404 and a malformed cursor 400 naming it', async () => {
      expect((await get('/public/regions/00/orgs')).statusCode).toBe(404);
      expect((await get('/public/regions/abc/orgs')).statusCode).toBe(404);
      // a NUL byte never reaches PostgreSQL: input hygiene refuses it, naming the parameter
      expect((await get('/public/regions/4%008/orgs')).statusCode).toBe(400);
      const bad = await get('/public/regions/48/orgs?cursor=not-a-cursor');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
    });
  });

  describe('published reports, filtered', () => {
    /** A published report as the worker would leave it; only the columns the public list reads matter. */
    async function published(org: RegisteredOrg, type: string, periodFrom: string, periodTo: string) {
      const id = randomUUID();
      await api.db.asSuperuser(
        `insert into reports (tenant_id, id, type, language, period_from, period_to, contains_personal_data,
           status, requested_at, ready_at, published_at, sha256, pages, bytes)
         values ($1, $2, $3, 'ru', $4, $5, false, 'ready', now(), now(), now(), $6, 1, 100)`,
        [org.orgId, id, type, periodFrom, periodTo, randomUUID().replace(/-/g, '').repeat(2)],
      );
      return id;
    }

    let q1: string;
    let q3: string;
    let grant: string;

    beforeAll(async () => {
      q1 = await published(verified[0], 'activity', '2026-01-01', '2026-03-31');
      q3 = await published(verified[0], 'activity', '2026-07-01', '2026-09-30');
      grant = await published(verified[1], 'funding_source', '2026-01-01', '2026-12-31');
    });

    const ids = async (query: string) =>
      (await get(`/public/reports?${query}`))
        .json()
        .items.map((item: { id: string }) => item.id)
        .sort();

    it('filters by type, and by a period the report overlaps', async () => {
      expect(await ids('type=activity')).toEqual([q1, q3].sort());
      expect(await ids('type=funding_source')).toEqual([grant]);
      expect(await ids('from=2026-04-01')).toEqual([q3, grant].sort());
      expect(await ids('to=2026-03-31')).toEqual([q1, grant].sort());
      expect(await ids('from=2026-04-01&to=2026-06-30')).toEqual([grant]);
      expect(await ids(`type=activity&orgId=${verified[0].orgId}&regionCode=48&from=2026-08-01`)).toEqual([
        q3,
      ]);
    });

    it('refuses a type or a date it cannot read, naming the field', async () => {
      for (const [query, field] of [
        ['type=annual', 'type'],
        ['from=2026-02-30', 'from'],
        ['to=yesterday', 'to'],
      ]) {
        const response = await get(`/public/reports?${query}`);
        expect(response.statusCode).toBe(400);
        expect(response.json().errors).toEqual([expect.objectContaining({ field })]);
      }
    });
  });

  describe('a region’s league standing', () => {
    const indicatorIds = methodologyV2.pillars.flatMap((pillar) => pillar.indicators.map((one) => one.id));
    /** Every indicator at `value`, but those named. */
    function region(
      code: string,
      activeCsos: number,
      value: number,
      except: Partial<Record<IndicatorId, number>> = {},
    ) {
      const indicators = Object.fromEntries(
        indicatorIds.map((id) => [id, { value: except[id] ?? value, n: 10 }]),
      );
      return {
        regionCode: code,
        regionName: code,
        population: 1_000_000,
        activeCsos,
        indicators,
      } as RegionInput;
    }

    beforeAll(async () => {
      // 48 trails the median (0.5 over 48, 47 and 16) in A1, B1, D2 and C4; 77 is not ranked (too few CSOs).
      const inputs = [
        region('48', 10, 0.5, { A1: 0.1, B1: 0.2, D2: 0.3, C4: 0.45 }),
        region('47', 10, 0.5),
        region('16', 10, 0.9),
        region('77', 1, 100),
      ];
      const result = computeLeague(methodologyV2, inputs, { draws: 500 });
      await api.db.asSuperuser(
        `insert into league_snapshots (id, year, methodology_version, computed_at, inputs, results)
         values ($1, 2026, 2, now(), $2, $3)`,
        [randomUUID(), JSON.stringify(inputs), JSON.stringify(result)],
      );
    });

    it('gives the row, pillars against the national medians and the three largest growth points', async () => {
      const response = await get('/public/league-table/regions/48?year=2026');
      expect(response.statusCode).toBe(200);
      const standing = response.json();
      expect(standing).toMatchObject({ year: 2026, methodologyVersion: 2, rankedRegions: 3 });
      expect(standing.row).toMatchObject({ regionCode: '48', ranked: true });
      expect(standing.pillars.map((pillar: { id: string }) => pillar.id)).toEqual(['A', 'B', 'C', 'D', 'E']);
      for (const pillar of standing.pillars) {
        expect(pillar.score).toBe(standing.row.pillars[pillar.id]);
        expect(pillar.nationalMedian).toEqual(expect.any(Number));
      }
      // gap / (max − min): A1 0.4 / 0.8, B1 0.3 / 0.7, D2 0.2 / 0.6; C4 0.05 / 0.45 is the fourth
      const points = standing.growthPoints;
      expect(points.map((point: { indicator: string }) => point.indicator)).toEqual(['A1', 'B1', 'D2']);
      expect(points[0]).toEqual({
        indicator: 'A1',
        name: methodologyV2.pillars[0].indicators[0].name,
        unit: 'per 100k residents',
        direction: 1,
        value: 0.1,
        median: 0.5,
        gap: expect.closeTo(0.4, 10),
        normalisedGap: expect.closeTo(0.5, 10),
      });
      expect(points[1].normalisedGap).toBeCloseTo(0.3 / 0.7, 10);
      expect(points[2].gap).toBeCloseTo(0.2, 10);
    });

    it('gives a region that is not ranked its reason and no growth points; an unknown one is 404', async () => {
      const standing = (await get('/public/league-table/regions/77?year=2026')).json();
      expect(standing.row).toMatchObject({ regionCode: '77', ranked: false, reason: expect.any(String) });
      expect(standing.growthPoints).toEqual([]);
      expect((await get('/public/league-table/regions/99?year=2026')).statusCode).toBe(404);
      expect((await get('/public/league-table/regions/4%00?year=2026')).statusCode).toBe(400);
      expect((await get('/public/league-table/regions/48?year=2025')).statusCode).toBe(404);
    });
  });

  describe('national figures', () => {
    beforeAll(async () => {
      // 7 people helped in March and May by one verified organisation of region 48: above k = 5
      const org = verified[0];
      const fixtures = new CareFixtures(api.db, org.orgId);
      const item = await fixtures.item();
      await fixtures.receive(item, 100);
      const funding = await fixtures.fundingSource();
      const events = [];
      for (let i = 0; i < 7; i++) {
        const beneficiaryId = await fixtures.beneficiary();
        for (const occurredAt of ['2026-03-10T10:00:00Z', '2026-05-10T10:00:00Z']) {
          events.push({
            beneficiaryId,
            occurredAt,
            kind: 'delivery',
            lines: [{ itemId: item, quantity: 1, fundingSourceId: funding }],
          });
        }
      }
      await logCareBatch(api.app, org, events);
    }, 120_000);

    it('sums every region’s published figures, leaving withheld ones out and counting them', async () => {
      const response = await get('/public/national-figures?year=2026');
      expect(response.statusCode).toBe(200);
      const national = response.json();
      const service = api.app.get(RegionalStatsService);
      const codes = (await get('/public/regions?limit=200'))
        .json()
        .items.map((region: { code: string }) => region.code);
      const regions: RegionStats[] = [];
      for (const code of codes) regions.push(await service.region(code, 2026));
      const sum = (pick: (region: RegionStats) => number | null) =>
        regions.reduce((total, region) => total + (pick(region) ?? 0), 0);
      expect(national).toMatchObject({
        year: 2026,
        regions: 85,
        organisations: sum((region) => region.organisations),
        population: sum((region) => region.population),
        beneficiariesServed: sum((region) => region.beneficiariesServed),
        careEvents: sum((region) => region.careEvents),
        spendKopecks: sum((region) => region.spendKopecks),
        withheldRegions: {
          beneficiariesServed: regions.filter((region) => region.beneficiariesServed === null).length,
          careEvents: regions.filter((region) => region.careEvents === null).length,
          spendKopecks: regions.filter((region) => region.spendKopecks === null).length,
        },
      });
      const lipetsk = regions[codes.indexOf('48')];
      expect(lipetsk.beneficiariesServed).not.toBeNull();
      expect(national.beneficiariesServed).toBeGreaterThan(0);
      expect(national.perMonth.map((month: { month: string }) => month.month)).toEqual(
        lipetsk.perMonth.map((month) => month.month).sort(),
      );
    });

    it('refuses a missing or impossible year, naming it', async () => {
      for (const query of ['', '?year=1999', '?year=abc']) {
        const response = await get(`/public/national-figures${query}`);
        expect(response.statusCode).toBe(400);
        expect(response.json().errors).toEqual([expect.objectContaining({ field: 'year' })]);
      }
    });
  });
});
