import type { Job } from 'bullmq';
import { JobName, JobOf } from './job-map.js';
import type { JobSchedule } from './queue-registry.js';

/** Processes one job name. The worker refuses to start unless every job name has exactly one handler. */
export interface JobHandler<Name extends JobName = JobName> {
  readonly jobName: Name;
  /** Runs the job on a repeat too: the reconciler creates the scheduler at start and whenever Redis lost it. */
  readonly schedule?: Omit<JobSchedule, 'name'>;
  handle(payload: JobOf<Name>, job: Job<JobOf<Name>>): Promise<void>;
  /**
   * The job has failed for good (its attempts are spent, or it stalled beyond the limit): record the end
   * where people look for it. `reason` is what BullMQ recorded.
   */
  failedForGood?(payload: JobOf<Name>, reason: string): Promise<void>;
}

/** Injection token for the list of every handler the worker runs. */
export const JOB_HANDLERS = Symbol('JOB_HANDLERS');
