import { AuditLog } from '@careledger/audit';
import {
  Actor,
  cursorInstantSql,
  decodeCursor,
  DomainError,
  isUuid,
  Page,
  TenantId,
  tenantId,
  toPage,
} from '@careledger/common';
import { TenantTransactions } from '@careledger/database';
import { IdempotencyClaim, IdempotencyService } from '@careledger/idempotency';
import { Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

export interface ApiKeyView {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface CreatedApiKey extends ApiKeyView {
  /**
   * The whole key, shown once: only a hash of its secret is kept. A replay of the request (same
   * Idempotency-Key) answers null here, since the replay store would otherwise hold the secret.
   */
  key: string | null;
}

export interface ApiKeyIdentity {
  tenantId: TenantId;
  keyId: string;
}

interface ApiKeyRow {
  id: string;
  name: string;
  secret_hash: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const keyPrefix = 'clk';
/** last_used_at is refreshed at most this often, so an integration's traffic does not write on every call. */
const lastUsedResolutionMs = 60_000;

function sha256(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

function keyView(row: ApiKeyRow): ApiKeyView {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}

/** Keys look like `clk.<organisation id>.<key id>.<secret>`: the ids let the lookup run inside the tenant. */
export function parseApiKey(raw: string): { tenantId: TenantId; keyId: string; secret: string } | null {
  const [prefix, tenant, keyId, secret, ...rest] = raw.split('.');
  if (prefix !== keyPrefix || rest.length > 0 || !tenant || !keyId || !secret) return null;
  if (!isUuid(tenant) || !isUuid(keyId) || !/^[A-Za-z0-9_-]{43}$/.test(secret)) return null;
  return { tenantId: tenantId(tenant), keyId, secret };
}

/** What a replay of a key's creation answers: the key without its secret, which is never stored. */
function withoutSecret(created: CreatedApiKey): CreatedApiKey {
  return { ...created, key: null };
}

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditLog,
    private readonly idempotency: IdempotencyService,
  ) {}

  create(orgId: TenantId, name: string, actor: Actor, claim?: IdempotencyClaim): Promise<CreatedApiKey> {
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    return this.transactions.run(orgId, (tx) =>
      this.idempotency.within(
        tx,
        claim,
        async () => {
          const [row]: ApiKeyRow[] = await tx.manager.query(
            `insert into api_keys (tenant_id, id, name, secret_hash, created_by) values ($1, $2, $3, $4, $5) returning *`,
            [orgId, id, name, sha256(secret), actor.id],
          );
          await this.audit.record(tx, {
            actor,
            action: 'api_key.created',
            entityType: 'api_key',
            entityId: id,
          });
          return { ...keyView(row), key: [keyPrefix, orgId, id, secret].join('.') };
        },
        withoutSecret,
      ),
    );
  }

  list(orgId: TenantId, limit: number, cursor?: string): Promise<Page<ApiKeyView>> {
    const after = decodeCursor(cursor, 'timestamp');
    return this.transactions.run(orgId, async (tx) => {
      const rows: (ApiKeyRow & { cursor_key: string })[] = await tx.manager.query(
        `select *, ${cursorInstantSql('created_at')} as cursor_key from api_keys
          where ($1::timestamptz is null or (created_at, id) > ($1, $2::uuid))
          order by created_at, id limit $3`,
        [after?.key ?? null, after?.id ?? null, limit + 1],
      );
      return toPage(rows, limit, (row) => ({ key: row.cursor_key, id: row.id }), keyView);
    });
  }

  revoke(orgId: TenantId, keyId: string, actor: Actor): Promise<void> {
    return this.transactions.run(orgId, async (tx) => {
      const rows: unknown[] = await tx.manager.query(`select 1 from api_keys where id = $1`, [keyId]);
      if (rows.length === 0) throw DomainError.notFound('api key');
      await tx.manager.query(`update api_keys set revoked_at = coalesce(revoked_at, now()) where id = $1`, [
        keyId,
      ]);
      await this.audit.record(tx, {
        actor,
        action: 'api_key.revoked',
        entityType: 'api_key',
        entityId: keyId,
      });
    });
  }

  /** The organisation and key a presented key belongs to, or null when it is unknown, wrong or revoked. */
  async authenticate(raw: string): Promise<ApiKeyIdentity | null> {
    const parsed = parseApiKey(raw);
    if (!parsed) return null;
    return this.transactions.run(parsed.tenantId, async (tx) => {
      const [row]: ApiKeyRow[] = await tx.manager.query(`select * from api_keys where id = $1`, [
        parsed.keyId,
      ]);
      const presented = Buffer.from(sha256(parsed.secret), 'hex');
      const stored = Buffer.from(row?.secret_hash ?? '0'.repeat(64), 'hex');
      if (!row || !timingSafeEqual(presented, stored) || row.revoked_at) return null;
      if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > lastUsedResolutionMs) {
        await tx.manager.query(`update api_keys set last_used_at = now() where id = $1`, [parsed.keyId]);
      }
      return { tenantId: parsed.tenantId, keyId: parsed.keyId };
    });
  }
}
