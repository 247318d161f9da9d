import { AppConfig } from '@careledger/config';
import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { JobName } from './job-map.js';
import { QueueRegistry } from './queue-registry.js';

interface OutboxRow {
  tenant_id?: string;
  id: string;
  job_name: JobName;
  job_id: string;
  payload: Record<string, unknown>;
}

const batchSize = 100;

/**
 * Moves outbox rows to BullMQ. Rows are claimed with FOR UPDATE SKIP LOCKED, so several workers share
 * the work without taking the same row; a row is deleted only after the queue has accepted its job, in
 * the same transaction. If Redis is down the adds fail, the transaction rolls back and the rows wait
 * for the next pass. A crash between add and commit re-adds the job later under the same job id,
 * which BullMQ ignores: every job is delivered once.
 */
@Injectable()
export class OutboxRelay implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /**
   * One pass: hands over up to a batch of rows from each outbox (organisations' and the platform's);
   * returns how many were delivered.
   */
  relayOnce(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`select set_config('app.outbox_relay', 'on', true)`);
      return (await this.relayTenantJobs(manager)) + (await this.relayPlatformJobs(manager));
    });
  }

  private async relayTenantJobs(manager: EntityManager): Promise<number> {
    const rows: OutboxRow[] = await manager.query(
      `select tenant_id, id, job_name, job_id, payload from outbox order by created_at, id limit $1 for update skip locked`,
      [batchSize],
    );
    if (rows.length === 0) return 0;
    await this.handOver(rows);
    await manager.query(
      `delete from outbox where (tenant_id, id) in (select * from unnest($1::uuid[], $2::uuid[]))`,
      [rows.map((row) => row.tenant_id), rows.map((row) => row.id)],
    );
    return rows.length;
  }

  private async relayPlatformJobs(manager: EntityManager): Promise<number> {
    const rows: OutboxRow[] = await manager.query(
      `select id, job_name, job_id, payload from platform_outbox order by created_at, id limit $1 for update skip locked`,
      [batchSize],
    );
    if (rows.length === 0) return 0;
    await this.handOver(rows);
    await manager.query(`delete from platform_outbox where id = any($1::uuid[])`, [
      rows.map((row) => row.id),
    ]);
    return rows.length;
  }

  private async handOver(rows: OutboxRow[]): Promise<void> {
    for (const row of rows) {
      await this.queues.add(row.job_name, row.payload as never, row.job_id);
    }
  }

  private schedule(delay = this.config.OUTBOX_POLL_MS): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.relayOnce()
        .then((delivered) => this.schedule(delivered > 0 ? 0 : undefined))
        .catch((error: unknown) => {
          this.logger.warn(`outbox relay paused: ${error instanceof Error ? error.message : String(error)}`);
          this.schedule();
        });
    }, delay);
  }
}
