import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * A job waiting to reach BullMQ, written in the same transaction as the change that asks for it. The
 * relay deletes the row once the queue has the job, so a row here is work not yet handed over.
 */
@Entity('outbox')
@Index(['createdAt'])
export class OutboxMessage {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  queue: string;

  @Column('text')
  jobName: string;

  /** Deterministic BullMQ job id: adding the same job twice is a no-op. */
  @Column('text')
  jobId: string;

  @Column('jsonb')
  payload: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  // Target named, not imported: jobs sits below organisations in the lib order.
  @ManyToOne('Organisation', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: unknown;
}
