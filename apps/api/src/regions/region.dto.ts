import { ApiProperty } from '@nestjs/swagger';

export class GridCellDto {
  @ApiProperty({ example: 3, minimum: 1, description: '1-based, from the west' })
  col: number;

  @ApiProperty({ example: 5, minimum: 1, description: '1-based, from the north' })
  row: number;
}

export class RegionDto {
  @ApiProperty({ example: '77', description: 'two-digit subject code' })
  code: string;

  @ApiProperty({ example: 'RU-MOW', nullable: true, type: String })
  isoCode: string | null;

  @ApiProperty({ example: 'Moscow' })
  nameEn: string;

  @ApiProperty({ example: 'г. Москва' })
  nameRu: string;

  @ApiProperty({ example: 'Central' })
  federalDistrict: string;

  @ApiProperty({ nullable: true, type: Number })
  population: number | null;

  @ApiProperty({ nullable: true, type: Number })
  populationYear: number | null;

  @ApiProperty({ description: 'active organisations on the platform' })
  organisations: number;

  @ApiProperty({
    type: GridCellDto,
    nullable: true,
    description:
      'the region’s square on the tile-grid map of Russia (about 20 columns × 10 rows, one region a cell)',
  })
  grid: GridCellDto | null;
}

export class RegionPageDto {
  @ApiProperty({ type: [RegionDto] })
  items: RegionDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}

export class RegionOrganisationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) legalForm: string | null;
  @ApiProperty({ format: 'date-time', description: 'when a platform admin verified it' }) verifiedAt: string;
}

export class RegionOrganisationPageDto {
  @ApiProperty({ type: [RegionOrganisationDto] }) items: RegionOrganisationDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
