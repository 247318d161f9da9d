import { Access, Org, OrgRoute } from '@careledger/auth';
import type { OrgContext } from '@careledger/auth';
import { NeedsService } from '@careledger/care';
import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../http/params.js';
import { BeneficiaryCareDto, NeedDto, NeedsInput } from './care.dto.js';

@ApiTags('care')
@Controller('orgs/:orgId/beneficiaries/:beneficiaryId')
export class NeedsController {
  constructor(private readonly needs: NeedsService) {}

  @Put('needs')
  @OrgRoute(Access.Write)
  @ApiOperation({ summary: 'Replace the beneficiary’s needs plan' })
  @ApiOkResponse({ type: [NeedDto] })
  replace(
    @Org() org: OrgContext,
    @UuidParam('beneficiaryId') beneficiaryId: string,
    @Body() input: NeedsInput,
  ): Promise<NeedDto[]> {
    return this.needs.replace(org.orgId, beneficiaryId, input.needs, org.actor);
  }

  @Get('care')
  @OrgRoute(Access.Read)
  @ApiOperation({ summary: 'The person’s care events (newest first) and needs coverage per item' })
  @ApiOkResponse({ type: BeneficiaryCareDto })
  care(
    @Org() org: OrgContext,
    @UuidParam('beneficiaryId') beneficiaryId: string,
  ): Promise<BeneficiaryCareDto> {
    return this.needs.careOf(org.orgId, beneficiaryId);
  }
}
