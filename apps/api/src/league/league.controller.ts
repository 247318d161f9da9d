import { PlatformRoleName } from '@careledger/accounts';
import { CurrentUserId, PlatformRoute } from '@careledger/auth';
import {
  LeagueRecomputesService,
  LeagueRecomputeStatus,
  LeagueRecomputeView,
  LeagueService,
} from '@careledger/statistics';
import { DomainError } from '@careledger/common';
import { LeagueRow } from '@careledger/league';
import { Controller, Get, Header, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { UuidParam } from '../http/params.js';
import { LeagueMethodologyDto, LocalisedNameDto } from './league.responses.js';
import { growthPoints, pillarStandings } from './region-standing.js';

export class LeagueQuery {
  @ApiPropertyOptional({ example: 2026, description: 'the latest computed year when left out' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({
    example: 2,
    default: 2,
    description: 'methodology version; the current one when left out',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  methodology?: number;
}

export class MethodologyVersionQuery {
  @ApiPropertyOptional({ example: 2, description: 'methodology version; the current one when left out' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  version?: number;
}

export class RecomputeQuery {
  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;
}

export class LeagueRecomputeDto implements LeagueRecomputeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: LeagueRecomputeStatus }) status: LeagueRecomputeStatus;
  @ApiProperty({ format: 'date-time' }) requestedAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) startedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) finishedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) failureReason: string | null;
}

export class LeagueCoverageDto {
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'verified, active organisations on the platform',
  })
  csosOnPlatform: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'registered CSOs (external indicator registered_csos)',
  })
  registeredCsos: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'csosOnPlatform / registeredCsos' })
  share: number | null;
}

export class LeagueRowDto {
  @ApiProperty({ nullable: true, type: Number }) rank: number | null;
  @ApiProperty() regionCode: string;
  @ApiProperty() regionName: string;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'unrounded, so the ranks follow from it exactly; round to 1 decimal for display',
  })
  score: number | null;
  @ApiProperty({ nullable: true, enum: ['A', 'B', 'C', 'D'] }) tier: string | null;
  @ApiProperty({
    nullable: true,
    type: [Number],
    description: '5th and 95th percentile rank over Monte Carlo draws',
  })
  rankInterval: [number, number] | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number', nullable: true } }) pillars: Record<
    string,
    number | null
  >;
  @ApiProperty() ranked: boolean;
  @ApiPropertyOptional() reason?: string;
  @ApiPropertyOptional({ type: LeagueCoverageDto, description: 'how much of the region the platform sees' })
  coverage?: LeagueCoverageDto;
}

export class LeagueTableDto {
  @ApiProperty() year: number;
  @ApiProperty() methodologyVersion: number;
  @ApiProperty({ format: 'date-time' }) computedAt: string;
  @ApiProperty({ type: [LeagueRowDto] }) rows: LeagueRowDto[];
}

export class PillarStandingDto {
  @ApiProperty({ example: 'A' }) id: string;
  @ApiProperty({ type: LocalisedNameDto }) name: LocalisedNameDto;
  @ApiProperty({ nullable: true, type: Number, description: 'the region’s pillar score, 0–100' })
  score: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'the median of the pillar over the ranked regions',
  })
  nationalMedian: number | null;
}

export class GrowthPointDto {
  @ApiProperty({ example: 'A1' }) indicator: string;
  @ApiProperty({ type: LocalisedNameDto }) name: LocalisedNameDto;
  @ApiProperty() unit: string;
  @ApiProperty({ enum: [1, -1], description: '1: to be raised; -1: to be lowered' }) direction: 1 | -1;
  @ApiProperty({ description: 'the region’s value, from the published inputs' }) value: number;
  @ApiProperty({ description: 'the median over the ranked regions' }) median: number;
  @ApiProperty({ description: 'how far the region trails the median, in the indicator’s unit (always > 0)' })
  gap: number;
  @ApiProperty({ description: 'the gap over the spread (max − min) of the ranked regions’ values, 0–1' })
  normalisedGap: number;
}

export class RegionLeagueDto {
  @ApiProperty() year: number;
  @ApiProperty() methodologyVersion: number;
  @ApiProperty({ format: 'date-time' }) computedAt: string;
  @ApiProperty({ description: 'how many regions the table ranks' }) rankedRegions: number;
  @ApiProperty({ type: LeagueRowDto }) row: LeagueRowDto;
  @ApiProperty({ type: [PillarStandingDto] }) pillars: PillarStandingDto[];
  @ApiProperty({
    type: [GrowthPointDto],
    description:
      'up to 3 indicators where the region trails the median of the ranked regions most (by normalisedGap); none for a region not ranked',
  })
  growthPoints: GrowthPointDto[];
}

function rowDto(row: LeagueRow): LeagueRowDto {
  return {
    rank: row.rank,
    regionCode: row.regionCode,
    regionName: row.regionName,
    score: row.score,
    tier: row.tier,
    rankInterval: row.rankInterval,
    pillars: row.pillars,
    ranked: row.ranked,
    ...(row.reason ? { reason: row.reason } : {}),
    coverage: row.coverage,
  };
}

const csvAnswer = {
  description: 'one row per region; the columns are described by the methodology’s `recomputation.columns`',
  content: { 'text/csv': { schema: { type: 'string' } } },
};

@ApiTags('league')
@Controller()
export class LeagueController {
  constructor(
    private readonly league: LeagueService,
    private readonly recomputes: LeagueRecomputesService,
  ) {}

  @Get('public/league-table')
  @ApiOperation({ summary: 'The regional league table of a year, from the latest computation' })
  @ApiOkResponse({ type: LeagueTableDto })
  @ApiNotFoundResponse({ description: 'no league table computed for the year' })
  async table(@Query() query: LeagueQuery): Promise<LeagueTableDto> {
    const snapshot = await this.league.latestPublished(await this.yearOf(query), query.methodology);
    return {
      year: snapshot.year,
      methodologyVersion: snapshot.methodologyVersion,
      computedAt: snapshot.computedAt,
      rows: snapshot.result.rows.map(rowDto),
    };
  }

  @Get('public/league-table/regions/:code')
  @ApiOperation({
    summary: 'A region’s league row, its pillars against the national medians, and its growth points',
    description:
      'Medians are over the ranked regions; every value comes from the published inputs (inputs.csv) of the same computation.',
  })
  @ApiParam({ name: 'code', schema: { type: 'string', pattern: '^\\d{2}$', example: '48' } })
  @ApiOkResponse({ type: RegionLeagueDto })
  @ApiNotFoundResponse({ description: 'no league table computed for the year, or no such region in it' })
  async region(@Param('code') code: string, @Query() query: LeagueQuery): Promise<RegionLeagueDto> {
    const snapshot = await this.league.latestPublished(await this.yearOf(query), query.methodology);
    const rows = snapshot.result.rows;
    const row = rows.find((candidate) => candidate.regionCode === code);
    if (!row) throw DomainError.notFound('region');
    const methodology = this.league.methodology(snapshot.methodologyVersion);
    const ranked = new Set(
      rows.filter((candidate) => candidate.ranked).map((candidate) => candidate.regionCode),
    );
    return {
      year: snapshot.year,
      methodologyVersion: snapshot.methodologyVersion,
      computedAt: snapshot.computedAt,
      rankedRegions: ranked.size,
      row: rowDto(row),
      pillars: pillarStandings(methodology, rows, row),
      growthPoints: growthPoints(methodology, snapshot.inputs, ranked, code),
    };
  }

  @Get('public/league-table/methodology')
  @ApiOperation({
    summary: 'The methodology as data: pillars, indicators, directions, weights, goalposts',
    description:
      '`recomputation` states the seed, draws, generator, every step, rounding and every CSV column',
  })
  @ApiOkResponse({ type: LeagueMethodologyDto })
  @ApiNotFoundResponse({ description: 'no such methodology version' })
  methodology(@Query() query: MethodologyVersionQuery): unknown {
    return this.league.publishedMethodology(query.version);
  }

  @Get('public/league-table/inputs.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The inputs of the latest computation, as CSV' })
  @ApiOkResponse(csvAnswer)
  @ApiNotFoundResponse({ description: 'no league table computed for the year' })
  async inputs(@Query() query: LeagueQuery): Promise<string> {
    return this.league.inputsCsv(await this.yearOf(query), query.methodology);
  }

  @Get('public/league-table/results.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The results of the latest computation, as CSV' })
  @ApiOkResponse(csvAnswer)
  @ApiNotFoundResponse({ description: 'no league table computed for the year' })
  async results(@Query() query: LeagueQuery): Promise<string> {
    return this.league.resultsCsv(await this.yearOf(query), query.methodology);
  }

  @Post('admin/league-table/recompute')
  @HttpCode(202)
  @PlatformRoute(PlatformRoleName.PlatformAdmin)
  @ApiOperation({
    summary: 'Recompute a year’s league table in the worker',
    description: 'Answers with the request, whose state (requested, running, done, failed) is kept.',
  })
  @ApiAcceptedResponse({ type: LeagueRecomputeDto })
  recompute(@Query() query: RecomputeQuery, @CurrentUserId() userId: string): Promise<LeagueRecomputeDto> {
    return this.recomputes.request(query.year, userId);
  }

  @Get('admin/league-table/recomputes/:id')
  @PlatformRoute(PlatformRoleName.PlatformAdmin)
  @ApiOperation({ summary: 'The state of a league recompute request' })
  @ApiOkResponse({ type: LeagueRecomputeDto })
  @ApiNotFoundResponse({ description: 'no such recompute request' })
  recomputeState(@UuidParam('id') id: string): Promise<LeagueRecomputeDto> {
    return this.recomputes.get(id);
  }

  @Get('admin/league-table/recompute/:jobId')
  @PlatformRoute(PlatformRoleName.PlatformAdmin)
  @ApiOperation({
    summary: 'The state of a league recompute, by the id its request answered',
    description: 'The same as `/admin/league-table/recomputes/{id}`: requested, running, done or failed.',
  })
  @ApiOkResponse({ type: LeagueRecomputeDto })
  @ApiNotFoundResponse({ description: 'no such recompute request' })
  recomputeJob(@UuidParam('jobId') jobId: string): Promise<LeagueRecomputeDto> {
    return this.recomputes.get(jobId);
  }

  private yearOf(query: LeagueQuery): Promise<number> {
    return query.year === undefined ? this.league.latestYear(query.methodology) : Promise.resolve(query.year);
  }
}
