import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExternalIndicator } from './entities/external-indicator.entity.js';
import { LeagueRecompute } from './entities/league-recompute.entity.js';
import { LeagueSnapshot } from './entities/league-snapshot.entity.js';
import { ExternalIndicatorsService } from './external-indicators.service.js';
import { LeagueRecomputesService } from './league-recomputes.service.js';
import { LeagueService } from './league.service.js';
import { MetricsService } from './metrics.service.js';
import { RegionSetService } from './region-set.service.js';
import { RegionalStatsService } from './regional-stats.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([LeagueSnapshot, LeagueRecompute, ExternalIndicator])],
  providers: [
    RegionSetService,
    MetricsService,
    RegionalStatsService,
    ExternalIndicatorsService,
    LeagueService,
    LeagueRecomputesService,
  ],
  exports: [
    RegionSetService,
    MetricsService,
    RegionalStatsService,
    ExternalIndicatorsService,
    LeagueService,
    LeagueRecomputesService,
  ],
})
export class StatisticsModule {}
