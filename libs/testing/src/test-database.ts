import { AppConfig, loadConfig } from '@careledger/config';
import { connectionUrl, DatabaseRole, dropDatabase, setupDatabase, superuserUrl } from '@careledger/database';
import { migrations } from '@careledger/migrations';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * A database of a test suite's own, set up exactly as `db:setup` does it (roles, migrations as the
 * owner, reference data) and dropped afterwards. Queue keys get a prefix of their own too, so suites
 * never see each other's data in PostgreSQL or Redis.
 */
export class TestDatabase {
  private readonly pools: pg.Pool[] = [];

  private constructor(readonly config: AppConfig) {}

  static async create(suite: string, overrides: Record<string, string> = {}): Promise<TestDatabase> {
    const id = `${suite
      .replace(/[^a-z0-9]/gi, '_')
      .toLowerCase()
      .slice(0, 30)}_${randomBytes(4).toString('hex')}`;
    const base = new URL(loadConfig().DATABASE_URL);
    base.pathname = `/careledger_test_${id}`;
    const config = loadConfig({
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      DATABASE_URL: base.toString(),
      QUEUE_PREFIX: `test_${id}`,
      OUTBOX_POLL_MS: '100',
      // A secret of this run only: nothing written in the repository may ever sign a token that works.
      JWT_SECRET: randomBytes(32).toString('base64url'),
      ...overrides,
    });
    await setupDatabase(config, { migrations });
    return new TestDatabase(config);
  }

  /** A raw pg pool connected as one of the three roles, for SQL-level assertions. */
  pool(role: DatabaseRole, max = 2): pg.Pool {
    const pool = new pg.Pool({ connectionString: connectionUrl(this.config, role), max });
    // drop() ends the pools, then drops the database WITH (FORCE); a connection still closing then
    // reports "terminating connection" (57P01), which is expected at that point.
    pool.on('error', (error: Error & { code?: string }) => {
      if (error.code !== '57P01') throw error;
    });
    this.pools.push(pool);
    return pool;
  }

  /** Runs SQL as the superuser of DATABASE_ADMIN_URL against this database: for setting up bad states. */
  async asSuperuser<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new pg.Client({ connectionString: superuserUrl(this.config) });
    await client.connect();
    try {
      return (await client.query<T>(sql, params)).rows;
    } finally {
      await client.end();
    }
  }

  async drop(): Promise<void> {
    await Promise.all(this.pools.splice(0).map((pool) => pool.end()));
    await dropDatabase(this.config);
  }
}
