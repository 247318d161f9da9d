import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A platform job (one that belongs to no organisation, such as a league recompute) waiting to reach
 * BullMQ. The tenant outbox cannot hold it: its rows belong to an organisation by key and by policy. A
 * global table of its own keeps that outbox's row-level security as it is; it holds ids and years only.
 */
@Entity('platform_outbox')
@Index(['createdAt'])
export class PlatformOutboxMessage {
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
}
