import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import { bearer, registerOrg } from './support/factories.js';

/**
 * The promise, with the API alone: register, take in a beneficiary, receive 100 tubes of
 * ointment paid from a presidential grant, give 3 of them, void one event, and see the right balance,
 * coverage and spend.
 */
describe('a charity’s first day, through the API only', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('care_scenario');
  });

  afterAll(() => api.close());

  it('ends with the right balance, coverage and spend', async () => {
    const org = await registerOrg(api.app, { name: 'Фонд «Кожа бабочки»', regionCode: '77' });
    const call = async (method: 'GET' | 'POST' | 'PUT', path: string, payload?: object) => {
      const response = await api.app.inject({
        method,
        url: `/api/v1/orgs/${org.orgId}${path}`,
        headers: {
          ...bearer(org.accessToken),
          ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}),
        },
        ...(payload ? { payload } : {}),
      });
      expect({ path, status: response.statusCode }).toEqual({ path, status: method === 'POST' ? 201 : 200 });
      return response.json();
    };

    const grant = await call('POST', '/funding-sources', {
      name: 'Грант 2026',
      funderName: 'Фонд президентских грантов',
      kind: 'presidential_grant',
      amountKopecks: 500_000_000,
    });
    const ointment = await call('POST', '/items', {
      sku: 'MED-BEP-30',
      name: 'Мазь «Бепантен» 30 г',
      unit: 'tube',
      category: 'medication',
      defaultUnitCostKopecks: 45_000,
    });
    const masha = await call('POST', '/beneficiaries', {
      fullName: 'Мария Соколова',
      birthDate: '2016-04-12',
      consents: [{ scope: 'care', givenAt: '2026-11-01T10:00:00+03:00' }],
    });
    await call('POST', '/stock/movements', {
      itemId: ointment.id,
      kind: 'receipt',
      quantity: 100,
      unitCostKopecks: 45_000,
      fundingSourceId: grant.id,
      occurredAt: '2026-11-02T09:00:00+03:00',
    });
    await call('PUT', `/beneficiaries/${masha.id}/needs`, {
      needs: [{ itemId: ointment.id, quantityPerMonth: 30, from: '2026-11-01' }],
    });

    const given = [];
    for (const day of ['2026-11-05', '2026-11-12', '2026-11-19']) {
      given.push(
        await call('POST', '/care-events', {
          beneficiaryId: masha.id,
          occurredAt: `${day}T12:00:00+03:00`,
          kind: 'delivery',
          lines: [{ itemId: ointment.id, quantity: 1, fundingSourceId: grant.id }],
        }),
      );
    }
    const reversal = await call('POST', `/care-events/${given[1].id}/void`, { reason: 'Выдано по ошибке' });
    expect(reversal.reversesEventId).toBe(given[1].id);

    const stock = await call('GET', '/stock');
    expect(stock.items).toEqual([
      expect.objectContaining({ itemId: ointment.id, balance: 98, valueKopecks: 98 * 45_000 }),
    ]);

    const care = await call('GET', `/beneficiaries/${masha.id}/care`);
    expect(care.coverage).toEqual([{ itemId: ointment.id, needed: 30, delivered: 2, coverage: 0.067 }]);
    expect(care.events).toHaveLength(4);
    const spend = care.events.reduce(
      (sum: number, event: { totalCostKopecks: number }) => sum + event.totalCostKopecks,
      0,
    );
    expect(spend).toBe(2 * 45_000);

    const [rollup] = await api.db.asSuperuser(
      `select sum(spend_kopecks)::int as spend, sum(quantity)::int as quantity, sum(events)::int as events
         from care_daily_rollups where tenant_id = $1 and funding_kind = 'presidential_grant'`,
      [org.orgId],
    );
    expect(rollup).toEqual({ spend: 90_000, quantity: 2, events: 2 });
  });
});
