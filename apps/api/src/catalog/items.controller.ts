import { Access, Org, OrgRoute } from '@careledger/auth';
import type { OrgContext } from '@careledger/auth';
import { ItemsService } from '@careledger/catalog';
import type { IdempotencyClaim } from '@careledger/idempotency';
import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { UuidParam } from '../http/params.js';
import { ItemDto, ItemInput, ItemPageDto, ItemPatchInput, ItemsQuery } from './item.dto.js';
import { Idempotent, IdempotencyClaimParam } from '../http/idempotency.interceptor.js';

@ApiTags('catalogue')
@Controller('orgs/:orgId/items')
export class ItemsController {
  constructor(private readonly items: ItemsService) {}

  @Post()
  @OrgRoute(Access.Admin)
  @Idempotent()
  @ApiOperation({ summary: 'Add an item to the catalogue; sku is unique in the organisation' })
  @ApiCreatedResponse({ type: ItemDto })
  @ApiConflictResponse({ description: 'the sku is already used in this organisation' })
  create(
    @Org() org: OrgContext,
    @Body() input: ItemInput,
    @IdempotencyClaimParam() claim: IdempotencyClaim | undefined,
  ): Promise<ItemDto> {
    return this.items.create(org.orgId, input, org.actor, claim);
  }

  @Get()
  @OrgRoute(Access.Read)
  @ApiOperation({ summary: 'The catalogue, by sku; archived items only when asked for' })
  @ApiOkResponse({ type: ItemPageDto })
  list(@Org() org: OrgContext, @Query() query: ItemsQuery): Promise<ItemPageDto> {
    return this.items.list(org.orgId, query);
  }

  @Get(':itemId')
  @OrgRoute(Access.Read)
  @ApiOperation({ summary: 'One item' })
  @ApiOkResponse({ type: ItemDto })
  get(@Org() org: OrgContext, @UuidParam('itemId') itemId: string): Promise<ItemDto> {
    return this.items.get(org.orgId, itemId);
  }

  @Patch(':itemId')
  @OrgRoute(Access.Admin)
  @ApiOperation({
    summary: 'Change an item, or archive (archived: true) or restore it; items are never deleted',
  })
  @ApiOkResponse({ type: ItemDto })
  @ApiConflictResponse({ description: 'the sku is already used in this organisation' })
  update(
    @Org() org: OrgContext,
    @UuidParam('itemId') itemId: string,
    @Body() patch: ItemPatchInput,
  ): Promise<ItemDto> {
    return this.items.update(org.orgId, itemId, patch, org.actor);
  }
}
