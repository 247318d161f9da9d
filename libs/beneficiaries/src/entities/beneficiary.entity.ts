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

  @ManyToOne('Organisation', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: unknown;
}
