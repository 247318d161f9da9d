import { DomainError, ErrorCode, TenantId, tenantId } from '@careledger/common';
import { TenantTransactions, TenantTx } from '@careledger/database';
import { Injectable } from '@nestjs/common';

/** Keys are kept at least this long; an expired key may be used again. */
const retentionHours = 24;

export type IdempotencyStart = { kind: 'proceed' } | { kind: 'replay'; status: number; body: unknown };

/** A request's key, the hash of what it asked and the status its success answers with. */
export interface IdempotencyClaim {
  key: string;
  requestHash: string;
  status: number;
}

/** Thrown from inside a transaction to roll it back and answer with the first response instead. */
export class IdempotentReplay extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super('replayed');
  }
}

interface KeyRow {
  request_hash: string;
  response_status: number | null;
  response_body: unknown;
}

/** The advisory lock a request holds on its key while it runs; `$1` is the tenant. */
function keyLock(key: string): string {
  return `pg_try_advisory_xact_lock(hashtextextended('idempotency:' || $1 || ':' || ${key}, 0))`;
}

/**
 * Inserts keys ($1 tenant, $4 hours kept; `key` and `hash` name the key's and request hash's columns of
 * `from`), or takes over expired ones; answers the keys claimed.
 */
function claimKeys(key: string, hash: string, from: string): string {
  return `insert into idempotency_keys (tenant_id, key, request_hash, expires_at)
          select $1::uuid, ${key}, ${hash}, now() + make_interval(hours => $4::int) ${from}
          on conflict (tenant_id, key) do update
            set request_hash = excluded.request_hash, response_status = null, response_body = null,
                created_at = now(), expires_at = excluded.expires_at
            where idempotency_keys.expires_at < now()
          returning key`;
}

function inFlight(): DomainError {
  return new DomainError(
    ErrorCode.IdempotencyInFlight,
    'a request with this Idempotency-Key is still in progress',
  );
}

/**
 * Idempotency-Key bookkeeping, per organisation: the same request answered before is replayed, another
 * request with the same key is 422, one still in flight is 409. Two ways to use it: `start`/`complete`
 * claim the key in transactions of their own around any handler; `claimWithin`/`completeWithin` do it
 * inside the handler's own transaction (fewer round trips, and the key can never outlive its work).
 */
@Injectable()
export class IdempotencyService {
  constructor(private readonly transactions: TenantTransactions) {}

  start(orgId: TenantId, key: string, requestHash: string): Promise<IdempotencyStart> {
    return this.transactions.run(orgId, async (tx) => {
      if (await this.insertClaim(tx, key, requestHash)) return { kind: 'proceed' };
      return this.earlierAnswer(tx, key, requestHash);
    });
  }

  /**
   * Claims the key inside the caller's own transaction, so the key and the work commit together (or
   * neither does). A request with the same key still running holds a transaction lock on it: 409 at
   * once instead of waiting. The same request answered before throws `IdempotentReplay`.
   */
  async claimWithin(tx: TenantTx, claim: IdempotencyClaim): Promise<void> {
    // `lock` is read twice, so PostgreSQL evaluates it once, before the insert that depends on it.
    const [{ free, claimed }]: { free: boolean; claimed: boolean }[] = await tx.manager.query(
      `with lock as (select ${keyLock('$2')} as free),
            claimed as (${claimKeys('$2::text', '$3::text', 'from lock where free')})
       select (select free from lock) as free, exists (select 1 from claimed) as claimed`,
      [tx.tenantId, claim.key, claim.requestHash, retentionHours],
    );
    if (!free) throw inFlight();
    if (claimed) return;
    const earlier = await this.earlierAnswer(tx, claim.key, claim.requestHash);
    if (earlier.kind === 'replay') throw new IdempotentReplay(earlier.status, earlier.body);
  }

  /**
   * Claims many keys at once inside the caller's transaction (a group of requests committed together);
   * answers the keys claimed. A key that is not (one still in flight, or answered before) is left to the
   * caller, who runs that request on its own with `claimWithin` to learn which.
   */
  async claimAllWithin(tx: TenantTx, claims: IdempotencyClaim[]): Promise<Set<string>> {
    if (claims.length === 0) return new Set();
    const claimed: { key: string }[] = await tx.manager.query(
      `with wanted as (select key, hash from unnest($2::text[], $3::text[]) as t(key, hash)),
            free as (select key, hash from wanted where ${keyLock('key')})
       ${claimKeys('key', 'hash', 'from free')}`,
      [
        tx.tenantId,
        claims.map((claim) => claim.key),
        claims.map((claim) => claim.requestHash),
        retentionHours,
      ],
    );
    return new Set(claimed.map((row) => row.key));
  }

  /** Records the answers of claims made with `claimWithin` or `claimAllWithin`, in the same transaction. */
  async completeWithin(tx: TenantTx, answers: { claim: IdempotencyClaim; body: unknown }[]): Promise<void> {
    if (answers.length === 0) return;
    await tx.manager.query(
      `update idempotency_keys as keys set response_status = answer.status, response_body = answer.body
         from unnest($2::text[], $3::smallint[], $4::jsonb[]) as answer(key, status, body)
        where keys.tenant_id = $1 and keys.key = answer.key`,
      [
        tx.tenantId,
        answers.map((answer) => answer.claim.key),
        answers.map((answer) => answer.claim.status),
        answers.map((answer) => JSON.stringify(answer.body ?? null)),
      ],
    );
  }

  /**
   * Deletes the keys past their retention, organisation by organisation (each in its own tenant
   * transaction: the application role sees one organisation's keys at a time). Answers how many.
   */
  async purgeExpired(): Promise<number> {
    const organisations: { id: string }[] = await this.transactions.runGlobal((manager) =>
      manager.query(`select id from organisations order by id`),
    );
    let purged = 0;
    for (const organisation of organisations) {
      purged += await this.transactions.run(tenantId(organisation.id), async (tx) => {
        const [{ count }]: { count: number }[] = await tx.manager.query(
          `with purged as (delete from idempotency_keys where tenant_id = $1 and expires_at < now() returning 1)
           select count(*)::int as count from purged`,
          [tx.tenantId],
        );
        return count;
      });
    }
    return purged;
  }

  /** Inserts the key (or takes over an expired one); false when a live row holds it already. */
  private async insertClaim(tx: TenantTx, key: string, requestHash: string): Promise<boolean> {
    const claimed: unknown[] = await tx.manager.query(claimKeys('$2::text', '$3::text', ''), [
      tx.tenantId,
      key,
      requestHash,
      retentionHours,
    ]);
    return claimed.length > 0;
  }

  /** What a live key answers: a replay of the same request, 422 for another one, 409 while unanswered. */
  private async earlierAnswer(tx: TenantTx, key: string, requestHash: string): Promise<IdempotencyStart> {
    const [row]: KeyRow[] = await tx.manager.query(
      `select request_hash, response_status, response_body from idempotency_keys where tenant_id = $1 and key = $2`,
      [tx.tenantId, key],
    );
    if (row.request_hash !== requestHash) {
      throw new DomainError(
        ErrorCode.IdempotencyMismatch,
        'this Idempotency-Key was used with a different request',
      );
    }
    if (row.response_status === null) throw inFlight();
    return { kind: 'replay', status: row.response_status, body: row.response_body };
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
