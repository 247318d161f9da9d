import { tenantId } from '@careledger/common';
import { dataSourceOptions, setupDatabase, TenantTransactions } from '@careledger/database';
import { migrations } from '@careledger/migrations';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { LocalTimeRollups1795800001401 } from '../migrations/1795800001401-LocalTimeRollups.js';
import { ReportDataService } from '../libs/reports/src/report-data.service.js';
import { startTestApi, TestApi } from './support/api.js';
import { CareFixtures } from './support/care-fixtures.js';
import { bearer, RegisteredOrg, registerOrg } from './support/factories.js';
import { assertLedgerInvariants } from './support/ledger-invariants.js';

/** Every number anywhere in a response body. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

/**
 * A void takes an event back from the rollup cells it was counted in, even after its item moved to
 * another category and its funding source to another kind (issue 15, item 4).
 */
describe('a void after a category and a funding-kind change', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('void_after_change');
  });

  afterAll(() => api.close());

  async function changedEvent(): Promise<{ org: RegisteredOrg; eventId: string }> {
    const org = await registerOrg(api.app);
    const fixtures = new CareFixtures(api.db, org.orgId);
    const beneficiaryId = await fixtures.beneficiary();
    const itemId = await fixtures.item({ category: 'medication', costKopecks: 45000 });
    const fundingSourceId = await fixtures.fundingSource('presidential_grant');
    await fixtures.receive(itemId, 10);
    const call = (method: 'POST' | 'PATCH', path: string, payload: object) =>
      api.app.inject({
        method,
        url: `/api/v1/orgs/${org.orgId}${path}`,
        headers: { ...bearer(org.accessToken), 'idempotency-key': randomUUID() },
        payload,
      });
    const created = await call('POST', '/care-events', {
      beneficiaryId,
      occurredAt: '2026-09-10T08:00:00Z',
      kind: 'delivery',
      lines: [{ itemId, quantity: 2, fundingSourceId }],
    });
    expect(created.statusCode).toBe(201);
    expect((await call('PATCH', `/items/${itemId}`, { category: 'hygiene' })).statusCode).toBe(200);
    expect(
      (await call('PATCH', `/funding-sources/${fundingSourceId}`, { kind: 'business' })).statusCode,
    ).toBe(200);
    return { org, eventId: created.json().id };
  }

  async function dailyRollups(orgId: string) {
    return api.db.asSuperuser<{
      category: string;
      funding_kind: string;
      quantity: string;
      spend: string;
      events: number;
    }>(
      `select category, funding_kind, quantity::text, spend_kopecks::text as spend, events
         from care_daily_rollups where tenant_id = $1 order by category, funding_kind`,
      [orgId],
    );
  }

  it('takes the event back from the cell it was counted in: rollups equal the lines, nothing negative', async () => {
    const { org, eventId } = await changedEvent();
    const voided = await api.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.orgId}/care-events/${eventId}/void`,
      headers: { ...bearer(org.accessToken), 'idempotency-key': randomUUID() },
      payload: { reason: 'выдано по ошибке' },
    });
    expect(voided.statusCode).toBe(201);

    expect(await dailyRollups(org.orgId)).toEqual([
      {
        category: 'medication',
        funding_kind: 'presidential_grant',
        quantity: '0.000',
        spend: '0',
        events: 0,
      },
    ]);
    await assertLedgerInvariants(api.db, org.orgId);
    const metrics = await api.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${org.orgId}/metrics?year=2026`,
      headers: bearer(org.accessToken),
    });
    expect(metrics.statusCode).toBe(200);
    expect(numbersIn(metrics.json()).filter((figure) => figure < 0)).toEqual([]);
  });

  it('reports the line under the category and funding kind it was counted under, as the rollups do', async () => {
    const { org } = await changedEvent();
    const model = await api.app.get(TenantTransactions).run(tenantId(org.orgId), (tx) =>
      api.app.get(ReportDataService).build(tx, {
        id: randomUUID(),
        tenant_id: org.orgId,
        type: 'activity',
        language: 'ru',
        period_from: '2026-09-01',
        period_to: '2026-09-30',
        funding_source_id: null,
        beneficiary_id: null,
        requested_at: new Date(),
      }),
    );
    expect(model.byCategory.map((row) => row.category)).toEqual(['medication']);
    expect(model.byFundingKind.map((row) => row.fundingKind)).toEqual(['presidential_grant']);
  });

  /** Back to the rollups' keys before local time (1795800001401), as a database of that time had them. */
  async function undoLocalTimeRollups(): Promise<void> {
    const owner = new DataSource(dataSourceOptions(api.db.config, 'owner', { poolSize: 1 }));
    await owner.initialize();
    const runner = owner.createQueryRunner();
    try {
      await runner.startTransaction();
      await new LocalTimeRollups1795800001401().down(runner);
      await runner.query(`delete from schema_migrations where name = 'LocalTimeRollups1795800001401'`);
      await runner.commitTransaction();
    } finally {
      await runner.release();
      await owner.destroy();
    }
  }

  it('the migration repairs rollups that a void after a change skewed before lines kept their category', async () => {
    const { org, eventId } = await changedEvent();
    await undoLocalTimeRollups();
    // The state the old code left: the void subtracted under the current category and kind, so the
    // original cell still counts the event and the new cell is negative.
    await api.db.asSuperuser(
      `with reversal as (
         insert into care_events (tenant_id, id, beneficiary_id, occurred_at, kind, reverses_event_id, void_reason)
         select tenant_id, gen_random_uuid(), beneficiary_id, now(), kind, id, 'выдано по ошибке'
           from care_events where tenant_id = $1 and id = $2 returning id)
       insert into care_lines (tenant_id, id, event_id, line_no, item_id, quantity, unit_cost_kopecks, cost_kopecks, funding_source_id, category, funding_kind)
       select l.tenant_id, gen_random_uuid(), reversal.id, l.line_no, l.item_id, -l.quantity, l.unit_cost_kopecks, -l.cost_kopecks, l.funding_source_id, l.category, l.funding_kind
         from care_lines l, reversal where l.tenant_id = $1 and l.event_id = $2`,
      [org.orgId, eventId],
    );
    await api.db.asSuperuser(
      `insert into care_daily_rollups (tenant_id, day, category, funding_kind, quantity, spend_kopecks, events)
       values ($1, '2026-09-10', 'hygiene', 'business', -2, -90000, -1)`,
      [org.orgId],
    );
    await api.db.asSuperuser(
      `update care_monthly_beneficiary_rollups set events = events - 1, quantity = quantity - 2, spend_kopecks = spend_kopecks - 90000
        where tenant_id = $1`,
      [org.orgId],
    );
    await api.db.asSuperuser(`alter table care_lines drop column category, drop column funding_kind`);
    await api.db.asSuperuser(
      `delete from schema_migrations where name = 'CareLinesCountedUnder1795800000601'`,
    );

    const { migrationsApplied } = await setupDatabase(api.db.config, { migrations });

    expect(migrationsApplied).toEqual([
      'CareLinesCountedUnder1795800000601',
      'LocalTimeRollups1795800001401',
    ]);
    const rollups = await dailyRollups(org.orgId);
    expect(rollups).toEqual([
      { category: 'hygiene', funding_kind: 'business', quantity: '0.000', spend: '0', events: 0 },
    ]);
    await assertLedgerInvariants(api.db, org.orgId);
  });
});
