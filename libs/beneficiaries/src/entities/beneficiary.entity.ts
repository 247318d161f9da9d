import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';

export enum BeneficiaryStatus {
  Active = 'active',
  Inactive = 'inactive',
  Erased = 'erased',
}

/**
 * The pseudonymous side of a beneficiary (подопечный): the code the organisation shows on paper, and
 * the status. Care history points here; personal data lives apart, so erasing it leaves history intact.
 */
@Entity('beneficiaries')
@Index(['tenantId', 'code'], { unique: true })
export class Beneficiary {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  code: string;

  @Column({ type: 'text', default: BeneficiaryStatus.Active })
  status: BeneficiaryStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  /**
   * The secret record key of the cell key method (docs/statistics.md), uniform in [0, 2^32), drawn by the
   * database at insert. Never selected by default and never returned by any API: whoever knew the keys
   * could strip the noise off published statistics.
   */
  @Column({ type: 'bigint', default: () => 'random_record_key()', select: false })
  recordKey: string;

  @ManyToOne('Organisation', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: unknown;
}
