import { rebuildRollups } from '@careledger/care';
import { tenantId } from '@careledger/common';
import { TenantTransactions } from '@careledger/database';
import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import { CareFixtures } from './support/care-fixtures.js';
import { bearer, RegisteredOrg, registerOrg } from './support/factories.js';
import { assertLedgerInvariants } from './support/ledger-invariants.js';

/** 01:30 in Moscow on 1 November: still 31 October in UTC. */
const moscowNight = '2026-11-01T01:30:00+03:00';
/** 17:30 on 31 October in Moscow, already 00:30 on 1 November in Vladivostok. */
const moscowEvening = '2026-10-31T17:30:00+03:00';

/**
 * Rollups count care on the organisation's own calendar (issue 16, item 1), keep units apart (item 7)
 * and say whether a statistics consent was in force (item 5): kept with every event, void, consent and
 * time zone change, and always equal to a rebuild from the ledger.
 */
describe('rollups on the local calendar, per unit and statistics consent', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('local_time_rollups');
  });

  afterAll(() => api.close());

  function call(org: RegisteredOrg, method: 'GET' | 'POST' | 'PATCH', path: string, payload?: object) {
    return api.app.inject({
      method,
      url: `/api/v1/orgs/${org.orgId}${path}`,
      headers: { ...bearer(org.accessToken), 'idempotency-key': randomUUID() },
      payload,
    });
  }

  async function logCare(org: RegisteredOrg, beneficiaryId: string, occurredAt: string, lines: object[]) {
    const response = await call(org, 'POST', '/care-events', {
      beneficiaryId,
      occurredAt,
      kind: 'delivery',
      lines,
    });
    expect(response.statusCode).toBe(201);
    return response.json().id as string;
  }

  /** A person registered with a care consent only, given long before any care here. */
  async function personWithoutStatisticsConsent(org: RegisteredOrg): Promise<string> {
    const response = await call(org, 'POST', '/beneficiaries', {
      fullName: `Пётр Ёлкин ${randomUUID().slice(0, 8)}`,
      consents: [{ scope: 'care', givenAt: '2000-01-01T00:00:00Z' }],
    });
    expect(response.statusCode).toBe(201);
    return response.json().id as string;
  }

  /** An organisation with a person and an item in stock, ready to log care. */
  async function organisation(regionCode: string) {
    const org = await registerOrg(api.app, { regionCode });
    const fixtures = new CareFixtures(api.db, org.orgId);
    const beneficiaryId = await personWithoutStatisticsConsent(org);
    const tube = await fixtures.item({ category: 'medication', unit: 'tube', costKopecks: 45000 });
    await fixtures.receive(tube, 100, 45000);
    return { org, fixtures, beneficiaryId, tube };
  }

  async function daily(orgId: string) {
    return api.db.asSuperuser<Record<string, string | number>>(
      `select day::text, category, unit, quantity::text, events
         from care_daily_rollups where tenant_id = $1 and events <> 0 order by 1, 2, 3`,
      [orgId],
    );
  }

  async function monthly(orgId: string) {
    return api.db.asSuperuser<Record<string, string | number | boolean>>(
      `select month::text, statistics_consent, events, quantity::text
         from care_monthly_beneficiary_rollups where tenant_id = $1 and events <> 0 order by 1, 2`,
      [orgId],
    );
  }

  async function byCategory(orgId: string) {
    return api.db.asSuperuser<Record<string, string | number | boolean>>(
      `select month::text, unit, statistics_consent, events, quantity::text
         from care_beneficiary_category_rollups where tenant_id = $1 and events <> 0 order by 1, 2, 3`,
      [orgId],
    );
  }

  /** Every row of the three rollups, as text. */
  async function allRollups(orgId: string): Promise<string[]> {
    const rows: string[] = [];
    for (const table of [
      'care_daily_rollups',
      'care_monthly_beneficiary_rollups',
      'care_beneficiary_category_rollups',
    ]) {
      const found = await api.db.asSuperuser<{ row: string }>(
        `select r::text as row from ${table} r where tenant_id = $1 order by 1`,
        [orgId],
      );
      rows.push(...found.map(({ row }) => `${table} ${row}`));
    }
    return rows;
  }

  /** The live rollups equal what a rebuild from the ledger makes of them, and the ledger's invariants hold. */
  async function expectRollupsAsRebuilt(orgId: string): Promise<void> {
    const live = await allRollups(orgId);
    await api.app.get(TenantTransactions).run(tenantId(orgId), (tx) => rebuildRollups(tx));
    expect(await allRollups(orgId)).toEqual(live);
    await assertLedgerInvariants(api.db, orgId);
  }

  it('counts a 01:30 Moscow delivery on 1 November, and a Vladivostok organisation’s care in its own zone', async () => {
    const moscow = await organisation('77');
    const vladivostok = await organisation('25');
    for (const { org, beneficiaryId, tube } of [moscow, vladivostok]) {
      const answer = await call(org, 'GET', '');
      expect(answer.json().timeZone).toBe(org === moscow.org ? 'Europe/Moscow' : 'Asia/Vladivostok');
      await logCare(org, beneficiaryId, moscowNight, [{ itemId: tube, quantity: 1 }]);
      await logCare(org, beneficiaryId, moscowEvening, [{ itemId: tube, quantity: 2 }]);
    }

    expect(await daily(moscow.org.orgId)).toEqual([
      { day: '2026-10-31', category: 'medication', unit: 'tube', quantity: '2.000', events: 1 },
      { day: '2026-11-01', category: 'medication', unit: 'tube', quantity: '1.000', events: 1 },
    ]);
    expect(await monthly(moscow.org.orgId)).toEqual([
      { month: '2026-10-01', statistics_consent: false, events: 1, quantity: '2.000' },
      { month: '2026-11-01', statistics_consent: false, events: 1, quantity: '1.000' },
    ]);
    expect((await byCategory(moscow.org.orgId)).map((row) => [row.month, row.quantity])).toEqual([
      ['2026-10-01', '2.000'],
      ['2026-11-01', '1.000'],
    ]);
    expect(await daily(vladivostok.org.orgId)).toEqual([
      { day: '2026-11-01', category: 'medication', unit: 'tube', quantity: '3.000', events: 2 },
    ]);
    expect(await monthly(vladivostok.org.orgId)).toEqual([
      { month: '2026-11-01', statistics_consent: false, events: 2, quantity: '3.000' },
    ]);
    await expectRollupsAsRebuilt(moscow.org.orgId);
    await expectRollupsAsRebuilt(vladivostok.org.orgId);
  });

  it('moves the organisation’s care to the days of a new time zone its admin sets, and refuses an unknown zone', async () => {
    const { org, beneficiaryId, tube } = await organisation('77');
    await logCare(org, beneficiaryId, moscowNight, [{ itemId: tube, quantity: 1 }]);
    const voided = await logCare(org, beneficiaryId, moscowNight, [{ itemId: tube, quantity: 4 }]);
    expect((await call(org, 'POST', `/care-events/${voided}/void`, { reason: 'ошибка' })).statusCode).toBe(
      201,
    );
    expect((await daily(org.orgId)).map((row) => row.day)).toEqual(['2026-11-01']);

    const unknown = await call(org, 'PATCH', '', { timeZone: 'Europe/Atlantis' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([expect.objectContaining({ field: 'timeZone' })]);
    // null is no zone: refused, never stored (the column is not null; it answered 500 once)
    const none = await call(org, 'PATCH', '', { timeZone: null });
    expect(none.statusCode).toBe(400);
    expect(none.json().errors).toEqual([expect.objectContaining({ field: 'timeZone' })]);

    const changed = await call(org, 'PATCH', '', { timeZone: 'europe/london' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().timeZone).toBe('Europe/London');
    expect(await daily(org.orgId)).toEqual([
      { day: '2026-10-31', category: 'medication', unit: 'tube', quantity: '1.000', events: 1 },
    ]);
    expect((await monthly(org.orgId)).map((row) => row.month)).toEqual(['2026-10-01']);
    expect((await byCategory(org.orgId)).map((row) => row.month)).toEqual(['2026-10-01']);
    await expectRollupsAsRebuilt(org.orgId);

    // Care logged after the change counts on the new calendar as well.
    await logCare(org, beneficiaryId, '2026-11-01T00:30:00Z', [{ itemId: tube, quantity: 1 }]);
    expect((await daily(org.orgId)).map((row) => row.day)).toEqual(['2026-10-31', '2026-11-01']);
    await expectRollupsAsRebuilt(org.orgId);
  });

  it('keeps kilograms apart from pieces, and takes a void back in the unit its line was counted in', async () => {
    const { org, fixtures, beneficiaryId } = await organisation('77');
    const buckwheat = await fixtures.item({ category: 'nutrition', unit: 'kg', costKopecks: 9000 });
    const tins = await fixtures.item({ category: 'nutrition', unit: 'piece', costKopecks: 15000 });
    await fixtures.receive(buckwheat, 100, 9000);
    await fixtures.receive(tins, 100, 15000);
    const event = await logCare(org, beneficiaryId, '2026-11-10T10:00:00+03:00', [
      { itemId: buckwheat, quantity: 2.5 },
      { itemId: tins, quantity: 3 },
    ]);

    expect(await daily(org.orgId)).toEqual([
      { day: '2026-11-10', category: 'nutrition', unit: 'kg', quantity: '2.500', events: 1 },
      { day: '2026-11-10', category: 'nutrition', unit: 'piece', quantity: '3.000', events: 1 },
    ]);
    expect(await byCategory(org.orgId)).toEqual([
      { month: '2026-11-01', unit: 'kg', statistics_consent: false, events: 1, quantity: '2.500' },
      { month: '2026-11-01', unit: 'piece', statistics_consent: false, events: 1, quantity: '3.000' },
    ]);
    await expectRollupsAsRebuilt(org.orgId);

    // The buckwheat is counted in grams from now on; the line written in kilograms stays in kilograms.
    expect((await call(org, 'PATCH', `/items/${buckwheat}`, { unit: 'g' })).statusCode).toBe(200);
    expect((await call(org, 'POST', `/care-events/${event}/void`, { reason: 'ошибка' })).statusCode).toBe(
      201,
    );
    const cells = await api.db.asSuperuser<{ unit: string; quantity: string; events: number }>(
      `select unit, quantity::text, events from care_daily_rollups where tenant_id = $1 order by 1`,
      [org.orgId],
    );
    expect(cells).toEqual([
      { unit: 'kg', quantity: '0.000', events: 0 },
      { unit: 'piece', quantity: '0.000', events: 0 },
    ]);
    await expectRollupsAsRebuilt(org.orgId);
  });

  it('flags care by the statistics consent in force when it was given, re-keyed as consents are given and withdrawn', async () => {
    const { org, beneficiaryId, tube } = await organisation('77');
    const person = `/beneficiaries/${beneficiaryId}`;
    await logCare(org, beneficiaryId, '2026-05-10T10:00:00+03:00', [{ itemId: tube, quantity: 1 }]);
    await logCare(org, beneficiaryId, '2026-07-10T10:00:00+03:00', [{ itemId: tube, quantity: 2 }]);
    const voided = await logCare(org, beneficiaryId, '2026-07-20T10:00:00+03:00', [
      { itemId: tube, quantity: 5 },
    ]);
    expect((await monthly(org.orgId)).map((row) => row.statistics_consent)).toEqual([false, false]);

    // A consent given with an earlier date: the care since then counts in statistics from now on.
    const given = await call(org, 'POST', `${person}/consents`, {
      scope: 'statistics',
      givenAt: '2026-06-01T00:00:00+03:00',
    });
    expect(given.statusCode).toBe(201);
    expect(await monthly(org.orgId)).toEqual([
      { month: '2026-05-01', statistics_consent: false, events: 1, quantity: '1.000' },
      { month: '2026-07-01', statistics_consent: true, events: 2, quantity: '7.000' },
    ]);
    expect((await call(org, 'POST', `/care-events/${voided}/void`, { reason: 'ошибка' })).statusCode).toBe(
      201,
    );

    // Care a few seconds ahead (callers' clocks may run ahead), then the consent is withdrawn now:
    // that care, after the withdrawal, no longer counts; the care before it still does.
    const soon = new Date(Date.now() + 20_000);
    await logCare(org, beneficiaryId, soon.toISOString(), [{ itemId: tube, quantity: 3 }]);
    const moscowDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(soon);
    const thisMonth = `${moscowDate.slice(0, 7)}-01`;
    expect((await monthly(org.orgId)).find((row) => row.month === thisMonth)).toMatchObject({
      statistics_consent: true,
      events: 1,
    });
    const withdrawn = await call(org, 'POST', `${person}/consents/${given.json().id}/withdraw`);
    expect(withdrawn.statusCode).toBe(200);
    expect(await monthly(org.orgId)).toEqual([
      { month: '2026-05-01', statistics_consent: false, events: 1, quantity: '1.000' },
      { month: '2026-07-01', statistics_consent: true, events: 1, quantity: '2.000' },
      { month: thisMonth, statistics_consent: false, events: 1, quantity: '3.000' },
    ]);
    expect((await byCategory(org.orgId)).map((row) => [row.month, row.statistics_consent])).toEqual([
      ['2026-05-01', false],
      ['2026-07-01', true],
      [thisMonth, false],
    ]);
    await expectRollupsAsRebuilt(org.orgId);
  });

  it('stays equal to the rebuild when care is logged while a statistics consent is given and withdrawn', async () => {
    const { org, beneficiaryId, tube } = await organisation('77');
    const person = `/beneficiaries/${beneficiaryId}`;
    const care = (day: number) =>
      logCare(org, beneficiaryId, `2026-08-${String(day).padStart(2, '0')}T12:00:00+03:00`, [
        { itemId: tube, quantity: 1 },
      ]);
    const give = async () => {
      const given = await call(org, 'POST', `${person}/consents`, {
        scope: 'statistics',
        givenAt: '2026-08-10T00:00:00+03:00',
      });
      expect(given.statusCode).toBe(201);
      return given.json().id as string;
    };
    const [consentId] = await Promise.all([give(), ...[1, 5, 9, 12, 15].map(care)]);
    const [withdrawn] = await Promise.all([
      call(org, 'POST', `${person}/consents/${consentId}/withdraw`),
      ...[18, 21, 24].map(care),
    ]);
    expect(withdrawn.statusCode).toBe(200);
    expect((await monthly(org.orgId)).reduce((sum, row) => sum + Number(row.events), 0)).toBe(8);
    await expectRollupsAsRebuilt(org.orgId);
  });
});
