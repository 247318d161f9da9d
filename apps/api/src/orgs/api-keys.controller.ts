import { Access, Org, OrgRoute } from '@careledger/auth';
import type { OrgContext } from '@careledger/auth';
import { PageQuery } from '@careledger/common';
import { ApiKeysService } from '@careledger/organisations';
import type { IdempotencyClaim } from '@careledger/idempotency';
import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Idempotent, IdempotencyClaimParam } from '../http/idempotency.interceptor.js';
import { UuidParam } from '../http/params.js';
import { ApiKeyPageDto, CreatedApiKeyDto, NewApiKeyInput } from './api-key.dto.js';

@ApiTags('api keys')
@Controller('orgs/:orgId/api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Post()
  @OrgRoute(Access.Admin)
  @Idempotent()
  @ApiOperation({ summary: 'Create an integration key; the secret is in this answer only' })
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  create(
    @Org() org: OrgContext,
    @Body() input: NewApiKeyInput,
    @IdempotencyClaimParam() claim: IdempotencyClaim | undefined,
  ): Promise<CreatedApiKeyDto> {
    return this.apiKeys.create(org.orgId, input.name, org.actor, claim);
  }

  @Get()
  @OrgRoute(Access.Admin)
  @ApiOperation({ summary: 'Integration keys (never their secrets)' })
  @ApiOkResponse({ type: ApiKeyPageDto })
  list(@Org() org: OrgContext, @Query() query: PageQuery): Promise<ApiKeyPageDto> {
    return this.apiKeys.list(org.orgId, query.limit, query.cursor);
  }

  @Delete(':keyId')
  @HttpCode(204)
  @OrgRoute(Access.Admin)
  @ApiOperation({ summary: 'Revoke a key' })
  @ApiNoContentResponse({ description: 'revoked' })
  revoke(@Org() org: OrgContext, @UuidParam('keyId') keyId: string): Promise<void> {
    return this.apiKeys.revoke(org.orgId, keyId, org.actor);
  }
}
