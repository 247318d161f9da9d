export * from './beneficiaries.module.js';
export * from './entities/beneficiary.entity.js';
export * from './entities/consent.entity.js';
export * from './entities/personal-data.entity.js';
