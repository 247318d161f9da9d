import { AuditLog } from '@careledger/audit';
import {
  Actor,
  decodeCursor,
  DomainError,
  ErrorCode,
  Page,
  TenantId,
  encodeCursor,
} from '@careledger/common';
import { TenantTransactions, TenantTx } from '@careledger/database';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CareEventInput, CareEventView, lineCost, toMilli } from './care-event-input.js';
import { CareEventFilter, CareEventsRepository } from './care-events.repository.js';
import { applyToRollups, LedgerLine } from './care-ledger.sql.js';
import { issueStock, returnStock, StockRequest } from './stock-issue.js';

/** Items that are services or transport are given, not taken from stock. */
const unstockedCategories = new Set(['service', 'transport']);
/** Tolerance for clocks of callers that run a little ahead. */
const futureToleranceMs = 60_000;

interface References {
  beneficiaries: Map<string, { status: string }>;
  items: Map<string, { category: string; defaultUnitCost: number; archived: boolean }>;
  funding: Map<string, { kind: string }>;
  allowNegative: boolean;
}

interface PreparedEvent {
  id: string;
  input: CareEventInput;
  lines: (LedgerLine & {
    lineId: string;
    lineNo: number;
    unitCost: number;
    fundingSourceId: string | null;
    stocked: boolean;
    field: string;
  })[];
}

export type FieldPrefix = (eventIndex: number) => string;

export interface CareEventQuery extends Omit<CareEventFilter, 'before'> {
  cursor?: string;
}

@Injectable()
export class CareEventsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly events: CareEventsRepository,
    private readonly audit: AuditLog,
  ) {}

  /** One care event: its lines, the stock they take, the rollups, the audit row, all or nothing. */
  async create(orgId: TenantId, input: CareEventInput, actor: Actor): Promise<CareEventView> {
    return this.transactions.run(orgId, async (tx) => {
      const [id] = await this.record(tx, [input], () => '', actor);
      await this.audit.record(tx, {
        actor,
        action: 'care_event.created',
        entityType: 'care_event',
        entityId: id,
      });
      const [event] = await this.events.findByIds(tx, [id]);
      return event;
    });
  }

  /** Up to 1,000 events in one transaction with set-based inserts; the first bad event is named by index. */
  async createBatch(
    orgId: TenantId,
    inputs: CareEventInput[],
    actor: Actor,
  ): Promise<{ created: number; ids: string[] }> {
    return this.transactions.run(orgId, async (tx) => {
      const ids = await this.record(tx, inputs, (index) => `events[${index}].`, actor);
      await this.audit.record(tx, {
        actor,
        action: 'care_event.batch_created',
        entityType: 'care_event',
        entityId: ids[0],
        details: { count: ids.length, lastId: ids[ids.length - 1] },
      });
      return { created: ids.length, ids };
    });
  }

  /** Voids an event with a reversing entry: negated lines, stock returned, rollups taken back. */
  void(orgId: TenantId, eventId: string, reason: string, actor: Actor): Promise<CareEventView> {
    return this.transactions.run(orgId, async (tx) => {
      const [original]: { id: string; beneficiary_id: string; reverses_event_id: string | null }[] =
        await tx.manager.query(
          `select id, beneficiary_id, reverses_event_id from care_events where tenant_id = $1 and id = $2`,
          [orgId, eventId],
        );
      if (!original) throw DomainError.notFound('care event');
      if (original.reverses_event_id)
        throw new DomainError(ErrorCode.Conflict, 'a reversing entry cannot itself be voided');
      const reversalId = randomUUID();
      const now = new Date();
      const inserted: unknown[] = await tx.manager.query(
        `insert into care_events (tenant_id, id, beneficiary_id, occurred_at, kind, note, logged_by, reverses_event_id, void_reason)
         select tenant_id, $3, beneficiary_id, $4, kind, null, $5, id, $6 from care_events where tenant_id = $1 and id = $2
         on conflict (tenant_id, reverses_event_id) where reverses_event_id is not null do nothing
         returning id`,
        [orgId, eventId, reversalId, now, actor.id, reason],
      );
      if (inserted.length === 0)
        throw new DomainError(ErrorCode.Conflict, 'this care event is already voided');
      await tx.manager.query(
        `insert into care_lines (tenant_id, id, event_id, line_no, item_id, quantity, unit_cost_kopecks, cost_kopecks, funding_source_id)
         select tenant_id, gen_random_uuid(), $3, line_no, item_id, -quantity, unit_cost_kopecks, -cost_kopecks, funding_source_id
           from care_lines where tenant_id = $1 and event_id = $2`,
        [orgId, eventId, reversalId],
      );
      await returnStock(tx, eventId, reversalId, now, actor.id);
      await applyToRollups(tx, await this.ledgerLinesOf(tx, eventId), -1);
      await this.audit.record(tx, {
        actor,
        action: 'care_event.voided',
        entityType: 'care_event',
        entityId: eventId,
        details: { reversalId },
      });
      const [reversal] = await this.events.findByIds(tx, [reversalId]);
      return reversal;
    });
  }

  get(orgId: TenantId, eventId: string): Promise<CareEventView> {
    return this.transactions.run(orgId, async (tx) => {
      const [event] = await this.events.findByIds(tx, [eventId]);
      if (!event) throw DomainError.notFound('care event');
      return event;
    });
  }

  list(orgId: TenantId, query: CareEventQuery): Promise<Page<CareEventView>> {
    const after = decodeCursor(query.cursor);
    return this.transactions.run(orgId, async (tx) => {
      const rows = await this.events.find(tx, {
        ...query,
        before: after && { occurredAt: after.key, id: after.id },
        limit: query.limit + 1,
      });
      const items = rows.slice(0, query.limit);
      const last = items[items.length - 1];
      return {
        items,
        nextCursor:
          rows.length > query.limit && last ? encodeCursor({ key: last.occurredAt, id: last.id }) : null,
      };
    });
  }

  private async record(
    tx: TenantTx,
    inputs: CareEventInput[],
    prefix: FieldPrefix,
    actor: Actor,
  ): Promise<string[]> {
    const references = await this.loadReferences(tx, inputs);
    const prepared = inputs.map((input, index) => this.prepare(input, references, prefix(index)));
    await this.insertEvents(tx, prepared, actor);
    const stockRequests: StockRequest[] = prepared.flatMap((event) =>
      event.lines
        .filter((line) => line.stocked)
        .map((line) => ({
          itemId: line.itemId,
          quantityMilli: line.quantityMilli,
          fundingSourceId: line.fundingSourceId,
          careEventId: event.id,
          occurredAt: event.input.occurredAt,
          field: `${line.field}quantity`,
        })),
    );
    await issueStock(tx, stockRequests, references.allowNegative, actor.id);
    await applyToRollups(
      tx,
      prepared.flatMap((event) => event.lines),
      1,
    );
    return prepared.map((event) => event.id);
  }

  private async loadReferences(tx: TenantTx, inputs: CareEventInput[]): Promise<References> {
    const lines = inputs.flatMap((input) => input.lines);
    // One connection, one query at a time: a transaction's statements run in order.
    const beneficiaries = await tx.manager.query(
      `select id, status from beneficiaries where tenant_id = $1 and id = any($2::uuid[])`,
      [tx.tenantId, [...new Set(inputs.map((input) => input.beneficiaryId))]],
    );
    const items = await tx.manager.query(
      `select id, category, default_unit_cost_kopecks, archived_at is not null as archived from items where tenant_id = $1 and id = any($2::uuid[])`,
      [tx.tenantId, [...new Set(lines.map((line) => line.itemId))]],
    );
    const funding = await tx.manager.query(
      `select id, kind from funding_sources where tenant_id = $1 and id = any($2::uuid[])`,
      [tx.tenantId, [...new Set(lines.flatMap((line) => line.fundingSourceId ?? []))]],
    );
    const [organisation] = await tx.manager.query(
      `select allow_negative_stock from organisations where id = $1`,
      [tx.tenantId],
    );
    return {
      beneficiaries: new Map(
        beneficiaries.map((row: { id: string; status: string }) => [row.id, { status: row.status }]),
      ),
      items: new Map(
        items.map(
          (row: { id: string; category: string; default_unit_cost_kopecks: string; archived: boolean }) => [
            row.id,
            {
              category: row.category,
              defaultUnitCost: Number(row.default_unit_cost_kopecks),
              archived: row.archived,
            },
          ],
        ),
      ),
      funding: new Map(funding.map((row: { id: string; kind: string }) => [row.id, { kind: row.kind }])),
      allowNegative: organisation?.allow_negative_stock === true,
    };
  }

  /** Checks one event against the organisation's data and computes its lines; throws naming the field. */
  private prepare(input: CareEventInput, references: References, prefix: string): PreparedEvent {
    const fail = (code: ErrorCode, field: string, message: string) =>
      new DomainError(code, `${prefix}${field}: ${message}`, {
        errors: [{ field: `${prefix}${field}`, message }],
      });
    if (input.occurredAt.getTime() > Date.now() + futureToleranceMs)
      throw fail(ErrorCode.Validation, 'occurredAt', 'may not be in the future');
    const beneficiary = references.beneficiaries.get(input.beneficiaryId);
    if (!beneficiary)
      throw fail(ErrorCode.NotFound, 'beneficiaryId', 'no such beneficiary in this organisation');
    if (beneficiary.status === 'erased')
      throw fail(ErrorCode.Conflict, 'beneficiaryId', 'this beneficiary’s data was erased');
    const id = randomUUID();
    const lines = input.lines.map((line, index) => {
      const field = `lines[${index}].`;
      const item = references.items.get(line.itemId);
      if (!item) throw fail(ErrorCode.NotFound, `${field}itemId`, 'no such item in this organisation');
      if (item.archived) throw fail(ErrorCode.Conflict, `${field}itemId`, 'this item is archived');
      const funding =
        line.fundingSourceId === undefined ? undefined : references.funding.get(line.fundingSourceId);
      if (line.fundingSourceId !== undefined && !funding) {
        throw fail(
          ErrorCode.NotFound,
          `${field}fundingSourceId`,
          'no such funding source in this organisation',
        );
      }
      const unitCost = line.unitCostKopecks ?? item.defaultUnitCost;
      const quantityMilli = toMilli(line.quantity);
      return {
        lineId: randomUUID(),
        lineNo: index + 1,
        eventId: id,
        beneficiaryId: input.beneficiaryId,
        occurredAt: input.occurredAt,
        itemId: line.itemId,
        category: item.category,
        fundingKind: funding?.kind ?? 'unattributed',
        fundingSourceId: line.fundingSourceId ?? null,
        quantityMilli,
        unitCost,
        costKopecks: lineCost(quantityMilli, unitCost),
        stocked: !unstockedCategories.has(item.category),
        field: `${prefix}${field}`,
      };
    });
    return { id, input, lines };
  }

  private async insertEvents(tx: TenantTx, events: PreparedEvent[], actor: Actor): Promise<void> {
    await tx.manager.query(
      `insert into care_events (tenant_id, id, beneficiary_id, occurred_at, kind, note, logged_by)
       select $1, i, b, o, k, n, $7 from unnest($2::uuid[], $3::uuid[], $4::timestamptz[], $5::text[], $6::text[]) as t(i, b, o, k, n)`,
      [
        tx.tenantId,
        events.map((event) => event.id),
        events.map((event) => event.input.beneficiaryId),
        events.map((event) => event.input.occurredAt.toISOString()),
        events.map((event) => event.input.kind),
        events.map((event) => event.input.note ?? null),
        actor.id,
      ],
    );
    const lines = events.flatMap((event) => event.lines);
    await tx.manager.query(
      `insert into care_lines (tenant_id, id, event_id, line_no, item_id, quantity, unit_cost_kopecks, cost_kopecks, funding_source_id)
       select $1, i, e, n, it, q, u, c, f
         from unnest($2::uuid[], $3::uuid[], $4::int[], $5::uuid[], $6::numeric[], $7::bigint[], $8::bigint[], $9::uuid[]) as t(i, e, n, it, q, u, c, f)`,
      [
        tx.tenantId,
        lines.map((line) => line.lineId),
        lines.map((line) => line.eventId),
        lines.map((line) => line.lineNo),
        lines.map((line) => line.itemId),
        lines.map((line) => (line.quantityMilli / 1000).toFixed(3)),
        lines.map((line) => line.unitCost),
        lines.map((line) => line.costKopecks),
        lines.map((line) => line.fundingSourceId),
      ],
    );
  }

  /** A recorded event's lines as the rollups count them. */
  private async ledgerLinesOf(tx: TenantTx, eventId: string): Promise<LedgerLine[]> {
    const rows: {
      beneficiary_id: string;
      occurred_at: Date;
      item_id: string;
      category: string;
      funding_kind: string | null;
      quantity: string;
      cost_kopecks: string;
    }[] = await tx.manager.query(
      `select e.beneficiary_id, e.occurred_at, l.item_id, i.category, f.kind as funding_kind, l.quantity, l.cost_kopecks
           from care_lines l
           join care_events e on e.tenant_id = l.tenant_id and e.id = l.event_id
           join items i on i.tenant_id = l.tenant_id and i.id = l.item_id
           left join funding_sources f on f.tenant_id = l.tenant_id and f.id = l.funding_source_id
          where l.tenant_id = $1 and l.event_id = $2`,
      [tx.tenantId, eventId],
    );
    return rows.map((row) => ({
      eventId,
      beneficiaryId: row.beneficiary_id,
      occurredAt: new Date(row.occurred_at),
      itemId: row.item_id,
      category: row.category,
      fundingKind: row.funding_kind ?? 'unattributed',
      quantityMilli: Math.round(Number(row.quantity) * 1000),
      costKopecks: Number(row.cost_kopecks),
    }));
  }
}
