import { AuditModule } from '@careledger/audit';
import { BeneficiariesModule } from '@careledger/beneficiaries';
import { CareModule } from '@careledger/care';
import { CatalogModule } from '@careledger/catalog';
import { FundingModule } from '@careledger/funding';
import { IdempotencyModule } from '@careledger/idempotency';
import { AuthModule } from '@careledger/auth';
import { AppConfig, ConfigModule } from '@careledger/config';
import { DatabaseModule } from '@careledger/database';
import { JobsModule } from '@careledger/jobs';
import { OrganisationsModule } from '@careledger/organisations';
import { ReportsModule } from '@careledger/reports';
import { StatisticsModule } from '@careledger/statistics';
import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AdminExternalIndicatorsController } from './admin/external-indicators.controller.js';
import { AdminOrganisationsController } from './admin/organisations.controller.js';
import { PlatformRoleHoldersController, PlatformRolesController } from './admin/platform-roles.controller.js';
import { AdminPopulationsController } from './admin/populations.controller.js';
import { AdminUserStatusController } from './admin/user-status.controller.js';
import { AdminUsersController } from './admin/users.controller.js';
import { AccountController } from './auth/account.controller.js';
import { AuthController } from './auth/auth.controller.js';
import { ItemsController } from './catalog/items.controller.js';
import { StockController } from './catalog/stock.controller.js';
import { FundingSourcesController } from './funding/funding-sources.controller.js';
import { BeneficiariesController } from './beneficiaries/beneficiaries.controller.js';
import { CaseworkController, MyFollowUpsController } from './beneficiaries/casework.controller.js';
import { CareEventsController } from './care/care-events.controller.js';
import { NeedsController } from './care/needs.controller.js';
import { HealthController } from './health/health.controller.js';
import { MyInvitationsController } from './invitations/my-invitations.controller.js';
import { loggerParams } from './logging.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { MetricsListener } from './metrics/metrics.listener.js';
import { MetricsService } from './metrics/metrics.service.js';
import { ApiKeysController } from './orgs/api-keys.controller.js';
import { AuditController } from './orgs/audit.controller.js';
import { OrganisationInvitationsController } from './orgs/invitations.controller.js';
import { MembersController } from './orgs/members.controller.js';
import { OrganisationsController } from './orgs/organisations.controller.js';
import { LeagueController } from './league/league.controller.js';
import { PublicRegionsController } from './regions/public-regions.controller.js';
import { NationalFiguresController } from './statistics/national-figures.controller.js';
import { StatisticsController } from './statistics/statistics.controller.js';
import { PublicReportsController } from './reports/public-reports.controller.js';
import { ReportsController } from './reports/reports.controller.js';

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
        AuthModule,
        FundingModule,
        CatalogModule,
        BeneficiariesModule,
        CareModule,
        IdempotencyModule,
        ReportsModule,
        StatisticsModule,
      ],
      controllers: [
        HealthController,
        MetricsController,
        PublicRegionsController,
        AuthController,
        AccountController,
        OrganisationsController,
        MembersController,
        OrganisationInvitationsController,
        MyInvitationsController,
        ApiKeysController,
        AuditController,
        PlatformRolesController,
        PlatformRoleHoldersController,
        AdminUsersController,
        AdminUserStatusController,
        AdminOrganisationsController,
        AdminPopulationsController,
        AdminExternalIndicatorsController,
        BeneficiariesController,
        CaseworkController,
        MyFollowUpsController,
        CareEventsController,
        NeedsController,
        ReportsController,
        PublicReportsController,
        StatisticsController,
        NationalFiguresController,
        LeagueController,
        FundingSourcesController,
        ItemsController,
        StockController,
      ],
      providers: [MetricsService, MetricsListener],
    };
  }
}
