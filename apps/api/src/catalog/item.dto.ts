import { ItemCategory, ItemUnit } from '@careledger/catalog';
import { IfPresent, PageQuery } from '@careledger/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

/** Validates the field when it is present; `null` is refused (the field cannot be cleared). */

const skuPattern = /^\S(.*\S)?$/;

export class ItemInput {
  @ApiProperty({ example: 'MED-BEPANTHEN-30', maxLength: 64, description: 'unique in the organisation' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  @Matches(skuPattern, { message: 'may not start or end with a space' })
  sku: string;

  @ApiProperty({ example: 'Бепантен мазь 30 г', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name: string;

  @ApiProperty({ enum: ItemUnit })
  @IsEnum(ItemUnit)
  unit: ItemUnit;

  @ApiProperty({ enum: ItemCategory, description: 'service and transport items have no stock' })
  @IsEnum(ItemCategory)
  category: ItemCategory;

  @ApiProperty({ example: 45000, minimum: 0, description: 'kopecks per unit' })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  defaultUnitCostKopecks: number;
}

export class ItemPatchInput {
  @ApiPropertyOptional({ maxLength: 64 })
  @IfPresent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  @Matches(skuPattern, { message: 'may not start or end with a space' })
  sku?: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @IfPresent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name?: string;

  @ApiPropertyOptional({ enum: ItemUnit })
  @IfPresent()
  @IsEnum(ItemUnit)
  unit?: ItemUnit;

  @ApiPropertyOptional({ enum: ItemCategory })
  @IfPresent()
  @IsEnum(ItemCategory)
  category?: ItemCategory;

  @ApiPropertyOptional({ minimum: 0 })
  @IfPresent()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  defaultUnitCostKopecks?: number;

  @ApiPropertyOptional({ description: 'true archives the item, false restores it' })
  @IfPresent()
  @IsBoolean()
  archived?: boolean;
}

export class ItemsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ItemCategory })
  @IsOptional()
  @IsEnum(ItemCategory)
  category?: ItemCategory;

  @ApiPropertyOptional({ type: Boolean, default: false })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeArchived?: boolean;
}

export class ItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() sku: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ItemUnit }) unit: ItemUnit;
  @ApiProperty({
    enum: [0, 3],
    description:
      'decimals a quantity may have: whole pairs, sets, courses, days and nights; thousandths otherwise',
  })
  quantityDecimals: 0 | 3;
  @ApiProperty({ enum: ItemCategory }) category: ItemCategory;
  @ApiProperty() defaultUnitCostKopecks: number;
  @ApiProperty({ description: 'false for services and transport: they have no stock' }) stocked: boolean;
  @ApiProperty() archived: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) archivedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ItemPageDto {
  @ApiProperty({ type: [ItemDto] }) items: ItemDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
