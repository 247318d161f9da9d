import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

export enum ReportStatus {
  Queued = 'queued',
  Running = 'running',
  Ready = 'ready',
  Failed = 'failed',
}

/**
 * A report request and, once rendered, its file's fingerprint. Published reports are public and
 * immutable (a trigger refuses any change to a published row and to its file).
 */
@Entity('reports')
@Index(['tenantId', 'requestedAt'])
@Index(['sha256'])
@Index(['tenantId', 'scheduleKey'], { unique: true, where: 'schedule_key IS NOT NULL' })
export class Report {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  /** activity, funding_source or beneficiary_statement */
  @Column('text')
  type: string;

  /** ru or en */
  @Column('text')
  language: string;

  @Column('date')
  periodFrom: string;

  @Column('date')
  periodTo: string;

  @Column({ type: 'uuid', nullable: true })
  fundingSourceId: string | null;

  @Column({ type: 'uuid', nullable: true })
  beneficiaryId: string | null;

  /** a beneficiary statement holds personal data: it can never be published */
  @Column('boolean')
  containsPersonalData: boolean;

  @Column({ type: 'text', default: ReportStatus.Queued })
  status: ReportStatus;

  @Column({ type: 'smallint', default: 0 })
  progress: number;

  @Column({ type: 'text', nullable: true })
  failureReason: string | null;

  /** the data cut-off: the report reads only what was recorded before this moment */
  @Column('timestamptz')
  requestedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  requestedBy: string | null;

  /** when the latest render attempt began: the reconciler measures a stall from here */
  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  readyAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'char', length: 64, nullable: true })
  sha256: string | null;

  @Column({ type: 'integer', nullable: true })
  pages: number | null;

  @Column({ type: 'integer', nullable: true })
  bytes: number | null;

  /** publish as soon as it is ready (reports a schedule with autoPublish requests) */
  @Column({ type: 'boolean', default: false })
  autoPublish: boolean;

  /** the schedule that requested this report (kept when the schedule is removed, so it stays traceable) */
  @Column({ type: 'uuid', nullable: true })
  scheduleId: string | null;

  /** set on reports a schedule requested (`activity:2026-10-01`): one per schedule and period */
  @Column({ type: 'text', nullable: true })
  scheduleKey: string | null;

  @ManyToOne('Organisation', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: unknown;
}
