import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * A creating request's Idempotency-Key, scoped to the caller and the organisation, with the answer to
 * replay. Written in the same transaction as the request's work, so every row carries its answer.
 */
@Entity('idempotency_keys')
@Index(['expiresAt'])
export class IdempotencyKey {
  @PrimaryColumn('uuid')
  tenantId: string;

  /** who sent the request: `user:<id>` or `api_key:<id>` */
  @PrimaryColumn('text')
  caller: string;

  @PrimaryColumn('text')
  key: string;

  /** SHA-256 of method, route and body: the same key with another request is 422. */
  @Column('char', { length: 64 })
  requestHash: string;

  @Column({ type: 'smallint', nullable: true })
  responseStatus: number | null;

  @Column({ type: 'jsonb', nullable: true })
  responseBody: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz')
  expiresAt: Date;

  @ManyToOne('Organisation', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: unknown;
}
