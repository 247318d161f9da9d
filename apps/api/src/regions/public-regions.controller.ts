import { PageQuery } from '@careledger/common';
import { RegionDirectory } from '@careledger/organisations';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { RegionOrganisationPageDto, RegionPageDto } from './region.dto.js';

const regionCodeParam = {
  name: 'code',
  schema: { type: 'string', pattern: '^\\d{2}$', example: '48' },
} as const;

@ApiTags('public')
@Controller('public/regions')
export class PublicRegionsController {
  constructor(private readonly regions: RegionDirectory) {}

  @Get()
  @ApiOperation({ summary: 'Regions with population and the number of organisations on the platform' })
  @ApiOkResponse({ type: RegionPageDto })
  list(@Query() query: PageQuery): Promise<RegionPageDto> {
    return this.regions.list(query.limit, query.cursor);
  }

  @Get(':code/orgs')
  @ApiOperation({
    summary: 'The region’s organisations counted in public figures (verified and active), by name',
  })
  @ApiParam(regionCodeParam)
  @ApiOkResponse({ type: RegionOrganisationPageDto })
  @ApiNotFoundResponse({ description: 'no such region' })
  organisations(@Param('code') code: string, @Query() query: PageQuery): Promise<RegionOrganisationPageDto> {
    return this.regions.organisations(code, query.limit, query.cursor);
  }
}
