import { Access, Org, OrgRoute } from '@careledger/auth';
import type { OrgContext } from '@careledger/auth';
import { BeneficiariesService } from '@careledger/beneficiaries';
import type { IdempotencyClaim } from '@careledger/idempotency';
import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Idempotent, IdempotencyClaimParam } from '../http/idempotency.interceptor.js';
import { UuidParam } from '../http/params.js';
import {
  BeneficiaryDto,
  BeneficiaryExportDto,
  BeneficiaryPageDto,
  BeneficiaryPatchInput,
  BeneficiaryQuery,
  ConsentDto,
  ConsentInput,
  NewBeneficiaryInput,
} from './beneficiary.dto.js';
import { seesNames } from './personal-data-access.js';

@ApiTags('beneficiaries')
@Controller('orgs/:orgId/beneficiaries')
export class BeneficiariesController {
  constructor(private readonly beneficiaries: BeneficiariesService) {}

  @Post()
  @OrgRoute(Access.Write)
  @Idempotent()
  @ApiOperation({ summary: 'Register a beneficiary; the code is generated when absent' })
  @ApiCreatedResponse({ type: BeneficiaryDto })
  @ApiConflictResponse({
    description:
      'the code is already used in this organisation, or a person with the same name and birth date is registered (the answer names the code; confirmDistinct: true registers anyway)',
  })
  create(
    @Org() org: OrgContext,
    @Body() input: NewBeneficiaryInput,
    @IdempotencyClaimParam() claim: IdempotencyClaim | undefined,
  ): Promise<BeneficiaryDto> {
    return this.beneficiaries.create(org.orgId, input, org.actor, claim);
  }

  @Get()
  @OrgRoute(Access.Read)
  @ApiOperation({
    summary:
      'The register: names and birth dates for admins, staff and API keys (codes only for viewers), a page that shows names is audited as one read; `q` searches (a viewer’s matches codes only) and is audited; `sort` and `order`',
  })
  @ApiOkResponse({ type: BeneficiaryPageDto })
  list(@Org() org: OrgContext, @Query() query: BeneficiaryQuery): Promise<BeneficiaryPageDto> {
    return this.beneficiaries.list(org.orgId, query, org.actor, seesNames(org));
  }

  @Get(':beneficiaryId')
  @OrgRoute(Access.Read)
  @ApiOperation({
    summary:
      'The full record with personal data and consents for admins, staff and API keys, each read audited; a viewer gets it without personal data (those fields null or empty, as after erasure)',
  })
  @ApiOkResponse({ type: BeneficiaryDto })
  get(@Org() org: OrgContext, @UuidParam('beneficiaryId') id: string): Promise<BeneficiaryDto> {
    return this.beneficiaries.get(org.orgId, id, org.actor, seesNames(org));
  }

  @Patch(':beneficiaryId')
  @OrgRoute(Access.Write)
  @ApiOperation({ summary: 'Change personal fields or the status; an erased beneficiary cannot be changed' })
  @ApiOkResponse({ type: BeneficiaryDto })
  @ApiConflictResponse({
    description:
      'the beneficiary has been erased, or the new name and birth date are another registered person’s (the answer names the code; confirmDistinct: true keeps them anyway)',
  })
  update(
    @Org() org: OrgContext,
    @UuidParam('beneficiaryId') id: string,
    @Body() patch: BeneficiaryPatchInput,
  ): Promise<BeneficiaryDto> {
    return this.beneficiaries.update(org.orgId, id, patch, org.actor);
  }

  @Delete(':beneficiaryId')
  @HttpCode(204)
  @OrgRoute(Access.Admin)
  @ApiOperation({ summary: 'Erase the personal data for good; the code and the care history stay' })
  @ApiNoContentResponse({ description: 'erased' })
  erase(@Org() org: OrgContext, @UuidParam('beneficiaryId') id: string): Promise<void> {
    return this.beneficiaries.erase(org.orgId, id, org.actor);
  }

  @Post(':beneficiaryId/consents')
  @OrgRoute(Access.Write)
  @Idempotent()
  @ApiOperation({ summary: 'Record a consent (согласие на обработку персональных данных)' })
  @ApiCreatedResponse({ type: ConsentDto })
  @ApiConflictResponse({ description: 'a consent of this scope is in force, or the beneficiary is erased' })
  giveConsent(
    @Org() org: OrgContext,
    @UuidParam('beneficiaryId') id: string,
    @Body() consent: ConsentInput,
    @IdempotencyClaimParam() claim: IdempotencyClaim | undefined,
  ): Promise<ConsentDto> {
    return this.beneficiaries.giveConsent(org.orgId, id, consent, org.actor, claim);
  }

  @Post(':beneficiaryId/consents/:consentId/withdraw')
  @HttpCode(200)
  @OrgRoute(Access.Write)
  @ApiOperation({ summary: 'Withdraw a consent; the history is kept' })
  @ApiOkResponse({ type: ConsentDto })
  @ApiConflictResponse({ description: 'the consent has already been withdrawn' })
  withdrawConsent(
    @Org() org: OrgContext,
    @UuidParam('beneficiaryId') id: string,
    @UuidParam('consentId') consentId: string,
  ): Promise<ConsentDto> {
    return this.beneficiaries.withdrawConsent(org.orgId, id, consentId, org.actor);
  }

  @Get(':beneficiaryId/export')
  @OrgRoute(Access.Admin)
  @ApiOperation({ summary: 'Everything held about the person, as JSON (subject access request); audited' })
  @ApiOkResponse({ type: BeneficiaryExportDto })
  export(@Org() org: OrgContext, @UuidParam('beneficiaryId') id: string): Promise<BeneficiaryExportDto> {
    return this.beneficiaries.export(org.orgId, id, org.actor);
  }
}
