export * from './connection.js';
export * from './data-source-options.js';
export * from './database.module.js';
export * from './naming-strategy.js';
export * from './project-path.js';
export * from './setup-database.js';
export * from './statistics-reader.js';
export * from './tenant-transactions.js';
