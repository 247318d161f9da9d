import { ApiProperty } from '@nestjs/swagger';

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
}

export class RegionPageDto {
  @ApiProperty({ type: [RegionDto] })
  items: RegionDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}
