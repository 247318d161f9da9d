import { Queues, QueueName } from './queues.js';

/**
 * Job name → payload. Payloads carry ids only, never records: the worker reloads state from
 * PostgreSQL inside the tenant transaction, so a job never acts on stale or leaked data.
 */
export interface JobPayloads {
  /** Recompute a tenant's audit hash chain and log the first broken row, if any. */
  'audit.verify': { tenantId: string };
  /** Render a requested report into its PDF. */
  'report.render': { tenantId: string; reportId: string };
  /** Request the reports whose schedules have a period that has just closed (repeats every few minutes). */
  'reports.schedule': Record<string, never>;
  /**
   * Recompute the league table of a year (omitted: this year and last, as the nightly run does); with a
   * recomputeId, the request row whose state the worker keeps.
   */
  'league.recompute': { year?: number; recomputeId?: string };
  /** Delete the Idempotency-Keys past their retention, every organisation's (nightly). */
  'idempotency.purge': Record<string, never>;
}

export type JobName = keyof JobPayloads;
export type JobOf<Name extends JobName> = JobPayloads[Name];

/** Which queue each job goes to. */
export const jobQueue: { readonly [Name in JobName]: QueueName } = {
  'audit.verify': Queues.Maintenance,
  'report.render': Queues.Reports,
  'reports.schedule': Queues.Reports,
  'league.recompute': Queues.League,
  'idempotency.purge': Queues.Maintenance,
};

export const allJobNames = Object.keys(jobQueue) as JobName[];
