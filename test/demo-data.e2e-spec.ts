import { spawnSync } from 'node:child_process';
import { startTestApi, TestApi } from './support/api.js';
import { login } from './support/factories.js';
import { peopleFigures } from './support/people-figures.js';

interface TableRow {
  regionCode: string;
  ranked: boolean;
  tier: string | null;
  score: number | null;
  pillars: Record<string, number | null>;
  coverage: { csosOnPlatform: number | null; share: number | null };
}

/**
 * The demo data a new user sees: spread over the regions, a league table a reader is not misled by
 * (several tiers, no constant pillar, coverage stated), and never a public count between 1 and k-1.
 */
describe('demo data', () => {
  let api: TestApi;
  const k = 5;

  beforeAll(async () => {
    api = await startTestApi('demo_data');
    const env = {
      ...process.env,
      DATABASE_URL: api.db.config.DATABASE_URL,
      QUEUE_PREFIX: api.db.config.QUEUE_PREFIX,
      LOG_LEVEL: 'silent',
    };
    const started = performance.now();
    const seeded = spawnSync(process.execPath, ['dist/apps/cli/src/seed-demo.js'], {
      env,
      encoding: 'utf8',
      timeout: 240_000,
    });
    console.log(`seed:demo took ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(seeded.status).toBe(0);
    expect(seeded.stdout).toMatch(/demo data loaded: \d+ organisations, \d+ care events/);
  }, 270_000);

  afterAll(() => api.close());

  it('spreads organisations over at least 20 regions, some too few to be ranked', async () => {
    const regions = (await api.app.inject({ method: 'GET', url: '/api/v1/public/regions?limit=200' })).json()
      .items;
    const withOrganisations = regions.filter((region: { organisations: number }) => region.organisations > 0);
    expect(withOrganisations.length).toBeGreaterThanOrEqual(20);
    const table = (
      await api.app.inject({ method: 'GET', url: '/api/v1/public/league-table?year=2026' })
    ).json();
    const ranked = table.rows.filter((row: { ranked: boolean }) => row.ranked);
    const present = new Set(withOrganisations.map((region: { code: string }) => region.code));
    const notRanked = table.rows.filter(
      (row: { ranked: boolean; regionCode: string }) => !row.ranked && present.has(row.regionCode),
    );
    expect(ranked.length).toBeGreaterThanOrEqual(3);
    expect(notRanked.length).toBeGreaterThanOrEqual(3);
  });

  it('never shows a public count of people or events between 1 and k-1', async () => {
    const regions = (await api.app.inject({ method: 'GET', url: '/api/v1/public/regions?limit=200' })).json()
      .items;
    const answers: unknown[] = [];
    for (const region of regions.filter(
      (candidate: { organisations: number }) => candidate.organisations > 0,
    )) {
      answers.push(
        (
          await api.app.inject({
            method: 'GET',
            url: `/api/v1/public/regions/${region.code}/stats?year=2026`,
          })
        ).json(),
      );
    }
    const organisations = await api.db.asSuperuser<{ id: string }>(`select id from organisations`);
    for (const organisation of organisations) {
      answers.push(
        (await api.app.inject({ method: 'GET', url: `/api/v1/public/orgs/${organisation.id}` })).json(),
      );
    }
    answers.push(
      (await api.app.inject({ method: 'GET', url: '/api/v1/public/league-table?year=2026' })).json(),
    );
    const figures = answers.flatMap((answer) => peopleFigures(answer));
    expect(figures.length).toBeGreaterThan(50);
    expect(figures.filter(([, value]) => value >= 1 && value < k)).toEqual([]);
  });

  it('ranks the demo regions over several tiers, with every pillar differing between them', async () => {
    const table = (
      await api.app.inject({ method: 'GET', url: '/api/v1/public/league-table?year=2026' })
    ).json();
    expect(table.methodologyVersion).toBe(2);
    const ranked = (table.rows as TableRow[]).filter((row) => row.ranked);
    expect(ranked.length).toBeGreaterThanOrEqual(8);
    expect(new Set(ranked.map((row) => row.tier)).size).toBeGreaterThanOrEqual(3);
    const scores = ranked.map((row) => row.score as number);
    expect(Math.max(...scores) - Math.min(...scores)).toBeGreaterThan(20);
    for (const pillar of ['A', 'B', 'C', 'D', 'E']) {
      const values = ranked.map((row) => row.pillars[pillar]);
      expect({ pillar, missing: values.filter((value) => value === null).length }).toEqual({
        pillar,
        missing: 0,
      });
      expect({ pillar, distinct: new Set(values).size > 1 }).toEqual({ pillar, distinct: true });
    }
    for (const row of ranked) {
      expect(row.coverage.csosOnPlatform).toBeGreaterThanOrEqual(3);
      expect(row.coverage.share).toBeGreaterThan(0);
      expect(row.coverage.share).toBeLessThan(0.05);
    }
  });

  it('lets a newcomer sign in as the demo organisation’s admin', async () => {
    await expect(login(api.app, 'admin@dobrye-ruki.demo', 'careledger-demo')).resolves.toMatch(/\S+/);
  });
});
