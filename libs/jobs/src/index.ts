export * from './entities/outbox-message.entity.js';
