import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** A figure about a region from outside the platform (Rosstat, the Civic Chamber), uploaded by a platform admin. */
@Entity('external_indicators')
export class ExternalIndicator {
  @PrimaryColumn('smallint')
  year: number;

  @PrimaryColumn({ type: 'char', length: 2 })
  regionCode: string;

  @PrimaryColumn('text')
  indicator: string;

  @Column({ type: 'numeric', precision: 20, scale: 6 })
  value: string;

  @Column('text')
  source: string;

  @ManyToOne('Region', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_code' })
  region?: unknown;
}
