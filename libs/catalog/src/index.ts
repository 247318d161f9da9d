export * from './catalog.module.js';
export * from './entities/item.entity.js';
export * from './entities/stock-balance.entity.js';
export * from './entities/stock-daily-rollup.entity.js';
export * from './entities/stock-movement.entity.js';
export * from './items.service.js';
export * from './stock-ledger.service.js';
export * from './stock.service.js';
