import { TenantTx } from '@careledger/database';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { JobName, JobOf, jobQueue } from './job-map.js';

/**
 * Asks for a job inside the caller's tenant transaction: the job exists exactly when the change that
 * asked for it commits. The relay in the worker hands it to BullMQ.
 */
export async function enqueueJob<Name extends JobName>(
  tx: TenantTx,
  name: Name,
  payload: JobOf<Name>,
  jobId: string,
): Promise<void> {
  await tx.manager.query(
    `insert into outbox (tenant_id, id, queue, job_name, job_id, payload) values ($1, $2, $3, $4, $5, $6)`,
    [tx.tenantId, randomUUID(), jobQueue[name], name, jobId, JSON.stringify(payload)],
  );
}

/**
 * Asks for a platform job (no organisation: a league recompute) inside the caller's global transaction,
 * with the same promise: the job exists exactly when the change that asked for it commits.
 */
export async function enqueuePlatformJob<Name extends JobName>(
  manager: EntityManager,
  name: Name,
  payload: JobOf<Name>,
  jobId: string,
): Promise<void> {
  await manager.query(
    `insert into platform_outbox (id, queue, job_name, job_id, payload) values ($1, $2, $3, $4, $5)`,
    [randomUUID(), jobQueue[name], name, jobId, JSON.stringify(payload)],
  );
}
