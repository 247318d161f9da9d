import { tenantId, TenantId } from '@careledger/common';
import { TenantTransactions, TenantTx } from '@careledger/database';
import { Injectable, Logger } from '@nestjs/common';
import { PassThrough } from 'node:stream';
import { ReportStatus } from './entities/report.entity.js';
import { renderReportPdf } from './pdf/index.js';
import { ReportDataService } from './report-data.service.js';
import { ReportStorage } from './report-storage.js';
import { publishRefusal, ReportRow, reportColumns } from './reports.service.js';

/** A report not ended, as the reconciler sees it across organisations. */
export interface UnfinishedReport {
  tenantId: TenantId;
  reportId: string;
  status: ReportStatus.Queued | ReportStatus.Running;
  /** running, and its latest attempt began longer ago than the render limit */
  overdue: boolean;
}

/** What BullMQ records on a job that stalled beyond its limit (its worker died or hung, again). */
const bullmqStalledReason = 'job stalled more than allowable limit';

/** BullMQ's reason for a render that failed for good, as the person who asked for the report reads it. */
export function renderFailureReason(bullmqReason: string): string {
  if (bullmqReason === bullmqStalledReason) {
    return 'rendering stopped twice without finishing (the worker was stopped or hung); request the report again';
  }
  return `rendering failed on every attempt: ${bullmqReason}; request the report again`;
}

/** The reason for a render that has run past the limit with no job left to finish it. */
export function overdueRenderReason(limitSeconds: number): string {
  return `rendering did not finish within ${Math.round(limitSeconds / 60)} minutes; request the report again`;
}

/**
 * The worker's side of a report: read the data as of the request, render the PDF and stream it into
 * storage, all in one tenant transaction, so a render that dies leaves nothing behind and the next
 * attempt writes the one file. Progress is written in short transactions of its own, so it is seen live.
 */
@Injectable()
export class ReportRenderer {
  private readonly logger = new Logger(ReportRenderer.name);

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly data: ReportDataService,
    private readonly storage: ReportStorage,
  ) {}

  async render(orgId: TenantId, reportId: string): Promise<void> {
    const report = await this.transactions.run(orgId, async (tx) => {
      const [row]: ReportRow[] = await tx.manager.query(
        `select ${reportColumns} from reports where tenant_id = $1 and id = $2`,
        [orgId, reportId],
      );
      if (!row || row.status === ReportStatus.Ready) return undefined;
      await tx.manager.query(
        `update reports set status = 'running', progress = 0, failure_reason = null, started_at = now()
          where tenant_id = $1 and id = $2`,
        [orgId, reportId],
      );
      return row;
    });
    if (!report) return;

    let progressWrites: Promise<unknown> = Promise.resolve();
    let lastPercent = 0;
    const onProgress = (fraction: number) => {
      const percent = Math.min(99, Math.floor(fraction * 100));
      if (percent < lastPercent + 5) return;
      lastPercent = percent;
      progressWrites = progressWrites
        .then(() => this.setProgress(orgId, reportId, percent))
        .catch(() => undefined);
    };

    await this.transactions.run(orgId, async (tx) => {
      const model = await this.data.build(tx, report);
      const pdf = new PassThrough();
      const [stored, rendered] = await Promise.all([
        this.storage.write(tx, reportId, pdf),
        renderReportPdf(model, pdf, onProgress),
      ]);
      await progressWrites;
      // a schedule publishes only what a person could: the publish route's rule, and an active organisation
      const publish =
        report.auto_publish &&
        publishRefusal({ ...report, status: ReportStatus.Ready }) === undefined &&
        (await this.organisationIsActive(tx));
      await tx.manager.query(
        `update reports set status = 'ready', progress = 100, sha256 = $3, pages = $4, bytes = $5, ready_at = now(),
                published_at = case when $6 then now() else published_at end
          where tenant_id = $1 and id = $2`,
        [orgId, reportId, stored.sha256, rendered.pages, stored.bytes, publish],
      );
    });
    this.logger.log({ tenantId: orgId, reportId }, 'report ready');
  }

  /**
   * Reports of every organisation still queued or running whose latest step (request or start of a
   * render) is older than the grace period. Reads ids and states only, under the reconciler's policy.
   */
  unfinished(graceSeconds: number, limitSeconds: number): Promise<UnfinishedReport[]> {
    return this.transactions.runGlobal(async (manager) => {
      await manager.query(`select set_config('app.reconciler', 'on', true)`);
      const rows: { tenant_id: string; id: string; status: UnfinishedReport['status']; overdue: boolean }[] =
        await manager.query(
          `select tenant_id, id, status,
                  status = 'running' and started_at < now() - make_interval(secs => $2) as overdue
             from reports
            where status in ('queued', 'running')
              and coalesce(started_at, requested_at) < now() - make_interval(secs => $1)
            order by requested_at`,
          [graceSeconds, limitSeconds],
        );
      return rows.map((row) => ({
        tenantId: tenantId(row.tenant_id),
        reportId: row.id,
        status: row.status,
        overdue: row.overdue,
      }));
    });
  }

  /** A render that will not finish: the report ends `failed` with a reason a person can read. */
  async fail(orgId: TenantId, reportId: string, reason: string): Promise<void> {
    await this.transactions.run(tenantId(orgId), (tx) =>
      tx.manager.query(
        `update reports set status = 'failed', failure_reason = $3 where tenant_id = $1 and id = $2 and status <> 'ready'`,
        [orgId, reportId, reason.slice(0, 500)],
      ),
    );
  }

  private async organisationIsActive(tx: TenantTx): Promise<boolean> {
    const rows: unknown[] = await tx.manager.query(
      `select 1 from organisations where id = $1 and status = 'active'`,
      [tx.tenantId],
    );
    return rows.length > 0;
  }

  private async setProgress(orgId: TenantId, reportId: string, percent: number): Promise<void> {
    await this.transactions.run(orgId, (tx) =>
      tx.manager.query(
        `update reports set progress = $3 where tenant_id = $1 and id = $2 and status = 'running'`,
        [orgId, reportId, percent],
      ),
    );
  }
}
