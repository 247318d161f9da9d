import { chainHash } from '@careledger/audit';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { startTestApi, TestApi } from './support/api.js';
import { addMember, bearer, createAccount, login, registerOrg, RegisteredOrg } from './support/factories.js';

/** The tenant audit log (API.md "Organisation (tenant)": GET /orgs/{orgId}/audit and /audit/verify). */

interface AuditItem {
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

describe('audit log', () => {
  let api: TestApi;

  beforeAll(async () => {
    // Many requests from one address: the per-address rate limit is not what this suite is about.
    api = await startTestApi('audit', { RATE_LIMIT_PER_MINUTE: '100000' });
  });

  afterAll(() => api.close());

  async function auditPage(
    org: RegisteredOrg,
    query = '',
  ): Promise<{ items: AuditItem[]; nextCursor: string | null }> {
    const response = await api.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${org.orgId}/audit${query ? `?${query}` : ''}`,
      headers: bearer(org.accessToken),
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  /** Follows nextCursor to the end; fails if a page repeats a row. */
  async function walk(
    org: RegisteredOrg,
    limit: number,
    filter = '',
  ): Promise<{ items: AuditItem[]; pages: number }> {
    const items: AuditItem[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = [`limit=${limit}`, filter, cursor ? `cursor=${encodeURIComponent(cursor)}` : '']
        .filter(Boolean)
        .join('&');
      const page = await auditPage(org, query);
      expect(page.items.length).toBeLessThanOrEqual(limit);
      items.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
      expect(pages).toBeLessThan(1000);
    } while (cursor);
    return { items, pages };
  }

  async function verify(
    org: RegisteredOrg,
  ): Promise<{ valid: boolean; rows: number; firstBrokenRow?: object }> {
    const response = await api.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${org.orgId}/audit/verify`,
      headers: bearer(org.accessToken),
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  /**
   * A pool as one database role. TestDatabase.drop() ends its pools without waiting for their
   * connections to close and then drops the database WITH (FORCE), which may terminate a connection
   * still closing (57P01); only that teardown error is ignored.
   */
  function rolePool(role: 'app' | 'owner'): pg.Pool {
    const pool = api.db.pool(role);
    pool.on('error', (error: Error & { code?: string }) => {
      if (error.code !== '57P01') throw error;
    });
    return pool;
  }

  async function rowsOf(orgId: string): Promise<AuditRow[]> {
    return api.db.asSuperuser<AuditRow>('select * from audit_log where tenant_id = $1 order by seq', [orgId]);
  }

  /** Runs statements in one transaction bound to the tenant, as the given database role. */
  async function inTenantTransaction(
    pool: pg.Pool,
    orgId: string,
    work: (client: pg.PoolClient) => Promise<void>,
  ) {
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [orgId]);
      await work(client);
      await client.query('commit');
    } catch (error) {
      await client.query('rollback');
      throw error;
    } finally {
      client.release();
    }
  }

  async function inviteSomeone(org: RegisteredOrg, index: number): Promise<number> {
    const response = await api.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.orgId}/members`,
      headers: bearer(org.accessToken),
      payload: {
        email: `concurrent-${index}-${randomUUID()}@example.org`,
        role: index % 2 === 0 ? 'staff' : 'viewer',
      },
    });
    return response.statusCode;
  }

  describe('what the organisation’s changes write', () => {
    let org: RegisteredOrg;
    let memberId: string;
    let invitationId: string;
    let keyId: string;
    const adminEmail = `Olga.Smirnova-${randomUUID()}@example.org`;
    const adminFullName = 'Ольга Смирнова';
    const memberEmail = `elizaveta.vorontsova-${randomUUID()}@example.org`;
    const memberFullName = 'Елизавета Воронцова-Дашкова';

    beforeAll(async () => {
      org = await registerOrg(api.app, { email: adminEmail });
      const invited = await api.app.inject({
        method: 'POST',
        url: `/api/v1/orgs/${org.orgId}/members`,
        headers: bearer(org.accessToken),
        payload: { email: memberEmail, role: 'viewer' },
      });
      expect(invited.statusCode).toBe(202);
      invitationId = invited.json().invitationId;
      memberId = (await createAccount(api.app, memberEmail, memberFullName)).id;
      const accepted = await api.app.inject({
        method: 'POST',
        url: `/api/v1/me/invitations/${invitationId}/accept`,
        headers: bearer(await login(api.app, memberEmail)),
      });
      expect(accepted.statusCode).toBe(200);

      const promoted = await api.app.inject({
        method: 'PATCH',
        url: `/api/v1/orgs/${org.orgId}/members/${memberId}`,
        headers: bearer(org.accessToken),
        payload: { role: 'staff' },
      });
      expect(promoted.statusCode).toBe(200);

      const created = await api.app.inject({
        method: 'POST',
        url: `/api/v1/orgs/${org.orgId}/api-keys`,
        headers: bearer(org.accessToken),
        payload: { name: '1C integration' },
      });
      expect(created.statusCode).toBe(201);
      keyId = created.json().id;

      const revoked = await api.app.inject({
        method: 'DELETE',
        url: `/api/v1/orgs/${org.orgId}/api-keys/${keyId}`,
        headers: bearer(org.accessToken),
      });
      expect(revoked.statusCode).toBe(204);

      const patched = await api.app.inject({
        method: 'PATCH',
        url: `/api/v1/orgs/${org.orgId}`,
        headers: bearer(org.accessToken),
        payload: { publicDescription: 'Помогаем семьям Липецкой области' },
      });
      expect(patched.statusCode).toBe(200);
    });

    it('records each change, newest first, with the person who made it', async () => {
      const { items } = await auditPage(org);
      const admin = org.adminId;
      expect(
        items.map((item) => [item.seq, item.action, item.entityType, item.entityId, item.actorId]),
      ).toEqual([
        [9, 'organisation.updated', 'organisation', org.orgId, admin],
        [8, 'api_key.revoked', 'api_key', keyId, admin],
        [7, 'api_key.created', 'api_key', keyId, admin],
        [6, 'member.role_changed', 'member', memberId, admin],
        // The member joined by accepting the admin's invitation themselves.
        [5, 'invitation.accepted', 'invitation', invitationId, memberId],
        [4, 'member.added', 'member', memberId, memberId],
        [3, 'invitation.created', 'invitation', invitationId, admin],
        [2, 'member.added', 'member', admin, admin],
        [1, 'organisation.created', 'organisation', org.orgId, admin],
      ]);
      for (const item of items) expect(item.actorKind).toBe('user');
      expect(items.find((item) => item.action === 'member.role_changed')?.details).toEqual({
        from: 'viewer',
        to: 'staff',
      });
      const times = items.map((item) => Date.parse(item.occurredAt));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
    });

    it('keeps no email and no full name in any row, as served or as stored', async () => {
      const personal = [adminEmail, adminEmail.toLowerCase(), adminFullName, memberEmail, memberFullName];
      const served = JSON.stringify((await auditPage(org)).items);
      const stored = (
        await api.db.asSuperuser<{ row: string }>(
          'select row_to_json(a)::text as row from audit_log a where tenant_id = $1',
          [org.orgId],
        )
      ).map((row) => row.row);
      expect(stored).toHaveLength(9);
      for (const text of [served, ...stored]) {
        for (const value of personal) expect(text).not.toContain(value);
        expect(text).not.toMatch(/@example\.org/i);
        expect(text).not.toMatch(/Смирнова|Воронцова/);
      }
    });

    it('filters by action', async () => {
      const { items } = await auditPage(org, 'action=member.added');
      expect(items.map((item) => [item.seq, item.entityId])).toEqual([
        [4, memberId],
        [2, org.adminId],
      ]);
      expect((await auditPage(org, 'action=member.removed')).items).toEqual([]);
    });

    it('filters by entityId', async () => {
      const member = await auditPage(org, `entityId=${memberId}`);
      expect(member.items.map((item) => item.action)).toEqual(['member.role_changed', 'member.added']);
      const key = await auditPage(org, `entityId=${keyId}`);
      expect(key.items.map((item) => item.action)).toEqual(['api_key.revoked', 'api_key.created']);
      const both = await auditPage(org, `entityId=${memberId}&action=member.added`);
      expect(both.items.map((item) => item.seq)).toEqual([4]);
    });

    it.each([1, 2, 3, 9])('walks every row once with limit=%i and the cursor', async (limit) => {
      const all = (await auditPage(org)).items;
      const { items, pages } = await walk(org, limit);
      expect(pages).toBe(Math.ceil(all.length / limit));
      expect(items.map((item) => item.id)).toEqual(all.map((item) => item.id));
      expect(new Set(items.map((item) => item.id)).size).toBe(9);
    });

    it('walks a filtered list page by page', async () => {
      const { items } = await walk(org, 1, `entityId=${memberId}`);
      expect(items.map((item) => item.action)).toEqual(['member.role_changed', 'member.added']);
    });

    it('filters by from (inclusive) and to (exclusive)', async () => {
      const all = (await auditPage(org)).items;
      const from = all[4].occurredAt;
      const to = all[0].occurredAt;
      const expected = all
        .filter((item) => Date.parse(item.occurredAt) >= Date.parse(from))
        .filter((item) => Date.parse(item.occurredAt) < Date.parse(to))
        .map((item) => item.seq);
      const { items } = await auditPage(org, `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
      expect(items.map((item) => item.seq)).toEqual(expected);
      expect(items.map((item) => item.seq)).not.toContain(9);
      expect(items.map((item) => item.seq)).not.toContain(1);
    });

    it.each([
      ['entityId', 'entityId=not-a-uuid'],
      ['actorId', 'actorId=42'],
      ['from', 'from=yesterday'],
    ])('rejects a malformed %s filter with 400 naming it', async (field, query) => {
      const response = await api.app.inject({
        method: 'GET',
        url: `/api/v1/orgs/${org.orgId}/audit?${query}`,
        headers: bearer(org.accessToken),
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field })]);
    });

    it('verifies the chain of these rows', async () => {
      expect(await verify(org)).toEqual({ valid: true, rows: 9 });
    });
  });

  it('records a removal with the admin who made it, and filters by actorId', async () => {
    const org = await registerOrg(api.app);
    const second = await addMember(api.app, org, 'admin');
    const leaving = await addMember(api.app, org, 'viewer');
    const removed = await api.app.inject({
      method: 'DELETE',
      url: `/api/v1/orgs/${org.orgId}/members/${leaving.userId}`,
      headers: bearer(second.accessToken),
    });
    expect(removed.statusCode).toBe(204);

    const { items } = await auditPage(org, `actorId=${second.userId}`);
    // Besides the removal, only the second admin's own joining (member.added, invitation.accepted).
    expect(items.map((item) => [item.seq, item.action])).toEqual([
      [9, 'member.removed'],
      [5, 'invitation.accepted'],
      [4, 'member.added'],
    ]);
    expect(items[0]).toMatchObject({
      actorKind: 'user',
      actorId: second.userId,
      entityId: leaving.userId,
      details: { role: 'viewer' },
    });
    const byFirstAdmin = await auditPage(org, `actorId=${org.adminId}`);
    expect(byFirstAdmin.items.map((item) => item.seq)).toEqual([6, 3, 2, 1]);
  });

  describe('under concurrent writes', () => {
    it('keeps an unbroken chain through 50 concurrent invitations', async () => {
      const org = await registerOrg(api.app);
      const statuses = await Promise.all(Array.from({ length: 50 }, (_, i) => inviteSomeone(org, i)));
      expect(statuses).toEqual(Array(50).fill(202));

      const expected = 2 + 50;
      expect(await verify(org)).toEqual({ valid: true, rows: expected });
      const rows = await rowsOf(org.orgId);
      expect(rows.map((row) => Number(row.seq))).toEqual(Array.from({ length: expected }, (_, i) => i + 1));
      expect(rows.filter((row) => row.action === 'invitation.created')).toHaveLength(50);
      const { items } = await walk(org, 200);
      expect(items.map((item) => item.seq)).toEqual(Array.from({ length: expected }, (_, i) => expected - i));
    });

    it('keeps an unbroken chain when different kinds of change race each other', async () => {
      const org = await registerOrg(api.app);
      const requests = Array.from({ length: 60 }, (_, i) => {
        switch (i % 3) {
          case 0:
            return inviteSomeone(org, i);
          case 1:
            return api.app
              .inject({
                method: 'PATCH',
                url: `/api/v1/orgs/${org.orgId}`,
                headers: bearer(org.accessToken),
                payload: { publicDescription: `версия ${i}` },
              })
              .then((response) => response.statusCode);
          default:
            return api.app
              .inject({
                method: 'POST',
                url: `/api/v1/orgs/${org.orgId}/api-keys`,
                headers: bearer(org.accessToken),
                payload: { name: `key ${i}` },
              })
              .then((response) => response.statusCode);
        }
      });
      const statuses = await Promise.all(requests);
      expect(statuses.filter((status) => status >= 300)).toEqual([]);

      const expected = 2 + 60;
      expect(await verify(org)).toEqual({ valid: true, rows: expected });
      const rows = await rowsOf(org.orgId);
      expect(rows.map((row) => Number(row.seq))).toEqual(Array.from({ length: expected }, (_, i) => i + 1));
    });
  });

  describe('tampering', () => {
    it('names the row whose action was edited in SQL as the owner role', async () => {
      const org = await registerOrg(api.app);
      for (const role of ['staff', 'viewer', 'staff'] as const) await addMember(api.app, org, role);
      expect(await verify(org)).toEqual({ valid: true, rows: 11 });
      const target = (await rowsOf(org.orgId)).find((row) => row.seq === '3') as AuditRow;

      await inTenantTransaction(rolePool('owner'), org.orgId, async (client) => {
        const result = await client.query(
          `update audit_log set action = 'member.removed' where tenant_id = $1 and seq = 3`,
          [org.orgId],
        );
        expect(result.rowCount).toBe(1);
      });

      const answer = await verify(org);
      expect(answer).toMatchObject({ valid: false, firstBrokenRow: { seq: 3, id: target.id } });
    });

    it('names the next row when an edited row’s own hash is recomputed', async () => {
      const org = await registerOrg(api.app);
      for (const role of ['staff', 'viewer', 'staff'] as const) await addMember(api.app, org, role);
      const rows = await rowsOf(org.orgId);
      const row = rows[2];
      const forged = { ...row, details: { role: 'admin' } };
      const hash = chainHash(forged.prev_hash, {
        tenantId: forged.tenant_id,
        id: forged.id,
        seq: forged.seq,
        occurredAt: forged.occurred_at,
        actorId: forged.actor_id,
        actorKind: forged.actor_kind,
        action: forged.action,
        entityType: forged.entity_type,
        entityId: forged.entity_id,
        details: forged.details,
      });
      await api.db.asSuperuser(
        `update audit_log set details = $3, hash = $4 where tenant_id = $1 and id = $2`,
        [org.orgId, row.id, JSON.stringify(forged.details), hash],
      );

      expect(await verify(org)).toMatchObject({ valid: false, firstBrokenRow: { seq: 4, id: rows[3].id } });
    });

    it('names the row after a deleted one', async () => {
      const org = await registerOrg(api.app);
      for (const role of ['staff', 'viewer', 'staff'] as const) await addMember(api.app, org, role);
      const rows = await rowsOf(org.orgId);
      await api.db.asSuperuser('delete from audit_log where tenant_id = $1 and seq = 3', [org.orgId]);

      expect(await verify(org)).toMatchObject({ valid: false, firstBrokenRow: { seq: 4, id: rows[3].id } });
    });
  });

  describe('the application role', () => {
    let org: RegisteredOrg;
    let app: pg.Pool;

    beforeAll(async () => {
      org = await registerOrg(api.app);
      await addMember(api.app, org, 'staff');
      app = rolePool('app');
    });

    it('reads its tenant’s rows (so the refusals below are not row-level security hiding them)', async () => {
      await inTenantTransaction(app, org.orgId, async (client) => {
        const result = await client.query('select seq from audit_log order by seq');
        expect(result.rows.map((row) => Number(row.seq))).toEqual([1, 2, 3, 4, 5]);
      });
    });

    it.each([
      ['UPDATE', `update audit_log set action = 'member.removed' where seq = 3`],
      ['DELETE', 'delete from audit_log where seq = 3'],
      ['TRUNCATE', 'truncate audit_log'],
    ])('cannot %s audit_log rows: permission denied', async (_verb, sql) => {
      await expect(
        inTenantTransaction(app, org.orgId, async (client) => {
          await client.query(sql);
        }),
      ).rejects.toThrow(/permission denied for table audit_log/);
      expect(await verify(org)).toEqual({ valid: true, rows: 5 });
      expect(await rowsOf(org.orgId)).toHaveLength(5);
    });
  });
});
