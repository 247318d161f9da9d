import { setupDatabase } from '@careledger/database';
import { migrations } from '@careledger/migrations';
import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import { CareFixtures } from './support/care-fixtures.js';
import { bearer, registerOrg } from './support/factories.js';
import { assertLedgerInvariants } from './support/ledger-invariants.js';

/**
 * Historic care lines of stocked items recorded the item's price while their stock left at the moving
 * average cost (issue 16, item 2). The migration gives each line its movement's cost, keeps the old
 * and new figures with when and why, and moves the rollups by the difference.
 */
describe('one cost per unit: the migration of historic lines', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('one_cost_migration');
  });

  afterAll(() => api.close());

  it('corrects lines and their reversals to the movement’s cost, with an audit trail and rollups to match', async () => {
    const org = await registerOrg(api.app);
    const fixtures = new CareFixtures(api.db, org.orgId);
    const beneficiaryId = await fixtures.beneficiary();
    const itemId = await fixtures.item({ costKopecks: 45000 });
    const service = await fixtures.item({ category: 'service', unit: 'hour', costKopecks: 150000 });
    await fixtures.receive(itemId, 10, 42300);
    const log = async (occurredAt: string, quantity: number) => {
      const response = await api.app.inject({
        method: 'POST',
        url: `/api/v1/orgs/${org.orgId}/care-events`,
        headers: { ...bearer(org.accessToken), 'idempotency-key': randomUUID() },
        payload: {
          beneficiaryId,
          occurredAt,
          kind: 'delivery',
          lines: [
            { itemId, quantity },
            { itemId: service, quantity: 1 },
          ],
        },
      });
      expect(response.statusCode).toBe(201);
      return response.json().id as string;
    };
    await log('2026-10-01T09:00:00Z', 2);
    const voided = await log('2026-10-02T09:00:00Z', 1);
    const voidResponse = await api.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.orgId}/care-events/${voided}/void`,
      headers: { ...bearer(org.accessToken), 'idempotency-key': randomUUID() },
      payload: { reason: 'ошибка' },
    });
    expect(voidResponse.statusCode).toBe(201);
    const linesNow = await stockedLines(org.orgId, itemId);

    // The state the old code left: stocked lines at the item's price, and rollups that added it up.
    await api.db.asSuperuser(
      `update care_lines set unit_cost_kopecks = 45000, cost_kopecks = round(quantity * 45000)
        where tenant_id = $1 and item_id = $2`,
      [org.orgId, itemId],
    );
    const extra = 2 * (45000 - 42300); // the voided event and its reversal cancel out
    await api.db.asSuperuser(
      `update care_daily_rollups set spend_kopecks = spend_kopecks + $2 where tenant_id = $1 and day = '2026-10-01' and category = 'medication'`,
      [org.orgId, extra],
    );
    for (const table of ['care_monthly_beneficiary_rollups', 'care_beneficiary_category_rollups']) {
      const onlyMedication =
        table === 'care_beneficiary_category_rollups' ? `and category = 'medication'` : '';
      await api.db.asSuperuser(
        `update ${table} set spend_kopecks = spend_kopecks + $2 where tenant_id = $1 ${onlyMedication}`,
        [org.orgId, extra],
      );
    }
    await api.db.asSuperuser(`drop table care_line_cost_corrections`);
    await api.db.asSuperuser(`delete from schema_migrations where name = 'OneCostPerUnit1795800001201'`);

    const { migrationsApplied } = await setupDatabase(api.db.config, { migrations });

    expect(migrationsApplied).toEqual(['OneCostPerUnit1795800001201']);
    expect(await stockedLines(org.orgId, itemId)).toEqual(linesNow);
    const trail = await api.db.asSuperuser(
      `select l.quantity, c.old_unit_cost_kopecks, c.old_cost_kopecks, c.new_unit_cost_kopecks, c.new_cost_kopecks,
              c.reason, c.corrected_at is not null as dated
         from care_line_cost_corrections c join care_lines l on l.tenant_id = c.tenant_id and l.id = c.line_id
        where c.tenant_id = $1 order by l.quantity`,
      [org.orgId],
    );
    expect(trail).toEqual([
      expect.objectContaining({ quantity: '-1.000', old_cost_kopecks: '-45000', new_cost_kopecks: '-42300' }),
      expect.objectContaining({ quantity: '1.000', old_cost_kopecks: '45000', new_cost_kopecks: '42300' }),
      expect.objectContaining({
        quantity: '2.000',
        old_unit_cost_kopecks: '45000',
        old_cost_kopecks: '90000',
        new_unit_cost_kopecks: '42300',
        new_cost_kopecks: '84600',
        reason: expect.stringContaining('one cost per unit'),
        dated: true,
      }),
    ]);
    await assertLedgerInvariants(api.db, org.orgId);
    const [category] = await api.db.asSuperuser(
      `select sum(spend_kopecks)::text as spend from care_beneficiary_category_rollups where tenant_id = $1 and category = 'medication'`,
      [org.orgId],
    );
    expect(category.spend).toBe('84600');
    // The application reads the trail but cannot write it.
    const app = api.db.pool('app');
    const client = await app.connect();
    try {
      await client.query('begin');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [org.orgId]);
      const rows = await client.query(`select count(*)::int as count from care_line_cost_corrections`);
      expect(rows.rows[0].count).toBe(3);
      await expect(client.query(`delete from care_line_cost_corrections`)).rejects.toThrow(
        /permission denied/,
      );
    } finally {
      await client.query('rollback');
      client.release();
    }
  });

  async function stockedLines(orgId: string, itemId: string) {
    return api.db.asSuperuser(
      `select id, quantity, unit_cost_kopecks, cost_kopecks from care_lines where tenant_id = $1 and item_id = $2 order by id`,
      [orgId, itemId],
    );
  }
});
