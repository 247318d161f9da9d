import { Access, Org, OrgRoute } from '@careledger/auth';
import type { OrgContext } from '@careledger/auth';
import { PageQuery } from '@careledger/common';
import { FundingSourcesService } from '@careledger/funding';
import type { IdempotencyClaim } from '@careledger/idempotency';
import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../http/params.js';
import {
  FundingSourceDto,
  FundingSourceInput,
  FundingSourcePageDto,
  FundingSourcePatchInput,
} from './funding-source.dto.js';
import { Idempotent, IdempotencyClaimParam } from '../http/idempotency.interceptor.js';

@ApiTags('funding sources')
@Controller('orgs/:orgId/funding-sources')
export class FundingSourcesController {
  constructor(private readonly fundingSources: FundingSourcesService) {}

  @Post()
  @OrgRoute(Access.Admin)
  @Idempotent()
  @ApiOperation({ summary: 'Add a funding source (grant, contract, donors)' })
  @ApiCreatedResponse({ type: FundingSourceDto })
  create(
    @Org() org: OrgContext,
    @Body() input: FundingSourceInput,
    @IdempotencyClaimParam() claim: IdempotencyClaim | undefined,
  ): Promise<FundingSourceDto> {
    return this.fundingSources.create(org.orgId, input, org.actor, claim);
  }

  @Get()
  @OrgRoute(Access.Read)
  @ApiOperation({ summary: 'Funding sources, by name' })
  @ApiOkResponse({ type: FundingSourcePageDto })
  list(@Org() org: OrgContext, @Query() query: PageQuery): Promise<FundingSourcePageDto> {
    return this.fundingSources.list(org.orgId, query.limit, query.cursor);
  }

  @Get(':id')
  @OrgRoute(Access.Read)
  @ApiOperation({ summary: 'One funding source' })
  @ApiOkResponse({ type: FundingSourceDto })
  get(@Org() org: OrgContext, @UuidParam('id') id: string): Promise<FundingSourceDto> {
    return this.fundingSources.get(org.orgId, id);
  }

  @Patch(':id')
  @OrgRoute(Access.Admin)
  @ApiOperation({ summary: 'Change a funding source; null clears the amount or a period bound' })
  @ApiOkResponse({ type: FundingSourceDto })
  update(
    @Org() org: OrgContext,
    @UuidParam('id') id: string,
    @Body() patch: FundingSourcePatchInput,
  ): Promise<FundingSourceDto> {
    return this.fundingSources.update(org.orgId, id, patch, org.actor);
  }
}
