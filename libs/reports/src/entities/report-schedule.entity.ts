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

/** "Request this report after every month (quarter, year) closes, and publish it when asked to." */
@Entity('report_schedules')
@Index(['tenantId', 'type'], { unique: true })
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

  @Column('boolean')
  autoPublish: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne('Organisation', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: unknown;
}
