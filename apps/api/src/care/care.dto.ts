import { MultiLine, PageQuery } from '@careledger/common';
import { CareEventKind } from '@careledger/care';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../beneficiaries/beneficiary.dto.js';
import { IsNumberWithPlaces } from '../http/params.js';

const maxQuantity = 1_000_000_000;
const maxKopecks = 1_000_000_000_000;

export class CareLineInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  itemId: string;

  @ApiProperty({ example: 3, description: 'greater than 0, at most 3 decimals' })
  @IsNumberWithPlaces(3)
  @Min(0.001)
  @Max(maxQuantity)
  quantity: number;

  @ApiPropertyOptional({ example: 45000, description: 'defaults to the item’s default unit cost' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(maxKopecks)
  unitCostKopecks?: number;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  fundingSourceId?: string;
}

export class CareEventInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  beneficiaryId: string;

  @ApiProperty({ format: 'date-time', description: 'ISO 8601 with offset; not in the future' })
  @IsISO8601({ strict: true, strictSeparator: true })
  occurredAt: string;

  @ApiProperty({ enum: CareEventKind })
  @IsEnum(CareEventKind)
  kind: CareEventKind;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @MultiLine()
  note?: string;

  @ApiProperty({ type: [CareLineInput], minItems: 1, maxItems: 200 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsObject({ each: true, message: 'must hold an object in each element' })
  @ValidateNested({ each: true })
  @Type(() => CareLineInput)
  lines: CareLineInput[];
}

export class CareEventBatchInput {
  @ApiProperty({ type: [CareEventInput], minItems: 1, maxItems: 1000 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsObject({ each: true, message: 'must hold an object in each element' })
  @ValidateNested({ each: true })
  @Type(() => CareEventInput)
  events: CareEventInput[];
}

export class VoidInput {
  @ApiProperty({ example: 'Ошибка ввода: выдано другому подопечному', maxLength: 1000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  @MultiLine()
  reason: string;
}

export class CareEventQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() beneficiaryId?: string;
  @ApiPropertyOptional({
    format: 'date',
    description: 'first day, inclusive, in the organisation’s time zone: from its 00:00 local time',
  })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({
    format: 'date',
    description:
      'last day, inclusive, in the organisation’s time zone: up to the next day’s 00:00 local time',
  })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
  @ApiPropertyOptional({ enum: CareEventKind }) @IsOptional() @IsEnum(CareEventKind) kind?: CareEventKind;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() fundingSourceId?: string;
}

export class CareLineDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() lineNo: number;
  @ApiProperty({ format: 'uuid' }) itemId: string;
  @ApiProperty({ description: 'negative in a reversing entry' }) quantity: number;
  @ApiProperty() unitCostKopecks: number;
  @ApiProperty() costKopecks: number;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) fundingSourceId: string | null;
}

export class CareEventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) beneficiaryId: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ enum: CareEventKind }) kind: CareEventKind;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) loggedBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) reversesEventId: string | null;
  @ApiProperty({ nullable: true, type: String }) voidReason: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) voidedByEventId: string | null;
  @ApiProperty() totalCostKopecks: number;
  @ApiProperty({ type: [CareLineDto] }) lines: CareLineDto[];
}

export class CareEventPageDto {
  @ApiProperty({ type: [CareEventDto] }) items: CareEventDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class BatchResultDto {
  @ApiProperty() created: number;
  @ApiProperty({ type: [String] }) ids: string[];
}

export class NeedInput {
  @ApiProperty({ format: 'uuid' }) @IsUUID() itemId: string;

  @ApiProperty({ example: 30 })
  @IsNumberWithPlaces(3)
  @Min(0.001)
  @Max(maxQuantity)
  quantityPerMonth: number;

  @ApiProperty({ format: 'date', example: '2026-01-01' })
  @IsISO8601({ strict: true })
  @MaxLength(10)
  from: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(10)
  to?: string;
}

export class NeedsInput {
  @ApiProperty({ type: [NeedInput], maxItems: 500 })
  @IsArray()
  @ArrayMaxSize(500)
  @IsObject({ each: true, message: 'must hold an object in each element' })
  @ValidateNested({ each: true })
  @Type(() => NeedInput)
  needs: NeedInput[];
}

export class NeedDto {
  @ApiProperty({ format: 'uuid' }) itemId: string;
  @ApiProperty() quantityPerMonth: number;
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) to: string | null;
}

export class CoverageDto {
  @ApiProperty({ format: 'uuid' }) itemId: string;
  @ApiProperty() needed: number;
  @ApiProperty() delivered: number;
  @ApiProperty({ nullable: true, type: Number, description: 'delivered / needed' }) coverage: number | null;
}

export class BeneficiaryCareDto {
  @ApiProperty({ format: 'uuid' }) beneficiaryId: string;
  @ApiProperty({ type: [NeedDto] }) needs: NeedDto[];
  @ApiProperty({ type: [CoverageDto] }) coverage: CoverageDto[];
  @ApiProperty({ type: [CareEventDto] }) events: CareEventDto[];
}
