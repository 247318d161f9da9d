import { tenantId, TenantId } from '@careledger/common';
import { dataSourceOptions, TenantTransactions } from '@careledger/database';
import { TestDatabase } from '@careledger/testing';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';

/** Row-level security, proved in SQL as the application role the api and worker connect as. */
describe('tenant isolation in PostgreSQL', () => {
  let db: TestDatabase;
  let app: pg.Pool;
  const tenantA = tenantId(randomUUID());
  const tenantB = tenantId(randomUUID());

  async function asTenant<T extends pg.QueryResultRow>(
    tenant: string | null,
    sql: string,
    params: unknown[] = [],
  ): Promise<T[]> {
    const client = await app.connect();
    try {
      await client.query('begin');
      if (tenant) await client.query(`select set_config('app.tenant_id', $1, true)`, [tenant]);
      const result = await client.query<T>(sql, params);
      await client.query('commit');
      return result.rows;
    } catch (error) {
      await client.query('rollback');
      throw error;
    } finally {
      client.release();
    }
  }

  async function seedTenant(tenant: TenantId, name: string): Promise<void> {
    await app.query(`insert into organisations (id, name, region_code) values ($1, $2, '77')`, [
      tenant,
      name,
    ]);
    const user = randomUUID();
    await app.query(
      `insert into users (id, email, password_hash, full_name) values ($1, $2, 'x', 'Test User')`,
      [user, `${user}@example.org`],
    );
    await asTenant(
      tenant,
      `insert into api_keys (tenant_id, id, name, secret_hash, created_by) values ($1, $2, $3, $4, $5)`,
      [tenant, randomUUID(), `${name} key`, 'a'.repeat(64), user],
    );
    await asTenant(
      tenant,
      `insert into organisation_profiles (tenant_id, id, year, staff_fte, volunteers) values ($1, $2, 2026, 3.5, 12)`,
      [tenant, randomUUID()],
    );
    await asTenant(
      tenant,
      `insert into outbox (tenant_id, id, queue, job_name, job_id, payload) values ($1, $2, 'maintenance', 'audit.verify', $3, '{}')`,
      [tenant, randomUUID(), `audit-verify-${tenant}`],
    );
    await asTenant(
      tenant,
      `with funding as (
         insert into funding_sources (tenant_id, id, name, funder_name, kind) values ($1, gen_random_uuid(), 'Грант', 'ФПГ', 'presidential_grant') returning id),
       item as (
         insert into items (tenant_id, id, sku, name, unit, category, default_unit_cost_kopecks)
         values ($1, gen_random_uuid(), 'OINT-1', 'Мазь', 'tube', 'medication', 45000) returning id),
       balance as (insert into stock_balances (tenant_id, item_id, quantity, value_kopecks) select $1, id, 10, 450000 from item),
       movement as (
         insert into stock_movements (tenant_id, id, item_id, kind, quantity, unit_cost_kopecks, funding_source_id, occurred_at)
         select $1, gen_random_uuid(), item.id, 'receipt', 10, 45000, funding.id, now() from item, funding),
       beneficiary as (insert into beneficiaries (tenant_id, id, code) values ($1, gen_random_uuid(), 'B-0001') returning id, record_key),
       personal as (insert into beneficiary_personal_data (tenant_id, beneficiary_id, full_name) select $1, id, 'Маша' from beneficiary),
       consent as (insert into consents (tenant_id, id, beneficiary_id, scope, given_at) select $1, gen_random_uuid(), id, 'care', now() from beneficiary),
       note as (
         insert into case_notes (tenant_id, id, beneficiary_id, noted_at, text, author_kind, author_id, written_by_kind, written_by_id, version, updated_at)
         select $1, gen_random_uuid(), id, now(), 'Звонок', 'user', gen_random_uuid(), 'user', gen_random_uuid(), 2, now() from beneficiary
         returning id, author_id),
       note_version as (
         insert into case_note_versions (tenant_id, note_id, version, noted_at, text, written_by_kind, written_by_id, written_at)
         select $1, id, 1, now(), 'Звонок?', 'user', author_id, now() from note),
       follow_up as (
         insert into follow_ups (tenant_id, id, beneficiary_id, text, due_on, assignee_id, created_by_kind, created_by_id)
         select $1, gen_random_uuid(), id, 'Перезвонить', current_date, gen_random_uuid(), 'user', gen_random_uuid() from beneficiary),
       event as (
         insert into care_events (tenant_id, id, beneficiary_id, occurred_at, kind) select $1, gen_random_uuid(), id, now(), 'delivery' from beneficiary
         returning id),
       line as (
         insert into care_lines (tenant_id, id, event_id, line_no, item_id, quantity, unit_cost_kopecks, cost_kopecks, category, funding_kind)
         select $1, gen_random_uuid(), event.id, 1, item.id, 1, 45000, 45000, 'medication', 'unattributed' from event, item),
       need as (
         insert into needs (tenant_id, id, beneficiary_id, item_id, quantity_per_month, valid_from)
         select $1, gen_random_uuid(), beneficiary.id, item.id, 30, '2026-01-01' from beneficiary, item),
       daily as (insert into care_daily_rollups (tenant_id, day, category, funding_kind, unit, quantity, spend_kopecks, events) values ($1, current_date, 'medication', 'unattributed', 'tube', 1, 45000, 1)),
       by_category as (
         insert into care_beneficiary_category_rollups (tenant_id, month, beneficiary_id, category, funding_kind, unit, statistics_consent, record_key)
         select $1, date_trunc('month', now())::date, id, 'medication', 'unattributed', 'tube', false, record_key from beneficiary),
       monthly as (insert into care_monthly_beneficiary_rollups (tenant_id, month, beneficiary_id, statistics_consent, events, record_key) select $1, date_trunc('month', now())::date, id, false, 1, record_key from beneficiary),
       stock as (insert into stock_daily_rollups (tenant_id, day, category, funding_kind, received_quantity, received_kopecks) values ($1, current_date, 'medication', 'presidential_grant', 10, 450000)),
       report as (
         insert into reports (tenant_id, id, type, language, period_from, period_to, contains_personal_data, requested_at)
         values ($1, gen_random_uuid(), 'activity', 'ru', '2026-10-01', '2026-10-31', false, now()) returning id),
       chunk as (insert into report_file_chunks (tenant_id, report_id, chunk_no, data) select $1, id, 0, '\\x25504446' from report),
       schedule as (
         insert into report_schedules (tenant_id, id, type, cadence, language, auto_publish)
         values ($1, gen_random_uuid(), 'activity', 'monthly', 'ru', false))
       insert into idempotency_keys (tenant_id, caller, key, request_hash, expires_at) values ($1, 'user:1', 'key-1', $2, now() + interval '1 day')`,
      [tenant, 'c'.repeat(64)],
    );
    // The app role may read cost corrections but never write them: only a migration does.
    await db.asSuperuser(
      `insert into care_line_cost_corrections (tenant_id, id, line_id, old_unit_cost_kopecks, old_cost_kopecks,
                                               new_unit_cost_kopecks, new_cost_kopecks, reason)
       select tenant_id, gen_random_uuid(), id, 45000, 45000, 42300, 42300, 'test' from care_lines where tenant_id = $1`,
      [tenant],
    );
    await asTenant(
      tenant,
      `insert into audit_log (tenant_id, id, seq, occurred_at, actor_kind, action, entity_type, prev_hash, hash)
       values ($1, $2, 1, now(), 'system', 'test.seeded', 'organisation', $3, $3)`,
      [tenant, randomUUID(), '0'.repeat(64)],
    );
  }

  async function tenantTables(): Promise<string[]> {
    const rows = await db.asSuperuser<{ table_name: string }>(
      `select c.relname as table_name from pg_class c
         join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
        where c.relkind in ('r', 'p') and c.relnamespace = 'public'::regnamespace order by 1`,
    );
    return rows.map((row) => row.table_name);
  }

  beforeAll(async () => {
    db = await TestDatabase.create('tenancy');
    app = db.pool('app', 4);
    await seedTenant(tenantA, 'Фонд «Добрые руки»');
    await seedTenant(tenantB, 'АНО «Свет»');
  });

  afterAll(() => db.drop());

  it('shows tenant B none of tenant A’s rows in any tenant table', async () => {
    for (const table of await tenantTables()) {
      const rows = await asTenant<{ tenant_id: string }>(tenantB, `select tenant_id from "${table}"`);
      // one row of each, but a name has several search terms
      expect({ table, rows: rows.length }).toEqual({
        table,
        rows: table === 'beneficiary_search_terms' ? 2 : 1,
      });
      expect(rows.every((row) => row.tenant_id === tenantB)).toBe(true);
    }
  });

  it('refuses an insert with tenant A’s id while bound to tenant B', async () => {
    await expect(
      asTenant(
        tenantB,
        `insert into api_keys (tenant_id, id, name, secret_hash, created_by) values ($1, $2, 'stolen', $3, $2)`,
        [tenantA, randomUUID(), 'b'.repeat(64)],
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('refuses to move a row to another tenant', async () => {
    await expect(
      asTenant(tenantB, `update organisation_profiles set tenant_id = $1`, [tenantA]),
    ).rejects.toThrow(/row-level security/);
  });

  it('reads every tenant table empty when no tenant is set', async () => {
    const tables = await tenantTables();
    for (const table of tables) {
      const [{ count }] = await asTenant<{ count: number }>(
        null,
        `select count(*)::int as count from "${table}"`,
      );
      expect({ table, count }).toEqual({ table, count: 0 });
      const [{ total }] = await db.asSuperuser<{ total: number }>(
        `select count(*)::int as total from "${table}"`,
      );
      expect(total).toBeGreaterThanOrEqual(2);
    }
  });

  it('has row-level security enabled, forced and fail-closed on every table with a tenant_id', async () => {
    const tables = await tenantTables();
    expect(tables).toEqual(
      expect.arrayContaining(['api_keys', 'audit_log', 'organisation_profiles', 'outbox']),
    );
    const catalogue = await db.asSuperuser<{
      relname: string;
      relrowsecurity: boolean;
      relforcerowsecurity: boolean;
    }>(
      `select relname, relrowsecurity, relforcerowsecurity from pg_class where relname = any($1) and relnamespace = 'public'::regnamespace`,
      [tables],
    );
    for (const table of catalogue) {
      expect(table).toEqual({ relname: table.relname, relrowsecurity: true, relforcerowsecurity: true });
    }
    const policies = await db.asSuperuser<{ tablename: string; qual: string; with_check: string }>(
      `select tablename, qual, with_check from pg_policies where policyname = 'tenant_isolation'`,
    );
    expect(policies.map((policy) => policy.tablename).sort()).toEqual(tables);
    for (const policy of policies) {
      expect(policy.qual).toContain(`current_setting('app.tenant_id'::text, true)`);
      expect(policy.with_check).toContain(`current_setting('app.tenant_id'::text, true)`);
    }
  });

  it('connects the application as a role that is not superuser, cannot bypass RLS and owns nothing', async () => {
    const [role] = await app
      .query<{ rolsuper: boolean; rolbypassrls: boolean; owned: number }>(
        `select r.rolsuper, r.rolbypassrls,
              (select count(*)::int from pg_class c where c.relowner = r.oid and c.relnamespace = 'public'::regnamespace) as owned
         from pg_roles r where r.rolname = current_user`,
      )
      .then((result) => result.rows);
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, owned: 0 });
    const [owner] = await db.asSuperuser<{ owner: string }>(
      `select tableowner as owner from pg_tables where tablename = 'api_keys'`,
    );
    expect(owner.owner).toBe(db.config.DATABASE_OWNER_ROLE);
  });

  it('never lets interleaved transactions of two tenants over a pool of two see each other’s rows', async () => {
    const dataSource = new DataSource(dataSourceOptions(db.config, 'app', { poolSize: 2 }));
    await dataSource.initialize();
    try {
      const transactions = new TenantTransactions(dataSource);
      const seen = await Promise.all(
        Array.from({ length: 40 }, (_, i) => {
          const tenant = [tenantA, tenantB][i % 2];
          return transactions.run(tenant, async (tx) => {
            await tx.manager.query('select pg_sleep($1)', [(i % 5) / 200]);
            const rows: { tenant_id: string }[] = await tx.manager.query('select tenant_id from api_keys');
            return { tenant, seen: rows.map((row) => row.tenant_id) };
          });
        }),
      );
      for (const { tenant, seen: tenants } of seen) expect(tenants).toEqual([tenant]);
      // And a plain query on a connection those transactions used carries no tenant.
      const leftover: unknown[] = await dataSource.query('select * from api_keys');
      expect(leftover).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});
