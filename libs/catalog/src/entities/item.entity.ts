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
  Kilogram = 'kg',
  Gram = 'g',
  Litre = 'l',
  Millilitre = 'ml',
  Pair = 'pair',
  Set = 'set',
  Course = 'course',
  Day = 'day',
  Night = 'night',
}

/** Units counted in whole numbers only; every other unit takes up to 3 decimals (thousandths). */
const wholeUnits = new Set<ItemUnit>([
  ItemUnit.Pair,
  ItemUnit.Set,
  ItemUnit.Course,
  ItemUnit.Day,
  ItemUnit.Night,
]);

/** How many decimals a quantity in this unit may have: 2.5 kg is a quantity, 2.5 pairs is not. */
export function unitDecimals(unit: ItemUnit): 0 | 3 {
  return wholeUnits.has(unit) ? 0 : 3;
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

/**
 * Services and transport are given, not taken from a shelf: they have no stock. The one home of this
 * rule; SQL takes the list from `unstockedCategories()`.
 */
export function isStocked(category: ItemCategory | string): boolean {
  return category !== ItemCategory.Service && category !== ItemCategory.Transport;
}

/** The categories `isStocked` refuses, for a query's `category <> all($n)`. */
export function unstockedCategories(): ItemCategory[] {
  return Object.values(ItemCategory).filter((category) => !isStocked(category));
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
