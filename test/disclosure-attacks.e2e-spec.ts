import { COUNT_MAX_NOISE } from '@careledger/disclosure';
import { LeagueService } from '@careledger/statistics';
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

/**
 * Issue 14's attacks on the published statistics (region page, organisation profiles, the authority
 * view, open data), run end to end as an outsider or an official would, with the organisations' exact
 * own figures as the truth to compare against: each must fail.
 */
describe('disclosure attacks on published statistics', () => {
  let api: TestApi;
  let adminToken: string;
  let authorityToken: string;
  const measures = ['beneficiariesServed', 'careEvents', 'spendKopecks'] as const;
  type Measure = (typeof measures)[number];
  type Figures = Record<Measure, number | null>;

  interface Ledger {
    fixtures: CareFixtures;
    item: string;
    funding: string;
    beneficiaries: string[];
  }

  async function organisation(regionCode: string, name: string): Promise<RegisteredOrg> {
    const org = await registerOrg(api.app, { regionCode, name });
    await verifyOrg(api.app, org, adminToken);
    return org;
  }

  async function ledger(org: RegisteredOrg, category = 'medication', fundingKind = 'presidential_grant') {
    const fixtures = new CareFixtures(api.db, org.orgId);
    const item = await fixtures.item({ category });
    await fixtures.receive(item, 1000);
    return {
      fixtures,
      item,
      funding: await fixtures.fundingSource(fundingKind),
      beneficiaries: [],
    } as Ledger;
  }

  /** One event per person, each in the given month (YYYY-MM), logged through the API. */
  async function giveCare(org: RegisteredOrg, ledger: Ledger, people: number, months: string[]) {
    const events = [];
    for (let i = 0; i < people; i++) {
      const beneficiaryId = await ledger.fixtures.beneficiary();
      ledger.beneficiaries.push(beneficiaryId);
      events.push(event(ledger, beneficiaryId, `${months[i % months.length]}-10T10:00:00Z`, 1 + (i % 3)));
    }
    await logCareBatch(api.app, org, events);
  }

  function event(ledger: Ledger, beneficiaryId: string, occurredAt: string, quantity: number) {
    return {
      beneficiaryId,
      occurredAt,
      kind: 'delivery',
      lines: [{ itemId: ledger.item, quantity, fundingSourceId: ledger.funding }],
    };
  }

  async function regionStats(code: string) {
    const response = await api.app.inject({
      method: 'GET',
      url: `/api/v1/public/regions/${code}/stats?year=2026`,
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  /** The organisation's public profile for 2026. */
  async function profile(org: RegisteredOrg) {
    const response = await api.app.inject({ method: 'GET', url: `/api/v1/public/orgs/${org.orgId}` });
    expect(response.statusCode).toBe(200);
    return response.json().metrics.find((year: { year: number }) => year.year === 2026);
  }

  /** The organisation's row of the authority view of its region for 2026. */
  async function authorityRow(code: string, org: RegisteredOrg) {
    const response = await api.app.inject({
      method: 'GET',
      url: `/api/v1/regions/${code}/stats?year=2026`,
      headers: bearer(authorityToken),
    });
    expect(response.statusCode).toBe(200);
    return response
      .json()
      .byOrganisation.find((row: { organisationId: string }) => row.organisationId === org.orgId);
  }

  /** The exact figures an organisation's members see: the truth an attacker is after. */
  async function truth(org: RegisteredOrg) {
    const response = await api.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${org.orgId}/metrics?year=2026`,
      headers: bearer(org.accessToken),
    });
    return response.json() as Figures & {
      months: ({ month: string } & Figures)[];
      itemsByCategory: { category: string; spendKopecks: number }[];
    };
  }

  /** total − the shown parts, or null when a part or the total is withheld along with the target. */
  function subtract(total: number | null, shownParts: (number | null)[]): number | null {
    if (total === null || shownParts.some((part) => part === null)) return null;
    return total - shownParts.reduce<number>((sum, part) => sum + (part ?? 0), 0);
  }

  beforeAll(async () => {
    const adminEmail = `platform-${randomUUID()}@example.org`;
    api = await startTestApi('disclosure_attacks', {
      PLATFORM_ADMIN_EMAIL: adminEmail,
      PLATFORM_ADMIN_PASSWORD: defaultPassword,
      SUPPRESSION_K: '5',
      PUBLIC_STATS_CACHE_SECONDS: '0',
    });
    adminToken = await login(api.app, adminEmail);
    const official = await registerOrg(api.app, { regionCode: '77' });
    const granted = await api.app.inject({
      method: 'POST',
      url: `/api/v1/admin/users/${official.adminId}/platform-roles`,
      headers: bearer(adminToken),
      payload: { role: 'authority', regionCodes: ['36', '52'] },
    });
    expect(granted.statusCode).toBe(204);
    authorityToken = official.accessToken;
  });

  afterAll(() => api.close());

  describe('totals minus shown parts', () => {
    let first: RegisteredOrg;
    let second: RegisteredOrg;
    let tiny: RegisteredOrg;

    beforeAll(async () => {
      first = await organisation('48', 'Фонд «Первый»');
      second = await organisation('48', 'Фонд «Второй»');
      tiny = await organisation('48', 'АНО «Крошечная»');
      await giveCare(first, await ledger(first), 12, ['2026-01', '2026-02', '2026-03']);
      // One person of the large foundation is the only one with food, paid from individual donations.
      await giveCare(first, await ledger(first, 'food', 'individual_donations'), 1, ['2026-02']);
      await giveCare(second, await ledger(second), 9, ['2026-01', '2026-02', '2026-03']);
      // The tiny organisation's two people are the only ones in April.
      await giveCare(tiny, await ledger(tiny, 'hygiene', 'donations'), 2, ['2026-04']);
    });

    it('does not give a withheld organisation’s figures as the region’s total minus the shown organisations', async () => {
      const stats = await regionStats('48');
      const exact = await truth(tiny);
      expect(exact).toMatchObject({ beneficiariesServed: 2, careEvents: 2 });
      const target = stats.perOrganisation.find(
        (row: { organisationId: string }) => row.organisationId === tiny.orgId,
      );
      const others = stats.perOrganisation.filter(
        (row: { organisationId: string }) => row.organisationId !== tiny.orgId,
      );
      for (const measure of measures) {
        expect(target[measure]).toBeNull();
        const recovered = subtract(
          stats[measure],
          others.map((row: Figures) => row[measure]),
        );
        expect({ measure, recoveredTheTruth: recovered === exact[measure] }).toEqual({
          measure,
          recoveredTheTruth: false,
        });
      }
    });

    it('does not give a withheld month’s figures as the year minus the shown months', async () => {
      const stats = await regionStats('48');
      const april = stats.perMonth.find((row: { month: string }) => row.month === '2026-04');
      const others = stats.perMonth.filter((row: { month: string }) => row.month !== '2026-04');
      const exact = (await truth(tiny)).months.find((row) => row.month === '2026-04');
      expect(exact).toMatchObject({ beneficiariesServed: 2, careEvents: 2 });
      for (const measure of measures) {
        expect(april[measure]).toBeNull();
        const recovered = subtract(
          stats[measure],
          others.map((row: Figures) => row[measure]),
        );
        expect({ measure, recoveredTheTruth: recovered === exact?.[measure] }).toEqual({
          measure,
          recoveredTheTruth: false,
        });
      }
    });

    it('does not give a withheld organisation’s figures as the region’s total minus the other organisations’ profiles', async () => {
      const stats = await regionStats('48');
      const exact = await truth(tiny);
      const profiles = [await profile(first), await profile(second)];
      for (const measure of measures) {
        expect((await profile(tiny))[measure]).toBeNull();
        const recovered = subtract(
          stats[measure],
          profiles.map((shown) => shown[measure]),
        );
        expect({ measure, recoveredTheTruth: recovered === exact[measure] }).toEqual({
          measure,
          recoveredTheTruth: false,
        });
      }
    });

    it('shows categories and funding kinds with k or more people, and withholds those with fewer', async () => {
      const stats = await regionStats('48');
      const medication = stats.itemsByCategory.find(
        (row: { category: string }) => row.category === 'medication',
      );
      expect(medication.quantities).toEqual([{ unit: 'tube', quantity: expect.any(Number) }]);
      expect(Math.abs(medication.beneficiariesServed - 21)).toBeLessThanOrEqual(COUNT_MAX_NOISE);
      for (const category of ['hygiene', 'food']) {
        expect(stats.itemsByCategory).toContainEqual({
          category,
          beneficiariesServed: null,
          spendKopecks: null,
          quantities: [{ unit: 'tube', quantity: null }],
        });
      }
      for (const fundingKind of ['donations', 'individual_donations']) {
        expect(stats.spendByFundingKind).toContainEqual({
          fundingKind,
          beneficiariesServed: null,
          spendKopecks: null,
        });
      }
      expect(stats.suppressed).toEqual(
        expect.arrayContaining([
          'itemsByCategory.hygiene.quantities.tube',
          'spendByFundingKind.donations.spendKopecks',
        ]),
      );
    });

    it('withholds a category of one person in a large organisation’s profile', async () => {
      const shown = await profile(first);
      expect((await truth(first)).beneficiariesServed).toBe(13);
      expect(shown.itemsByCategory).toContainEqual({
        category: 'food',
        spendKopecks: null,
        quantities: [{ unit: 'tube', quantity: null }],
      });
      expect(shown.spendByFundingKind).toContainEqual({
        fundingKind: 'individual_donations',
        spendKopecks: null,
        share: null,
      });
      const medication = shown.itemsByCategory.find(
        (row: { category: string }) => row.category === 'medication',
      );
      const exactFood = (await truth(first)).itemsByCategory.find((row) => row.category === 'food');
      // the organisation's spend minus its shown category would be the food person's spend
      const recovered = subtract(shown.spendKopecks, [medication.spendKopecks]);
      expect(recovered === exactFood?.spendKopecks).toBe(false);
    });

    it('answers the same query twice with the same figures', async () => {
      expect(await regionStats('48')).toEqual(await regionStats('48'));
    });
  });

  describe('an organisation’s year minus its shown months', () => {
    let org: RegisteredOrg;

    beforeAll(async () => {
      org = await organisation('52', 'Фонд «Нижний»');
      const care = await ledger(org);
      await giveCare(org, care, 10, ['2026-01']);
      // Two people are the only ones in February.
      await giveCare(org, care, 2, ['2026-02']);
    });

    async function attack(shown: Figures & { months: ({ month: string } & Figures)[] }) {
      const exact = (await truth(org)).months.find((row) => row.month === '2026-02');
      expect(exact).toMatchObject({ beneficiariesServed: 2, careEvents: 2 });
      const february = shown.months.find((row) => row.month === '2026-02');
      const others = shown.months.filter((row) => row.month !== '2026-02');
      for (const measure of measures) {
        expect(february?.[measure]).toBeNull();
        const recovered = subtract(
          shown[measure],
          others.map((row) => row[measure]),
        );
        if (measure === 'beneficiariesServed') continue; // people over months are a union: no subtraction
        expect({ measure, recoveredTheTruth: recovered === exact?.[measure] }).toEqual({
          measure,
          recoveredTheTruth: false,
        });
      }
    }

    it('fails on the public profile', async () => {
      await attack(await profile(org));
    });

    it('fails on the authority view', async () => {
      const row = await authorityRow('52', org);
      await attack({ ...row, months: row.months.map((month: object) => ({ spendKopecks: null, ...month })) });
    });
  });

  it('publishes no people-based league input for a region whose statistics are withheld', async () => {
    for (const name of ['Фонд «Один»', 'Фонд «Два»', 'Фонд «Три»']) {
      const org = await organisation('53', name);
      await giveCare(org, await ledger(org), 1, ['2026-05']);
    }
    expect((await regionStats('53')).beneficiariesServed).toBeNull();
    await api.app.get(LeagueService).recompute(2026);
    const csv = await api.app.inject({
      method: 'GET',
      url: '/api/v1/public/league-table/inputs.csv?year=2026',
    });
    expect(csv.statusCode).toBe(200);
    const [header, ...rows] = csv.body
      .trim()
      .split('\n')
      .map((line) => line.split(','));
    const row = rows.find((cells) => cells[header.indexOf('region_code')] === '53');
    expect(row).toBeDefined();
    for (const indicator of ['A2', 'A3', 'B1']) {
      expect({ indicator, value: row?.[header.indexOf(indicator)] }).toEqual({ indicator, value: '' });
    }
  });

  it('does not give one logged event’s figures as the difference of the figures read before and after', async () => {
    const org = await organisation('36', 'Фонд «Воронеж»');
    const care = await ledger(org);
    await giveCare(org, care, 15, ['2026-01', '2026-02', '2026-03']);
    const outputs = {
      region: async () => (await regionStats('36')) as Figures,
      profile: async () => (await profile(org)) as Figures,
      authority: async () => (await authorityRow('36', org)) as Figures,
    };
    const differences: Record<keyof typeof outputs, { events: number; spend: number; trueSpend: number }[]> =
      {
        region: [],
        profile: [],
        authority: [],
      };
    for (let i = 0; i < 6; i++) {
      const before = {
        region: await outputs.region(),
        profile: await outputs.profile(),
        authority: await outputs.authority(),
      };
      const exactBefore = await truth(org);
      await logCareBatch(api.app, org, [
        event(care, care.beneficiaries[i], `2026-03-0${i + 1}T10:00:00Z`, 1 + i),
      ]);
      const exactAfter = await truth(org);
      for (const output of Object.keys(outputs) as (keyof typeof outputs)[]) {
        const after = await outputs[output]();
        expect([before[output].careEvents, before[output].spendKopecks]).toEqual([
          expect.any(Number),
          expect.any(Number),
        ]);
        differences[output].push({
          events: (after.careEvents ?? 0) - (before[output].careEvents ?? 0),
          spend: (after.spendKopecks ?? 0) - (before[output].spendKopecks ?? 0),
          trueSpend: (exactAfter.spendKopecks ?? 0) - (exactBefore.spendKopecks ?? 0),
        });
      }
    }
    for (const [output, seen] of Object.entries(differences)) {
      expect({ output, everyEventCosts: seen.every((difference) => difference.trueSpend > 0) }).toEqual({
        output,
        everyEventCosts: true,
      });
      expect({ output, eventsBlurred: seen.some((difference) => difference.events !== 1) }).toEqual({
        output,
        eventsBlurred: true,
      });
      expect({
        output,
        spendBlurred: seen.some((difference) => difference.spend !== difference.trueSpend),
      }).toEqual({ output, spendBlurred: true });
    }
    // the region page, the profile and the authority view read one protected set: the same figures
    const [region, shown, official] = [
      await outputs.region(),
      await outputs.profile(),
      await outputs.authority(),
    ];
    expect([shown.spendKopecks, official.spendKopecks]).toEqual([region.spendKopecks, region.spendKopecks]);
  });
});
