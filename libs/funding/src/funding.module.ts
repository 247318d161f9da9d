import { IdempotencyModule } from '@careledger/idempotency';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FundingSource } from './entities/funding-source.entity.js';
import { FundingSourcesService } from './funding-sources.service.js';

@Module({
  imports: [IdempotencyModule, TypeOrmModule.forFeature([FundingSource])],
  providers: [FundingSourcesService],
  exports: [FundingSourcesService],
})
export class FundingModule {}
