import { JobHandler, JobOf } from '@careledger/jobs';
import { LeagueRecomputesService, LeagueService } from '@careledger/statistics';
import { Injectable, Logger } from '@nestjs/common';

/**
 * Recomputes the league table every night (this year and last) and on a platform admin's request,
 * whose row it keeps up to date: running, then done, or failed once the job's attempts are spent.
 */
@Injectable()
export class LeagueRecomputeProcessor implements JobHandler<'league.recompute'> {
  readonly jobName = 'league.recompute';
  readonly schedule = { schedulerId: 'league-nightly', repeat: { pattern: '0 2 * * *' } };
  private readonly logger = new Logger(LeagueRecomputeProcessor.name);

  constructor(
    private readonly league: LeagueService,
    private readonly recomputes: LeagueRecomputesService,
  ) {}

  async handle(payload: JobOf<'league.recompute'>): Promise<void> {
    if (payload.recomputeId) {
      const year = await this.recomputes.start(payload.recomputeId);
      // A late duplicate of a request that has already ended.
      if (year === undefined) return;
      await this.recompute([year]);
      await this.recomputes.finish(payload.recomputeId);
      return;
    }
    const thisYear = new Date().getUTCFullYear();
    await this.recompute(payload.year ? [payload.year] : [thisYear, thisYear - 1]);
  }

  async failedForGood(payload: JobOf<'league.recompute'>, reason: string): Promise<void> {
    if (payload.recomputeId) await this.recomputes.fail(payload.recomputeId, `recomputing failed: ${reason}`);
  }

  private async recompute(years: number[]): Promise<void> {
    for (const year of years) {
      const snapshot = await this.league.recompute(year);
      this.logger.log(
        `league table ${year} recomputed: ${snapshot.result.rows.filter((row) => row.ranked).length} regions ranked`,
      );
    }
  }
}
