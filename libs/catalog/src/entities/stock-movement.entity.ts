import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Item } from './item.entity.js';

export enum MovementKind {
  Receipt = 'receipt',
  Issue = 'issue',
  Adjustment = 'adjustment',
  WriteOff = 'write_off',
  /** Stock returned by voiding a care event. */
  Return = 'return',
}

/** Append-only stock ledger. quantity is signed: into stock positive, out of stock negative. */
@Entity('stock_movements')
@Index(['tenantId', 'itemId', 'occurredAt'])
export class StockMovement {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  itemId: string;

  @Column('text')
  kind: MovementKind;

  @Column({ type: 'numeric', precision: 14, scale: 3 })
  quantity: string;

  @Column({ type: 'bigint', nullable: true })
  unitCostKopecks: string | null;

  @Column({ type: 'uuid', nullable: true })
  fundingSourceId: string | null;

  /** The care event that issued (or, voided, returned) this stock. */
  @Column({ type: 'uuid', nullable: true })
  careEventId: string | null;

  @Column('timestamptz')
  occurredAt: Date;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Item, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'item_id', referencedColumnName: 'id' },
  ])
  item?: Item;

  @ManyToOne('FundingSource', { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'funding_source_id', referencedColumnName: 'id' },
  ])
  fundingSource?: unknown;
}
