export * from './entities/api-key.entity.js';
export * from './entities/membership.entity.js';
export * from './entities/organisation-profile.entity.js';
export * from './entities/organisation.entity.js';
export * from './organisations.module.js';
export * from './region-directory.service.js';
