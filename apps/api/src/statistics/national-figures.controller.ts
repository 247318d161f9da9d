import { TtlCache } from '@careledger/common';
import { AppConfig } from '@careledger/config';
import { RegionalStatsService } from '@careledger/statistics';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { NationalFigures, nationalFigures } from './national-figures.js';
import { YearQuery } from './statistics.dto.js';

export class MeasureTotalsDto {
  @ApiProperty() beneficiariesServed: number;
  @ApiProperty() careEvents: number;
  @ApiProperty() spendKopecks: number;
}

export class NationalMonthDto extends MeasureTotalsDto {
  @ApiProperty({ example: '2026-03' }) month: string;
}

export class NationalFiguresDto extends MeasureTotalsDto {
  @ApiProperty() year: number;
  @ApiProperty({ description: 'regions summed: every region of the reference data' }) regions: number;
  @ApiProperty({ description: 'the sum of the regions’ latest known populations' }) population: number;
  @ApiProperty({ description: 'organisations counted in public figures' }) organisations: number;
  @ApiProperty({
    type: MeasureTotalsDto,
    description: 'per measure, the regions whose total is withheld and so left out of the sum',
  })
  withheldRegions: MeasureTotalsDto;
  @ApiProperty({
    type: [NationalMonthDto],
    description: 'each month summed over the regions that publish it',
  })
  perMonth: NationalMonthDto[];
}

/** The country's figures for a region's page or dashboard to stand against: sums of published ones. */
@ApiTags('statistics')
@Controller('public/national-figures')
export class NationalFiguresController {
  private readonly cache: TtlCache<NationalFigures>;

  constructor(
    private readonly regions: RegionalStatsService,
    private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.cache = new TtlCache(config.PUBLIC_STATS_CACHE_SECONDS * 1000);
  }

  @Get()
  @ApiOperation({
    summary: 'National figures of a year: the sums of every region’s published figures',
    description:
      'A withheld regional figure stays withheld: it is left out of the sum (a lower bound then) and counted in withheldRegions. ' +
      'A person helped in two regions counts in each, as in each region’s figures.',
  })
  @ApiOkResponse({ type: NationalFiguresDto })
  figures(@Query() query: YearQuery): Promise<NationalFiguresDto> {
    return this.cache.get(String(query.year), async () => {
      const codes: { code: string }[] = await this.dataSource.query(`select code from regions order by code`);
      // the pool queues what it cannot run at once
      const regions = await Promise.all(codes.map(({ code }) => this.regions.region(code, query.year)));
      return nationalFigures(query.year, regions);
    });
  }
}
