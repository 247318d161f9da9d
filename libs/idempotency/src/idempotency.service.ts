import { DomainError, ErrorCode, TenantId } from '@careledger/common';
import { TenantTransactions } from '@careledger/database';
import { Injectable } from '@nestjs/common';

/** Keys are kept at least this long; an expired key may be used again. */
const retentionHours = 24;

export type IdempotencyStart = { kind: 'proceed' } | { kind: 'replay'; status: number; body: unknown };

interface KeyRow {
  request_hash: string;
  response_status: number | null;
  response_body: unknown;
  expired: boolean;
}

/**
 * Idempotency-Key bookkeeping, per organisation. `start` claims the key in a transaction of its own,
 * so a concurrent request with the same key sees it at once: the same request answered before is
 * replayed, another request with the same key is 422, one still in flight is 409.
 */
@Injectable()
export class IdempotencyService {
  constructor(private readonly transactions: TenantTransactions) {}

  start(orgId: TenantId, key: string, requestHash: string): Promise<IdempotencyStart> {
    return this.transactions.run(orgId, async (tx) => {
      const claimed: unknown[] = await tx.manager.query(
        `insert into idempotency_keys (tenant_id, key, request_hash, expires_at)
         values ($1, $2, $3, now() + make_interval(hours => $4))
         on conflict (tenant_id, key) do update
           set request_hash = excluded.request_hash, response_status = null, response_body = null,
               created_at = now(), expires_at = excluded.expires_at
           where idempotency_keys.expires_at < now()
         returning key`,
        [orgId, key, requestHash, retentionHours],
      );
      if (claimed.length > 0) return { kind: 'proceed' };
      const [row]: KeyRow[] = await tx.manager.query(
        `select request_hash, response_status, response_body, expires_at < now() as expired
           from idempotency_keys where tenant_id = $1 and key = $2`,
        [orgId, key],
      );
      if (row.request_hash !== requestHash) {
        throw new DomainError(
          ErrorCode.IdempotencyMismatch,
          'this Idempotency-Key was used with a different request',
        );
      }
      if (row.response_status === null) {
        throw new DomainError(
          ErrorCode.IdempotencyInFlight,
          'a request with this Idempotency-Key is still in progress',
        );
      }
      return { kind: 'replay', status: row.response_status, body: row.response_body };
    });
  }

  async complete(orgId: TenantId, key: string, status: number, body: unknown): Promise<void> {
    await this.transactions.run(orgId, (tx) =>
      tx.manager.query(
        `update idempotency_keys set response_status = $3, response_body = $4 where tenant_id = $1 and key = $2`,
        [orgId, key, status, JSON.stringify(body ?? null)],
      ),
    );
  }

  /** The request failed: free the key so the caller can try again. */
  async release(orgId: TenantId, key: string): Promise<void> {
    await this.transactions.run(orgId, (tx) =>
      tx.manager.query(
        `delete from idempotency_keys where tenant_id = $1 and key = $2 and response_status is null`,
        [orgId, key],
      ),
    );
  }
}
