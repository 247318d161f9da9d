import { CatalogModule } from '@careledger/catalog';
import { IdempotencyModule } from '@careledger/idempotency';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CareEventsRepository } from './care-events.repository.js';
import { CareEventsService } from './care-events.service.js';
import { CareEvent } from './entities/care-event.entity.js';
import { CareLineCostCorrection } from './entities/care-line-cost-correction.entity.js';
import { CareLine } from './entities/care-line.entity.js';
import { Need } from './entities/need.entity.js';
import { CareDailyRollup, CareMonthlyBeneficiaryRollup } from './entities/rollups.entity.js';
import { NeedsService } from './needs.service.js';

@Module({
  imports: [
    CatalogModule,
    IdempotencyModule,
    TypeOrmModule.forFeature([
      CareEvent,
      CareLine,
      CareLineCostCorrection,
      Need,
      CareDailyRollup,
      CareMonthlyBeneficiaryRollup,
    ]),
  ],
  providers: [CareEventsRepository, CareEventsService, NeedsService],
  exports: [CareEventsService, NeedsService],
})
export class CareModule {}
