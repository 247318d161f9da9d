import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { MailLanguage, MailTemplate } from '../mail-request.js';

/**
 * A message waiting for the worker's mail sender, written in the transaction of the change that asks
 * for it. Global, not a tenant table: mail is also sent where no tenant exists yet (registration,
 * password reset). Rows stay after sending, without their link, as a record of what was sent when.
 */
@Entity('mail_outbox')
@Index(['nextAttemptAt'])
export class MailOutboxMessage {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  recipient: string;

  @Column('text')
  template: MailTemplate;

  @Column('text')
  language: MailLanguage;

  /** The link carries a one-time secret: it is cleared once the mail is sent or given up. */
  @Column({ type: 'text', nullable: true })
  link: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  params: Record<string, string>;

  @Column('integer', { default: 0 })
  attempts: number;

  /** When the sender tries next; null once the mail is sent or given up, so it leaves the index scan. */
  @Column({ type: 'timestamptz', nullable: true, default: () => 'now()' })
  nextAttemptAt: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
