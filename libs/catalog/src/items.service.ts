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
import { TenantTransactions, TenantTx } from '@careledger/database';
import { IdempotencyClaim, IdempotencyService } from '@careledger/idempotency';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { isStocked, ItemCategory, ItemUnit, unitDecimals } from './entities/item.entity.js';

export interface ItemDetails {
  sku: string;
  name: string;
  unit: ItemUnit;
  category: ItemCategory;
  defaultUnitCostKopecks: number;
}

export interface ItemPatch extends Partial<ItemDetails> {
  /** true archives the item (it leaves lists and takes no new movements), false restores it. */
  archived?: boolean;
}

export interface ItemFilter {
  category?: ItemCategory;
  includeArchived?: boolean;
  limit: number;
  cursor?: string;
}

export interface ItemView {
  id: string;
  sku: string;
  name: string;
  unit: ItemUnit;
  /** decimals a quantity of this item may have: 0 for pair, set, course, day, night; 3 otherwise */
  quantityDecimals: 0 | 3;
  category: ItemCategory;
  defaultUnitCostKopecks: number;
  /** false for services and transport: they have no stock */
  stocked: boolean;
  archived: boolean;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What a stock movement needs to know of its item. */
export interface ItemForStock {
  id: string;
  unit: ItemUnit;
  category: ItemCategory;
  defaultUnitCostKopecks: number;
  archived: boolean;
}

interface ItemRow {
  id: string;
  sku: string;
  name: string;
  unit: ItemUnit;
  category: ItemCategory;
  default_unit_cost_kopecks: string;
  archived_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const columns = `id, sku, name, unit, category, default_unit_cost_kopecks, archived_at, created_at, updated_at`;

function itemView(row: ItemRow): ItemView {
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    unit: row.unit,
    quantityDecimals: unitDecimals(row.unit),
    category: row.category,
    defaultUnitCostKopecks: Number(row.default_unit_cost_kopecks),
    stocked: isStocked(row.category),
    archived: row.archived_at !== null,
    archivedAt: row.archived_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

function duplicateSku(): DomainError {
  const text = message('item.skuTaken');
  return new DomainError(ErrorCode.Duplicate, `sku: ${text}`, { errors: [{ field: 'sku', message: text }] });
}

function isUniqueViolation(error: unknown): boolean {
  const failure = error as { code?: string; driverError?: { code?: string } };
  return (failure.driverError?.code ?? failure.code) === '23505';
}

const detailFields = ['sku', 'name', 'unit', 'category', 'defaultUnitCostKopecks'] as const;

/** The organisation's catalogue (номенклатура). Items are archived, never deleted. */
@Injectable()
export class ItemsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditLog,
    private readonly idempotency: IdempotencyService,
  ) {}

  create(orgId: TenantId, details: ItemDetails, actor: Actor, claim?: IdempotencyClaim): Promise<ItemView> {
    const id = randomUUID();
    return this.transactions.run(orgId, (tx) =>
      this.idempotency.within(tx, claim, async () => {
        const [row]: ItemRow[] = await tx.manager.query(
          `insert into items (tenant_id, id, sku, name, unit, category, default_unit_cost_kopecks)
         values ($1, $2, $3, $4, $5, $6, $7)
         on conflict (tenant_id, sku) do nothing
         returning ${columns}`,
          [
            orgId,
            id,
            details.sku,
            details.name,
            details.unit,
            details.category,
            details.defaultUnitCostKopecks,
          ],
        );
        if (!row) throw duplicateSku();
        await this.audit.record(tx, {
          actor,
          action: 'item.created',
          entityType: 'item',
          entityId: id,
          details: { category: details.category },
        });
        return itemView(row);
      }),
    );
  }

  list(orgId: TenantId, filter: ItemFilter): Promise<Page<ItemView>> {
    const after = decodeCursor(filter.cursor, 'text');
    return this.transactions.run(orgId, async (tx) => {
      const rows: ItemRow[] = await tx.manager.query(
        `select ${columns} from items
          where tenant_id = $1
            and ($2::text is null or category = $2)
            and ($3::boolean or archived_at is null)
            and ($4::text is null or (sku, id) > ($4, $5::uuid))
          order by sku, id limit $6`,
        [
          orgId,
          filter.category ?? null,
          filter.includeArchived === true,
          after?.key ?? null,
          after?.id ?? null,
          filter.limit + 1,
        ],
      );
      return toPage(rows, filter.limit, (row) => ({ key: row.sku, id: row.id }), itemView);
    });
  }

  get(orgId: TenantId, id: string): Promise<ItemView> {
    return this.transactions.run(orgId, async (tx) => itemView(await this.existing(tx, id)));
  }

  update(orgId: TenantId, id: string, patch: ItemPatch, actor: Actor): Promise<ItemView> {
    return this.transactions.run(orgId, async (tx) => {
      const current = await this.existing(tx, id, true);
      const changed = detailFields.filter((field) => patch[field] !== undefined);
      if (
        patch.category !== undefined &&
        !isStocked(patch.category) &&
        isStocked(current.category) &&
        (await this.hasMovements(tx, id))
      ) {
        const text = message('item.categoryLocked');
        throw new DomainError(ErrorCode.Conflict, `category: ${text}`, {
          errors: [{ field: 'category', message: text }],
        });
      }
      if (patch.sku !== undefined && patch.sku !== current.sku) {
        const taken: unknown[] = await tx.manager.query(
          `select 1 from items where tenant_id = $1 and sku = $2 and id <> $3`,
          [orgId, patch.sku, id],
        );
        if (taken.length > 0) throw duplicateSku();
      }
      const archiving = patch.archived !== undefined && patch.archived !== (current.archived_at !== null);
      if (changed.length === 0 && !archiving) return itemView(current);
      let row: ItemRow;
      try {
        // TypeORM answers an UPDATE with [rows, affected].
        [[row]] = await tx.manager.query(
          `update items set
             sku = coalesce($3, sku),
             name = coalesce($4, name),
             unit = coalesce($5, unit),
             category = coalesce($6, category),
             default_unit_cost_kopecks = coalesce($7::bigint, default_unit_cost_kopecks),
             archived_at = case when $8::boolean is null then archived_at
                                when $8 then coalesce(archived_at, now()) else null end,
             updated_at = now()
           where tenant_id = $1 and id = $2
           returning ${columns}`,
          [
            orgId,
            id,
            patch.sku ?? null,
            patch.name ?? null,
            patch.unit ?? null,
            patch.category ?? null,
            patch.defaultUnitCostKopecks ?? null,
            patch.archived ?? null,
          ],
        );
      } catch (error) {
        // Another request took the sku between the check above and this update.
        if (isUniqueViolation(error)) throw duplicateSku();
        throw error;
      }
      if (changed.length > 0) {
        await this.audit.record(tx, {
          actor,
          action: 'item.updated',
          entityType: 'item',
          entityId: id,
          details: { fields: [...changed].sort() },
        });
      }
      if (archiving) {
        await this.audit.record(tx, {
          actor,
          action: patch.archived ? 'item.archived' : 'item.restored',
          entityType: 'item',
          entityId: id,
        });
      }
      return itemView(row);
    });
  }

  /**
   * The item a stock movement refers to, locked against a concurrent change of its category, in the
   * caller's transaction; an unknown id (or another organisation's) is 404 naming `field`.
   */
  async forStockWithin(tx: TenantTx, id: string, field = 'itemId'): Promise<ItemForStock> {
    const [row]: ItemRow[] = await tx.manager.query(
      `select ${columns} from items where tenant_id = $1 and id = $2 for share`,
      [tx.tenantId, id],
    );
    if (!row) {
      const text = message('item.notHere');
      throw new DomainError(ErrorCode.NotFound, `${field}: ${text}`, { errors: [{ field, message: text }] });
    }
    return {
      id: row.id,
      unit: row.unit,
      category: row.category,
      defaultUnitCostKopecks: Number(row.default_unit_cost_kopecks),
      archived: row.archived_at !== null,
    };
  }

  private async hasMovements(tx: TenantTx, id: string): Promise<boolean> {
    const rows: unknown[] = await tx.manager.query(
      `select 1 from stock_movements where tenant_id = $1 and item_id = $2 limit 1`,
      [tx.tenantId, id],
    );
    return rows.length > 0;
  }

  private async existing(tx: TenantTx, id: string, lock = false): Promise<ItemRow> {
    const [row]: ItemRow[] = await tx.manager.query(
      `select ${columns} from items where tenant_id = $1 and id = $2${lock ? ' for update' : ''}`,
      [tx.tenantId, id],
    );
    if (!row) throw DomainError.notFound('item');
    return row;
  }
}
