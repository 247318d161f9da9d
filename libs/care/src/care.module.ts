import { IdempotencyModule } from '@careledger/idempotency';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CareEventsRepository } from './care-events.repository.js';
import { CareEventsService } from './care-events.service.js';
import { CareEvent } from './entities/care-event.entity.js';
import { CareLine } from './entities/care-line.entity.js';
import { Need } from './entities/need.entity.js';
import {
  CareDailyRollup,
  CareMonthlyBeneficiaryRollup,
  StockDailyRollup,
} from './entities/rollups.entity.js';
import { NeedsService } from './needs.service.js';

@Module({
  imports: [
    IdempotencyModule,
    TypeOrmModule.forFeature([
      CareEvent,
      CareLine,
      Need,
      CareDailyRollup,
      CareMonthlyBeneficiaryRollup,
      StockDailyRollup,
    ]),
  ],
  providers: [CareEventsRepository, CareEventsService, NeedsService],
  exports: [CareEventsService, NeedsService],
})
export class CareModule {}
