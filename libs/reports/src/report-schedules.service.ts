import { AuditLog } from '@careledger/audit';
import {
  Actor,
  cursorInstantSql,
  decodeCursor,
  DomainError,
  localMoment,
  Page,
  tenantId,
  TenantId,
  toPage,
} from '@careledger/common';
import { TenantTransactions } from '@careledger/database';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PublishableType, ReportLanguage } from './report-model.js';
import { assertScope, ReportRequest, ReportsService } from './reports.service.js';

export type Cadence = 'monthly' | 'quarterly' | 'yearly';
export type ScheduledType = PublishableType;

export interface ScheduleInput {
  cadence: Cadence;
  language: ReportLanguage;
  autoPublish: boolean;
  /** required for a funding_source schedule, refused for an activity one */
  fundingSourceId?: string;
}

export interface ScheduleView {
  id: string;
  type: ScheduledType;
  fundingSourceId: string | null;
  cadence: Cadence;
  language: ReportLanguage;
  autoPublish: boolean;
  createdAt: string;
  updatedAt: string;
}

interface ScheduleRow {
  id: string;
  tenant_id: string;
  type: ScheduledType;
  funding_source_id: string | null;
  cadence: Cadence;
  language: ReportLanguage;
  auto_publish: boolean;
  created_at: Date;
  updated_at: Date;
}

const scheduleColumns = `id, tenant_id, type, funding_source_id, cadence, language, auto_publish, created_at, updated_at`;

function scheduleView(row: ScheduleRow): ScheduleView {
  return {
    id: row.id,
    type: row.type,
    fundingSourceId: row.funding_source_id,
    cadence: row.cadence,
    language: row.language,
    autoPublish: row.auto_publish,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** A schedule with its organisation's time zone, whose calendar says which period has closed. */
type DueSchedule = ScheduleRow & { time_zone: string };

/** A schedule's report of one period: one per schedule and period, whichever worker asks. */
function scheduleKey(schedule: ScheduleRow, periodFrom: string): string {
  const key = `${schedule.type}:${schedule.cadence}:${periodFrom}`;
  return schedule.funding_source_id ? `${key}:${schedule.funding_source_id}` : key;
}

/**
 * The period of a cadence that closed most recently before `now` in the organisation's calendar (its
 * time zone), as inclusive local dates: at 01:00 on 1 November in Moscow, October has closed.
 */
export function lastClosedPeriod(
  cadence: Cadence,
  now: Date,
  timeZone: string,
): { from: string; to: string } {
  const [year, monthOfYear] = localMoment(now, timeZone).date.split('-').map(Number);
  const month = monthOfYear - 1;
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  const span = (fromYear: number, fromMonth: number, months: number) => ({
    from: iso(new Date(Date.UTC(fromYear, fromMonth, 1))),
    to: iso(new Date(Date.UTC(fromYear, fromMonth + months, 0))),
  });
  switch (cadence) {
    case 'monthly':
      return span(year, month - 1, 1);
    case 'quarterly':
      return span(year, Math.floor(month / 3) * 3 - 3, 3);
    case 'yearly':
      return span(year - 1, 0, 12);
  }
}

@Injectable()
export class ReportSchedulesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TenantTransactions,
    private readonly reports: ReportsService,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Sets the organisation's schedule of a type (of a funding source, for a funding-source report),
   * validated as a report request is: the same fields are required and must exist.
   */
  put(orgId: TenantId, type: ScheduledType, input: ScheduleInput, actor: Actor): Promise<ScheduleView> {
    assertScope({ type, fundingSourceId: input.fundingSourceId });
    const fundingSourceId = input.fundingSourceId ?? null;
    return this.transactions.run(orgId, async (tx) => {
      await this.reports.assertReferences(tx, { type, fundingSourceId: input.fundingSourceId });
      const conflict = fundingSourceId
        ? '(tenant_id, type, funding_source_id) where funding_source_id is not null'
        : '(tenant_id, type) where funding_source_id is null';
      const [row]: ScheduleRow[] = await tx.manager.query(
        `insert into report_schedules (tenant_id, id, type, funding_source_id, cadence, language, auto_publish)
         values ($1, $2, $3, $4, $5, $6, $7)
         on conflict ${conflict} do update set cadence = excluded.cadence, language = excluded.language,
           auto_publish = excluded.auto_publish, updated_at = now()
         returning ${scheduleColumns}`,
        [orgId, randomUUID(), type, fundingSourceId, input.cadence, input.language, input.autoPublish],
      );
      await this.audit.record(tx, {
        actor,
        action: 'report_schedule.set',
        entityType: 'report_schedule',
        entityId: row.id,
        details: { type, ...input },
      });
      return scheduleView(row);
    });
  }

  list(orgId: TenantId, limit: number, cursor?: string): Promise<Page<ScheduleView>> {
    const after = decodeCursor(cursor, 'timestamp');
    return this.transactions.run(orgId, async (tx) => {
      const rows: (ScheduleRow & { cursor_key: string })[] = await tx.manager.query(
        `select ${scheduleColumns}, ${cursorInstantSql('created_at')} as cursor_key from report_schedules
          where ($1::timestamptz is null or (created_at, id) < ($1, $2::uuid))
          order by created_at desc, id desc limit $3`,
        [after?.key ?? null, after?.id ?? null, limit + 1],
      );
      return toPage(rows, limit, (row) => ({ key: row.cursor_key, id: row.id }), scheduleView);
    });
  }

  /**
   * Removes the schedule of a type (of a funding source, for a funding-source report), named as `put`
   * names it; the reports it requested keep its id.
   */
  remove(
    orgId: TenantId,
    type: ScheduledType,
    fundingSourceId: string | undefined,
    actor: Actor,
  ): Promise<void> {
    assertScope({ type, fundingSourceId });
    return this.transactions.run(orgId, async (tx) => {
      const [deleted]: [{ id: string }[], number] = await tx.manager.query(
        `delete from report_schedules
          where tenant_id = $1 and type = $2 and funding_source_id is not distinct from $3 returning id`,
        [orgId, type, fundingSourceId ?? null],
      );
      if (deleted.length === 0) throw DomainError.notFound('report schedule');
      await this.audit.record(tx, {
        actor,
        action: 'report_schedule.removed',
        entityType: 'report_schedule',
        entityId: deleted[0].id,
        details: { type, fundingSourceId: fundingSourceId ?? null },
      });
    });
  }

  /**
   * Requests every scheduled report whose period has closed and was not requested yet. Safe to run
   * from several workers at once: the schedule key is unique per organisation, so a period gets one report.
   */
  async requestDue(now = new Date()): Promise<number> {
    const schedules: DueSchedule[] = await this.dataSource.transaction(async (manager) => {
      await manager.query(`select set_config('app.scheduler', 'on', true)`);
      return manager.query(
        `select s.id, s.tenant_id, s.type, s.funding_source_id, s.cadence, s.language, s.auto_publish,
                s.created_at, s.updated_at, o.time_zone
           from report_schedules s
             join organisations o on o.id = s.tenant_id where o.status = 'active'`,
      );
    });
    let requested = 0;
    for (const schedule of schedules) {
      const period = lastClosedPeriod(schedule.cadence, now, schedule.time_zone);
      const request: ReportRequest = {
        type: schedule.type,
        periodFrom: period.from,
        periodTo: period.to,
        language: schedule.language,
        ...(schedule.funding_source_id ? { fundingSourceId: schedule.funding_source_id } : {}),
      };
      const id = await this.transactions.run(tenantId(schedule.tenant_id), (tx) =>
        this.reports.insert(tx, request, {
          requestedBy: null,
          autoPublish: schedule.auto_publish,
          schedule: { id: schedule.id, key: scheduleKey(schedule, period.from) },
        }),
      );
      if (id) requested += 1;
    }
    return requested;
  }
}
