import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export enum LeagueRecomputeStatus {
  Requested = 'requested',
  Running = 'running',
  Done = 'done',
  Failed = 'failed',
}

/**
 * A platform admin's request to recompute a year's league table, and how it went. The row, not the
 * queue, is the truth: the worker's reconciler hands a request whose job Redis lost to the queue again.
 */
@Entity('league_recomputes')
@Index(['status', 'requestedAt'])
export class LeagueRecompute {
  @PrimaryColumn('uuid')
  id: string;

  @Column('smallint')
  year: number;

  @Column({ type: 'text', default: LeagueRecomputeStatus.Requested })
  status: LeagueRecomputeStatus;

  @Column({ type: 'uuid', nullable: true })
  requestedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  failureReason: string | null;
}
