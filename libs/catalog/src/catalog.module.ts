import { FundingModule } from '@careledger/funding';
import { IdempotencyModule } from '@careledger/idempotency';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Item } from './entities/item.entity.js';
import { StockBalance } from './entities/stock-balance.entity.js';
import { StockDailyRollup } from './entities/stock-daily-rollup.entity.js';
import { StockMovement } from './entities/stock-movement.entity.js';
import { ItemsService } from './items.service.js';
import { StockLedgerRepository } from './stock-ledger.repository.js';
import { StockLedger } from './stock-ledger.service.js';
import { StockService } from './stock.service.js';

@Module({
  imports: [
    FundingModule,
    IdempotencyModule,
    TypeOrmModule.forFeature([Item, StockMovement, StockBalance, StockDailyRollup]),
  ],
  providers: [ItemsService, StockLedgerRepository, StockLedger, StockService],
  exports: [ItemsService, StockLedger, StockService],
})
export class CatalogModule {}
