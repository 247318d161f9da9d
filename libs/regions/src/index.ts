export * from './entities/region-population.entity.js';
export * from './entities/region.entity.js';
export * from './regions.module.js';
export * from './known-region-codes.js';
export * from './populations.service.js';
