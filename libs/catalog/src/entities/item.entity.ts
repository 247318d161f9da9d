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

export enum ItemUnit {
  Tube = 'tube',
  Pack = 'pack',
  Piece = 'piece',
  Hour = 'hour',
  Visit = 'visit',
}

export enum ItemCategory {
  Medication = 'medication',
  Dressing = 'dressing',
  Hygiene = 'hygiene',
  Nutrition = 'nutrition',
  Equipment = 'equipment',
  Service = 'service',
  Transport = 'transport',
  Other = 'other',
}

/** Services and transport are given, not taken from a shelf: they have no stock. */
export function isStocked(category: ItemCategory): boolean {
  return category !== ItemCategory.Service && category !== ItemCategory.Transport;
}

/** A catalogue entry (номенклатура). Archived, never deleted, once anything refers to it. */
@Entity('items')
@Index(['tenantId', 'sku'], { unique: true })
export class Item {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  sku: string;

  @Column('text')
  name: string;

  @Column('text')
  unit: ItemUnit;

  @Column('text')
  category: ItemCategory;

  @Column('bigint')
  defaultUnitCostKopecks: string;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne('Organisation', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: unknown;
}
