import { TestDatabase } from '@careledger/testing';
import { randomUUID } from 'node:crypto';

/** Ledger fixtures written straight into the database (as superuser), for suites about care events. */
export class CareFixtures {
  constructor(
    private readonly db: TestDatabase,
    private readonly orgId: string,
  ) {}

  async beneficiary(code = `П-${randomUUID().slice(0, 8)}`): Promise<string> {
    const id = randomUUID();
    await this.db.asSuperuser(`insert into beneficiaries (tenant_id, id, code) values ($1, $2, $3)`, [
      this.orgId,
      id,
      code,
    ]);
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

  /** A receipt movement and the balance it makes, consistent with each other. */
  async receive(itemId: string, quantity: number, unitCostKopecks = 45000): Promise<void> {
    await this.db.asSuperuser(
      `insert into stock_movements (tenant_id, id, item_id, kind, quantity, unit_cost_kopecks, occurred_at) values ($1, $2, $3, 'receipt', $4, $5, now() - interval '1 day')`,
      [this.orgId, randomUUID(), itemId, quantity, unitCostKopecks],
    );
    await this.db.asSuperuser(
      `insert into stock_balances (tenant_id, item_id, quantity, value_kopecks) values ($1, $2, $3, $4)
       on conflict (tenant_id, item_id) do update set quantity = stock_balances.quantity + excluded.quantity, value_kopecks = stock_balances.value_kopecks + excluded.value_kopecks`,
      [this.orgId, itemId, quantity, Math.round(quantity * unitCostKopecks)],
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
