import { DomainError, ErrorCode, tenantId } from '@careledger/common';
import { TenantTransactions, TenantTx } from '@careledger/database';
import { Injectable } from '@nestjs/common';

/** Keys are kept at least this long; an expired key may be used again. */
const retentionHours = 24;

type EarlierAnswer = { status: number; body: unknown };

/**
 * A request's key, who sent it, the hash of what it asked and the status its success answers with.
 * Keys are scoped per caller and organisation: two integrations of one organisation that happen to
 * pick the same key never see each other's answers.
 */
export interface IdempotencyClaim {
  /** `user:<id>` or `api_key:<id>` */
  caller: string;
  key: string;
  requestHash: string;
  status: number;
  /** set once the answer is recorded, so the route can tell a handler that never recorded it */
  answered?: boolean;
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
function keyLock(caller: string, key: string): string {
  return `pg_try_advisory_xact_lock(hashtextextended('idempotency:' || $1 || ':' || ${caller} || ':' || ${key}, 0))`;
}

/**
 * Inserts keys ($1 tenant, $5 hours kept; `caller`, `key` and `hash` name the columns of `from`), or takes
 * over expired ones; answers the callers and keys claimed.
 */
function claimKeys(caller: string, key: string, hash: string, from: string): string {
  return `insert into idempotency_keys (tenant_id, caller, key, request_hash, expires_at)
          select $1::uuid, ${caller}, ${key}, ${hash}, now() + make_interval(hours => $5::int) ${from}
          on conflict (tenant_id, caller, key) do update
            set request_hash = excluded.request_hash, response_status = null, response_body = null,
                created_at = now(), expires_at = excluded.expires_at
            where idempotency_keys.expires_at < now()
          returning caller, key`;
}

function inFlight(): DomainError {
  return new DomainError(
    ErrorCode.IdempotencyInFlight,
    'a request with this Idempotency-Key is still in progress',
  );
}

/** A claim's identity within its organisation, for sets of claims. */
export function claimIdentity(claim: Pick<IdempotencyClaim, 'caller' | 'key'>): string {
  return `${claim.caller}\n${claim.key}`;
}

/**
 * Idempotency-Key bookkeeping, per caller and organisation: the same request answered before is
 * replayed, another request with the same key is 422, one still in flight is 409. The key is claimed
 * and its answer recorded inside the write's own transaction, so the key never outlives its work: a
 * crash leaves either nothing (the caller may simply retry) or the work with its answer (a replay).
 */
@Injectable()
export class IdempotencyService {
  constructor(private readonly transactions: TenantTransactions) {}

  /**
   * Runs `work` in the caller's transaction between claiming the key and recording its answer; without
   * a claim (no header) it simply runs. The answer is what the route responds with; `kept` is what is
   * stored for a replay, for an answer that holds something never to be stored (a secret shown once).
   */
  async within<T>(
    tx: TenantTx,
    claim: IdempotencyClaim | undefined,
    work: () => Promise<T>,
    kept: (answer: T) => unknown = (answer) => answer,
  ): Promise<T> {
    if (!claim) return work();
    await this.claimWithin(tx, claim);
    const answer = await work();
    await this.completeWithin(tx, [{ claim, body: kept(answer) }]);
    return answer;
  }

  /**
   * Claims the key inside the caller's own transaction, so the key and the work commit together (or
   * neither does). A request with the same key still running holds a transaction lock on it: 409 at
   * once instead of waiting. The same request answered before throws `IdempotentReplay`.
   */
  async claimWithin(tx: TenantTx, claim: IdempotencyClaim): Promise<void> {
    // `lock` is read twice, so PostgreSQL evaluates it once, before the insert that depends on it.
    const [{ free, claimed }]: { free: boolean; claimed: boolean }[] = await tx.manager.query(
      `with lock as (select ${keyLock('$2', '$3')} as free),
            claimed as (${claimKeys('$2::text', '$3::text', '$4::text', 'from lock where free')})
       select (select free from lock) as free, exists (select 1 from claimed) as claimed`,
      [tx.tenantId, claim.caller, claim.key, claim.requestHash, retentionHours],
    );
    if (!free) throw inFlight();
    if (claimed) return;
    const earlier = await this.earlierAnswer(tx, claim);
    throw new IdempotentReplay(earlier.status, earlier.body);
  }

  /**
   * Claims many keys at once inside the caller's transaction (a group of requests committed together);
   * answers the identities (`claimIdentity`) of the claims taken. A key that is not (one still in
   * flight, or answered before) is left to the caller, who runs that request on its own with
   * `claimWithin` to learn which.
   */
  async claimAllWithin(tx: TenantTx, claims: IdempotencyClaim[]): Promise<Set<string>> {
    if (claims.length === 0) return new Set();
    const claimed: { caller: string; key: string }[] = await tx.manager.query(
      `with wanted as (select caller, key, hash from unnest($2::text[], $3::text[], $4::text[]) as t(caller, key, hash)),
            free as (select caller, key, hash from wanted where ${keyLock('caller', 'key')})
       ${claimKeys('caller', 'key', 'hash', 'from free')}`,
      [
        tx.tenantId,
        claims.map((claim) => claim.caller),
        claims.map((claim) => claim.key),
        claims.map((claim) => claim.requestHash),
        retentionHours,
      ],
    );
    return new Set(claimed.map(claimIdentity));
  }

  /** Records the answers of claims made with `claimWithin` or `claimAllWithin`, in the same transaction. */
  async completeWithin(tx: TenantTx, answers: { claim: IdempotencyClaim; body: unknown }[]): Promise<void> {
    if (answers.length === 0) return;
    await tx.manager.query(
      `update idempotency_keys as keys set response_status = answer.status, response_body = answer.body
         from unnest($2::text[], $3::text[], $4::smallint[], $5::jsonb[]) as answer(caller, key, status, body)
        where keys.tenant_id = $1 and keys.caller = answer.caller and keys.key = answer.key`,
      [
        tx.tenantId,
        answers.map((answer) => answer.claim.caller),
        answers.map((answer) => answer.claim.key),
        answers.map((answer) => answer.claim.status),
        answers.map((answer) => JSON.stringify(answer.body ?? null)),
      ],
    );
    for (const answer of answers) answer.claim.answered = true;
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

  /**
   * What a live key answers: 422 for another request. A key in the table is always answered (claim and
   * answer commit together), but a row without an answer is still refused as in flight rather than
   * replayed as nothing.
   */
  private async earlierAnswer(tx: TenantTx, claim: IdempotencyClaim): Promise<EarlierAnswer> {
    const [row]: KeyRow[] = await tx.manager.query(
      `select request_hash, response_status, response_body from idempotency_keys
        where tenant_id = $1 and caller = $2 and key = $3`,
      [tx.tenantId, claim.caller, claim.key],
    );
    if (row.request_hash !== claim.requestHash) {
      throw new DomainError(
        ErrorCode.IdempotencyMismatch,
        'this Idempotency-Key was used with a different request',
      );
    }
    if (row.response_status === null) throw inFlight();
    return { status: row.response_status, body: row.response_body };
  }
}
