import { IdempotencyService } from '@careledger/idempotency';
import { JobHandler, QueueRegistry } from '@careledger/jobs';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';

const nightly = '30 3 * * *';

/** Every night: deletes the Idempotency-Keys past their 24 hours, so the table stays one day deep. */
@Injectable()
export class IdempotencyPurgeProcessor implements JobHandler<'idempotency.purge'>, OnApplicationBootstrap {
  readonly jobName = 'idempotency.purge';
  private readonly logger = new Logger(IdempotencyPurgeProcessor.name);

  constructor(
    private readonly idempotency: IdempotencyService,
    private readonly queues: QueueRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues
      .schedule(this.jobName, 'idempotency-purge-nightly', { pattern: nightly })
      .catch((error: Error) => this.logger.warn(`nightly key purge not scheduled: ${error.message}`));
  }

  async handle(): Promise<void> {
    const purged = await this.idempotency.purgeExpired();
    this.logger.log(`purged ${purged} expired Idempotency-Key(s)`);
  }
}
