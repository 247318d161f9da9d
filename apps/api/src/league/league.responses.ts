import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';

export class LocalisedNameDto {
  @ApiProperty() ru: string;
  @ApiProperty() en: string;
}

export class FrontierGoalpostsDto {
  @ApiProperty() min: number;
  @ApiProperty({ enum: ['frontier'], description: 'the largest adjusted value among eligible regions' })
  max: 'frontier';
}

export class ExternalSourceDto {
  @ApiProperty({ description: 'the uploaded indicator, as in the upload’s `indicator` column' })
  indicator: string;
  @ApiProperty({ description: 'value = uploaded value / population × perResidents' }) perResidents: number;
}

@ApiExtraModels(FrontierGoalpostsDto)
export class IndicatorDefinitionDto {
  @ApiProperty({ example: 'A1' }) id: string;
  @ApiProperty({ type: LocalisedNameDto }) name: LocalisedNameDto;
  @ApiProperty({ enum: [1, -1], description: '1: more is better; -1: less is better' }) direction: 1 | -1;
  @ApiProperty({ description: 'a share of a count, shrunk towards the national mean' }) proportion: boolean;
  @ApiProperty({
    description: 'fixed [min, max], or a fixed min and the frontier; values outside are clipped',
    oneOf: [
      { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 },
      { $ref: getSchemaPath(FrontierGoalpostsDto) },
    ],
  })
  goalposts: readonly [number, number] | FrontierGoalpostsDto;
  @ApiProperty() unit: string;
  @ApiPropertyOptional({ type: ExternalSourceDto }) external?: ExternalSourceDto;
}

export class PillarDefinitionDto {
  @ApiProperty({ example: 'A' }) id: string;
  @ApiProperty({ type: LocalisedNameDto }) name: LocalisedNameDto;
  @ApiProperty() weight: number;
  @ApiProperty({ type: [IndicatorDefinitionDto] }) indicators: readonly IndicatorDefinitionDto[];
}

export class TierThresholdDto {
  @ApiProperty({ enum: ['A', 'B', 'C', 'D'] }) tier: string;
  @ApiProperty() min: number;
}

export class WinsorisationDto {
  @ApiProperty() skewness: number;
  @ApiProperty() kurtosis: number;
  @ApiProperty({ type: 'integer' }) maxValues: number;
}

export class MonteCarloSettingsDto {
  @ApiProperty({ type: 'integer' }) draws: number;
  @ApiProperty() weightJitter: number;
  @ApiProperty({ type: 'integer' }) seed: number;
}

export class ExternalIndicatorUseDto {
  @ApiProperty() indicator: string;
  @ApiProperty() use: string;
}

export class GeneratorDto {
  @ApiProperty() name: string;
  @ApiProperty({ type: 'integer' }) seed: number;
  @ApiProperty({ type: 'integer' }) draws: number;
  @ApiProperty({ description: 'its source, as run' }) definition: string;
}

export class CsvColumnDto {
  @ApiProperty() name: string;
  @ApiProperty() meaning: string;
  @ApiProperty() unit: string;
}

export class CsvColumnsDto {
  @ApiProperty({ type: [CsvColumnDto] }) inputs: CsvColumnDto[];
  @ApiProperty({ type: [CsvColumnDto] }) results: CsvColumnDto[];
}

export class RecomputationGuideDto {
  @ApiProperty() referenceImplementation: string;
  @ApiProperty({ type: [ExternalIndicatorUseDto] }) externalIndicators: ExternalIndicatorUseDto[];
  @ApiProperty() inputs: string;
  @ApiProperty({ type: GeneratorDto }) generator: GeneratorDto;
  @ApiProperty({ type: [String] }) steps: string[];
  @ApiProperty() shrinkageTarget: string;
  @ApiProperty({ type: [String] }) monteCarlo: string[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) formulas: Record<string, string>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) rounding: Record<string, string>;
  @ApiProperty({ type: CsvColumnsDto }) columns: CsvColumnsDto;
}

/** The league methodology as data, with the guide to recompute a table from its CSV inputs. */
export class LeagueMethodologyDto {
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ type: [PillarDefinitionDto] }) pillars: readonly PillarDefinitionDto[];
  @ApiProperty({ type: [TierThresholdDto], description: 'the first tier whose min the score reaches' })
  tiers: readonly TierThresholdDto[];
  @ApiProperty({ type: 'integer', description: 'regions with fewer active CSOs are not ranked' })
  minActiveCsos: number;
  @ApiProperty({ description: 'm in the shrinkage weight n / (n + m)' }) shrinkageStrength: number;
  @ApiProperty({ type: WinsorisationDto }) winsorisation: WinsorisationDto;
  @ApiProperty({ type: MonteCarloSettingsDto }) monteCarlo: MonteCarloSettingsDto;
  @ApiProperty({ type: RecomputationGuideDto }) recomputation: RecomputationGuideDto;
}
