import { AppConfig } from '@careledger/config';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { databaseName, roleName, superuserUrl } from './connection.js';
import { DataSourceParts, dataSourceOptions } from './data-source-options.js';

const setupLockKey = 7_301_993; // any constant: serialises concurrent setups on one cluster

function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function ensureRole(client: pg.Client, name: string, password: string | undefined): Promise<void> {
  const attributes = 'LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE';
  const exists = await client.query('select 1 from pg_roles where rolname = $1', [name]);
  const verb = exists.rowCount ? 'ALTER' : 'CREATE';
  const withPassword = password ? ` PASSWORD ${literal(password)}` : '';
  await client.query(`${verb} ROLE ${ident(name)} WITH ${attributes}${withPassword}`);
}

/** Creates the three roles and the database (idempotent), as the superuser of DATABASE_ADMIN_URL. */
async function ensureRolesAndDatabase(config: AppConfig): Promise<void> {
  const [owner, app, stats] = [roleName(config, 'owner'), roleName(config, 'app'), roleName(config, 'stats')];
  const database = databaseName(config);
  await withClient(config.DATABASE_ADMIN_URL, async (client) => {
    await client.query('select pg_advisory_lock($1)', [setupLockKey]);
    try {
      for (const role of [owner, app, stats]) await ensureRole(client, role, config.DATABASE_ROLE_PASSWORD);
      const exists = await client.query('select 1 from pg_database where datname = $1', [database]);
      if (!exists.rowCount) await client.query(`CREATE DATABASE ${ident(database)} OWNER ${ident(owner)}`);
    } finally {
      await client.query('select pg_advisory_unlock($1)', [setupLockKey]);
    }
  });
  await withClient(superuserUrl(config), async (client) => {
    await client.query(`
      ALTER SCHEMA public OWNER TO ${ident(owner)};
      REVOKE ALL ON SCHEMA public FROM PUBLIC;
      REVOKE ALL ON DATABASE ${ident(database)} FROM PUBLIC;
      GRANT CONNECT, TEMPORARY ON DATABASE ${ident(database)} TO ${ident(app)}, ${ident(stats)};
      GRANT USAGE ON SCHEMA public TO ${ident(app)}, ${ident(stats)};
      ALTER DEFAULT PRIVILEGES FOR ROLE ${ident(owner)} IN SCHEMA public
        GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${ident(app)};
      ALTER DEFAULT PRIVILEGES FOR ROLE ${ident(owner)} IN SCHEMA public
        GRANT USAGE, SELECT ON SEQUENCES TO ${ident(app)};
      ALTER DEFAULT PRIVILEGES FOR ROLE ${ident(owner)} IN SCHEMA public
        GRANT EXECUTE ON FUNCTIONS TO ${ident(app)};
    `);
  });
}

export interface SetupResult {
  database: string;
  migrationsApplied: string[];
}

/**
 * `npm run db:setup`: database, roles and schema, safe to run any number of times. Migrations run as
 * the owner role, so the tables belong to it and never to the application role.
 */
export async function setupDatabase(
  config: AppConfig,
  parts: Required<Pick<DataSourceParts, 'migrations'>>,
): Promise<SetupResult> {
  await ensureRolesAndDatabase(config);
  const dataSource = new DataSource(
    dataSourceOptions(config, 'owner', { migrations: parts.migrations, poolSize: 1 }),
  );
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return { database: databaseName(config), migrationsApplied: applied.map((migration) => migration.name) };
  } finally {
    await dataSource.destroy();
  }
}

/** Drops a database (used by tests for their own databases); connections to it are closed first. */
export async function dropDatabase(config: AppConfig): Promise<void> {
  await withClient(config.DATABASE_ADMIN_URL, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${ident(databaseName(config))} WITH (FORCE)`),
  );
}
