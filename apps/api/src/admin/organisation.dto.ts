import { MultiLine, PageQuery } from '@careledger/common';
import { OrganisationStatus } from '@careledger/organisations';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { IsKnownRegion } from '../http/params.js';
import { SuspensionDto } from '../orgs/organisation.dto.js';

export class AdminOrganisationQuery extends PageQuery {
  @ApiPropertyOptional({ enum: OrganisationStatus })
  @IsOptional()
  @IsEnum(OrganisationStatus)
  status?: OrganisationStatus;

  @ApiPropertyOptional({ type: Boolean, description: 'false: organisations awaiting verification' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  verified?: boolean;

  @ApiPropertyOptional({ example: '48' })
  @IsOptional()
  @IsKnownRegion()
  regionCode?: string;

  @ApiPropertyOptional({ description: 'part of the name, any case', maxLength: 200 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  q?: string;
}

export class OrganisationStatusInput {
  @ApiProperty({
    enum: OrganisationStatus,
    description:
      'suspended leaves public statistics and withdraws its published reports; members and API keys may read and export, not write',
  })
  @IsEnum(OrganisationStatus)
  status: OrganisationStatus;

  @ApiPropertyOptional({
    description:
      'why: required to suspend (its members read it in every refused write; a new reason replaces the old), optional to reinstate; kept in its audit log',
    maxLength: 500,
  })
  @ValidateIf(
    (input: OrganisationStatusInput, reason) =>
      input.status === OrganisationStatus.Suspended || reason !== undefined,
  )
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  @MultiLine()
  reason?: string;
}

export class VerifyOrganisationInput {
  @ApiProperty({
    example: '48',
    description: 'the region the registry extract gives; must be the registered one',
  })
  @IsKnownRegion()
  regionCode: string;
}

export class UnverifyOrganisationInput {
  @ApiPropertyOptional({
    description: 'why verification is withdrawn (kept in the audit log)',
    maxLength: 500,
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason?: string;
}

export class AdminOrganisationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) inn: string | null;
  @ApiProperty({ nullable: true, type: String }) ogrn: string | null;
  @ApiProperty({ example: '48' }) regionCode: string;
  @ApiProperty({ enum: OrganisationStatus }) status: OrganisationStatus;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'when a platform admin verified it; null: not counted in public statistics or the league',
  })
  verifiedAt: string | null;
  @ApiProperty({
    type: SuspensionDto,
    nullable: true,
    description: 'set while suspended: since when and why',
  })
  suspension: SuspensionDto | null;
  @ApiProperty({ description: 'number of members' }) members: number;
}

export class AdminOrganisationPageDto {
  @ApiProperty({ type: [AdminOrganisationDto] })
  items: AdminOrganisationDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}
