import { IdempotencyService } from '@careledger/idempotency';
import { JobHandler } from '@careledger/jobs';
import { Injectable, Logger } from '@nestjs/common';

/** Every night: deletes the Idempotency-Keys past their 24 hours, so the table stays one day deep. */
@Injectable()
export class IdempotencyPurgeProcessor implements JobHandler<'idempotency.purge'> {
  readonly jobName = 'idempotency.purge';
  readonly schedule = { schedulerId: 'idempotency-purge-nightly', repeat: { pattern: '30 3 * * *' } };
  private readonly logger = new Logger(IdempotencyPurgeProcessor.name);

  constructor(private readonly idempotency: IdempotencyService) {}

  async handle(): Promise<void> {
    const purged = await this.idempotency.purgeExpired();
    this.logger.log(`purged ${purged} expired Idempotency-Key(s)`);
  }
}
