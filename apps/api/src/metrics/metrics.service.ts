import { StatisticsReader } from '@careledger/database';
import { QueueRegistry } from '@careledger/jobs';
import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** Prometheus metrics of this process; a registry per app instance, so tests can run several apps. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  private readonly requestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor(queues: QueueRegistry, stats: StatisticsReader) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'report_render_seconds',
      help: 'Seconds from request to ready of the reports that became ready in the last 24 hours',
      labelNames: ['stat'],
      registers: [this.registry],
      async collect() {
        const [row] = await stats
          .query<{ average: number | null; slowest: number | null; reports: number }>(
            `select avg(extract(epoch from ready_at - requested_at))::float as average,
                    max(extract(epoch from ready_at - requested_at))::float as slowest, count(*)::int as reports
               from reports where ready_at > now() - interval '1 day'`,
          )
          .catch(() => []);
        if (!row) return;
        this.set({ stat: 'count' }, row.reports);
        if (row.average !== null) this.set({ stat: 'average' }, row.average);
        if (row.slowest !== null) this.set({ stat: 'max' }, row.slowest);
      },
    });
    new Gauge({
      name: 'queue_jobs',
      help: 'Jobs per queue and state (absent while Redis is unreachable)',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        const depths = await queues.depths().catch(() => undefined);
        for (const [queue, counts] of Object.entries(depths ?? {})) {
          for (const [state, count] of Object.entries(counts)) this.set({ queue, state }, count);
        }
      },
    });
  }

  observeRequest(method: string, route: string, status: number, seconds: number): void {
    this.requestDuration.observe({ method, route, status: String(status) }, seconds);
  }
}
