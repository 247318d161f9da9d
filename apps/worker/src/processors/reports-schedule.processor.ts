import { JobHandler } from '@careledger/jobs';
import { ReportSchedulesService } from '@careledger/reports';
import { Injectable, Logger } from '@nestjs/common';

/** Every ten minutes: request the scheduled reports whose period has closed (once per period). */
@Injectable()
export class ReportsScheduleProcessor implements JobHandler<'reports.schedule'> {
  readonly jobName = 'reports.schedule';
  readonly schedule = { schedulerId: 'reports-schedule', repeat: { every: 10 * 60 * 1000 } };
  private readonly logger = new Logger(ReportsScheduleProcessor.name);

  constructor(private readonly schedules: ReportSchedulesService) {}

  async handle(): Promise<void> {
    const requested = await this.schedules.requestDue();
    if (requested > 0) this.logger.log(`requested ${requested} scheduled report(s)`);
  }
}
