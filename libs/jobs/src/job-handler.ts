import type { Job } from 'bullmq';
import { JobName, JobOf } from './job-map.js';

/** Processes one job name. The worker refuses to start unless every job name has exactly one handler. */
export interface JobHandler<Name extends JobName = JobName> {
  readonly jobName: Name;
  handle(payload: JobOf<Name>, job: Job<JobOf<Name>>): Promise<void>;
}

/** Injection token for the list of every handler the worker runs. */
export const JOB_HANDLERS = Symbol('JOB_HANDLERS');
