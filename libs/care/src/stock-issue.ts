import { DomainError, ErrorCode, FieldError } from '@careledger/common';
import { TenantTx } from '@careledger/database';
import { fromMilli } from './care-event-input.js';

/** Stock a care line takes, with where it stands in the request (for naming the line that runs short). */
export interface StockRequest {
  itemId: string;
  quantityMilli: number;
  fundingSourceId: string | null;
  careEventId: string;
  occurredAt: Date;
  field: string;
  /** the user who logged the event */
  createdBy: string | null;
}

interface BalanceRow {
  item_id: string;
  quantity: string;
  value_kopecks: string;
}

interface Balance {
  milli: number;
  value: number;
}

async function lockBalances(tx: TenantTx, itemIds: string[]): Promise<Map<string, Balance>> {
  // Locked in item order, so two requests for the same items never wait on each other in a cycle.
  const rows: BalanceRow[] = await tx.manager.query(
    `select item_id, quantity, value_kopecks from stock_balances
      where tenant_id = $1 and item_id = any($2::uuid[]) order by item_id for update`,
    [tx.tenantId, itemIds],
  );
  return new Map(
    rows.map((row) => [
      row.item_id,
      { milli: Math.round(Number(row.quantity) * 1000), value: Number(row.value_kopecks) },
    ]),
  );
}

interface Movement {
  itemId: string;
  milli: number;
  unitCost: number;
  fundingSourceId: string | null;
  careEventId: string;
  occurredAt: Date;
  createdBy: string | null;
}

/** The new balances and the movements that explain them, in one statement (the balances are locked). */
async function writeBalancesAndMovements(
  tx: TenantTx,
  balances: Map<string, Balance>,
  kind: 'issue' | 'return',
  movements: Movement[],
): Promise<void> {
  await tx.manager.query(
    `with balances as (
       insert into stock_balances (tenant_id, item_id, quantity, value_kopecks)
       select $1, i, q, v from unnest($2::uuid[], $3::numeric[], $4::bigint[]) as t(i, q, v)
       on conflict (tenant_id, item_id) do update set quantity = excluded.quantity, value_kopecks = excluded.value_kopecks
     )
     insert into stock_movements (tenant_id, id, item_id, kind, quantity, unit_cost_kopecks, funding_source_id, care_event_id, occurred_at, created_by)
     select $1, gen_random_uuid(), i, $5, q, c, f, e, o, b
       from unnest($6::uuid[], $7::numeric[], $8::bigint[], $9::uuid[], $10::uuid[], $11::timestamptz[], $12::uuid[]) as t(i, q, c, f, e, o, b)`,
    [
      tx.tenantId,
      [...balances.keys()],
      [...balances.values()].map((balance) => fromMilli(balance.milli)),
      [...balances.values()].map((balance) => balance.value),
      kind,
      movements.map((movement) => movement.itemId),
      movements.map((movement) => fromMilli(movement.milli)),
      movements.map((movement) => movement.unitCost),
      movements.map((movement) => movement.fundingSourceId),
      movements.map((movement) => movement.careEventId),
      movements.map((movement) => movement.occurredAt.toISOString()),
      movements.map((movement) => movement.createdBy),
    ],
  );
}

/**
 * Takes care lines' items out of stock in the caller's transaction: balances are locked, checked and
 * rewritten, and an `issue` movement is written per line at the moving average cost. Short stock is
 * 409 naming the first line that would take more than there is (unless negative stock is allowed).
 */
export async function issueStock(
  tx: TenantTx,
  requests: StockRequest[],
  allowNegative: boolean,
): Promise<void> {
  if (requests.length === 0) return;
  const balances = await lockBalances(tx, [...new Set(requests.map((request) => request.itemId))].sort());
  const movements: Movement[] = [];
  for (const request of requests) {
    const balance = balances.get(request.itemId) ?? { milli: 0, value: 0 };
    if (!allowNegative && balance.milli < request.quantityMilli) {
      const error: FieldError = {
        field: request.field,
        message: `only ${(balance.milli / 1000).toString()} in stock`,
      };
      throw new DomainError(ErrorCode.InsufficientStock, `${request.field}: ${error.message}`, {
        errors: [error],
      });
    }
    const unitCost = balance.milli > 0 ? Math.round((balance.value * 1000) / balance.milli) : 0;
    const taken =
      balance.milli > 0
        ? Math.min(balance.value, Math.round((request.quantityMilli * balance.value) / balance.milli))
        : 0;
    balances.set(request.itemId, {
      milli: balance.milli - request.quantityMilli,
      value: balance.value - taken,
    });
    movements.push({ ...request, milli: -request.quantityMilli, unitCost });
  }
  await writeBalancesAndMovements(tx, balances, 'issue', movements);
}

/** Puts back what a care event took from stock, at the cost it was taken at (voiding). */
export async function returnStock(
  tx: TenantTx,
  careEventId: string,
  reversalEventId: string,
  occurredAt: Date,
  createdBy: string | null,
): Promise<void> {
  const issued: {
    item_id: string;
    quantity: string;
    unit_cost_kopecks: string;
    funding_source_id: string | null;
  }[] = await tx.manager.query(
    `select item_id, quantity, unit_cost_kopecks, funding_source_id from stock_movements
      where tenant_id = $1 and care_event_id = $2 and kind = 'issue'`,
    [tx.tenantId, careEventId],
  );
  if (issued.length === 0) return;
  const balances = await lockBalances(tx, [...new Set(issued.map((row) => row.item_id))].sort());
  const movements = issued.map((row) => {
    const milli = -Math.round(Number(row.quantity) * 1000);
    const unitCost = Number(row.unit_cost_kopecks);
    const balance = balances.get(row.item_id) ?? { milli: 0, value: 0 };
    balances.set(row.item_id, {
      milli: balance.milli + milli,
      value: balance.value + Math.round((milli * unitCost) / 1000),
    });
    return {
      itemId: row.item_id,
      milli,
      unitCost,
      fundingSourceId: row.funding_source_id,
      careEventId: reversalEventId,
      occurredAt,
      createdBy,
    };
  });
  await writeBalancesAndMovements(tx, balances, 'return', movements);
}
