export * from './catalog.module.js';
export * from './entities/item.entity.js';
export * from './entities/stock-balance.entity.js';
export * from './entities/stock-movement.entity.js';
