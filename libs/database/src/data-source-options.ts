import { AppConfig } from '@careledger/config';
import { DataSourceOptions, MixedList } from 'typeorm';
import { connectionUrl, DatabaseRole } from './connection.js';
import { SnakeNamingStrategy } from './naming-strategy.js';

// A structural type keeps this lib free of TypeORM's internal entity-schema types.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type EntityList = MixedList<Function>;

export interface DataSourceParts {
  entities?: EntityList;
  migrations?: EntityList;
  poolSize?: number;
}

/**
 * Connection settings shared by the api, the worker and the CLI. Timeouts are short on purpose: when
 * PostgreSQL is away a request fails fast with 503 instead of hanging.
 */
export function dataSourceOptions(
  config: AppConfig,
  role: DatabaseRole,
  parts: DataSourceParts = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url: connectionUrl(config, role),
    entities: parts.entities ?? [],
    migrations: parts.migrations ?? [],
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logging: config.LOG_LEVEL === 'silent' ? false : ['error'],
    poolSize: parts.poolSize ?? config.DATABASE_POOL_SIZE,
    extra: {
      connectionTimeoutMillis: 3000,
      statement_timeout: 30_000,
      idle_in_transaction_session_timeout: 60_000,
      application_name: `careledger-${role}`,
      // TenantTransactions leaves READ COMMITTED implicit (one round trip less), so pin the default.
      options: '-c default_transaction_isolation=read\\ committed',
    },
  };
}
