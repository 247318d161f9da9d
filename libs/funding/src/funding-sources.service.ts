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
import { FundingKind } from './entities/funding-source.entity.js';

export interface FundingSourceDetails {
  name: string;
  funderName: string;
  kind: FundingKind;
  amountKopecks?: number | null;
  /** YYYY-MM-DD */
  periodFrom?: string | null;
  /** YYYY-MM-DD, not before periodFrom */
  periodTo?: string | null;
}

/** A partial change: `undefined` leaves a field alone, `null` clears an optional one. */
export type FundingSourcePatch = Partial<FundingSourceDetails>;

export interface FundingSourceView {
  id: string;
  name: string;
  funderName: string;
  kind: FundingKind;
  amountKopecks: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  createdAt: string;
  updatedAt: string;
}

interface FundingSourceRow {
  id: string;
  name: string;
  funder_name: string;
  kind: FundingKind;
  amount_kopecks: string | null;
  period_from: string | null;
  period_to: string | null;
  created_at: Date;
  updated_at: Date;
}

// Dates as text: node-pg would turn a `date` into a local-midnight Date and shift it across time zones.
const columns = `id, name, funder_name, kind, amount_kopecks, period_from::text as period_from,
  period_to::text as period_to, created_at, updated_at`;

function fundingSourceView(row: FundingSourceRow): FundingSourceView {
  return {
    id: row.id,
    name: row.name,
    funderName: row.funder_name,
    kind: row.kind,
    amountKopecks: row.amount_kopecks === null ? null : Number(row.amount_kopecks),
    periodFrom: row.period_from,
    periodTo: row.period_to,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

function assertPeriod(periodFrom: string | null | undefined, periodTo: string | null | undefined): void {
  // YYYY-MM-DD strings compare as dates.
  if (periodFrom && periodTo && periodTo < periodFrom) {
    throw DomainError.invalid('periodTo', message('field.periodOrderAlt'));
  }
}

const editableFields = ['name', 'funderName', 'kind', 'amountKopecks', 'periodFrom', 'periodTo'] as const;

/** Who pays for the care: grants, contracts, donors. Every rouble of spend is attributed to one. */
@Injectable()
export class FundingSourcesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditLog,
    private readonly idempotency: IdempotencyService,
  ) {}

  create(
    orgId: TenantId,
    details: FundingSourceDetails,
    actor: Actor,
    claim?: IdempotencyClaim,
  ): Promise<FundingSourceView> {
    assertPeriod(details.periodFrom, details.periodTo);
    const id = randomUUID();
    return this.transactions.run(orgId, (tx) =>
      this.idempotency.within(tx, claim, async () => {
        const [row]: FundingSourceRow[] = await tx.manager.query(
          `insert into funding_sources (tenant_id, id, name, funder_name, kind, amount_kopecks, period_from, period_to)
         values ($1, $2, $3, $4, $5, $6, $7, $8) returning ${columns}`,
          [
            orgId,
            id,
            details.name,
            details.funderName,
            details.kind,
            details.amountKopecks ?? null,
            details.periodFrom ?? null,
            details.periodTo ?? null,
          ],
        );
        await this.audit.record(tx, {
          actor,
          action: 'funding_source.created',
          entityType: 'funding_source',
          entityId: id,
          details: { kind: details.kind },
        });
        return fundingSourceView(row);
      }),
    );
  }

  list(orgId: TenantId, limit: number, cursor?: string): Promise<Page<FundingSourceView>> {
    const after = decodeCursor(cursor, 'text');
    return this.transactions.run(orgId, async (tx) => {
      const rows: FundingSourceRow[] = await tx.manager.query(
        `select ${columns} from funding_sources
          where tenant_id = $1 and ($2::text is null or (name, id) > ($2, $3::uuid))
          order by name, id limit $4`,
        [orgId, after?.key ?? null, after?.id ?? null, limit + 1],
      );
      return toPage(rows, limit, (row) => ({ key: row.name, id: row.id }), fundingSourceView);
    });
  }

  get(orgId: TenantId, id: string): Promise<FundingSourceView> {
    return this.transactions.run(orgId, async (tx) => fundingSourceView(await this.existing(tx, id)));
  }

  update(orgId: TenantId, id: string, patch: FundingSourcePatch, actor: Actor): Promise<FundingSourceView> {
    return this.transactions.run(orgId, async (tx) => {
      const current = await this.existing(tx, id, true);
      const changed = editableFields.filter((field) => patch[field] !== undefined);
      if (changed.length === 0) return fundingSourceView(current);
      assertPeriod(
        patch.periodFrom !== undefined ? patch.periodFrom : current.period_from,
        patch.periodTo !== undefined ? patch.periodTo : current.period_to,
      );
      // $n is null when the field was not sent; `keep` flags tell "not sent" from "cleared" for optional ones.
      // TypeORM answers an UPDATE with [rows, affected].
      const [[row]]: [FundingSourceRow[], number] = await tx.manager.query(
        `update funding_sources set
           name = coalesce($3, name),
           funder_name = coalesce($4, funder_name),
           kind = coalesce($5, kind),
           amount_kopecks = case when $9::boolean then amount_kopecks else $6::bigint end,
           period_from = case when $10::boolean then period_from else $7::date end,
           period_to = case when $11::boolean then period_to else $8::date end,
           updated_at = now()
         where tenant_id = $1 and id = $2
         returning ${columns}`,
        [
          orgId,
          id,
          patch.name ?? null,
          patch.funderName ?? null,
          patch.kind ?? null,
          patch.amountKopecks ?? null,
          patch.periodFrom ?? null,
          patch.periodTo ?? null,
          patch.amountKopecks === undefined,
          patch.periodFrom === undefined,
          patch.periodTo === undefined,
        ],
      );
      await this.audit.record(tx, {
        actor,
        action: 'funding_source.updated',
        entityType: 'funding_source',
        entityId: id,
        details: { fields: [...changed].sort() },
      });
      return fundingSourceView(row);
    });
  }

  /**
   * The kind of a funding source of the transaction's tenant, for attributing stock or care to it; an
   * unknown id (or another organisation's) is 404 naming `field`.
   */
  async kindWithin(tx: TenantTx, id: string, field = 'fundingSourceId'): Promise<FundingKind> {
    const [row]: { kind: FundingKind }[] = await tx.manager.query(
      `select kind from funding_sources where tenant_id = $1 and id = $2`,
      [tx.tenantId, id],
    );
    if (!row) {
      const text = message('fundingSource.notHere');
      throw new DomainError(ErrorCode.NotFound, `${field}: ${text}`, { errors: [{ field, message: text }] });
    }
    return row.kind;
  }

  private async existing(tx: TenantTx, id: string, lock = false): Promise<FundingSourceRow> {
    const [row]: FundingSourceRow[] = await tx.manager.query(
      `select ${columns} from funding_sources where tenant_id = $1 and id = $2${lock ? ' for update' : ''}`,
      [tx.tenantId, id],
    );
    if (!row) throw DomainError.notFound('funding source');
    return row;
  }
}
