import { AuditLog } from '@careledger/audit';
import { Actor, tenantId, TenantId } from '@careledger/common';
import { TenantTransactions } from '@careledger/database';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ReportLanguage, ReportType } from './report-model.js';
import { ReportsService } from './reports.service.js';

export type Cadence = 'monthly' | 'quarterly' | 'yearly';

export interface ScheduleInput {
  cadence: Cadence;
  language: ReportLanguage;
  autoPublish: boolean;
}

export interface ScheduleView extends ScheduleInput {
  type: ReportType;
  updatedAt: string;
}

/** The period of a cadence that closed most recently before `now` (UTC), as inclusive dates. */
export function lastClosedPeriod(cadence: Cadence, now: Date): { from: string; to: string } {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
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

  put(orgId: TenantId, type: ReportType, input: ScheduleInput, actor: Actor): Promise<ScheduleView> {
    return this.transactions.run(orgId, async (tx) => {
      const [row]: { updated_at: Date }[] = await tx.manager.query(
        `insert into report_schedules (tenant_id, id, type, cadence, language, auto_publish) values ($1, $2, $3, $4, $5, $6)
         on conflict (tenant_id, type) do update set cadence = excluded.cadence, language = excluded.language,
           auto_publish = excluded.auto_publish, updated_at = now()
         returning updated_at`,
        [orgId, randomUUID(), type, input.cadence, input.language, input.autoPublish],
      );
      await this.audit.record(tx, {
        actor,
        action: 'report_schedule.set',
        entityType: 'report_schedule',
        entityId: null,
        details: { type, ...input },
      });
      return { type, ...input, updatedAt: row.updated_at.toISOString() };
    });
  }

  /**
   * Requests every scheduled report whose period has closed and was not requested yet. Safe to run
   * from several workers at once: the schedule key is unique per organisation, so a period gets one report.
   */
  async requestDue(now = new Date()): Promise<number> {
    const schedules: {
      tenant_id: string;
      type: ReportType;
      cadence: Cadence;
      language: ReportLanguage;
      auto_publish: boolean;
    }[] = await this.dataSource.transaction(async (manager) => {
      await manager.query(`select set_config('app.scheduler', 'on', true)`);
      return manager.query(
        `select s.tenant_id, s.type, s.cadence, s.language, s.auto_publish from report_schedules s
             join organisations o on o.id = s.tenant_id where o.status = 'active'`,
      );
    });
    let requested = 0;
    for (const schedule of schedules) {
      const period = lastClosedPeriod(schedule.cadence, now);
      const id = await this.transactions.run(tenantId(schedule.tenant_id), (tx) =>
        this.reports.insert(
          tx,
          { type: schedule.type, periodFrom: period.from, periodTo: period.to, language: schedule.language },
          {
            requestedBy: null,
            autoPublish: schedule.auto_publish,
            scheduleKey: `${schedule.type}:${schedule.cadence}:${period.from}`,
          },
        ),
      );
      if (id) requested += 1;
    }
    return requested;
  }
}
