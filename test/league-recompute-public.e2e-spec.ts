import { computeLeague, indicatorsOf, type Methodology, type RegionInput } from '@careledger/league';
import { LeagueService } from '@careledger/statistics';
import { csvRecords } from '@careledger/testing';
import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import { CareFixtures } from './support/care-fixtures.js';
import { bearer, defaultPassword, logCareBatch, login, registerOrg, verifyOrg } from './support/factories.js';

/**
 * Issue 14 items 6 and 8: an outsider recomputes the published league table exactly from the public
 * methodology JSON and inputs.csv alone (scores, ranks, tiers and rank intervals), under the current
 * methodology and under version 1 for older tables; a region that is not ranked publishes no indicator;
 * each row states the platform's coverage; an uploaded external indicator the methodology names moves
 * the scores.
 */
describe('league table recomputed from its public answers', () => {
  let api: TestApi;
  const adminEmail = `platform-${randomUUID()}@example.org`;
  const year = 2026;
  let token: string;

  async function activeOrganisation(regionCode: string, people: number, kind: string, token: string) {
    const org = await registerOrg(api.app, { regionCode });
    await verifyOrg(api.app, org, token);
    const fixtures = new CareFixtures(api.db, org.orgId);
    const item = await fixtures.item();
    await fixtures.receive(item, 500);
    const funding = await fixtures.fundingSource(kind);
    const events = [];
    for (let i = 0; i < people; i++) {
      events.push({
        beneficiaryId: await fixtures.beneficiary(),
        occurredAt: `${year}-04-10T10:00:00Z`,
        kind: 'delivery',
        lines: [{ itemId: item, quantity: 1 + (i % 4), fundingSourceId: funding }],
      });
    }
    await logCareBatch(api.app, org, events);
    await api.app.inject({
      method: 'PUT',
      url: `/api/v1/orgs/${org.orgId}/profile/${year}`,
      headers: bearer(org.accessToken),
      payload: { staffFte: 1 + (people % 5), volunteers: 3 * people },
    });
  }

  async function uploadRegisteredCsos(rows: [regionCode: string, value: number][]): Promise<void> {
    const uploaded = await api.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/external-indicators/${year}`,
      headers: { ...bearer(token), 'content-type': 'text/csv; charset=utf-8' },
      payload: [
        'regionCode,indicator,value,source',
        ...rows.map(([code, value]) => `${code},registered_csos,${value},Минюст России`),
      ].join('\r\n'),
    });
    expect(uploaded.statusCode).toBeLessThan(300);
  }

  async function publicText(url: string): Promise<string> {
    const response = await api.app.inject({ method: 'GET', url: `/api/v1/public/league-table${url}` });
    expect(response.statusCode).toBe(200);
    return response.body;
  }

  beforeAll(async () => {
    api = await startTestApi('league_recompute_public', {
      PLATFORM_ADMIN_EMAIL: adminEmail,
      PLATFORM_ADMIN_PASSWORD: defaultPassword,
      PUBLIC_STATS_CACHE_SECONDS: '0',
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    token = await login(api.app, adminEmail);
    const regions: [string, number[], string[]][] = [
      ['48', [6, 9, 7], ['presidential_grant', 'business', 'individual_donations']],
      ['47', [12, 5, 8], ['presidential_grant', 'government_contract', 'own_funds']],
      ['16', [8, 8, 11, 6], ['business', 'business', 'commercial_services', 'government_grant']],
      ['52', [5, 5, 5], ['individual_donations', 'individual_donations', 'presidential_grant']],
      ['31', [9, 7], ['presidential_grant', 'business']],
    ];
    for (const [code, people, kinds] of regions) {
      for (let i = 0; i < people.length; i++) await activeOrganisation(code, people[i], kinds[i], token);
    }
    await uploadRegisteredCsos([['16', 400]]);
    await api.app.get(LeagueService).recompute(year);
    await api.app.get(LeagueService).recompute(year, 1);
  }, 300_000);

  afterAll(() => api.close());

  /** Recomputes a version's table from its public methodology and inputs.csv, and compares. */
  async function recomputeFromPublicAnswers(version: number): Promise<Record<string, string>[]> {
    const methodology = JSON.parse(await publicText(`/methodology?version=${version}`)) as Methodology & {
      recomputation: { generator: { seed: number; draws: number } };
    };
    expect(methodology.version).toBe(version);
    const query = `?year=${year}&methodology=${version}`;
    const inputs = recordsOf(await publicText(`/inputs.csv${query}`)).map((row) =>
      regionInput(row, methodology),
    );
    const { seed, draws } = methodology.recomputation.generator;
    const recomputed = computeLeague(methodology, inputs, { seed, draws });

    const results = recordsOf(await publicText(`/results.csv${query}`));
    const table = JSON.parse(await publicText(query));
    expect(table.methodologyVersion).toBe(version);
    expect(results.filter((row) => row.ranked === 'true').length).toBeGreaterThanOrEqual(4);
    expect(recomputed.rows.map((row) => row.regionCode)).toEqual(results.map((row) => row.region_code));
    recomputed.rows.forEach((row, i) => {
      const published = results[i];
      expect({
        region: row.regionCode,
        score: numberOrNull(published.score),
        rank: numberOrNull(published.rank),
        tier: published.tier || null,
        interval: published.rank_p5 ? [Number(published.rank_p5), Number(published.rank_p95)] : null,
      }).toEqual({
        region: row.regionCode,
        score: row.score,
        rank: row.rank,
        tier: row.tier,
        interval: row.rankInterval,
      });
      expect(table.rows[i]).toMatchObject({
        regionCode: row.regionCode,
        score: row.score,
        rank: row.rank,
        tier: row.tier,
        rankInterval: row.rankInterval,
      });
    });
    const scores = results.filter((row) => row.ranked === 'true').map((row) => Number(row.score));
    expect(new Set(scores).size).toBeGreaterThan(1);
    for (const row of results.filter((candidate) => candidate.ranked === 'true')) {
      expect(Number(row.rank)).toBe(1 + scores.filter((score) => score > Number(row.score)).length);
    }
    return results;
  }

  it('reproduces scores, ranks, tiers and rank intervals exactly from the methodology and inputs.csv', async () => {
    const results = await recomputeFromPublicAnswers(2);
    expect(JSON.parse(await publicText(`?year=${year}`)).methodologyVersion).toBe(2);
    expect(JSON.parse(await publicText('/methodology')).version).toBe(2);
    expect(results.find((row) => row.region_code === '16')?.A4_raw).not.toBe('');
    expect(results.find((row) => row.region_code === '48')?.A4_raw).toBe('');
  });

  it('still reproduces a table computed under methodology 1', async () => {
    const results = await recomputeFromPublicAnswers(1);
    expect(Object.keys(results[0]).some((column) => column.startsWith('A4'))).toBe(false);
  });

  it('publishes no indicator of a region that is not ranked, and states every region’s coverage', async () => {
    const inputs = recordsOf(await publicText(`/inputs.csv?year=${year}`));
    const results = recordsOf(await publicText(`/results.csv?year=${year}`));
    const unranked = results.find((row) => row.region_code === '31');
    expect(unranked).toMatchObject({
      ranked: 'false',
      reason: 'fewer than 3 active CSOs',
      csos_on_platform: '2',
    });
    const methodology = JSON.parse(await publicText('/methodology')) as Methodology;
    for (const { id } of indicatorsOf(methodology)) {
      expect(inputs.find((row) => row.region_code === '31')?.[id]).toBe('');
      expect(unranked?.[`${id}_raw`]).toBe('');
    }
    expect(results.find((row) => row.region_code === '16')).toMatchObject({
      csos_on_platform: '4',
      registered_csos: '400',
      coverage_share: '0.01',
    });
    expect(results.find((row) => row.region_code === '48')).toMatchObject({
      csos_on_platform: '3',
      registered_csos: '',
      coverage_share: '',
    });
    const table = JSON.parse(await publicText(`?year=${year}`)).rows;
    expect(table.find((row: { regionCode: string }) => row.regionCode === '16').coverage).toEqual({
      csosOnPlatform: 4,
      registeredCsos: 400,
      share: 0.01,
    });
  });

  it('describes every CSV column and the Monte Carlo steps in the methodology', async () => {
    const methodology = JSON.parse(await publicText('/methodology'));
    const [inputsHeader] = csvRecords(await publicText(`/inputs.csv?year=${year}`));
    const [resultsHeader] = csvRecords(await publicText(`/results.csv?year=${year}`));
    const guide = methodology.recomputation;
    expect(guide.columns.inputs.map((column: { name: string }) => column.name)).toEqual(inputsHeader);
    expect(guide.columns.results.map((column: { name: string }) => column.name)).toEqual(resultsHeader);
    expect(guide.generator).toMatchObject({
      name: 'mulberry32',
      seed: methodology.monteCarlo.seed,
      draws: methodology.monteCarlo.draws,
    });
    expect(guide.monteCarlo.length).toBeGreaterThanOrEqual(5);
    expect(guide.shrinkageTarget).toMatch(/mean/);
  });

  // Last: it changes the uploaded indicators the tests above read.
  it('moves a region’s score when the platform admin uploads its registered CSOs, and stays reproducible', async () => {
    const before = recordsOf(await publicText(`/results.csv?year=${year}`));
    await uploadRegisteredCsos([
      ['16', 400],
      ['48', 50],
    ]);
    await api.app.get(LeagueService).recompute(year);
    const after = await recomputeFromPublicAnswers(2);
    const lipetsk = (rows: Record<string, string>[]) => rows.find((row) => row.region_code === '48');
    const inputs = recordsOf(await publicText(`/inputs.csv?year=${year}`));
    const population = Number(inputs.find((row) => row.region_code === '48')?.population);
    expect(Number(inputs.find((row) => row.region_code === '48')?.A4)).toBe((50 / population) * 100_000);
    expect(lipetsk(after)?.A4_raw).not.toBe('');
    expect(lipetsk(after)?.pillar_A).not.toBe(lipetsk(before)?.pillar_A);
    expect(Number(lipetsk(after)?.score)).not.toBe(Number(lipetsk(before)?.score));
  });
});

function numberOrNull(text: string): number | null {
  return text === '' ? null : Number(text);
}

/** One region's input as inputs.csv gives it: an empty cell is a missing value. */
function regionInput(row: Record<string, string>, methodology: Methodology): RegionInput {
  return {
    regionCode: row.region_code,
    regionName: row.region_name,
    population: numberOrNull(row.population),
    activeCsos: Number(row.active_csos),
    indicators: Object.fromEntries(
      indicatorsOf(methodology)
        .map(({ id }) => id)
        .filter((id) => row[id] !== '')
        .map((id) => [
          id,
          row[`${id}_n`] === ''
            ? { value: Number(row[id]) }
            : { value: Number(row[id]), n: Number(row[`${id}_n`]) },
        ]),
    ),
  };
}

function recordsOf(text: string): Record<string, string>[] {
  const [header, ...rows] = csvRecords(text);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}
