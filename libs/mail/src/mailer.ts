import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { MailRequest } from './mail-request.js';

/** How the rest of the code base sends mail: by writing to the mail outbox. */
@Injectable()
export class Mailer {
  /** Writes the message to the mail outbox inside the caller's transaction: it is sent only if that commits. */
  async enqueueWithin(manager: EntityManager, request: MailRequest): Promise<void> {
    await manager.query(
      `insert into mail_outbox (id, recipient, template, language, link, params) values ($1, $2, $3, $4, $5, $6)`,
      [
        randomUUID(),
        request.to,
        request.template,
        request.language,
        request.link,
        JSON.stringify(request.params ?? {}),
      ],
    );
  }
}
