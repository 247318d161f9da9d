export * from './entities/funding-source.entity.js';
export * from './funding.module.js';
