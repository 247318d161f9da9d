export * from './beneficiaries.module.js';
export * from './beneficiaries.service.js';
export * from './beneficiary.views.js';
export * from './entities/beneficiary.entity.js';
export * from './entities/consent.entity.js';
export * from './entities/personal-data.entity.js';
export type { BeneficiaryRow } from './beneficiaries.repository.js';
