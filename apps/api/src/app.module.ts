import { AuditModule } from '@careledger/audit';
import { AppConfig, ConfigModule } from '@careledger/config';
import { DatabaseModule } from '@careledger/database';
import { JobsModule } from '@careledger/jobs';
import { OrganisationsModule } from '@careledger/organisations';
import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { HealthController } from './health/health.controller.js';
import { loggerParams } from './logging.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { MetricsService } from './metrics/metrics.service.js';
import { PublicRegionsController } from './regions/public-regions.controller.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerParams(config)),
        DatabaseModule.forRoot(),
        JobsModule,
        AuditModule,
        OrganisationsModule,
      ],
      controllers: [HealthController, MetricsController, PublicRegionsController],
      providers: [MetricsService],
    };
  }
}
