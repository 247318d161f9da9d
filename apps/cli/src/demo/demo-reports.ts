import { Actor, TenantId } from '@careledger/common';
import { ReportRenderer, ReportsService } from '@careledger/reports';
import type { DemoReport } from './demo-organisations.js';

export interface DemoReportServices {
  reports: ReportsService;
  renderer: ReportRenderer;
}

const periods: Record<DemoReport, { periodFrom: string; periodTo: string }> = {
  'annual-2025': { periodFrom: '2025-01-01', periodTo: '2025-12-31' },
  'q1-2026-late': { periodFrom: '2026-01-01', periodTo: '2026-03-31' },
  'q3-2026': { periodFrom: '2026-07-01', periodTo: '2026-09-30' },
};

/**
 * Publishes a demo organisation's activity reports as it would, so the transparency pillar differs
 * between regions: the previous year's annual report, the third quarter's within 90 days of its end (on
 * time), or the first quarter's long after (late). Each report is rendered here rather than by the
 * worker, so the demo is complete when the seed ends; the render job left in the outbox then finds the
 * report ready and does nothing.
 */
export async function publishDemoReports(
  services: DemoReportServices,
  orgId: TenantId,
  actor: Actor,
  reports: readonly DemoReport[],
): Promise<number> {
  for (const report of reports) {
    const requested = await services.reports.request(
      orgId,
      { type: 'activity', language: 'ru', ...periods[report] },
      actor,
    );
    await services.renderer.render(orgId, requested.id);
    await services.reports.publish(orgId, requested.id, actor);
  }
  return reports.length;
}
