import { AuditLog } from '@careledger/audit';
import {
  Actor,
  decodeCursor,
  DomainError,
  ErrorCode,
  message,
  Page,
  TenantId,
  toPage,
} from '@careledger/common';
import { TenantTransactions } from '@careledger/database';
import { IdempotencyClaim, IdempotencyService } from '@careledger/idempotency';
import { FundingSourcesService } from '@careledger/funding';
import { Injectable } from '@nestjs/common';
import {
  isStocked,
  ItemCategory,
  ItemUnit,
  unitDecimals,
  unstockedCategories,
} from './entities/item.entity.js';
import { MovementKind } from './entities/stock-movement.entity.js';
import { ItemsService } from './items.service.js';
import { StockLedger } from './stock-ledger.service.js';

/** The movements a person records by hand; issues and returns come from care events. */
export type ManualMovementKind = MovementKind.Receipt | MovementKind.Adjustment | MovementKind.WriteOff;

export interface NewMovement {
  itemId: string;
  kind: ManualMovementKind;
  /** > 0, at most 3 decimals; an adjustment may be negative (never 0) */
  quantity: number;
  unitCostKopecks?: number;
  fundingSourceId?: string;
  occurredAt: Date;
  note?: string;
}

export interface MovementView {
  id: string;
  itemId: string;
  kind: MovementKind;
  /** signed: into stock positive, out of stock negative */
  quantity: number;
  unitCostKopecks: number | null;
  fundingSourceId: string | null;
  careEventId: string | null;
  occurredAt: string;
  note: string | null;
  createdBy: string | null;
  createdAt: string;
}

export interface RecordedMovement extends MovementView {
  /** the item's balance after this movement */
  balance: number;
  balanceValueKopecks: number;
}

export interface StockLevelView {
  itemId: string;
  sku: string;
  name: string;
  unit: ItemUnit;
  category: ItemCategory;
  balance: number;
  valueKopecks: number;
}

export interface MovementFilter {
  itemId?: string;
  from?: Date;
  to?: Date;
  limit: number;
  cursor?: string;
}

export interface StockFilter {
  category?: ItemCategory;
  limit: number;
  cursor?: string;
}

interface MovementRow {
  id: string;
  item_id: string;
  kind: MovementKind;
  quantity: string;
  unit_cost_kopecks: string | null;
  funding_source_id: string | null;
  care_event_id: string | null;
  occurred_at: Date;
  occurred_us: string;
  note: string | null;
  created_by: string | null;
  created_at: Date;
}

interface StockLevelRow {
  item_id: string;
  sku: string;
  name: string;
  unit: ItemUnit;
  category: ItemCategory;
  quantity: string;
  value_kopecks: string;
}

/** Tolerance for the clocks of callers that run a little ahead. */
const futureToleranceMs = 60_000;

// occurred_us: the exact position (microseconds) for the keyset cursor; a JS Date keeps milliseconds only.
const movementColumns = `id, item_id, kind, quantity, unit_cost_kopecks, funding_source_id, care_event_id,
  occurred_at, (extract(epoch from occurred_at) * 1000000)::bigint::text as occurred_us, note, created_by, created_at`;

function movementView(row: MovementRow): MovementView {
  return {
    id: row.id,
    itemId: row.item_id,
    kind: row.kind,
    quantity: Number(row.quantity),
    unitCostKopecks: row.unit_cost_kopecks === null ? null : Number(row.unit_cost_kopecks),
    fundingSourceId: row.funding_source_id,
    careEventId: row.care_event_id,
    occurredAt: row.occurred_at.toISOString(),
    note: row.note,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
  };
}

function stockLevelView(row: StockLevelRow): StockLevelView {
  return {
    itemId: row.item_id,
    sku: row.sku,
    name: row.name,
    unit: row.unit,
    category: row.category,
    balance: Number(row.quantity),
    valueKopecks: Number(row.value_kopecks),
  };
}

function fail(code: ErrorCode, field: string, text: string): DomainError {
  return new DomainError(code, `${field}: ${text}`, { errors: [{ field, message: text }] });
}

/** A pair or a night is counted whole; kilograms, litres and the older units take thousandths. */
export function assertQuantityFitsUnit(quantity: number, unit: ItemUnit, field = 'quantity'): void {
  if (unitDecimals(unit) === 0 && !Number.isInteger(quantity)) {
    throw fail(ErrorCode.Validation, field, message('field.wholeNumberUnit', { unit }));
  }
}

/** Receipts, adjustments and write-offs recorded by hand, and the stock they leave. */
@Injectable()
export class StockService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly items: ItemsService,
    private readonly funding: FundingSourcesService,
    private readonly ledger: StockLedger,
    private readonly audit: AuditLog,
    private readonly idempotency: IdempotencyService,
  ) {}

  record(
    orgId: TenantId,
    input: NewMovement,
    actor: Actor,
    claim?: IdempotencyClaim,
  ): Promise<RecordedMovement> {
    this.assertShape(input);
    return this.transactions.run(orgId, (tx) =>
      this.idempotency.within(tx, claim, async () => {
        const item = await this.items.forStockWithin(tx, input.itemId);
        if (input.fundingSourceId !== undefined) await this.funding.kindWithin(tx, input.fundingSourceId);
        if (!isStocked(item.category)) {
          throw fail(
            ErrorCode.Validation,
            'itemId',
            message('stock.unstockedItem', { category: item.category }),
          );
        }
        if (item.archived) throw fail(ErrorCode.Conflict, 'itemId', message('stock.archived'));
        const unitCost =
          input.kind === MovementKind.Receipt
            ? (input.unitCostKopecks ?? item.defaultUnitCostKopecks)
            : undefined;
        if (unitCost !== undefined && Math.abs(input.quantity) * unitCost > Number.MAX_SAFE_INTEGER) {
          throw fail(ErrorCode.Validation, 'quantity', message('stock.amountTooLarge'));
        }
        assertQuantityFitsUnit(input.quantity, item.unit);
        const outward = input.kind === MovementKind.WriteOff || input.quantity < 0;
        const [applied] = await this.ledger.apply(tx, [
          {
            itemId: item.id,
            kind: input.kind,
            quantityMilli: (outward ? -1 : 1) * Math.round(Math.abs(input.quantity) * 1000),
            unitCostKopecks: unitCost ?? null,
            fundingSourceId: input.fundingSourceId ?? null,
            occurredAt: input.occurredAt,
            note: input.note ?? null,
            createdBy: actor.id,
          },
        ]);
        await this.audit.record(tx, {
          actor,
          action: 'stock.movement_recorded',
          entityType: 'stock_movement',
          entityId: applied.id,
          details: { itemId: item.id, kind: input.kind },
        });
        const [row]: MovementRow[] = await tx.manager.query(
          `select ${movementColumns} from stock_movements where tenant_id = $1 and id = $2`,
          [orgId, applied.id],
        );
        return {
          ...movementView(row),
          balance: applied.balanceMilli / 1000,
          balanceValueKopecks: applied.balanceValueKopecks,
        };
      }),
    );
  }

  /** Stocked items with their balance and value, by sku; archived items only while they hold stock. */
  levels(orgId: TenantId, filter: StockFilter): Promise<Page<StockLevelView>> {
    const after = decodeCursor(filter.cursor, 'text');
    return this.transactions.run(orgId, async (tx) => {
      const rows: StockLevelRow[] = await tx.manager.query(
        `select i.id as item_id, i.sku, i.name, i.unit, i.category,
                coalesce(b.quantity, 0) as quantity, coalesce(b.value_kopecks, 0) as value_kopecks
           from items i
           left join stock_balances b on b.tenant_id = i.tenant_id and b.item_id = i.id
          where i.tenant_id = $1
            and i.category <> all($6::text[])
            and (i.archived_at is null or coalesce(b.quantity, 0) <> 0)
            and ($2::text is null or i.category = $2)
            and ($3::text is null or (i.sku, i.id) > ($3, $4::uuid))
          order by i.sku, i.id limit $5`,
        [
          orgId,
          filter.category ?? null,
          after?.key ?? null,
          after?.id ?? null,
          filter.limit + 1,
          unstockedCategories(),
        ],
      );
      return toPage(rows, filter.limit, (row) => ({ key: row.sku, id: row.item_id }), stockLevelView);
    });
  }

  /** The ledger, newest first; `from` inclusive, `to` exclusive. */
  movements(orgId: TenantId, filter: MovementFilter): Promise<Page<MovementView>> {
    // occurred_us: microseconds since the epoch
    const after = decodeCursor(filter.cursor, 'integer');
    return this.transactions.run(orgId, async (tx) => {
      const rows: MovementRow[] = await tx.manager.query(
        `select ${movementColumns} from stock_movements
          where tenant_id = $1
            and ($2::uuid is null or item_id = $2)
            and ($3::timestamptz is null or occurred_at >= $3)
            and ($4::timestamptz is null or occurred_at < $4)
            and ($5::bigint is null
                 or (occurred_at, id) < (timestamptz 'epoch' + $5::bigint * interval '1 microsecond', $6::uuid))
          order by occurred_at desc, id desc limit $7`,
        [
          orgId,
          filter.itemId ?? null,
          filter.from ?? null,
          filter.to ?? null,
          after?.key ?? null,
          after?.id ?? null,
          filter.limit + 1,
        ],
      );
      return toPage(rows, filter.limit, (row) => ({ key: row.occurred_us, id: row.id }), movementView);
    });
  }

  /** The rules the HTTP layer also checks, kept here for every other caller. */
  private assertShape(input: NewMovement): void {
    if (!Number.isFinite(input.quantity) || input.quantity === 0) {
      throw fail(ErrorCode.Validation, 'quantity', message('field.quantityZero'));
    }
    if (input.quantity < 0 && input.kind !== MovementKind.Adjustment) {
      throw fail(ErrorCode.Validation, 'quantity', message('field.quantityPositive'));
    }
    if (input.unitCostKopecks !== undefined && input.kind !== MovementKind.Receipt) {
      throw fail(ErrorCode.Validation, 'unitCostKopecks', message('stock.costOnReceiptOnly'));
    }
    if (input.occurredAt.getTime() > Date.now() + futureToleranceMs) {
      throw fail(ErrorCode.Validation, 'occurredAt', message('field.future'));
    }
  }
}
