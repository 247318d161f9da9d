import { PlatformRoleName } from '@careledger/accounts';
import { actorOf, CurrentPrincipal, PlatformRoute } from '@careledger/auth';
import type { Principal } from '@careledger/auth';
import { PlatformOrganisationsService } from '@careledger/organisations';
import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../http/params.js';
import {
  AdminOrganisationDto,
  AdminOrganisationPageDto,
  AdminOrganisationQuery,
  OrganisationStatusInput,
  UnverifyOrganisationInput,
  VerifyOrganisationInput,
} from './organisation.dto.js';

@ApiTags('platform')
@Controller('admin/organisations')
export class AdminOrganisationsController {
  constructor(private readonly organisations: PlatformOrganisationsService) {}

  @Get()
  @PlatformRoute(PlatformRoleName.PlatformAdmin)
  @ApiOperation({ summary: 'Every organisation on the platform, newest first' })
  @ApiOkResponse({ type: AdminOrganisationPageDto })
  list(@Query() query: AdminOrganisationQuery): Promise<AdminOrganisationPageDto> {
    return this.organisations.list(query);
  }

  @Patch(':id')
  @PlatformRoute(PlatformRoleName.PlatformAdmin)
  @ApiOperation({
    summary:
      'Suspend (with a reason) or reinstate an organisation, written to its audit log; suspending withdraws its published reports',
  })
  @ApiOkResponse({ type: AdminOrganisationDto })
  @ApiNotFoundResponse({ description: 'no such organisation' })
  setStatus(
    @UuidParam('id') id: string,
    @Body() input: OrganisationStatusInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AdminOrganisationDto> {
    return this.organisations.setStatus(id, input, actorOf(principal));
  }

  @Post(':id/verify')
  @HttpCode(200)
  @PlatformRoute(PlatformRoleName.PlatformAdmin)
  @ApiOperation({
    summary:
      'Verify an organisation (ИНН and ОГРН checked, region confirmed): it then counts in public statistics',
  })
  @ApiOkResponse({ type: AdminOrganisationDto })
  @ApiNotFoundResponse({ description: 'no such organisation' })
  verify(
    @UuidParam('id') id: string,
    @Body() input: VerifyOrganisationInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AdminOrganisationDto> {
    return this.organisations.verify(id, input.regionCode, actorOf(principal));
  }

  @Post(':id/unverify')
  @HttpCode(200)
  @PlatformRoute(PlatformRoleName.PlatformAdmin)
  @ApiOperation({
    summary: 'Withdraw verification: the organisation leaves public statistics and the league',
  })
  @ApiOkResponse({ type: AdminOrganisationDto })
  @ApiNotFoundResponse({ description: 'no such organisation' })
  unverify(
    @UuidParam('id') id: string,
    @Body() input: UnverifyOrganisationInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AdminOrganisationDto> {
    return this.organisations.unverify(id, input.reason, actorOf(principal));
  }
}
