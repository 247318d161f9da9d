export * from './auth.module.js';
export * from './auth.service.js';
export * from './decorators.js';
export * from './guards/credentials.guard.js';
export * from './guards/org-access.guard.js';
export * from './platform-roles.service.js';
export * from './principal.js';
export * from './tokens.service.js';
