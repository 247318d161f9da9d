import { AppConfig } from '@careledger/config';
import { createRedis, QueueRegistry, QueueWorkers } from '@careledger/jobs';
import {
  overdueRenderReason,
  renderFailureReason,
  ReportRenderer,
  reportJobId,
  UnfinishedReport,
} from '@careledger/reports';
import { leagueRecomputeJobId, LeagueRecomputesService, UnfinishedRecompute } from '@careledger/statistics';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';

interface PassResult {
  schedulersRestored: number;
  requeued: number;
  failed: number;
}

/**
 * PostgreSQL is the truth for every piece of work; Redis only holds the jobs that carry it out. Redis
 * can lose them (a flush, a restart without persistence) and a worker can die where BullMQ cannot
 * record the end. So at start, whenever the connection to Redis comes back, and every
 * RECONCILE_INTERVAL_SECONDS, this compares the two: a report or league recompute not ended, older than
 * RECONCILE_GRACE_SECONDS and without a live job, is queued again under its own job id, or marked failed
 * when its job failed for good or its render ran past REPORT_RENDER_LIMIT_SECONDS. Job schedulers Redis
 * lost are created again. Every worker may run this at once: each step is idempotent.
 */
@Injectable()
export class WorkReconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkReconciler.name);
  private timer?: NodeJS.Timeout;
  private pass?: Promise<void>;
  private watch?: Redis;

  constructor(
    private readonly config: AppConfig,
    private readonly queues: QueueRegistry,
    private readonly workers: QueueWorkers,
    private readonly renderer: ReportRenderer,
    private readonly recomputes: LeagueRecomputesService,
  ) {}

  /** The first pass is awaited, so a started worker has its schedulers; it gives up quickly without Redis. */
  async onApplicationBootstrap(): Promise<void> {
    this.watchRedis();
    await this.reconcile();
    this.timer = setInterval(() => void this.reconcile(), this.config.RECONCILE_INTERVAL_SECONDS * 1000);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    this.watch?.disconnect();
    await this.pass;
  }

  /** One pass at a time: a pass asked for while one runs is answered by that one. */
  reconcile(): Promise<void> {
    this.pass ??= this.reconcileOnce()
      .catch((error: Error) => this.logger.warn(`reconciling work paused: ${error.message}`))
      .finally(() => (this.pass = undefined));
    return this.pass;
  }

  /** A connection of its own that says when Redis is back after a loss: its jobs may be gone. */
  private watchRedis(): void {
    let lost = false;
    this.watch = createRedis(this.config, 'worker');
    this.watch.on('close', () => (lost = true));
    this.watch.on('ready', () => {
      if (!lost) return;
      lost = false;
      this.logger.log('Redis is back: reconciling work');
      void this.reconcile();
    });
  }

  private async reconcileOnce(): Promise<void> {
    const started = Date.now();
    const result: PassResult = { schedulersRestored: 0, requeued: 0, failed: 0 };
    for (const schedule of this.workers.schedules()) {
      if (await this.queues.ensureScheduled(schedule)) result.schedulersRestored += 1;
    }
    const limit = this.config.REPORT_RENDER_LIMIT_SECONDS;
    for (const report of await this.renderer.unfinished(this.config.RECONCILE_GRACE_SECONDS, limit)) {
      await this.reconcileReport(report, result);
    }
    for (const recompute of await this.recomputes.unfinished(this.config.RECONCILE_GRACE_SECONDS)) {
      await this.reconcileRecompute(recompute, result);
    }
    if (result.schedulersRestored + result.requeued + result.failed > 0) {
      this.logger.log(
        { ...result, ms: Date.now() - started },
        `reconciled work: ${result.requeued} re-queued, ${result.failed} marked failed, ` +
          `${result.schedulersRestored} scheduler(s) restored`,
      );
    }
  }

  private async reconcileReport(report: UnfinishedReport, result: PassResult): Promise<void> {
    const jobId = reportJobId(report.reportId);
    const standing = await this.queues.standing('report.render', jobId);
    if (standing.state === 'live') return;
    if (standing.state === 'failed' || report.overdue) {
      const reason =
        standing.state === 'failed'
          ? renderFailureReason(standing.reason)
          : overdueRenderReason(this.config.REPORT_RENDER_LIMIT_SECONDS);
      await this.renderer.fail(report.tenantId, report.reportId, reason);
      result.failed += 1;
      return;
    }
    await this.queues.requeue(
      'report.render',
      { tenantId: report.tenantId, reportId: report.reportId },
      jobId,
    );
    result.requeued += 1;
  }

  private async reconcileRecompute(recompute: UnfinishedRecompute, result: PassResult): Promise<void> {
    const jobId = leagueRecomputeJobId(recompute.id);
    const standing = await this.queues.standing('league.recompute', jobId);
    if (standing.state === 'live') return;
    if (standing.state === 'failed') {
      await this.recomputes.fail(recompute.id, `recomputing failed: ${standing.reason}`);
      result.failed += 1;
      return;
    }
    await this.queues.requeue('league.recompute', { year: recompute.year, recomputeId: recompute.id }, jobId);
    result.requeued += 1;
  }
}
