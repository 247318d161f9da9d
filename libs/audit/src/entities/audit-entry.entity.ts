import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * One row of a tenant's append-only, hash-chained audit log. `hash` covers `prevHash` and the row's
 * canonical content, so editing any row breaks the chain from there on. Ids only, never personal data.
 */
@Entity('audit_log')
@Index(['tenantId', 'seq'], { unique: true })
@Index(['tenantId', 'occurredAt'])
export class AuditEntry {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  /** Position in the tenant's chain, from 1 without gaps. */
  @Column('bigint')
  seq: string;

  @Column('timestamptz')
  occurredAt: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  /** user, api_key or system. */
  @Column('text')
  actorKind: string;

  @Column('text')
  action: string;

  @Column('text')
  entityType: string;

  @Column({ type: 'uuid', nullable: true })
  entityId: string | null;

  @Column({ type: 'jsonb', default: {} })
  details: Record<string, unknown>;

  @Column('char', { length: 64 })
  prevHash: string;

  @Column('char', { length: 64 })
  hash: string;

  @ManyToOne('Organisation', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: unknown;
}
