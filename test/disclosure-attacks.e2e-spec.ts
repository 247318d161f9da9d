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
 * Issue 14's attacks on `GET /public/regions/{code}/stats`, run end to end as an outsider would (with
 * the organisations' exact own figures as the truth to compare against): each must fail.
 */
describe('disclosure attacks on public region statistics', () => {
  let api: TestApi;
  let adminToken: string;
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

  /** The exact figures an organisation's members see: the truth an attacker is after. */
  async function truth(org: RegisteredOrg) {
    const response = await api.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${org.orgId}/metrics?year=2026`,
      headers: bearer(org.accessToken),
    });
    return response.json() as Figures & {
      months: ({ month: string } & Figures)[];
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
  });

  afterAll(() => api.close());

  describe('totals minus shown parts', () => {
    let tiny: RegisteredOrg;

    beforeAll(async () => {
      const first = await organisation('48', 'Фонд «Первый»');
      const second = await organisation('48', 'Фонд «Второй»');
      tiny = await organisation('48', 'АНО «Крошечная»');
      await giveCare(first, await ledger(first), 12, ['2026-01', '2026-02', '2026-03']);
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

    it('withholds a category’s and a funding kind’s figures with fewer than k people though the region has many', async () => {
      const stats = await regionStats('48');
      expect(stats.beneficiariesServed).toBeGreaterThanOrEqual(5);
      expect(stats.itemsByCategory).toContainEqual({ category: 'hygiene', quantity: null });
      expect(stats.spendByFundingKind).toContainEqual({ fundingKind: 'donations', spendKopecks: null });
      expect(stats.suppressed).toEqual(
        expect.arrayContaining([
          'itemsByCategory.hygiene.quantity',
          'spendByFundingKind.donations.spendKopecks',
        ]),
      );
    });

    it('answers the same query twice with the same figures', async () => {
      expect(await regionStats('48')).toEqual(await regionStats('48'));
    });
  });

  it('does not give one logged event’s figures as the difference of the totals read before and after', async () => {
    const org = await organisation('36', 'Фонд «Воронеж»');
    const care = await ledger(org);
    await giveCare(org, care, 15, ['2026-01', '2026-02', '2026-03']);
    const differences: { events: number; spend: number; trueSpend: number }[] = [];
    for (let i = 0; i < 6; i++) {
      const before = await regionStats('36');
      const exactBefore = await truth(org);
      expect([before.careEvents, before.spendKopecks]).toEqual([expect.any(Number), expect.any(Number)]);
      await logCareBatch(api.app, org, [
        event(care, care.beneficiaries[i], `2026-03-0${i + 1}T10:00:00Z`, 1 + i),
      ]);
      const after = await regionStats('36');
      const exactAfter = await truth(org);
      differences.push({
        events: after.careEvents - before.careEvents,
        spend: after.spendKopecks - before.spendKopecks,
        trueSpend: (exactAfter.spendKopecks ?? 0) - (exactBefore.spendKopecks ?? 0),
      });
    }
    expect(differences.every((difference) => difference.trueSpend > 0)).toBe(true);
    expect(differences.some((difference) => difference.events !== 1)).toBe(true);
    expect(differences.some((difference) => difference.spend !== difference.trueSpend)).toBe(true);
  });
});
