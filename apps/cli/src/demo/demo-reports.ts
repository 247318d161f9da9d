import { Actor, TenantId } from '@careledger/common';
import { ReportRenderer, ReportsService } from '@careledger/reports';

export interface DemoReportServices {
  reports: ReportsService;
  renderer: ReportRenderer;
}

/** The activity reports a demo organisation publishes: the previous year's, and the latest quarter's. */
const annual2025 = { periodFrom: '2025-01-01', periodTo: '2025-12-31' };
const thirdQuarter2026 = { periodFrom: '2026-07-01', periodTo: '2026-09-30' };

/**
 * Publishes demo reports as an organisation would, so the league's transparency pillar differs between
 * regions: one organisation in three publishes both reports, one the annual report only, one nothing.
 * Each report is rendered here rather than by the worker, so the demo is complete when the seed ends;
 * the render job left in the outbox then finds the report ready and does nothing.
 */
export async function publishDemoReports(
  services: DemoReportServices,
  orgId: TenantId,
  actor: Actor,
  index: number,
): Promise<number> {
  const periods = [[annual2025, thirdQuarter2026], [annual2025], []][index % 3];
  for (const period of periods) {
    const report = await services.reports.request(
      orgId,
      { type: 'activity', language: 'ru', ...period },
      actor,
    );
    await services.renderer.render(orgId, report.id);
    await services.reports.publish(orgId, report.id, actor);
  }
  return periods.length;
}
