import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Item } from './item.entity.js';

/**
 * The running balance of a stocked item, kept in the same transaction as every movement. Issuing
 * updates it with a guarded UPDATE, so two requests racing for the last unit cannot both win.
 */
@Entity('stock_balances')
export class StockBalance {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  itemId: string;

  @Column({ type: 'numeric', precision: 14, scale: 3, default: 0 })
  quantity: string;

  /** Value at moving average cost. */
  @Column({ type: 'bigint', default: 0 })
  valueKopecks: string;

  /** When the latest movement into stock happened: after it, out-going movements only lower the balance. */
  @Column({ type: 'timestamptz', nullable: true })
  lastInflowAt: Date | null;

  @ManyToOne(() => Item, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'item_id', referencedColumnName: 'id' },
  ])
  item?: Item;
}
