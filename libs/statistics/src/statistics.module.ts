import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExternalIndicator } from './entities/external-indicator.entity.js';
import { LeagueSnapshot } from './entities/league-snapshot.entity.js';
import { ExternalIndicatorsService } from './external-indicators.service.js';
import { LeagueService } from './league.service.js';
import { MetricsService } from './metrics.service.js';
import { RegionalStatsService } from './regional-stats.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([LeagueSnapshot, ExternalIndicator])],
  providers: [MetricsService, RegionalStatsService, ExternalIndicatorsService, LeagueService],
  exports: [MetricsService, RegionalStatsService, ExternalIndicatorsService, LeagueService],
})
export class StatisticsModule {}
