export * from './actor.js';
export * from './domain-error.js';
export * from './http-status.js';
export * from './ids.js';
export * from './pagination.js';
export * from './validation.js';
export * from './timeout.js';
export * from './collections.js';
