import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** What a beneficiary needs of an item per month, over a period ("30 tubes a month"). */
@Entity('needs')
@Index(['tenantId', 'beneficiaryId'])
export class Need {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  beneficiaryId: string;

  @Column('uuid')
  itemId: string;

  @Column({ type: 'numeric', precision: 14, scale: 3 })
  quantityPerMonth: string;

  @Column('date')
  validFrom: string;

  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  @ManyToOne('Beneficiary', { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'beneficiary_id', referencedColumnName: 'id' },
  ])
  beneficiary?: unknown;

  @ManyToOne('Item', { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'item_id', referencedColumnName: 'id' },
  ])
  item?: unknown;
}
