import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** Stock received per tenant × day × item category × funding kind: what came in, and its value. */
@Entity('stock_daily_rollups')
export class StockDailyRollup {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('date')
  day: string;

  @PrimaryColumn('text')
  category: string;

  @PrimaryColumn('text')
  fundingKind: string;

  @Column({ type: 'numeric', precision: 16, scale: 3, default: 0 })
  receivedQuantity: string;

  @Column({ type: 'bigint', default: 0 })
  receivedKopecks: string;

  @ManyToOne('Organisation', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: unknown;
}
