export * from './entities/funding-source.entity.js';
export * from './funding-sources.service.js';
export * from './funding.module.js';
