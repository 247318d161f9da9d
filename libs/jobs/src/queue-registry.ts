import { withTimeout } from '@careledger/common';
import { AppConfig } from '@careledger/config';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobName, JobOf, jobQueue } from './job-map.js';
import { allQueues, QueueName } from './queues.js';
import { redisConnectionOptions } from './redis.js';

/** Completed and failed jobs stay a day, so a repeated add with the same job id is still a no-op. */
const retention = { age: 24 * 3600 };
/** BullMQ waits for a connection forever; a producer must rather fail and try again later. */
const redisTimeoutMs = 3000;

/** What Redis knows of a job: still to run or running, ended either way, or nothing at all. */
export type JobStanding =
  { state: 'live' } | { state: 'completed' } | { state: 'failed'; reason: string } | { state: 'missing' };

/** A job that repeats, keyed by its scheduler id. */
export interface JobSchedule {
  name: JobName;
  schedulerId: string;
  repeat: { pattern: string } | { every: number };
}

/** One BullMQ Queue per queue name, on a fail-fast connection, for producers (relay, metrics). */
@Injectable()
export class QueueRegistry implements OnApplicationShutdown {
  private readonly queues: Map<QueueName, Queue>;
  private readonly connection;

  constructor(private readonly config: AppConfig) {
    // Each queue gets a connection BullMQ creates and reconnects itself.
    this.connection = redisConnectionOptions(config, 'command');
    this.queues = new Map(allQueues.map((name) => [name, this.open(name)]));
  }

  private open(name: QueueName): Queue {
    const queue = new Queue(name, { connection: this.connection, prefix: this.config.QUEUE_PREFIX });
    // Connection errors surface as failed adds; unheard, the event would only be printed.
    queue.on('error', () => undefined);
    return queue;
  }

  /**
   * A failed add replaces the queue's connection: a client that lost its server can stay stuck even
   * after the server is back (seen in CI), and a fresh one connects at once.
   */
  private renew(name: QueueName): void {
    const stale = this.queues.get(name);
    this.queues.set(name, this.open(name));
    void stale?.disconnect().catch(() => undefined);
  }

  queue(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`unknown queue ${name}`);
    return queue;
  }

  /**
   * Runs a job on a repeat: a cron `pattern` (Moscow time) or `every` so many milliseconds. One scheduler
   * entry however many workers call this: BullMQ keys it by `schedulerId`.
   */
  async schedule({ name, schedulerId, repeat }: JobSchedule): Promise<void> {
    const options = 'pattern' in repeat ? { ...repeat, tz: 'Europe/Moscow' } : repeat;
    await this.queue(jobQueue[name]).upsertJobScheduler(schedulerId, options, { name, data: {} });
  }

  /**
   * Creates a scheduler Redis has lost (a flush, a restart without persistence); returns whether it
   * had to. One already there is left alone: upserting it again would move its next run.
   */
  async ensureScheduled(schedule: JobSchedule): Promise<boolean> {
    const existing = this.queue(jobQueue[schedule.name]).getJobScheduler(schedule.schedulerId);
    if (await withTimeout(existing, redisTimeoutMs, 'reading a job scheduler')) return false;
    await this.schedule(schedule);
    return true;
  }

  async standing(name: JobName, jobId: string): Promise<JobStanding> {
    const job = await withTimeout(this.queue(jobQueue[name]).getJob(jobId), redisTimeoutMs, 'reading a job');
    if (!job) return { state: 'missing' };
    const state = await withTimeout(job.getState(), redisTimeoutMs, 'reading a job state');
    if (state === 'completed') return { state: 'completed' };
    if (state === 'failed') return { state: 'failed', reason: job.failedReason ?? 'no reason recorded' };
    // A job whose hash survives without being in any list ('unknown') will never run.
    return state === 'unknown' ? { state: 'missing' } : { state: 'live' };
  }

  /**
   * Adds a job again under its deterministic id. An ended job still kept under that id would make the
   * add a no-op, so it is removed first.
   */
  async requeue<Name extends JobName>(name: Name, payload: JobOf<Name>, jobId: string): Promise<void> {
    const job = await withTimeout(this.queue(jobQueue[name]).getJob(jobId), redisTimeoutMs, 'reading a job');
    if (job) await withTimeout(job.remove(), redisTimeoutMs, `removing the ended job ${jobId}`);
    await this.add(name, payload, jobId);
  }

  /** Adds a job; a job id already known to the queue makes this a no-op. */
  async add<Name extends JobName>(name: Name, payload: JobOf<Name>, jobId: string): Promise<void> {
    const adding = this.queue(jobQueue[name]).add(name, payload, {
      jobId,
      attempts: 5,
      backoff: { type: 'exponential', delay: 2000 },
      removeOnComplete: retention,
      removeOnFail: retention,
    });
    try {
      await withTimeout(adding, redisTimeoutMs, `adding job ${jobId} (is Redis reachable?)`);
    } catch (error) {
      this.renew(jobQueue[name]);
      throw error;
    }
  }

  async depths(): Promise<Record<QueueName, Record<string, number>>> {
    const entries = await Promise.all(
      allQueues.map(async (name) => {
        const counts = this.queue(name).getJobCounts('waiting', 'active', 'delayed', 'failed');
        return [name, await withTimeout(counts, redisTimeoutMs, 'counting jobs')] as const;
      }),
    );
    return Object.fromEntries(entries) as Record<QueueName, Record<string, number>>;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(
      [...this.queues.values()].map((queue) =>
        withTimeout(queue.close(), redisTimeoutMs, 'closing queue').catch(() => undefined),
      ),
    );
  }
}
