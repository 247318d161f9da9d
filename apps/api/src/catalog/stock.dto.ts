import { ItemCategory, ItemUnit, MovementKind } from '@careledger/catalog';
import type { ManualMovementKind } from '@careledger/catalog';
import { MultiLine, PageQuery } from '@careledger/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDate,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  ValidationOptions,
} from 'class-validator';
import { IsNumberWithPlaces } from '../http/params.js';

const manualKinds: ManualMovementKind[] = [
  MovementKind.Receipt,
  MovementKind.Adjustment,
  MovementKind.WriteOff,
];

/** A date-time with seconds optional, fractions optional and the offset required. */
const dateTimeWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Greater than 0, except that an adjustment may be negative; never 0. */
function IsQuantityForKind(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isQuantityForKind',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: ({ object }) =>
          (object as { kind?: string }).kind === MovementKind.Adjustment
            ? 'may not be 0'
            : 'must be greater than 0 (only an adjustment may be negative)',
        ...options,
      },
      validator: {
        validate: (value: unknown, args) =>
          typeof value === 'number' &&
          value !== 0 &&
          (value > 0 || (args?.object as { kind?: string }).kind === MovementKind.Adjustment),
      },
    });
}

export class MovementInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  itemId: string;

  @ApiProperty({ enum: manualKinds, description: 'issues come from care events' })
  @IsIn(manualKinds)
  kind: ManualMovementKind;

  @ApiProperty({
    example: 12,
    description: 'at most 3 decimals, greater than 0; an adjustment may be negative (not 0)',
  })
  @IsNumberWithPlaces(3)
  @Min(-1_000_000_000)
  @Max(1_000_000_000)
  @IsQuantityForKind()
  quantity: number;

  @ApiPropertyOptional({
    example: 45000,
    minimum: 0,
    description: 'receipts only: kopecks per unit; the item’s default when absent',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  unitCostKopecks?: number;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  fundingSourceId?: string;

  @ApiProperty({
    format: 'date-time',
    example: '2026-03-02T10:15:00+03:00',
    description: 'not in the future',
  })
  @Matches(dateTimeWithOffset, { message: 'must be an ISO 8601 date-time with an offset' })
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 date-time with an offset' })
  occurredAt: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  @MultiLine()
  note?: string;
}

export class MovementsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() itemId?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'occurredAt from, inclusive' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @ApiPropertyOptional({ format: 'date-time', description: 'occurredAt to, exclusive' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}

export class StockQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ItemCategory })
  @IsOptional()
  @IsIn(Object.values(ItemCategory))
  category?: ItemCategory;
}

export class MovementDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) itemId: string;
  @ApiProperty({ enum: MovementKind }) kind: MovementKind;
  @ApiProperty({ description: 'signed: into stock positive, out of stock negative' }) quantity: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'the given cost, or the average cost it moved at',
  })
  unitCostKopecks: number | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) fundingSourceId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) careEventId: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) createdBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class RecordedMovementDto extends MovementDto {
  @ApiProperty({ description: 'the item’s balance after this movement' }) balance: number;
  @ApiProperty({ description: 'the value of that balance at moving average cost' })
  balanceValueKopecks: number;
}

export class MovementPageDto {
  @ApiProperty({ type: [MovementDto] }) items: MovementDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class StockLevelDto {
  @ApiProperty({ format: 'uuid' }) itemId: string;
  @ApiProperty() sku: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ItemUnit }) unit: ItemUnit;
  @ApiProperty({ enum: ItemCategory }) category: ItemCategory;
  @ApiProperty() balance: number;
  @ApiProperty({ description: 'at moving average cost' }) valueKopecks: number;
}

export class StockLevelPageDto {
  @ApiProperty({ type: [StockLevelDto] }) items: StockLevelDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
