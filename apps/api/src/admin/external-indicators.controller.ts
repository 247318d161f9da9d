import { PlatformRoleName } from '@careledger/accounts';
import { PlatformRoute } from '@careledger/auth';
import { DomainError, ErrorCode } from '@careledger/common';
import { ExternalIndicatorsService } from '@careledger/statistics';
import { Body, Controller, Headers, Put } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { YearParam } from '../http/params.js';

export class ExternalIndicatorsUploadDto {
  @ApiProperty({ type: 'integer', example: 2024 }) year: number;
  @ApiProperty({ type: 'integer', description: 'rows stored for the year' }) rows: number;
}

@ApiTags('platform')
@Controller('admin/external-indicators')
export class AdminExternalIndicatorsController {
  constructor(private readonly indicators: ExternalIndicatorsService) {}

  @Put(':year')
  @PlatformRoute(PlatformRoleName.PlatformAdmin)
  @ApiOperation({
    summary: 'Replace a year’s external indicators with a CSV file',
    description:
      'Header `regionCode,indicator,value,source`. Every row is checked: when any is bad, the answer is 400 ' +
      'naming each bad line (`line 7`; the header is line 1) and nothing is stored.',
  })
  @ApiConsumes('text/csv')
  @ApiOkResponse({ type: ExternalIndicatorsUploadDto })
  @ApiBody({
    schema: {
      type: 'string',
      example: 'regionCode,indicator,value,source\n48,grants_per_100k,12.5,Rosstat\n',
    },
  })
  replace(
    @YearParam() year: number,
    @Headers('content-type') contentType: string | undefined,
    @Body() body: unknown,
  ): Promise<ExternalIndicatorsUploadDto> {
    if (!contentType?.toLowerCase().startsWith('text/csv') || typeof body !== 'string') {
      throw new DomainError(
        ErrorCode.UnsupportedMediaType,
        'send the CSV file itself as the body, with Content-Type: text/csv',
      );
    }
    return this.indicators.replaceYear(year, body);
  }
}
