import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CareEvent } from './care-event.entity.js';

/** One item given in a care event (позиция выдачи), its cost and who paid. Negative in a reversing event. */
@Entity('care_lines')
@Index(['tenantId', 'eventId'])
@Index(['tenantId', 'itemId'])
export class CareLine {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  eventId: string;

  @Column('smallint')
  lineNo: number;

  @Column('uuid')
  itemId: string;

  @Column({ type: 'numeric', precision: 14, scale: 3 })
  quantity: string;

  @Column('bigint')
  unitCostKopecks: string;

  /** quantity × unit cost, rounded to the kopeck */
  @Column('bigint')
  costKopecks: string;

  @Column({ type: 'uuid', nullable: true })
  fundingSourceId: string | null;

  /** the item's category when the line was written: voids and rollups count the line under it */
  @Column('text')
  category: string;

  /** the funding source's kind when the line was written (`unattributed` without one) */
  @Column('text')
  fundingKind: string;

  /**
   * the item's unit when the line was written: voids and rollups count the line in it, even after the
   * item's unit changed (a database trigger fills it in from the item when an insert names none)
   */
  @Column('text')
  unit: string;

  @ManyToOne(() => CareEvent, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'event_id', referencedColumnName: 'id' },
  ])
  event?: CareEvent;

  @ManyToOne('Item', { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'item_id', referencedColumnName: 'id' },
  ])
  item?: unknown;

  @ManyToOne('FundingSource', { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'funding_source_id', referencedColumnName: 'id' },
  ])
  fundingSource?: unknown;
}
