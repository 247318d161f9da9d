import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Item } from './entities/item.entity.js';
import { StockBalance } from './entities/stock-balance.entity.js';
import { StockMovement } from './entities/stock-movement.entity.js';

@Module({ imports: [TypeOrmModule.forFeature([Item, StockMovement, StockBalance])] })
export class CatalogModule {}
