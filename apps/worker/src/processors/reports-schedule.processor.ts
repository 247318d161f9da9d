import { JobHandler, QueueRegistry } from '@careledger/jobs';
import { ReportSchedulesService } from '@careledger/reports';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';

const everyMs = 10 * 60 * 1000;

/** Every ten minutes: request the scheduled reports whose period has closed (once per period). */
@Injectable()
export class ReportsScheduleProcessor implements JobHandler<'reports.schedule'>, OnApplicationBootstrap {
  readonly jobName = 'reports.schedule';
  private readonly logger = new Logger(ReportsScheduleProcessor.name);

  constructor(
    private readonly schedules: ReportSchedulesService,
    private readonly queues: QueueRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues
      .schedule(this.jobName, 'reports-schedule', { every: everyMs })
      .catch((error: Error) => this.logger.warn(`report schedules not started: ${error.message}`));
  }

  async handle(): Promise<void> {
    const requested = await this.schedules.requestDue();
    if (requested > 0) this.logger.log(`requested ${requested} scheduled report(s)`);
  }
}
