import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Beneficiary } from './beneficiary.entity.js';

/**
 * Personal data of one beneficiary, in its own table: erasure deletes this row, and what is derived
 * from it (search terms, case notes, follow-ups), and nothing else.
 */
@Entity('beneficiary_personal_data')
@Index(['tenantId', 'birthDate'])
export class BeneficiaryPersonalData {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  beneficiaryId: string;

  @Column('text')
  fullName: string;

  @Column({ type: 'date', nullable: true })
  birthDate: string | null;

  @Column({ type: 'text', nullable: true })
  sex: string | null;

  @Column({ type: 'char', length: 2, nullable: true })
  regionCode: string | null;

  @Column({ type: 'jsonb', default: {} })
  contacts: Record<string, unknown>;

  /** [{ system: icd10 | orpha, code }] */
  @Column({ type: 'jsonb', default: [] })
  diagnoses: { system: string; code: string }[];

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @OneToOne(() => Beneficiary, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'beneficiary_id', referencedColumnName: 'id' },
  ])
  beneficiary?: Beneficiary;
}
