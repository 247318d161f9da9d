import { DomainError } from '@careledger/common';
import { enqueuePlatformJob } from '@careledger/jobs';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { LeagueRecomputeStatus } from './entities/league-recompute.entity.js';

export interface LeagueRecomputeView {
  id: string;
  year: number;
  status: LeagueRecomputeStatus;
  requestedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  failureReason: string | null;
}

/** A request the worker has not finished: what the reconciler looks at. */
export interface UnfinishedRecompute {
  id: string;
  year: number;
  status: LeagueRecomputeStatus.Requested | LeagueRecomputeStatus.Running;
}

interface RecomputeRow {
  id: string;
  year: number;
  status: LeagueRecomputeStatus;
  requested_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  failure_reason: string | null;
}

export const leagueRecomputeJobId = (id: string) => `league-recompute-${id}`;

/**
 * League recompute requests as rows (requested → running → done or failed). The row and its outbox
 * entry are written in one transaction, so a request the api answered is never lost with Redis.
 */
@Injectable()
export class LeagueRecomputesService {
  constructor(private readonly dataSource: DataSource) {}

  request(year: number, requestedBy: string): Promise<LeagueRecomputeView> {
    return this.dataSource.transaction(async (manager) => {
      const id = randomUUID();
      await manager.query(`insert into league_recomputes (id, year, requested_by) values ($1, $2, $3)`, [
        id,
        year,
        requestedBy,
      ]);
      await enqueuePlatformJob(
        manager,
        'league.recompute',
        { year, recomputeId: id },
        leagueRecomputeJobId(id),
      );
      return this.view(await this.find(id, manager.query.bind(manager)));
    });
  }

  async get(id: string): Promise<LeagueRecomputeView> {
    return this.view(await this.find(id, this.dataSource.query.bind(this.dataSource)));
  }

  /** Marks a request running; undefined when it has already ended (a late duplicate of its job). */
  async start(id: string): Promise<number | undefined> {
    const [rows]: [{ year: number }[], number] = await this.dataSource.query(
      `update league_recomputes set status = 'running', started_at = now()
        where id = $1 and status in ('requested', 'running') returning year`,
      [id],
    );
    return rows[0]?.year;
  }

  async finish(id: string): Promise<void> {
    await this.dataSource.query(
      `update league_recomputes set status = 'done', finished_at = now(), failure_reason = null where id = $1`,
      [id],
    );
  }

  async fail(id: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `update league_recomputes set status = 'failed', finished_at = now(), failure_reason = $2
        where id = $1 and status <> 'done'`,
      [id, reason.slice(0, 500)],
    );
  }

  /** Requests not ended whose latest step (request or start) is older than the grace period. */
  unfinished(graceSeconds: number): Promise<UnfinishedRecompute[]> {
    return this.dataSource.query(
      `select id, year, status from league_recomputes
        where status in ('requested', 'running')
          and coalesce(started_at, requested_at) < now() - make_interval(secs => $1)
        order by requested_at`,
      [graceSeconds],
    );
  }

  private async find(
    id: string,
    query: (sql: string, params: unknown[]) => Promise<RecomputeRow[]>,
  ): Promise<RecomputeRow> {
    const [row] = await query(
      `select id, year, status, requested_at, started_at, finished_at, failure_reason from league_recomputes where id = $1`,
      [id],
    );
    if (!row) throw DomainError.notFound('league recompute');
    return row;
  }

  private view(row: RecomputeRow): LeagueRecomputeView {
    return {
      id: row.id,
      year: row.year,
      status: row.status,
      requestedAt: row.requested_at.toISOString(),
      startedAt: row.started_at?.toISOString() ?? null,
      finishedAt: row.finished_at?.toISOString() ?? null,
      failureReason: row.failure_reason,
    };
  }
}
