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

/**
 * "Request this report after every month (quarter, year) closes, and publish it when asked to": one
 * activity schedule per organisation, one funding-source schedule per funding source.
 */
@Entity('report_schedules')
@Index(['tenantId', 'type'], { unique: true, where: 'funding_source_id IS NULL' })
@Index(['tenantId', 'type', 'fundingSourceId'], { unique: true, where: 'funding_source_id IS NOT NULL' })
export class ReportSchedule {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  /** activity or funding_source (a beneficiary statement is never scheduled) */
  @Column('text')
  type: string;

  /** monthly, quarterly or yearly */
  @Column('text')
  cadence: string;

  @Column('text')
  language: string;

  /** the source a funding-source schedule reports on (null for an activity schedule) */
  @Column({ type: 'uuid', nullable: true })
  fundingSourceId: string | null;

  @Column('boolean')
  autoPublish: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne('Organisation', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: unknown;

  @ManyToOne('FundingSource', { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'funding_source_id', referencedColumnName: 'id' },
  ])
  fundingSource?: unknown;
}
