import { TenantTx } from '@careledger/database';
import { Injectable } from '@nestjs/common';
import { MovementKind } from './entities/stock-movement.entity.js';
import type { AppliedMovement, LedgerMovement, LockedBalance } from './stock-ledger.service.js';

interface LockedRow {
  item_id: string;
  quantity: string;
  value_kopecks: string;
  last_inflow_at: Date | null;
  default_unit_cost_kopecks: string;
  allow_negative_stock: boolean;
}

/** An issue of a care event, as the void puts it back. */
export interface IssuedStock {
  itemId: string;
  quantityMilli: number;
  unitCostKopecks: number;
  fundingSourceId: string | null;
  occurredAt: Date;
}

/** The first moment at or after a checked date when an item's balance is below zero. */
export interface NegativeMoment {
  itemId: string;
  at: Date;
  balanceMilli: number;
}

function milli(quantity: string): number {
  return Math.round(Number(quantity) * 1000);
}

function decimal(milliUnits: number): string {
  return (milliUnits / 1000).toFixed(3);
}

/**
 * Balances, movements and receipts counted per day; the movements' values are round(quantity × unit
 * cost). Receipts count in the stock rollup under day (UTC) × category × funding kind.
 */
const writeMovements = `
with balances as (
  update stock_balances b set quantity = t.q, value_kopecks = t.v, last_inflow_at = t.l
    from unnest($2::uuid[], $3::numeric[], $4::bigint[], $5::timestamptz[]) as t(i, q, v, l)
   where b.tenant_id = $1 and b.item_id = t.i
), moved as (
  insert into stock_movements (tenant_id, id, item_id, kind, quantity, unit_cost_kopecks, funding_source_id,
    care_event_id, occurred_at, note, created_by)
  select $1, t.id, t.i, t.k, t.q, t.c, t.f, t.e, t.o, t.n, t.b
    from unnest($6::uuid[], $7::uuid[], $8::text[], $9::numeric[], $10::bigint[], $11::uuid[], $12::uuid[],
                $13::timestamptz[], $14::text[], $15::uuid[]) as t(id, i, k, q, c, f, e, o, n, b)
), received as (
  insert into stock_daily_rollups (tenant_id, day, category, funding_kind, received_quantity, received_kopecks)
  select $1, (t.o at time zone 'UTC')::date, it.category, coalesce(fs.kind, 'unattributed'), sum(t.q), sum(t.v)
    from unnest($7::uuid[], $8::text[], $9::numeric[], $13::timestamptz[], $11::uuid[], $16::bigint[]) as t(i, k, q, o, f, v)
    join items it on it.tenant_id = $1 and it.id = t.i
    left join funding_sources fs on fs.tenant_id = $1 and fs.id = t.f
   where t.k = '${MovementKind.Receipt}'
   group by 2, 3, 4
  on conflict (tenant_id, day, category, funding_kind) do update
     set received_quantity = stock_daily_rollups.received_quantity + excluded.received_quantity,
         received_kopecks = stock_daily_rollups.received_kopecks + excluded.received_kopecks
)
select 1`;

/**
 * The balance of each checked item at every moment from its date on (today's balance less what moved
 * later), and the first of those below zero.
 */
const firstNegative = `
with checked as (
  select * from unnest($2::uuid[], $3::timestamptz[]) as c(item_id, since)
), later as (
  select m.item_id, m.occurred_at, sum(m.quantity) as change
    from checked c
    join stock_movements m on m.tenant_id = $1 and m.item_id = c.item_id and m.occurred_at >= c.since
   group by m.item_id, m.occurred_at
), balances as (
  select l.item_id, l.occurred_at,
         b.quantity - coalesce(sum(l.change) over (partition by l.item_id order by l.occurred_at desc
                                                   rows between unbounded preceding and 1 preceding), 0) as balance
    from later l
    join stock_balances b on b.tenant_id = $1 and b.item_id = l.item_id
)
select item_id, occurred_at, balance from balances where balance < 0 order by occurred_at, item_id limit 1`;

/** The stock ledger's SQL: stock_balances, stock_movements and stock_daily_rollups. */
@Injectable()
export class StockLedgerRepository {
  /**
   * Makes sure every item has a balance row (insert … on conflict do nothing), then locks them all in
   * item order, so the first movements of a new item queue on a row like every later one.
   */
  async lock(
    tx: TenantTx,
    itemIds: string[],
  ): Promise<{ balances: Map<string, LockedBalance>; allowNegative: boolean }> {
    const sorted = [...itemIds].sort();
    await tx.manager.query(
      `insert into stock_balances (tenant_id, item_id) select $1, i from unnest($2::uuid[]) as t(i)
       on conflict (tenant_id, item_id) do nothing`,
      [tx.tenantId, sorted],
    );
    const rows: LockedRow[] = await tx.manager.query(
      `select b.item_id, b.quantity, b.value_kopecks, b.last_inflow_at, i.default_unit_cost_kopecks,
              o.allow_negative_stock
         from stock_balances b
         join items i on i.tenant_id = b.tenant_id and i.id = b.item_id
         join organisations o on o.id = b.tenant_id
        where b.tenant_id = $1 and b.item_id = any($2::uuid[])
        order by b.item_id
          for update of b`,
      [tx.tenantId, sorted],
    );
    return {
      balances: new Map(
        rows.map((row) => [
          row.item_id,
          {
            milli: milli(row.quantity),
            value: Number(row.value_kopecks),
            defaultUnitCost: Number(row.default_unit_cost_kopecks),
            lastInflowAt: row.last_inflow_at && new Date(row.last_inflow_at),
          },
        ]),
      ),
      allowNegative: rows[0]?.allow_negative_stock === true,
    };
  }

  async write(
    tx: TenantTx,
    balances: Map<string, LockedBalance>,
    movements: LedgerMovement[],
    applied: AppliedMovement[],
  ): Promise<void> {
    const items = [...balances];
    await tx.manager.query(writeMovements, [
      tx.tenantId,
      items.map(([itemId]) => itemId),
      items.map(([, balance]) => decimal(balance.milli)),
      items.map(([, balance]) => balance.value),
      items.map(([, balance]) => balance.lastInflowAt?.toISOString() ?? null),
      applied.map((movement) => movement.id),
      movements.map((movement) => movement.itemId),
      movements.map((movement) => movement.kind),
      movements.map((movement) => decimal(movement.quantityMilli)),
      applied.map((movement) => movement.unitCostKopecks),
      movements.map((movement) => movement.fundingSourceId ?? null),
      movements.map((movement) => movement.careEventId ?? null),
      movements.map((movement) => movement.occurredAt.toISOString()),
      movements.map((movement) => movement.note ?? null),
      movements.map((movement) => movement.createdBy ?? null),
      applied.map((movement) => movement.valueKopecks),
    ]);
  }

  async issuedBy(tx: TenantTx, careEventId: string): Promise<IssuedStock[]> {
    const rows: {
      item_id: string;
      quantity: string;
      unit_cost_kopecks: string;
      funding_source_id: string | null;
      occurred_at: Date;
    }[] = await tx.manager.query(
      `select item_id, quantity, unit_cost_kopecks, funding_source_id, occurred_at from stock_movements
        where tenant_id = $1 and care_event_id = $2 and kind = '${MovementKind.Issue}'
        order by item_id, id`,
      [tx.tenantId, careEventId],
    );
    return rows.map((row) => ({
      itemId: row.item_id,
      quantityMilli: milli(row.quantity),
      unitCostKopecks: Number(row.unit_cost_kopecks),
      fundingSourceId: row.funding_source_id,
      occurredAt: new Date(row.occurred_at),
    }));
  }

  async firstNegativeMoment(
    tx: TenantTx,
    checks: [itemId: string, since: Date][],
  ): Promise<NegativeMoment | undefined> {
    const [row]: { item_id: string; occurred_at: Date; balance: string }[] = await tx.manager.query(
      firstNegative,
      [tx.tenantId, checks.map(([itemId]) => itemId), checks.map(([, since]) => since.toISOString())],
    );
    return row && { itemId: row.item_id, at: new Date(row.occurred_at), balanceMilli: milli(row.balance) };
  }
}
