import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

export enum CareEventKind {
  Delivery = 'delivery',
  Consultation = 'consultation',
  HomeVisit = 'home_visit',
  Transport = 'transport',
  LegalAid = 'legal_aid',
  Other = 'other',
}

/**
 * One act of care. A ledger entry: never edited or deleted. Voiding writes a second event that
 * reverses the first (`reversesEventId`), with a reason; both stay visible.
 */
@Entity('care_events')
@Index(['tenantId', 'beneficiaryId', 'occurredAt'])
@Index(['tenantId', 'occurredAt'])
@Index(['tenantId', 'reversesEventId'], { unique: true, where: 'reverses_event_id IS NOT NULL' })
export class CareEvent {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  beneficiaryId: string;

  @Column('timestamptz')
  occurredAt: Date;

  @Column('text')
  kind: CareEventKind;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** user or API key that logged it */
  @Column({ type: 'uuid', nullable: true })
  loggedBy: string | null;

  @Column({ type: 'uuid', nullable: true })
  reversesEventId: string | null;

  @Column({ type: 'text', nullable: true })
  voidReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne('Beneficiary', { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'beneficiary_id', referencedColumnName: 'id' },
  ])
  beneficiary?: unknown;

  @ManyToOne(() => CareEvent, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'reverses_event_id', referencedColumnName: 'id' },
  ])
  reverses?: CareEvent;
}
