import { tenantId } from '@careledger/common';
import { JobHandler, JobOf } from '@careledger/jobs';
import { ReportRenderer } from '@careledger/reports';
import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';

/** Renders a report; after the last retry the report is marked failed with the reason. */
@Injectable()
export class ReportRenderProcessor implements JobHandler<'report.render'> {
  readonly jobName = 'report.render';

  constructor(private readonly renderer: ReportRenderer) {}

  async handle(payload: JobOf<'report.render'>, job: Job<JobOf<'report.render'>>): Promise<void> {
    try {
      await this.renderer.render(tenantId(payload.tenantId), payload.reportId);
    } catch (error) {
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (lastAttempt) {
        const reason = error instanceof Error ? error.message : String(error);
        await this.renderer.fail(tenantId(payload.tenantId), payload.reportId, `rendering failed: ${reason}`);
      }
      throw error;
    }
  }
}
