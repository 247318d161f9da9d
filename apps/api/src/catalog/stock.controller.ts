import { Access, Org, OrgRoute } from '@careledger/auth';
import type { OrgContext } from '@careledger/auth';
import { StockService } from '@careledger/catalog';
import type { IdempotencyClaim } from '@careledger/idempotency';
import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  MovementInput,
  MovementPageDto,
  MovementsQuery,
  RecordedMovementDto,
  StockLevelPageDto,
  StockQuery,
} from './stock.dto.js';
import { Idempotent, IdempotencyClaimParam } from '../http/idempotency.interceptor.js';

@ApiTags('stock')
@Controller('orgs/:orgId/stock')
export class StockController {
  constructor(private readonly stock: StockService) {}

  @Get()
  @OrgRoute(Access.Read)
  @ApiOperation({ summary: 'Stock balance and value (moving average cost) per stocked item' })
  @ApiOkResponse({ type: StockLevelPageDto })
  levels(@Org() org: OrgContext, @Query() query: StockQuery): Promise<StockLevelPageDto> {
    return this.stock.levels(org.orgId, query);
  }

  @Post('movements')
  @OrgRoute(Access.Write)
  @Idempotent()
  @ApiOperation({ summary: 'Record a receipt, an adjustment or a write-off' })
  @ApiCreatedResponse({ type: RecordedMovementDto })
  @ApiConflictResponse({ description: 'not enough in stock, or the item is archived' })
  record(
    @Org() org: OrgContext,
    @Body() input: MovementInput,
    @IdempotencyClaimParam() claim: IdempotencyClaim | undefined,
  ): Promise<RecordedMovementDto> {
    const movement = { ...input, occurredAt: new Date(input.occurredAt) };
    return this.stock.record(org.orgId, movement, org.actor, claim);
  }

  @Get('movements')
  @OrgRoute(Access.Read)
  @ApiOperation({ summary: 'The stock ledger, newest first' })
  @ApiOkResponse({ type: MovementPageDto })
  movements(@Org() org: OrgContext, @Query() query: MovementsQuery): Promise<MovementPageDto> {
    return this.stock.movements(org.orgId, query);
  }
}
