import { startOfLocalDaySql } from '@careledger/common';
import { TenantTx } from '@careledger/database';
import { Injectable } from '@nestjs/common';
import { CareEventView } from './care-event-input.js';

interface EventRow {
  id: string;
  beneficiary_id: string;
  occurred_at: Date;
  kind: CareEventView['kind'];
  note: string | null;
  logged_by: string | null;
  created_at: Date;
  reverses_event_id: string | null;
  void_reason: string | null;
  voided_by_event_id: string | null;
  lines: {
    id: string;
    line_no: number;
    item_id: string;
    quantity: string;
    unit_cost_kopecks: string;
    cost_kopecks: string;
    funding_source_id: string | null;
  }[];
}

export interface CareEventFilter {
  beneficiaryId?: string;
  /** inclusive local dates (YYYY-MM-DD) of the organisation's calendar */
  from?: string;
  to?: string;
  kind?: string;
  fundingSourceId?: string;
  /** keyset: events strictly older than this (occurred_at, id) */
  before?: { occurredAt: string; id: string };
  limit: number;
}

const organisationZone = `(select time_zone from organisations where id = $1)`;

/** Events with their lines as JSON, and the reversing entry of a voided event. */
const eventsWithLines = `
  select e.id, e.beneficiary_id, e.occurred_at, e.kind, e.note, e.logged_by, e.created_at,
         e.reverses_event_id, e.void_reason, v.id as voided_by_event_id,
         coalesce((select json_agg(json_build_object(
                   'id', l.id, 'line_no', l.line_no, 'item_id', l.item_id, 'quantity', l.quantity,
                   'unit_cost_kopecks', l.unit_cost_kopecks, 'cost_kopecks', l.cost_kopecks,
                   'funding_source_id', l.funding_source_id) order by l.line_no)
            from care_lines l where l.tenant_id = e.tenant_id and l.event_id = e.id), '[]') as lines
    from care_events e
    left join care_events v on v.tenant_id = e.tenant_id and v.reverses_event_id = e.id`;

function view(row: EventRow): CareEventView {
  const lines = row.lines.map((line) => ({
    id: line.id,
    lineNo: line.line_no,
    itemId: line.item_id,
    quantity: Number(line.quantity),
    unitCostKopecks: Number(line.unit_cost_kopecks),
    costKopecks: Number(line.cost_kopecks),
    fundingSourceId: line.funding_source_id,
  }));
  return {
    id: row.id,
    beneficiaryId: row.beneficiary_id,
    occurredAt: new Date(row.occurred_at).toISOString(),
    kind: row.kind,
    note: row.note,
    loggedBy: row.logged_by,
    createdAt: new Date(row.created_at).toISOString(),
    reversesEventId: row.reverses_event_id,
    voidReason: row.void_reason,
    voidedByEventId: row.voided_by_event_id,
    totalCostKopecks: lines.reduce((sum, line) => sum + line.costKopecks, 0),
    lines,
  };
}

/** Reads of the care ledger: events with their lines, newest first. */
@Injectable()
export class CareEventsRepository {
  async find(tx: TenantTx, filter: CareEventFilter): Promise<CareEventView[]> {
    const rows: EventRow[] = await tx.manager.query(
      `${eventsWithLines}
        where e.tenant_id = $1
          and ($2::uuid is null or e.beneficiary_id = $2)
          and ($3::date is null or e.occurred_at >= ${startOfLocalDaySql('$3', organisationZone)})
          and ($4::date is null or e.occurred_at < ${startOfLocalDaySql('$4::date + 1', organisationZone)})
          and ($5::text is null or e.kind = $5)
          and ($6::uuid is null or exists (
                select 1 from care_lines f where f.tenant_id = e.tenant_id and f.event_id = e.id and f.funding_source_id = $6))
          and ($7::timestamptz is null or (e.occurred_at, e.id) < ($7, $8::uuid))
        order by e.occurred_at desc, e.id desc
        limit $9`,
      [
        tx.tenantId,
        filter.beneficiaryId ?? null,
        filter.from ?? null,
        filter.to ?? null,
        filter.kind ?? null,
        filter.fundingSourceId ?? null,
        filter.before?.occurredAt ?? null,
        filter.before?.id ?? null,
        filter.limit,
      ],
    );
    return rows.map(view);
  }

  async findByIds(tx: TenantTx, ids: string[]): Promise<CareEventView[]> {
    const rows: EventRow[] = await tx.manager.query(
      `${eventsWithLines}
        where e.tenant_id = $1 and e.id = any($2::uuid[])`,
      [tx.tenantId, ids],
    );
    const byId = new Map(rows.map((row) => [row.id, view(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }
}
