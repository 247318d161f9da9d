import { spawnSync } from 'node:child_process';
import { startTestApi, TestApi } from './support/api.js';
import { peopleFigures } from './support/people-figures.js';

/** The demo data a new user sees: spread over the regions, and never a public count between 1 and k-1. */
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
    const seeded = spawnSync(process.execPath, ['dist/apps/cli/src/seed-demo.js'], {
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(seeded.status).toBe(0);
    expect(seeded.stdout).toMatch(/demo data loaded: \d+ organisations, \d+ care events/);
  }, 150_000);

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
});
