import { JobHandler, JobOf, QueueRegistry } from '@careledger/jobs';
import { LeagueService } from '@careledger/statistics';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';

const nightly = '0 2 * * *';

/** Recomputes the league table on request and every night (this year and last), storing snapshots. */
@Injectable()
export class LeagueRecomputeProcessor implements JobHandler<'league.recompute'>, OnApplicationBootstrap {
  readonly jobName = 'league.recompute';
  private readonly logger = new Logger(LeagueRecomputeProcessor.name);

  constructor(
    private readonly league: LeagueService,
    private readonly queues: QueueRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues
      .schedule(this.jobName, 'league-nightly', { pattern: nightly })
      .catch((error: Error) => this.logger.warn(`nightly league recompute not scheduled: ${error.message}`));
  }

  async handle(payload: JobOf<'league.recompute'>): Promise<void> {
    const thisYear = new Date().getUTCFullYear();
    const years = payload.year ? [payload.year] : [thisYear, thisYear - 1];
    for (const year of years) {
      const snapshot = await this.league.recompute(year);
      this.logger.log(
        `league table ${year} recomputed: ${snapshot.result.rows.filter((row) => row.ranked).length} regions ranked`,
      );
    }
  }
}
