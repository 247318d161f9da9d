import { Access, AuthorityRoute, Org, OrgRoute } from '@careledger/auth';
import type { OrgContext } from '@careledger/auth';
import { DomainError } from '@careledger/common';
import { MetricsService, RegionalStatsService } from '@careledger/statistics';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../http/params.js';
import {
  AuthorityRegionStatsDto,
  AuthorityStatsQuery,
  OrganisationMetricsDto,
  PublicOrganisationDto,
  RegionStatsDto,
  YearQuery,
} from './statistics.dto.js';

const regionCodeParam = {
  name: 'code',
  schema: { type: 'string', pattern: '^\\d{2}$', example: '48' },
} as const;

/** How every statistics route counts, said in each one's description. */
const ownCounting =
  'Years and months are the organisation’s local ones (its time zone). Counts everything the ' +
  'organisation did, whether or not a person consented to statistics. Quantities are given per ' +
  'category and unit, never added across units.';
const publicCounting =
  'Years and months are each organisation’s local ones (its time zone). Counts a person’s care only ' +
  'while a statistics consent of theirs was in force when it was given: care after a withdrawal is left ' +
  'out, care before it stays counted. Quantities are given per category and unit, never added across ' +
  'units. Figures about fewer than SUPPRESSION_K people are withheld (null, named in `suppressed`).';

function regionCode(code: string): string {
  if (!/^\d{2}$/.test(code)) throw DomainError.notFound('region');
  return code;
}

@ApiTags('statistics')
@Controller()
export class StatisticsController {
  constructor(
    private readonly metrics: MetricsService,
    private readonly regions: RegionalStatsService,
  ) {}

  @Get('orgs/:orgId/metrics')
  @OrgRoute(Access.Read)
  @ApiOperation({
    summary: 'The organisation’s figures for a year, in full (members only)',
    description: ownCounting,
  })
  @ApiOkResponse({ type: OrganisationMetricsDto })
  organisationMetrics(@Org() org: OrgContext, @Query() query: YearQuery): Promise<OrganisationMetricsDto> {
    return this.metrics.organisation(org.orgId, query.year);
  }

  @Get('public/orgs/:orgId')
  @ApiOperation({ summary: 'Public profile and figures by year, suppressed', description: publicCounting })
  @ApiOkResponse({ type: PublicOrganisationDto })
  @ApiNotFoundResponse({ description: 'no such organisation, or not verified' })
  publicOrganisation(@UuidParam('orgId') orgId: string): Promise<PublicOrganisationDto> {
    return this.metrics.publicProfile(orgId);
  }

  @Get('public/regions/:code/stats')
  @ApiOperation({ summary: 'A region’s aggregates for a year, suppressed', description: publicCounting })
  @ApiParam(regionCodeParam)
  @ApiOkResponse({ type: RegionStatsDto })
  @ApiNotFoundResponse({ description: 'no such region' })
  publicRegion(@Param('code') code: string, @Query() query: YearQuery): Promise<RegionStatsDto> {
    return this.regions.region(regionCode(code), query.year);
  }

  @Get('regions/:code/stats')
  @AuthorityRoute()
  @ApiOperation({
    summary: 'For the region’s authority: per organisation and per month, never below k',
    description: publicCounting,
  })
  @ApiParam(regionCodeParam)
  @ApiOkResponse({ type: AuthorityRegionStatsDto })
  @ApiNotFoundResponse({ description: 'no such region' })
  authorityRegion(
    @Param('code') code: string,
    @Query() query: AuthorityStatsQuery,
  ): Promise<AuthorityRegionStatsDto> {
    return this.regions.forAuthority(regionCode(code), query.year);
  }
}
