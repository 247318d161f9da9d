import { PlatformRoleName } from '@careledger/accounts';
import { PlatformRoute } from '@careledger/auth';
import { PopulationsService } from '@careledger/regions';
import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { YearParam } from '../http/params.js';
import { PopulationDto, PopulationInput } from './population.dto.js';

@ApiTags('platform')
@Controller('admin/regions/:code/population')
export class AdminPopulationsController {
  constructor(private readonly populations: PopulationsService) {}

  @Put(':year')
  @PlatformRoute(PlatformRoleName.PlatformAdmin)
  @ApiOperation({ summary: 'Set a region’s population for a year (the newest year is the one in use)' })
  @ApiParam({ name: 'code', schema: { type: 'string', pattern: '^\\d{2}$', example: '48' } })
  @ApiOkResponse({ type: PopulationDto })
  @ApiNotFoundResponse({ description: 'no such region' })
  put(
    @Param('code') code: string,
    @YearParam() year: number,
    @Body() input: PopulationInput,
  ): Promise<PopulationDto> {
    return this.populations.put(code, year, input.population, input.source.trim());
  }
}
