export * from './entities/mail-outbox-message.entity.js';
export * from './mail-request.js';
export * from './mail-sender.js';
export * from './mail.module.js';
export * from './mailer.js';
export * from './templates.js';
