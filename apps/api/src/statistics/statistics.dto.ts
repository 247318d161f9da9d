import type { PublishedNumber } from '@careledger/disclosure';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export class YearQuery {
  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;
}

export class AuthorityStatsQuery extends YearQuery {
  @ApiPropertyOptional({ enum: ['month'], default: 'month' })
  @IsOptional()
  @IsIn(['month'])
  granularity?: 'month';
}

/** A quantity of one unit: quantities of different units are never added up. */
export class UnitQuantityDto {
  @ApiProperty({ example: 'kg' }) unit: string;
  @ApiProperty({ nullable: true, type: Number, example: 2.5 }) quantity: number | null;
}

export class CategoryFigureDto {
  @ApiProperty() category: string;
  @ApiProperty({ nullable: true, type: Number }) spendKopecks: number | null;
  @ApiProperty({ type: [UnitQuantityDto], description: 'the category’s quantity per unit' })
  quantities: UnitQuantityDto[];
}

export class FundingFigureDto {
  @ApiProperty() fundingKind: string;
  @ApiProperty({ nullable: true, type: Number }) spendKopecks: number | null;
  @ApiProperty({ nullable: true, type: Number }) share: number | null;
}

export class MonthFigureDto {
  @ApiProperty({ example: '2026-10' }) month: string;
  @ApiProperty({ nullable: true, type: Number }) beneficiariesServed: number | null;
  @ApiProperty({ nullable: true, type: Number }) careEvents: number | null;
  @ApiProperty({ nullable: true, type: Number }) spendKopecks: number | null;
}

export class OrganisationMetricsDto {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() year: number;
  @ApiProperty({ nullable: true, type: Number }) beneficiariesServed: number | null;
  @ApiProperty({ nullable: true, type: Number }) careEvents: number | null;
  @ApiProperty({ nullable: true, type: Number }) spendKopecks: number | null;
  @ApiProperty({ nullable: true, type: Number }) costPerBeneficiaryKopecks: number | null;
  @ApiProperty({ type: [CategoryFigureDto] }) itemsByCategory: CategoryFigureDto[];
  @ApiProperty({ type: [FundingFigureDto] }) spendByFundingKind: FundingFigureDto[];
  @ApiProperty() reportsPublished: number;
  @ApiProperty({ type: [MonthFigureDto] }) months: MonthFigureDto[];
  @ApiProperty({ type: [String], description: 'withheld figures (fewer than k people behind them)' })
  suppressed: string[];
}

export class PublicOrganisationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() regionCode: string;
  @ApiProperty({ nullable: true, type: String }) legalForm: string | null;
  @ApiProperty({ type: [OrganisationMetricsDto] }) metrics: OrganisationMetricsDto[];
}

export class RegionCategoryDto {
  @ApiProperty() category: string;
  @ApiProperty({ nullable: true, type: Number }) beneficiariesServed: PublishedNumber | null;
  @ApiProperty({ nullable: true, type: Number }) spendKopecks: PublishedNumber | null;
  @ApiProperty({ type: [UnitQuantityDto], description: 'the category’s quantity per unit' })
  quantities: UnitQuantityDto[];
}

export class RegionFundingDto {
  @ApiProperty() fundingKind: string;
  @ApiProperty({ nullable: true, type: Number }) beneficiariesServed: PublishedNumber | null;
  @ApiProperty({ nullable: true, type: Number }) spendKopecks: PublishedNumber | null;
}

/** Figures that passed through the disclosure layer: perturbed, or null when withheld. */
export class PublishedFiguresDto {
  @ApiProperty({ nullable: true, type: Number }) beneficiariesServed: PublishedNumber | null;
  @ApiProperty({ nullable: true, type: Number }) careEvents: PublishedNumber | null;
  @ApiProperty({ nullable: true, type: Number }) spendKopecks: PublishedNumber | null;
}

/** An organisation's published figures in its region's statistics (regions/ has a RegionOrganisationDto). */
export class RegionOrganisationFiguresDto extends PublishedFiguresDto {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() name: string;
}

export class RegionMonthDto extends PublishedFiguresDto {
  @ApiProperty({ example: '2026-03' }) month: string;
}

export class RegionStatsDto extends PublishedFiguresDto {
  @ApiProperty() regionCode: string;
  @ApiProperty() year: number;
  @ApiProperty({ nullable: true, type: Number }) population: number | null;
  @ApiProperty() organisations: number;
  @ApiProperty({ nullable: true, type: Number }) spendPerResidentKopecks: PublishedNumber | null;
  @ApiProperty({ type: [RegionOrganisationFiguresDto] }) perOrganisation: RegionOrganisationFiguresDto[];
  @ApiProperty({ type: [RegionMonthDto] }) perMonth: RegionMonthDto[];
  @ApiProperty({ type: [RegionCategoryDto] }) itemsByCategory: RegionCategoryDto[];
  @ApiProperty({ type: [RegionFundingDto] }) spendByFundingKind: RegionFundingDto[];
  @ApiProperty({ type: [String] }) suppressed: string[];
}

export class AuthorityMonthDto {
  @ApiProperty() month: string;
  @ApiProperty({ nullable: true, type: Number }) beneficiariesServed: PublishedNumber | null;
  @ApiProperty({ nullable: true, type: Number }) careEvents: PublishedNumber | null;
}

export class AuthorityOrganisationDto {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: Number }) beneficiariesServed: PublishedNumber | null;
  @ApiProperty({ nullable: true, type: Number }) careEvents: PublishedNumber | null;
  @ApiProperty({ nullable: true, type: Number }) spendKopecks: PublishedNumber | null;
  @ApiProperty({ type: [AuthorityMonthDto] }) months: AuthorityMonthDto[];
}

export class AuthorityRegionStatsDto extends RegionStatsDto {
  @ApiProperty({ type: [AuthorityOrganisationDto] }) byOrganisation: AuthorityOrganisationDto[];
}
