import { AppConfig } from '@careledger/config';
import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { DataSource, EntityManager } from 'typeorm';
import { MailLanguage, MailTemplate } from './mail-request.js';
import { RenderedMail, renderMail } from './templates.js';

interface DueMail {
  id: string;
  recipient: string;
  template: MailTemplate;
  language: MailLanguage;
  link: string;
  params: Record<string, string>;
  attempts: number;
}

/** After this many failures a mail is given up (about three hours of retries at the default backoff). */
export const mailMaxAttempts = 10;
const longestBackoffSeconds = 3600;

/**
 * The worker's side of the mail outbox. A due row is claimed with FOR UPDATE SKIP LOCKED, so several
 * workers never take the same one, sent, and marked sent in the same transaction: a row marked sent is
 * never picked again. (Only a failed commit right after a successful send could send a mail twice.)
 * A failure is retried with a doubling delay. Without SMTP_URL the message is written to the log
 * instead, so a developer can follow its link; that is the only place a link is ever logged.
 */
@Injectable()
export class MailSender implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(MailSender.name);
  private readonly transport?: Transporter;
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {
    if (config.SMTP_URL) {
      this.transport = nodemailer.createTransport({
        url: config.SMTP_URL,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      });
    }
  }

  onModuleInit(): void {
    if (!this.transport) this.logger.warn('SMTP_URL is not set: mail is written to this log, not sent');
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    this.transport?.close();
  }

  /** One pass: sends due mail, one row per transaction, until none is due; returns how many were tried. */
  async sendDue(): Promise<number> {
    let tried = 0;
    while (!this.stopped && (await this.sendOne())) tried += 1;
    return tried;
  }

  private sendOne(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [mail]: DueMail[] = await manager.query(
        `select id, recipient, template, language, link, params, attempts from mail_outbox
          where next_attempt_at <= now() order by next_attempt_at limit 1 for update skip locked`,
      );
      if (!mail) return false;
      try {
        await this.deliver(mail, renderMail(mail));
        await manager.query(
          `update mail_outbox set sent_at = now(), next_attempt_at = null, link = null, attempts = attempts + 1
            where id = $1`,
          [mail.id],
        );
      } catch (error) {
        await this.recordFailure(manager, mail, error instanceof Error ? error.message : String(error));
      }
      return true;
    });
  }

  private async deliver(mail: DueMail, rendered: RenderedMail): Promise<void> {
    if (!this.transport) {
      this.logger.log(
        `mail to ${mail.recipient} (not sent: SMTP_URL is not set)\nSubject: ${rendered.subject}\n\n${rendered.text}`,
      );
      return;
    }
    await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      to: mail.recipient,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      headers: { 'X-CareLedger-Template': mail.template, 'Content-Language': mail.language },
    });
  }

  /** Schedules the next attempt with a doubling delay, or gives the mail up (and drops its link). */
  private async recordFailure(manager: EntityManager, mail: DueMail, reason: string): Promise<void> {
    const attempts = mail.attempts + 1;
    const givenUp = attempts >= mailMaxAttempts;
    const delaySeconds = Math.min(
      this.config.MAIL_RETRY_SECONDS * 2 ** (attempts - 1),
      longestBackoffSeconds,
    );
    await manager.query(
      `update mail_outbox set attempts = $2, last_error = $3,
              next_attempt_at = case when $4 then null else now() + make_interval(secs => $5) end,
              link = case when $4 then null else link end
        where id = $1`,
      [mail.id, attempts, reason.slice(0, 500), givenUp, delaySeconds],
    );
    // The reason, never the recipient or the link: neither belongs in a log.
    const outcome = givenUp ? 'given up' : `retried in ${delaySeconds} s`;
    this.logger.warn(`mail ${mail.id} (${mail.template}) failed, attempt ${attempts}, ${outcome}: ${reason}`);
  }

  private schedule(delay = this.config.OUTBOX_POLL_MS): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.sendDue()
        .then(() => this.schedule())
        .catch((error: unknown) => {
          this.logger.warn(`mail sender paused: ${error instanceof Error ? error.message : String(error)}`);
          this.schedule();
        });
    }, delay);
  }
}
