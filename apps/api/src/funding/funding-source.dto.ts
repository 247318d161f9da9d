import { IfPresent } from '@careledger/common';
import { FundingKind } from '@careledger/funding';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsEnum,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

const datePattern = /^(19|20)\d{2}-\d{2}-\d{2}$/;

/** Validates the field when it is present; `null` is refused (the field cannot be cleared). */

export class FundingSourceInput {
  @ApiProperty({ example: 'Грант на паллиативную помощь 2026', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name: string;

  @ApiProperty({ example: 'Фонд президентских грантов', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  funderName: string;

  @ApiProperty({ enum: FundingKind })
  @IsEnum(FundingKind)
  kind: FundingKind;

  @ApiPropertyOptional({ example: 150000000, minimum: 0, description: 'the amount granted, in kopecks' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  amountKopecks?: number;

  @ApiPropertyOptional({ format: 'date', example: '2026-01-01' })
  @IsOptional()
  @Matches(datePattern, { message: 'must be a date YYYY-MM-DD from 1900 to 2099' })
  @IsISO8601({ strict: true }, { message: 'must be a date YYYY-MM-DD from 1900 to 2099' })
  periodFrom?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-12-31', description: 'not before periodFrom' })
  @IsOptional()
  @Matches(datePattern, { message: 'must be a date YYYY-MM-DD from 1900 to 2099' })
  @IsISO8601({ strict: true }, { message: 'must be a date YYYY-MM-DD from 1900 to 2099' })
  periodTo?: string;
}

/** A partial change; `amountKopecks`, `periodFrom` and `periodTo` may be set to null to clear them. */
export class FundingSourcePatchInput {
  @ApiPropertyOptional({ maxLength: 300 })
  @IfPresent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name?: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @IfPresent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  funderName?: string;

  @ApiPropertyOptional({ enum: FundingKind })
  @IfPresent()
  @IsEnum(FundingKind)
  kind?: FundingKind;

  @ApiPropertyOptional({ minimum: 0, nullable: true, type: Number })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  amountKopecks?: number | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @Matches(datePattern, { message: 'must be a date YYYY-MM-DD from 1900 to 2099' })
  @IsISO8601({ strict: true }, { message: 'must be a date YYYY-MM-DD from 1900 to 2099' })
  periodFrom?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @Matches(datePattern, { message: 'must be a date YYYY-MM-DD from 1900 to 2099' })
  @IsISO8601({ strict: true }, { message: 'must be a date YYYY-MM-DD from 1900 to 2099' })
  periodTo?: string | null;
}

export class FundingSourceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() funderName: string;
  @ApiProperty({ enum: FundingKind }) kind: FundingKind;
  @ApiProperty({ nullable: true, type: Number }) amountKopecks: number | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) periodFrom: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) periodTo: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class FundingSourcePageDto {
  @ApiProperty({ type: [FundingSourceDto] }) items: FundingSourceDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
