import { TestDatabase } from '@careledger/testing';
import { randomUUID } from 'node:crypto';

/** Before any care a test logs: consents and receipts of the fixtures date from then. */
const longAgo = '2000-01-01T00:00:00Z';

/** Ledger fixtures written straight into the database (as superuser), for suites about care events. */
export class CareFixtures {
  constructor(
    private readonly db: TestDatabase,
    private readonly orgId: string,
  ) {}

  /**
   * A beneficiary with a care consent given long before any test's care (care needs one in force) and,
   * unless `statistics` is false, a statistics consent too (public statistics count only such care).
   */
  async beneficiary(
    code = `П-${randomUUID().slice(0, 8)}`,
    { statistics = true }: { statistics?: boolean } = {},
  ): Promise<string> {
    const id = randomUUID();
    await this.db.asSuperuser(`insert into beneficiaries (tenant_id, id, code) values ($1, $2, $3)`, [
      this.orgId,
      id,
      code,
    ]);
    for (const scope of statistics ? ['care', 'statistics'] : ['care']) {
      await this.db.asSuperuser(
        `insert into consents (tenant_id, id, beneficiary_id, scope, given_at) values ($1, $2, $3, $4, $5)`,
        [this.orgId, randomUUID(), id, scope, longAgo],
      );
    }
    await this.db.asSuperuser(
      `insert into beneficiary_personal_data (tenant_id, beneficiary_id, full_name) values ($1, $2, 'Маша Иванова')`,
      [this.orgId, id],
    );
    return id;
  }

  async item(options: { category?: string; unit?: string; costKopecks?: number } = {}): Promise<string> {
    const id = randomUUID();
    await this.db.asSuperuser(
      `insert into items (tenant_id, id, sku, name, unit, category, default_unit_cost_kopecks) values ($1, $2, $3, 'Мазь «Бепантен»', $4, $5, $6)`,
      [
        this.orgId,
        id,
        `SKU-${id.slice(0, 8)}`,
        options.unit ?? 'tube',
        options.category ?? 'medication',
        options.costKopecks ?? 45000,
      ],
    );
    return id;
  }

  async fundingSource(kind = 'presidential_grant'): Promise<string> {
    const id = randomUUID();
    await this.db.asSuperuser(
      `insert into funding_sources (tenant_id, id, name, funder_name, kind) values ($1, $2, 'Грант 2026', 'Фонд президентских грантов', $3)`,
      [this.orgId, id, kind],
    );
    return id;
  }

  /**
   * A receipt movement and the balance it makes, consistent with each other, dated long before any
   * test's care so backdated issues find the stock there (stock in time).
   */
  async receive(
    itemId: string,
    quantity: number,
    unitCostKopecks = 45000,
    occurredAt = longAgo,
  ): Promise<void> {
    await this.db.asSuperuser(
      `insert into stock_movements (tenant_id, id, item_id, kind, quantity, unit_cost_kopecks, occurred_at) values ($1, $2, $3, 'receipt', $4, $5, $6)`,
      [this.orgId, randomUUID(), itemId, quantity, unitCostKopecks, occurredAt],
    );
    await this.db.asSuperuser(
      `insert into stock_balances (tenant_id, item_id, quantity, value_kopecks, last_inflow_at) values ($1, $2, $3, $4, $5)
       on conflict (tenant_id, item_id) do update set quantity = stock_balances.quantity + excluded.quantity,
         value_kopecks = stock_balances.value_kopecks + excluded.value_kopecks,
         last_inflow_at = greatest(stock_balances.last_inflow_at, excluded.last_inflow_at)`,
      [this.orgId, itemId, quantity, Math.round(quantity * unitCostKopecks), occurredAt],
    );
  }

  async balance(itemId: string): Promise<{ quantity: number; value: number; movements: number }> {
    const [row] = await this.db.asSuperuser<{ quantity: string; value: string; movements: string }>(
      `select (select quantity from stock_balances where tenant_id = $1 and item_id = $2) as quantity,
              (select value_kopecks from stock_balances where tenant_id = $1 and item_id = $2) as value,
              (select coalesce(sum(quantity), 0) from stock_movements where tenant_id = $1 and item_id = $2) as movements`,
      [this.orgId, itemId],
    );
    return {
      quantity: Number(row.quantity ?? 0),
      value: Number(row.value ?? 0),
      movements: Number(row.movements),
    };
  }
}
