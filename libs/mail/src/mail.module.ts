import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailOutboxMessage } from './entities/mail-outbox-message.entity.js';
import { Mailer } from './mailer.js';

/**
 * Mail through an outbox: `Mailer` writes a message in the caller's transaction. The worker adds
 * `MailSender` to its providers, which sends what is due.
 */
@Module({
  imports: [TypeOrmModule.forFeature([MailOutboxMessage])],
  providers: [Mailer],
  exports: [Mailer],
})
export class MailModule {}
