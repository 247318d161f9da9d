export * from './suppression.js';
export * from './table-suppression.js';
