import { AppConfig } from '@careledger/config';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { connectionUrl } from './connection.js';

/**
 * Queries as the statistics role: across organisations, but only the aggregate and reference tables
 * that role was granted. Public and authority statistics read through here, never through the
 * application role without a tenant.
 */
@Injectable()
export class StatisticsReader implements OnApplicationShutdown {
  private readonly pool: pg.Pool;

  constructor(config: AppConfig) {
    this.pool = new pg.Pool({
      connectionString: connectionUrl(config, 'stats'),
      max: 5,
      connectionTimeoutMillis: 3000,
      statement_timeout: 30_000,
      application_name: 'careledger-stats',
    });
    this.pool.on('error', () => undefined);
  }

  async query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pool.query<T>(sql, params)).rows;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
