import { PageQuery } from '@careledger/common';
import { RegionDirectory } from '@careledger/organisations';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RegionPageDto } from './region.dto.js';

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
}
