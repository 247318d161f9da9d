import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class PopulationInput {
  @ApiProperty({ example: 1_120_000, description: 'resident population on 1 January' })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  population: number;

  @ApiProperty({ example: 'Rosstat, 1 January 2025', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @Matches(/\S/, { message: 'must not be blank' })
  @MaxLength(500)
  source: string;
}

export class PopulationDto {
  @ApiProperty({ example: '48' }) regionCode: string;
  @ApiProperty({ example: 2025 }) year: number;
  @ApiProperty() population: number;
  @ApiProperty() source: string;
}
