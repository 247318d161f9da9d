import { PageQuery } from '@careledger/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsCalendarDate } from '../beneficiaries/beneficiary.dto.js';

const types = ['activity', 'funding_source', 'beneficiary_statement'] as const;
const languages = ['ru', 'en'] as const;

export class ReportRequestInput {
  @ApiProperty({ enum: types })
  @IsIn(types)
  type: (typeof types)[number];

  @ApiProperty({
    format: 'date',
    example: '2026-10-01',
    description: 'first day, inclusive, in the organisation’s time zone (from its 00:00 local time)',
  })
  @IsISO8601({ strict: true })
  @MaxLength(10)
  periodFrom: string;

  @ApiProperty({
    format: 'date',
    example: '2026-10-31',
    description:
      'last day, inclusive, in the organisation’s time zone (up to the next day’s 00:00 local time)',
  })
  @IsISO8601({ strict: true })
  @MaxLength(10)
  periodTo: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'required for a funding_source report' })
  @IsOptional()
  @IsUUID()
  fundingSourceId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'required for a beneficiary_statement' })
  @IsOptional()
  @IsUUID()
  beneficiaryId?: string;

  @ApiProperty({ enum: languages })
  @IsIn(languages)
  language: (typeof languages)[number];
}

export class ReportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: types }) type: string;
  @ApiProperty({ enum: languages }) language: string;
  @ApiProperty({ format: 'date' }) periodFrom: string;
  @ApiProperty({ format: 'date' }) periodTo: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) fundingSourceId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) beneficiaryId: string | null;
  @ApiProperty({ enum: ['queued', 'running', 'ready', 'failed'] }) status: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) progress: number;
  @ApiProperty({ nullable: true, type: String }) failureReason: string | null;
  @ApiProperty({ nullable: true, type: String }) sha256: string | null;
  @ApiProperty({ nullable: true, type: Number }) pages: number | null;
  @ApiProperty({ nullable: true, type: Number }) bytes: number | null;
  @ApiProperty({ format: 'date-time' }) requestedAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) readyAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) publishedAt: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'the report’s public page (PUBLIC_BASE_URL/reports/{id}) once published',
  })
  publicUrl: string | null;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'the schedule that requested it; null when a person did',
  })
  scheduleId: string | null;
}

export class ReportPageDto {
  @ApiProperty({ type: [ReportDto] }) items: ReportDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class ScheduleInput {
  @ApiProperty({ enum: ['monthly', 'quarterly', 'yearly'] })
  @IsIn(['monthly', 'quarterly', 'yearly'])
  cadence: 'monthly' | 'quarterly' | 'yearly';

  @ApiProperty({ enum: languages })
  @IsIn(languages)
  language: (typeof languages)[number];

  @ApiProperty()
  @IsBoolean()
  autoPublish: boolean;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'required for a funding_source schedule (one schedule per source), refused for activity',
  })
  @IsOptional()
  @IsUUID()
  fundingSourceId?: string;
}

export class ScheduleScopeQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'the source of a funding_source schedule' })
  @IsOptional()
  @IsUUID()
  fundingSourceId?: string;
}

export class ScheduleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['activity', 'funding_source'] }) type: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) fundingSourceId: string | null;
  @ApiProperty({ enum: ['monthly', 'quarterly', 'yearly'] }) cadence: string;
  @ApiProperty({ enum: languages }) language: string;
  @ApiProperty() autoPublish: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class SchedulePageDto {
  @ApiProperty({ type: [ScheduleDto] }) items: ScheduleDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class PublicReportQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() orgId?: string;
  @ApiPropertyOptional({ example: '48' }) @IsOptional() @Matches(/^\d{2}$/) regionCode?: string;
  @ApiPropertyOptional({ example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ enum: types }) @IsOptional() @IsIn(types) type?: (typeof types)[number];

  @ApiPropertyOptional({
    format: 'date',
    example: '2026-01-01',
    description: 'reports whose period ends on or after this day',
  })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({
    format: 'date',
    example: '2026-12-31',
    description: 'reports whose period starts on or before this day',
  })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class ReportOrganisationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() regionCode: string;
}

export class PublicReportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() type: string;
  @ApiProperty() language: string;
  @ApiProperty({ format: 'date' }) periodFrom: string;
  @ApiProperty({ format: 'date' }) periodTo: string;
  @ApiProperty({ type: ReportOrganisationDto }) organisation: ReportOrganisationDto;
  @ApiProperty() sha256: string;
  @ApiProperty() pages: number;
  @ApiProperty() bytes: number;
  @ApiProperty({ format: 'date-time' }) publishedAt: string;
  @ApiProperty() fileUrl: string;
  @ApiProperty({
    enum: ['published', 'withdrawn'],
    description: 'withdrawn: its organisation is suspended, so the file answers 410',
  })
  status: 'published' | 'withdrawn';
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) withdrawnAt: string | null;
}

export class PublicReportPageDto {
  @ApiProperty({ type: [PublicReportDto] }) items: PublicReportDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class VerificationOrganisationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class VerificationDto {
  @ApiProperty({
    enum: ['genuine_published', 'genuine_unpublished', 'withdrawn', 'unknown'],
    description:
      'genuine_unpublished: made by CareLedger from the organisation’s ledger, not published; ' +
      'withdrawn: published, but its organisation is suspended',
  })
  status: string;
  @ApiProperty({ description: 'true only for genuine_published (the first form of this answer)' })
  valid: boolean;
  @ApiPropertyOptional({ format: 'uuid' }) reportId?: string;
  @ApiPropertyOptional({ enum: types }) type?: string;
  @ApiPropertyOptional({ format: 'date' }) periodFrom?: string;
  @ApiPropertyOptional({ format: 'date' }) periodTo?: string;
  @ApiPropertyOptional({ type: VerificationOrganisationDto }) organisation?: VerificationOrganisationDto;
  @ApiPropertyOptional({ format: 'date-time' }) publishedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) withdrawnAt?: string;
}

/** What a report's number says, for the page its printed verification address opens. */
export class ReportNumberDto {
  @ApiProperty({
    enum: ['genuine_published', 'genuine_unpublished', 'withdrawn', 'unknown'],
    description:
      'genuine_unpublished: a report CareLedger made, never published; unknown: no report has the number',
  })
  status: string;
  @ApiPropertyOptional({ type: PublicReportDto, description: 'the report, when published or withdrawn' })
  report?: PublicReportDto;
}
