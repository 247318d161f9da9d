import { tenantId } from '@careledger/common';
import { JobHandler, JobOf } from '@careledger/jobs';
import { renderFailureReason, ReportRenderer } from '@careledger/reports';
import { Injectable } from '@nestjs/common';

/** Renders a report; once the job has failed for good, the report is marked failed with the reason. */
@Injectable()
export class ReportRenderProcessor implements JobHandler<'report.render'> {
  readonly jobName = 'report.render';

  constructor(private readonly renderer: ReportRenderer) {}

  async handle(payload: JobOf<'report.render'>): Promise<void> {
    await this.renderer.render(tenantId(payload.tenantId), payload.reportId);
  }

  async failedForGood(payload: JobOf<'report.render'>, reason: string): Promise<void> {
    await this.renderer.fail(tenantId(payload.tenantId), payload.reportId, renderFailureReason(reason));
  }
}
