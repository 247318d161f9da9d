import { IfPresent, message, MultiLine } from '@careledger/common';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsTimeZone, Max, MaxLength, Min } from 'class-validator';
import { IsInn, IsKnownRegion, IsNumberWithPlaces, IsOgrn } from '../http/params.js';

export class OrganisationInput {
  @ApiProperty({ example: 'Благотворительный фонд «Добрые руки»', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name: string;

  @ApiProperty({ example: '48', description: 'two-digit region (federal subject) code' })
  @IsKnownRegion()
  regionCode: string;

  @ApiPropertyOptional({ example: '7707083893' })
  @IsOptional()
  @IsInn()
  inn?: string;

  @ApiPropertyOptional({ example: '1027700132195' })
  @IsOptional()
  @IsOgrn()
  ogrn?: string;

  @ApiPropertyOptional({ example: 'АНО', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  legalForm?: string;
}

// Absent fields stay as they are; null is no name or region (the columns are NOT NULL), so it is refused.
export class OrganisationPatch extends PartialType(OrganisationInput, { skipNullProperties: false }) {
  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @MultiLine()
  publicDescription?: string;

  @ApiPropertyOptional({
    example: 'Europe/Samara',
    maxLength: 64,
    description:
      'IANA time zone of its calendar: days and months of care, rollups, statistics, reports and period filters follow it. Changing it recounts its care on the new calendar.',
  })
  @IfPresent()
  @IsString()
  @MaxLength(64)
  @IsTimeZone({ message: message('field.timeZone') })
  timeZone?: string;
}

export class SuspensionDto {
  @ApiProperty({ format: 'date-time' }) since: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'why a platform admin suspended it; null if suspended before reasons were kept',
  })
  reason: string | null;
}

export class OrganisationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) inn: string | null;
  @ApiProperty({ nullable: true, type: String }) ogrn: string | null;
  @ApiProperty() regionCode: string;
  @ApiProperty({
    example: 'Europe/Moscow',
    description:
      'IANA time zone its days and months of care are counted in: its region’s unless its admin changed it',
  })
  timeZone: string;
  @ApiProperty({ nullable: true, type: String }) legalForm: string | null;
  @ApiProperty({ nullable: true, type: String }) publicDescription: string | null;
  @ApiProperty({ enum: ['active', 'suspended'] }) status: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description:
      'when a platform admin verified it; null: its figures count in no public statistic or league yet',
  })
  verifiedAt: string | null;

  @ApiProperty({
    type: SuspensionDto,
    nullable: true,
    description: 'set while suspended: members read and export its data, and write nothing',
  })
  suspension: SuspensionDto | null;
}

export class ProfileInput {
  @ApiProperty({ example: 4.5, description: 'staff in full-time equivalents' })
  @IsNumberWithPlaces(2)
  @Min(0)
  @Max(100000)
  staffFte: number;

  @ApiProperty({ example: 30 })
  @IsInt()
  @Min(0)
  @Max(10000000)
  volunteers: number;
}

export class ProfileDto {
  @ApiProperty() year: number;
  @ApiProperty() staffFte: number;
  @ApiProperty() volunteers: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
