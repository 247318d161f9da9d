export * from './entities/region-population.entity.js';
export * from './entities/region.entity.js';
