export * from './suppression.js';
