import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CareEvent } from './entities/care-event.entity.js';
import { CareLine } from './entities/care-line.entity.js';
import { Need } from './entities/need.entity.js';
import {
  CareDailyRollup,
  CareMonthlyBeneficiaryRollup,
  StockDailyRollup,
} from './entities/rollups.entity.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      CareEvent,
      CareLine,
      Need,
      CareDailyRollup,
      CareMonthlyBeneficiaryRollup,
      StockDailyRollup,
    ]),
  ],
})
export class CareModule {}
