import { Actor, decodeCursor, Page, TenantId, toPage } from '@careledger/common';
import { TenantTransactions, TenantTx } from '@careledger/database';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { canonicalAroundSeq, chainHash, ChainedContent, genesisHash } from './audit-chain.js';

export interface AuditRecord {
  actor: Actor;
  action: string;
  entityType: string;
  entityId?: string | null;
  /** Ids and codes only: never a name, a birth date or any other personal data. */
  details?: Record<string, unknown>;
}

export interface AuditFilter {
  entityId?: string;
  actorId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  limit: number;
  cursor?: string;
}

export interface AuditEntryView {
  id: string;
  seq: number;
  occurredAt: string;
  actorKind: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  details: Record<string, unknown>;
  hash: string;
}

export interface ChainVerification {
  valid: boolean;
  rows: number;
  firstBrokenRow?: { seq: number; id: string };
}

interface AuditRow {
  tenant_id: string;
  id: string;
  seq: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_kind: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

const verifyBatch = 1000;

function contentOf(row: AuditRow): ChainedContent {
  return {
    tenantId: row.tenant_id,
    id: row.id,
    seq: String(row.seq),
    occurredAt: row.occurred_at,
    actorId: row.actor_id,
    actorKind: row.actor_kind,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    details: row.details,
  };
}

function viewOf(row: AuditRow): AuditEntryView {
  return {
    id: row.id,
    seq: Number(row.seq),
    occurredAt: row.occurred_at.toISOString(),
    actorKind: row.actor_kind,
    actorId: row.actor_id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    details: row.details,
    hash: row.hash,
  };
}

/** The tenant's append-only, hash-chained audit log. Always written inside the change's own transaction. */
@Injectable()
export class AuditLog {
  constructor(private readonly transactions: TenantTransactions) {}

  /** The log of one organisation, for its admins. */
  browse(orgId: TenantId, filter: AuditFilter): Promise<Page<AuditEntryView>> {
    return this.transactions.run(orgId, (tx) => this.list(tx, filter));
  }

  verifyChain(orgId: TenantId): Promise<ChainVerification> {
    return this.transactions.run(orgId, (tx) => this.verify(tx));
  }

  /** Appends one row to the tenant's chain; see `recordAll`. */
  record(tx: TenantTx, record: AuditRecord): Promise<void> {
    return this.recordAll(tx, [record]);
  }

  /**
   * Appends rows to the tenant's chain, in order. Two statements: the lock, then one INSERT that reads
   * the last row and chains the new ones onto it, hashing in the database (a fresh statement sees the
   * previous holder's commit). Callers take it last in their transaction, since it serialises the
   * tenant's writers until commit.
   */
  async recordAll(tx: TenantTx, records: AuditRecord[]): Promise<void> {
    if (records.length === 0) return;
    // One writer per tenant at a time, until commit: the chain never forks.
    await tx.manager.query(`select pg_advisory_xact_lock(hashtextextended('audit:' || $1, 0))`, [
      tx.tenantId,
    ]);
    const occurredAt = new Date();
    const rows = records.map((record) => {
      const content = {
        tenantId: tx.tenantId,
        id: randomUUID(),
        occurredAt,
        actorId: record.actor.id,
        actorKind: record.actor.kind,
        action: record.action,
        entityType: record.entityType,
        entityId: record.entityId ?? null,
        details: record.details ?? {},
      };
      return { content, ...canonicalAroundSeq(content) };
    });
    // `chain` walks the new rows in order: row n gets seq and prev_hash from row n - 1 (row 0 is the
    // chain's last row so far, or the genesis), and hashes prev_hash + "\n" + before + seq + after.
    await tx.manager.query(
      `with recursive entries as (
         select * from unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::jsonb[], $9::text[], $10::text[])
           with ordinality as t(id, actor_id, actor_kind, action, entity_type, entity_id, details, before, after, n)
       ), chain as (
         select 0::bigint as n, coalesce(last.seq, 0)::bigint as seq, coalesce(last.hash, $12)::text as hash, null::text as prev_hash
           from (select 1) as start
           left join lateral (select seq, hash from audit_log where tenant_id = $1 order by seq desc limit 1) as last on true
         union all
         select entries.n, chain.seq + 1,
                encode(sha256(convert_to(chain.hash || E'\\n' || entries.before || (chain.seq + 1) || entries.after, 'UTF8')), 'hex'),
                chain.hash
           from chain join entries on entries.n = chain.n + 1
       )
       insert into audit_log (tenant_id, id, seq, occurred_at, actor_id, actor_kind, action, entity_type, entity_id, details, prev_hash, hash)
       select $1, entries.id, chain.seq, $11, entries.actor_id, entries.actor_kind, entries.action, entries.entity_type,
              entries.entity_id, entries.details, chain.prev_hash, chain.hash
         from chain join entries on entries.n = chain.n`,
      [
        tx.tenantId,
        rows.map((row) => row.content.id),
        rows.map((row) => row.content.actorId),
        rows.map((row) => row.content.actorKind),
        rows.map((row) => row.content.action),
        rows.map((row) => row.content.entityType),
        rows.map((row) => row.content.entityId),
        rows.map((row) => JSON.stringify(row.content.details)),
        rows.map((row) => row.before),
        rows.map((row) => row.after),
        occurredAt,
        genesisHash,
      ],
    );
  }

  /** Newest first, keyset-paginated on the chain position. */
  async list(tx: TenantTx, filter: AuditFilter): Promise<Page<AuditEntryView>> {
    const after = decodeCursor(filter.cursor, 'integer');
    const rows: AuditRow[] = await tx.manager.query(
      `select * from audit_log
        where tenant_id = $1
          and ($2::uuid is null or entity_id = $2)
          and ($3::uuid is null or actor_id = $3)
          and ($4::text is null or action = $4)
          and ($5::timestamptz is null or occurred_at >= $5)
          and ($6::timestamptz is null or occurred_at < $6)
          and ($7::bigint is null or seq < $7)
        order by seq desc
        limit $8`,
      [
        tx.tenantId,
        filter.entityId ?? null,
        filter.actorId ?? null,
        filter.action ?? null,
        filter.from ?? null,
        filter.to ?? null,
        after?.key ?? null,
        filter.limit + 1,
      ],
    );
    return toPage(rows, filter.limit, (row) => ({ key: String(row.seq), id: row.id }), viewOf);
  }

  /** Recomputes the chain from the first row; names the first row whose link or content does not hold. */
  async verify(tx: TenantTx): Promise<ChainVerification> {
    const [{ total }]: { total: number }[] = await tx.manager.query(
      `select count(*)::int as total from audit_log where tenant_id = $1`,
      [tx.tenantId],
    );
    let prevHash = genesisHash;
    let expectedSeq = 1;
    for (;;) {
      const rows: AuditRow[] = await tx.manager.query(
        `select * from audit_log where tenant_id = $1 and seq >= $2 order by seq limit $3`,
        [tx.tenantId, expectedSeq, verifyBatch],
      );
      for (const row of rows) {
        const intact =
          Number(row.seq) === expectedSeq &&
          row.prev_hash === prevHash &&
          row.hash === chainHash(prevHash, contentOf(row));
        if (!intact)
          return {
            valid: false,
            rows: expectedSeq - 1,
            firstBrokenRow: { seq: Number(row.seq), id: row.id },
          };
        prevHash = row.hash;
        expectedSeq += 1;
      }
      if (rows.length < verifyBatch) return { valid: true, rows: total };
    }
  }
}
