import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Region } from './region.entity.js';

/** Resident population of a region on 1 January of a year (Rosstat); an operator may load newer years. */
@Entity('region_populations')
export class RegionPopulation {
  @PrimaryColumn({ type: 'char', length: 2 })
  regionCode: string;

  @PrimaryColumn('smallint')
  year: number;

  @Column('integer')
  population: number;

  @Column('text')
  source: string;

  @ManyToOne(() => Region, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_code' })
  region?: Region;
}
