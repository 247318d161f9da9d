import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';

/** The kinds carry the three routes to sustainability: the state, business, and earned income. */
export enum FundingKind {
  PresidentialGrant = 'presidential_grant',
  GovernmentGrant = 'government_grant',
  GovernmentContract = 'government_contract',
  Business = 'business',
  IndividualDonations = 'individual_donations',
  CommercialServices = 'commercial_services',
  OwnFunds = 'own_funds',
  Other = 'other',
}

/** Who pays: a grant, a contract, a donor. Every rouble of spend is attributed to one. */
@Entity('funding_sources')
export class FundingSource {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  funderName: string;

  @Column('text')
  kind: FundingKind;

  @Column({ type: 'bigint', nullable: true })
  amountKopecks: string | null;

  @Column({ type: 'date', nullable: true })
  periodFrom: string | null;

  @Column({ type: 'date', nullable: true })
  periodTo: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne('Organisation', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: unknown;
}
