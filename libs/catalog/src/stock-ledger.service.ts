import { DomainError, ErrorCode } from '@careledger/common';
import { TenantTx } from '@careledger/database';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { MovementKind } from './entities/stock-movement.entity.js';

/** One movement for the ledger to apply, as stored: the quantity is signed. */
export interface LedgerMovement {
  itemId: string;
  kind: MovementKind;
  /**
   * A decimal string with at most 3 decimals, never zero: into stock positive (receipt, return,
   * positive adjustment), out of stock negative (issue, write_off, negative adjustment).
   */
  quantity: string;
  /**
   * Into stock: the cost of one unit in kopecks; when absent, the current average cost (the item's
   * default when there is no stock to average). Out of stock: must be absent, stock leaves at its
   * average cost.
   */
  unitCostKopecks?: number | null;
  fundingSourceId?: string | null;
  careEventId?: string | null;
  occurredAt: Date;
  note?: string | null;
  createdBy?: string | null;
  /** Names the offending field in a 409 for short stock, e.g. `lines[2].quantity`. Default `quantity`. */
  field?: string;
}

/** What one movement did, everything as PostgreSQL returned it (decimal strings, bigint strings). */
export interface AppliedMovement {
  id: string;
  itemId: string;
  kind: MovementKind;
  /** signed, as stored */
  quantity: string;
  /** the unit cost stored on the movement: the given one, or the average cost it moved at */
  unitCostKopecks: string;
  /** signed change of the stock value */
  valueKopecks: string;
  /** the item's balance after this movement */
  balanceQuantity: string;
  balanceValueKopecks: string;
}

interface BalanceChangeRow {
  unit_cost: string;
  value_change: string;
  quantity: string;
  value_kopecks: string;
}

/*
 * Both statements lock the balance row in the CTE (`for update`), so the CTE's `before` values are the
 * ones the UPDATE changes, also when a concurrent transaction committed in between. The UPDATE itself is
 * the guard: an out-going movement matches no row when the stock is short (and the organisation does not
 * allow negative stock), so two requests racing for the last unit cannot both take it.
 */

/**
 * Into stock: quantity += q, value += round(q × unit cost); the unit cost is the given one, else the
 * average cost value/quantity, else (no stock to average) the item's default.
 * $1 tenant, $2 item, $3 q > 0, $4 unit cost or null.
 */
const intoStock = `
with before as (
  select quantity, value_kopecks from stock_balances
   where tenant_id = $1 and item_id = $2
   for update
), cost as (
  select coalesce(
           $4::numeric,
           case when before.quantity > 0 then before.value_kopecks / before.quantity end,
           (select default_unit_cost_kopecks from items where tenant_id = $1 and id = $2)
         ) as unit_cost
    from before
)
update stock_balances b
   set quantity = b.quantity + $3::numeric,
       value_kopecks = b.value_kopecks + round($3::numeric * cost.unit_cost)
  from cost
 where b.tenant_id = $1 and b.item_id = $2
returning round(cost.unit_cost) as unit_cost, round($3::numeric * cost.unit_cost) as value_change,
          b.quantity, b.value_kopecks`;

/**
 * Out of stock, at moving average cost: quantity -= q, value -= least(value, round(q × value/quantity))
 * (nothing when there is no positive stock), only where quantity >= q or the organisation allows
 * negative stock. $1 tenant, $2 item, $3 q > 0.
 */
const outOfStock = `
with before as (
  select quantity, value_kopecks from stock_balances
   where tenant_id = $1 and item_id = $2
   for update
), cost as (
  select case when before.quantity > 0 then round(before.value_kopecks / before.quantity) else 0 end as unit_cost,
         case when before.quantity > 0
              then least(before.value_kopecks, round($3::numeric * before.value_kopecks / before.quantity))
              else 0 end as taken
    from before
)
update stock_balances b
   set quantity = b.quantity - $3::numeric,
       value_kopecks = b.value_kopecks - cost.taken
  from cost
 where b.tenant_id = $1 and b.item_id = $2
   and (b.quantity >= $3::numeric
        or (select o.allow_negative_stock from organisations o where o.id = $1))
returning cost.unit_cost, -cost.taken as value_change, b.quantity, b.value_kopecks`;

/** Receipts count in the stock rollup: day (UTC) × item category × funding kind (or `unattributed`). */
const receiptRollup = `
insert into stock_daily_rollups (tenant_id, day, category, funding_kind, received_quantity, received_kopecks)
select $1, ($3::timestamptz at time zone 'UTC')::date, i.category, coalesce(f.kind, 'unattributed'), $5::numeric, $6::bigint
  from items i
  left join funding_sources f on f.tenant_id = i.tenant_id and f.id = $4::uuid
 where i.tenant_id = $1 and i.id = $2
on conflict (tenant_id, day, category, funding_kind) do update
   set received_quantity = stock_daily_rollups.received_quantity + excluded.received_quantity,
       received_kopecks = stock_daily_rollups.received_kopecks + excluded.received_kopecks`;

const maxQuantity = 1e11; // numeric(14,3)

function isOverflow(error: unknown): boolean {
  const failure = error as { code?: string; driverError?: { code?: string } };
  return (failure.driverError?.code ?? failure.code) === '22003';
}

/**
 * The stock ledger: appends movements and keeps `stock_balances` (quantity and value at moving average
 * cost) in step, in the caller's transaction. Other services (care events) call `applyWithin` inside
 * their own tenant transaction; the HTTP stock routes go through StockService.
 *
 * It trusts its caller to have checked the item (of this organisation, not archived, stocked) and the
 * funding source; the foreign keys still refuse another tenant's ids.
 */
@Injectable()
export class StockLedger {
  /**
   * Applies movements in order and returns what each did, in the order given. Balance rows are locked
   * as they are reached; to keep two transactions from waiting on each other in a cycle, movements of
   * several items are applied in item-id order (movements of one item keep their relative order).
   * Short stock throws 409 InsufficientStock naming the movement's `field`; the caller's transaction
   * then rolls back as a whole.
   */
  async applyWithin(tx: TenantTx, movements: LedgerMovement[]): Promise<AppliedMovement[]> {
    const order = movements
      .map((movement, index) => ({ movement, index }))
      .sort((a, b) =>
        a.movement.itemId === b.movement.itemId
          ? a.index - b.index
          : a.movement.itemId < b.movement.itemId
            ? -1
            : 1,
      );
    const applied: AppliedMovement[] = new Array<AppliedMovement>(movements.length);
    for (const { movement, index } of order) applied[index] = await this.applyOne(tx, movement);
    return applied;
  }

  /** Whether the transaction's organisation lets stock go below zero. */
  async allowsNegativeStock(tx: TenantTx): Promise<boolean> {
    const [row]: { allow_negative_stock: boolean }[] = await tx.manager.query(
      `select allow_negative_stock from organisations where id = $1`,
      [tx.tenantId],
    );
    return row?.allow_negative_stock === true;
  }

  private async applyOne(tx: TenantTx, movement: LedgerMovement): Promise<AppliedMovement> {
    const field = movement.field ?? 'quantity';
    const signed = Number(movement.quantity);
    if (!Number.isFinite(signed) || signed === 0 || Math.abs(signed) >= maxQuantity) {
      throw DomainError.invalid(field, 'must be a non-zero quantity within numeric(14,3)');
    }
    const inward = signed > 0;
    const magnitude = inward ? movement.quantity : movement.quantity.replace(/^-/, '');
    // The balance row exists before it is locked, so the first movement of an item has a row to guard.
    await tx.manager.query(
      `insert into stock_balances (tenant_id, item_id) values ($1, $2) on conflict (tenant_id, item_id) do nothing`,
      [tx.tenantId, movement.itemId],
    );
    // TypeORM answers an UPDATE with [rows, affected].
    let result: [BalanceChangeRow[], number];
    try {
      result = inward
        ? await tx.manager.query(intoStock, [
            tx.tenantId,
            movement.itemId,
            magnitude,
            movement.unitCostKopecks ?? null,
          ])
        : await tx.manager.query(outOfStock, [tx.tenantId, movement.itemId, magnitude]);
    } catch (error) {
      if (isOverflow(error)) {
        throw DomainError.invalid(field, 'would take the balance beyond what can be recorded');
      }
      throw error;
    }
    const [[change]] = result;
    if (!change) throw await this.shortage(tx, movement.itemId, field);
    const id = randomUUID();
    await tx.manager.query(
      `insert into stock_movements (tenant_id, id, item_id, kind, quantity, unit_cost_kopecks, funding_source_id,
         care_event_id, occurred_at, note, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        tx.tenantId,
        id,
        movement.itemId,
        movement.kind,
        movement.quantity,
        change.unit_cost,
        movement.fundingSourceId ?? null,
        movement.careEventId ?? null,
        movement.occurredAt,
        movement.note ?? null,
        movement.createdBy ?? null,
      ],
    );
    if (movement.kind === MovementKind.Receipt) {
      await tx.manager.query(receiptRollup, [
        tx.tenantId,
        movement.itemId,
        movement.occurredAt,
        movement.fundingSourceId ?? null,
        magnitude,
        change.value_change,
      ]);
    }
    return {
      id,
      itemId: movement.itemId,
      kind: movement.kind,
      quantity: movement.quantity,
      unitCostKopecks: change.unit_cost,
      valueKopecks: change.value_change,
      balanceQuantity: change.quantity,
      balanceValueKopecks: change.value_kopecks,
    };
  }

  private async shortage(tx: TenantTx, itemId: string, field: string): Promise<DomainError> {
    const [row]: { quantity: string }[] = await tx.manager.query(
      `select quantity from stock_balances where tenant_id = $1 and item_id = $2`,
      [tx.tenantId, itemId],
    );
    const message = `only ${Number(row?.quantity ?? 0)} in stock`;
    return new DomainError(ErrorCode.InsufficientStock, `${field}: ${message}`, {
      errors: [{ field, message }],
    });
  }
}
