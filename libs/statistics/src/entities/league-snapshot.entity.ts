import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One computation of the league table for a year under a methodology version: its inputs and results,
 * stored so the public table is served from here, fast, and can always be explained.
 */
@Entity('league_snapshots')
@Index(['year', 'methodologyVersion', 'computedAt'])
export class LeagueSnapshot {
  @PrimaryColumn('uuid')
  id: string;

  @Column('smallint')
  year: number;

  @Column('smallint')
  methodologyVersion: number;

  @Column('timestamptz')
  computedAt: Date;

  @Column('jsonb')
  inputs: unknown;

  @Column('jsonb')
  results: unknown;
}
