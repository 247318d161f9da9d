import { AppConfig } from '@careledger/config';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobName, JobOf, jobQueue } from './job-map.js';
import { allQueues, QueueName } from './queues.js';
import { createRedis } from './redis.js';

/** Completed and failed jobs stay a day, so a repeated add with the same job id is still a no-op. */
const retention = { age: 24 * 3600 };

/** One BullMQ Queue per queue name, on a fail-fast connection, for producers (relay, metrics). */
@Injectable()
export class QueueRegistry implements OnApplicationShutdown {
  private readonly connection;
  private readonly queues: Map<QueueName, Queue>;

  constructor(config: AppConfig) {
    this.connection = createRedis(config, 'command');
    this.queues = new Map(
      allQueues.map((name) => [
        name,
        new Queue(name, { connection: this.connection, prefix: config.QUEUE_PREFIX }),
      ]),
    );
  }

  queue(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`unknown queue ${name}`);
    return queue;
  }

  /** Adds a job; a job id already known to the queue makes this a no-op. */
  async add<Name extends JobName>(name: Name, payload: JobOf<Name>, jobId: string): Promise<void> {
    await this.queue(jobQueue[name]).add(name, payload, {
      jobId,
      attempts: 5,
      backoff: { type: 'exponential', delay: 2000 },
      removeOnComplete: retention,
      removeOnFail: retention,
    });
  }

  async depths(): Promise<Record<QueueName, Record<string, number>>> {
    const entries = await Promise.all(
      allQueues.map(async (name) => [
        name,
        await this.queue(name).getJobCounts('waiting', 'active', 'delayed', 'failed'),
      ]),
    );
    return Object.fromEntries(entries) as Record<QueueName, Record<string, number>>;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.connection.disconnect();
  }
}
