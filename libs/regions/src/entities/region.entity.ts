import { Check, Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/** A federal subject of the Russian Federation; reference data, global (no tenant). */
@Entity('regions')
@Unique('UQ_regions_grid_cell', ['gridCol', 'gridRow'])
@Check(
  'CHK_regions_grid_cell',
  `("grid_col" IS NULL) = ("grid_row" IS NULL) AND "grid_col" >= 1 AND "grid_row" >= 1`,
)
export class Region {
  /** Two-digit subject code used in Russian registers: 77 Moscow, 78 Saint Petersburg. */
  @PrimaryColumn({ type: 'char', length: 2 })
  code: string;

  @Column({ type: 'text', nullable: true })
  isoCode: string | null;

  @Column('text')
  nameEn: string;

  @Column('text')
  nameRu: string;

  @Column('text')
  federalDistrict: string;

  /** The offset as published, e.g. `UTC+3`; calendars use `ianaTimeZone`. */
  @Column('text')
  timezone: string;

  /** The IANA time zone (e.g. `Europe/Samara`): a new organisation of the region keeps its days in it. */
  @Column('text')
  ianaTimeZone: string;

  /** The region's square on the tile-grid map, 1-based from the west (column) and the north (row). */
  @Column({ type: 'smallint', nullable: true })
  gridCol: number | null;

  @Column({ type: 'smallint', nullable: true })
  gridRow: number | null;

  /** Whether the league table ranks this region: the set of regions ranked is data, not code. */
  @Column({ type: 'boolean', default: true })
  ranked: boolean;
}
