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

interface UnitQuantity {
  unit: string;
  quantity: number | null;
}

interface CategoryFigures {
  category: string;
  quantities: UnitQuantity[];
}

/**
 * Issue 16, items 5 and 7 on the read side: quantities are totalled per unit, never across units
 * (metrics, region statistics, reports), and public and authority statistics count a person's care
 * only while their statistics consent is in force, while the organisation's own figures count all.
 */
describe('units and statistics consent', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let org: RegisteredOrg;
  let fixtures: CareFixtures;
  let buckwheat: string;
  let ointment: string;
  const k = 5;
  const adminEmail = `platform-${randomUUID()}@example.org`;
  const march = '2026-03-10T10:00:00+03:00';

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

  const delivery = (beneficiaryId: string, occurredAt: string) => ({
    beneficiaryId,
    occurredAt,
    kind: 'delivery',
    lines: [
      { itemId: buckwheat, quantity: 2.5 },
      { itemId: ointment, quantity: 1 },
    ],
  });

  async function metrics() {
    const response = await orgCall('GET', '/metrics?year=2026');
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  async function regionPage() {
    const response = await api.app.inject({
      method: 'GET',
      url: '/api/v1/public/regions/48/stats?year=2026',
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  const quantitiesOf = (categories: CategoryFigures[], category: string) =>
    categories.find((row) => row.category === category)?.quantities;

  beforeAll(async () => {
    api = await startTestApi('units_consent', {
      PLATFORM_ADMIN_EMAIL: adminEmail,
      PLATFORM_ADMIN_PASSWORD: defaultPassword,
      SUPPRESSION_K: String(k),
      PUBLIC_STATS_CACHE_SECONDS: '0',
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    worker = await startTestWorker(api.db);
    org = await registerOrg(api.app, { regionCode: '48', name: 'Продовольственный банк «Гречка»' });
    await verifyOrg(api.app, org, await login(api.app, adminEmail));
    fixtures = new CareFixtures(api.db, org.orgId);
    buckwheat = await fixtures.item({ category: 'nutrition', unit: 'kg', costKopecks: 9000 });
    await fixtures.receive(buckwheat, 1000, 9000);
    ointment = await fixtures.item();
    await fixtures.receive(ointment, 1000);
    const people = [];
    for (let i = 0; i < 7; i++) people.push(await fixtures.beneficiary());
    await logCareBatch(
      api.app,
      org,
      people.map((id) => delivery(id, march)),
    );
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('takes 2.5 kg and totals the organisation’s quantities per unit, never across units', async () => {
    const own = await metrics();
    expect(own).not.toHaveProperty('itemsDelivered');
    expect(own.itemsByCategory).toEqual([
      { category: 'medication', spendKopecks: 7 * 45000, quantities: [{ unit: 'tube', quantity: 7 }] },
      { category: 'nutrition', spendKopecks: 7 * 22500, quantities: [{ unit: 'kg', quantity: 17.5 }] },
    ]);
  });

  it('publishes a region’s quantities per category and unit, never one sum of kilograms and tubes', async () => {
    const region = await regionPage();
    expect(region).not.toHaveProperty('itemsDelivered');
    for (const row of [...region.perOrganisation, ...region.perMonth])
      expect(row).not.toHaveProperty('itemsDelivered');
    const kilograms = quantitiesOf(region.itemsByCategory, 'nutrition');
    expect(kilograms).toEqual([{ unit: 'kg', quantity: expect.any(Number) }]);
    // a quantity is perturbed in proportion to its size, so it stays near 17.5 kg, far from 17.5 + 7
    expect(Math.abs((kilograms?.[0].quantity ?? 0) - 17.5)).toBeLessThan(3.5);
    expect(quantitiesOf(region.itemsByCategory, 'medication')).toEqual([
      { unit: 'tube', quantity: expect.any(Number) },
    ]);
    const profile = (await api.app.inject({ method: 'GET', url: `/api/v1/public/orgs/${org.orgId}` })).json();
    const [year] = profile.metrics;
    expect(year).not.toHaveProperty('itemsDelivered');
    expect(quantitiesOf(year.itemsByCategory, 'nutrition')).toEqual(kilograms);
  });

  it('withholds a quantity cell of fewer than k people like any other cell', async () => {
    const few = await fixtures.item({ category: 'hygiene', unit: 'pack', costKopecks: 12000 });
    await fixtures.receive(few, 100, 12000);
    const [beneficiaryId] = (await orgCall('GET', '/care-events?limit=1'))
      .json()
      .items.map((event: { beneficiaryId: string }) => event.beneficiaryId);
    await logCareBatch(api.app, org, [
      { beneficiaryId, occurredAt: march, kind: 'delivery', lines: [{ itemId: few, quantity: 3 }] },
    ]);
    const region = await regionPage();
    expect(quantitiesOf(region.itemsByCategory, 'hygiene')).toEqual([{ unit: 'pack', quantity: null }]);
    expect(region.suppressed).toContain('itemsByCategory.hygiene.quantities.pack');
  });

  it('prints a report’s quantities per unit', async () => {
    const requested = await orgCall('POST', '/reports', {
      type: 'activity',
      periodFrom: '2026-03-01',
      periodTo: '2026-03-31',
      language: 'ru',
    });
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
    const text = (await pdfPages(file.rawPayload)).join('\n').replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toMatch(/кг\s+17,5/);
    expect(text).toMatch(/туба\s+7\b/);
    expect(text).not.toMatch(/\b24,5\b/); // 17.5 kg + 7 tubes is no figure
  });

  it('counts in statistics only care given under a statistics consent, and all of it in the organisation’s metrics', async () => {
    const before = await regionPage();
    const exactBefore = await metrics();

    // a person with a care consent only: their care is the organisation's, not the statistics'
    const unconsenting = await fixtures.beneficiary(undefined, { statistics: false });
    await logCareBatch(api.app, org, [delivery(unconsenting, march)]);
    const withUnconsenting = await regionPage();
    expect(withUnconsenting).toEqual(before);
    expect((await metrics()).careEvents).toBe(exactBefore.careEvents + 1);

    // a consenting person with care in March withdraws; care after the withdrawal is not counted,
    // their March care still is
    const withdrawing = await fixtures.beneficiary();
    await logCareBatch(api.app, org, [delivery(withdrawing, march)]);
    const withWithdrawing = await regionPage();
    expect(withWithdrawing).not.toEqual(before);
    const person = (await orgCall('GET', `/beneficiaries/${withdrawing}`)).json();
    const consent = person.consents.find((entry: { scope: string }) => entry.scope === 'statistics');
    const withdrawn = await orgCall(
      'POST',
      `/beneficiaries/${withdrawing}/consents/${consent.id}/withdraw`,
      {},
    );
    expect(withdrawn.statusCode).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await logCareBatch(api.app, org, [delivery(withdrawing, new Date().toISOString())]);
    const afterWithdrawal = await regionPage();
    expect(afterWithdrawal).toEqual(withWithdrawing);

    const exactAfter = await metrics();
    expect(exactAfter.beneficiariesServed).toBe(exactBefore.beneficiariesServed + 2);
    expect(exactAfter.careEvents).toBe(exactBefore.careEvents + 3);
  });
});
