export * from './accounts.module.js';
export * from './entities/platform-role.entity.js';
export * from './entities/refresh-token.entity.js';
export * from './entities/user.entity.js';
export * from './password-hasher.js';
export * from './users.repository.js';
export * from './password-policy.js';
