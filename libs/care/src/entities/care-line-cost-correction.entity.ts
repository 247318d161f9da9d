import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * The audit trail of a care line whose cost was corrected after it was written: the old and new unit
 * cost and cost, when and why. Written by migrations that repair history (1795800001201: lines of
 * stocked items take the cost their stock movement left stock at); never by the application.
 */
@Entity('care_line_cost_corrections')
@Index(['tenantId', 'lineId'])
export class CareLineCostCorrection {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  lineId: string;

  @Column('bigint')
  oldUnitCostKopecks: string;

  @Column('bigint')
  oldCostKopecks: string;

  @Column('bigint')
  newUnitCostKopecks: string;

  @Column('bigint')
  newCostKopecks: string;

  @Column('text')
  reason: string;

  @CreateDateColumn({ type: 'timestamptz' })
  correctedAt: Date;

  @ManyToOne('CareLine', { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'line_id', referencedColumnName: 'id' },
  ])
  line?: unknown;
}
