import { AuditLog } from '@careledger/audit';
import { tenantId } from '@careledger/common';
import { TenantTransactions } from '@careledger/database';
import { JobHandler, JobOf } from '@careledger/jobs';
import { Injectable, Logger } from '@nestjs/common';

/** Recomputes a tenant's audit chain; a broken chain is logged as an error for the operator. */
@Injectable()
export class AuditVerifyProcessor implements JobHandler<'audit.verify'> {
  readonly jobName = 'audit.verify';
  private readonly logger = new Logger(AuditVerifyProcessor.name);

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditLog,
  ) {}

  async handle(payload: JobOf<'audit.verify'>): Promise<void> {
    const result = await this.transactions.run(tenantId(payload.tenantId), (tx) => this.audit.verify(tx));
    if (!result.valid) {
      this.logger.error(
        { tenantId: payload.tenantId, firstBrokenRow: result.firstBrokenRow },
        'audit chain is broken',
      );
    }
  }
}
