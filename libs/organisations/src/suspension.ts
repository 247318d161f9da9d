import { DomainError, ErrorCode, message } from '@careledger/common';
import { EntityManager } from 'typeorm';

/** Since when and why an organisation is suspended; its members read and export, and write nothing. */
export interface Suspension {
  since: Date;
  /** null for an organisation suspended before reasons were kept */
  reason: string | null;
}

export interface SuspensionColumns {
  suspended_at: Date | null;
  suspension_reason: string | null;
}

/** The suspension the columns record, or null for an active organisation. */
export function suspensionOf(row: SuspensionColumns): Suspension | null {
  return row.suspended_at ? { since: row.suspended_at, reason: row.suspension_reason } : null;
}

/** The day a suspension began, as messages name it. */
export function suspensionDay(suspension: Suspension): string {
  return suspension.since.toISOString().slice(0, 10);
}

/** The 403 a member or API key of a suspended organisation gets for a write, naming when and why. */
export function suspendedWriteRefusal(suspension: Suspension): DomainError {
  const text = suspension.reason
    ? message('organisation.suspended', { since: suspensionDay(suspension), reason: suspension.reason })
    : message('organisation.suspendedNoReason');
  return new DomainError(ErrorCode.Forbidden, text);
}

/** The organisation's suspension as `manager`'s transaction reads it, or null. */
export async function suspensionWithin(
  manager: EntityManager,
  organisationId: string,
): Promise<Suspension | null> {
  const [row]: SuspensionColumns[] = await manager.query(
    `select suspended_at, suspension_reason from organisations where id = $1`,
    [organisationId],
  );
  return row ? suspensionOf(row) : null;
}
