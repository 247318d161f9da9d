export * from './redis-server.js';
export * from './test-database.js';
export * from './eventually.js';
export * from './postgres-server.js';
export * from './smtp-server.js';
export * from './csv-records.js';
