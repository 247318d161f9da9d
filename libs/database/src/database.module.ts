import { AppConfig } from '@careledger/config';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './data-source-options.js';
import { StatisticsReader } from './statistics-reader.js';
import { TenantTransactions } from './tenant-transactions.js';

/**
 * The application's one connection pool, as the application role (never the owner, never a superuser).
 * Entities are registered by each domain module with TypeOrmModule.forFeature.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions(config, 'app'),
            autoLoadEntities: true,
          }),
        }),
      ],
      providers: [TenantTransactions, StatisticsReader],
      exports: [TenantTransactions, StatisticsReader],
    };
  }
}
