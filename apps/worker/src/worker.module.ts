import { AccountsModule } from '@careledger/accounts';
import { AuditModule } from '@careledger/audit';
import { BeneficiariesModule } from '@careledger/beneficiaries';
import { CareModule } from '@careledger/care';
import { CatalogModule } from '@careledger/catalog';
import { FundingModule } from '@careledger/funding';
import { IdempotencyModule } from '@careledger/idempotency';
import { AppConfig, ConfigModule } from '@careledger/config';
import { DatabaseModule } from '@careledger/database';
import { JOB_HANDLERS, JobHandler, JobsModule, OutboxRelay, QueueWorkers } from '@careledger/jobs';
import { MailModule, MailSender } from '@careledger/mail';
import { OrganisationsModule } from '@careledger/organisations';
import { ReportsModule } from '@careledger/reports';
import { StatisticsModule } from '@careledger/statistics';
import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AuditVerifyProcessor } from './processors/audit-verify.processor.js';
import { IdempotencyPurgeProcessor } from './processors/idempotency-purge.processor.js';
import { LeagueRecomputeProcessor } from './processors/league-recompute.processor.js';
import { ReportRenderProcessor } from './processors/report-render.processor.js';
import { ReportsScheduleProcessor } from './processors/reports-schedule.processor.js';
import { WorkReconciler } from './work-reconciler.js';

const processors = [
  AuditVerifyProcessor,
  ReportRenderProcessor,
  ReportsScheduleProcessor,
  LeagueRecomputeProcessor,
  IdempotencyPurgeProcessor,
];

/**
 * The worker: no HTTP, the same domain modules as the api, the outbox relay, the reconciler of work
 * against the queues, the mail sender and one handler per job.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: { level: config.LOG_LEVEL, customProps: () => ({ service: 'worker' }) },
        }),
        DatabaseModule.forRoot(),
        JobsModule,
        AuditModule,
        AccountsModule,
        OrganisationsModule,
        FundingModule,
        CatalogModule,
        BeneficiariesModule,
        CareModule,
        IdempotencyModule,
        ReportsModule,
        StatisticsModule,
        MailModule,
      ],
      providers: [
        ...processors,
        {
          provide: JOB_HANDLERS,
          inject: processors,
          useFactory: (...handlers: JobHandler[]) => handlers,
        },
        QueueWorkers,
        OutboxRelay,
        WorkReconciler,
        MailSender,
      ],
    };
  }
}
