import { AppConfig } from '@careledger/config';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { JOB_HANDLERS, JobHandler } from './job-handler.js';
import { allJobNames, JobName, jobQueue } from './job-map.js';
import type { JobSchedule } from './queue-registry.js';
import { allQueues } from './queues.js';
import { assertNoEviction, createRedis } from './redis.js';

/** Map of handlers by job name; throws when a job name has none or two. */
export function handlersByName(handlers: JobHandler[]): Map<JobName, JobHandler> {
  const byName = new Map<JobName, JobHandler>();
  for (const handler of handlers) {
    if (byName.has(handler.jobName)) throw new Error(`two handlers for job ${handler.jobName}`);
    byName.set(handler.jobName, handler);
  }
  const missing = allJobNames.filter((name) => !byName.has(name));
  if (missing.length > 0) throw new Error(`no handler for job(s): ${missing.join(', ')}`);
  return byName;
}

/**
 * Runs a BullMQ worker per queue and dispatches each job to its handler. On shutdown (SIGTERM) it
 * stops taking jobs and waits for the running ones to finish.
 */
@Injectable()
export class QueueWorkers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QueueWorkers.name);
  private readonly handlers: Map<JobName, JobHandler>;
  private workers: Worker[] = [];
  private readonly connections: Redis[] = [];

  constructor(
    private readonly config: AppConfig,
    @Inject(JOB_HANDLERS) handlers: JobHandler[],
  ) {
    this.handlers = handlersByName(handlers);
  }

  async onApplicationBootstrap(): Promise<void> {
    const probe = createRedis(this.config, 'command');
    try {
      await assertNoEviction(probe);
    } finally {
      probe.disconnect();
    }
    this.workers = allQueues.map((queue) => {
      const connection = createRedis(this.config, 'worker');
      this.connections.push(connection);
      return new Worker(queue, (job) => this.dispatch(job), {
        connection,
        prefix: this.config.QUEUE_PREFIX,
        concurrency: 2,
        // A worker that dies mid-job loses its lock within seconds, and another worker takes the job over.
        lockDuration: 15_000,
        stalledInterval: 5_000,
      });
    });
    for (const worker of this.workers) {
      worker.on('failed', (job, error) => void this.onFailed(job, error));
      worker.on('error', (error) => this.logger.warn(`worker error: ${error.message}`));
    }
  }

  /** Every handler's repeat, for the reconciler to keep in Redis. */
  schedules(): JobSchedule[] {
    return [...this.handlers.values()].flatMap((handler) =>
      handler.schedule ? [{ name: handler.jobName, ...handler.schedule }] : [],
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    // BullMQ leaves a connection it was given open; these are ours to close.
    for (const connection of this.connections) connection.disconnect();
  }

  /**
   * BullMQ emits `failed` for every failed attempt; only one that ended the job (finishedOn set: attempts
   * spent, or a job stalled beyond the limit, which the next worker fails at once) reaches its handler.
   * If this process dies before the handler has run, the reconciler finds the failed job and does it.
   */
  private async onFailed(job: Job | undefined, error: Error): Promise<void> {
    this.logger.warn(`job ${job?.id} (${job?.name}) failed: ${error.message}`);
    const handler = job && this.handlers.get(job.name as JobName);
    if (!job?.finishedOn || !handler?.failedForGood) return;
    await handler
      .failedForGood(job.data as never, error.message)
      .catch((failure: Error) =>
        this.logger.warn(`job ${job.id} failed, not recorded yet (the reconciler will): ${failure.message}`),
      );
  }

  private async dispatch(job: Job): Promise<void> {
    const handler = this.handlers.get(job.name as JobName);
    if (!handler || jobQueue[handler.jobName] !== job.queueName) {
      throw new Error(`no handler for job ${job.name} on queue ${job.queueName}`);
    }
    await handler.handle(job.data as never, job as never);
  }
}
