import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Beneficiary } from './beneficiary.entity.js';

export enum ConsentScope {
  Care = 'care',
  Statistics = 'statistics',
  Publication = 'publication',
}

/** Consent to processing (152-ФЗ) for one scope; withdrawal is recorded, never a deletion. */
@Entity('consents')
@Index(['tenantId', 'beneficiaryId'])
export class Consent {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  beneficiaryId: string;

  @Column('text')
  scope: ConsentScope;

  @Column('timestamptz')
  givenAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Beneficiary, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'beneficiary_id', referencedColumnName: 'id' },
  ])
  beneficiary?: Beneficiary;
}
