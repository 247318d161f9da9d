import { Access, Org, OrgRoute } from '@careledger/auth';
import type { OrgContext } from '@careledger/auth';
import { OrganisationsService } from '@careledger/organisations';
import { Body, Controller, Get, Patch, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { YearParam } from '../http/params.js';
import { OrganisationDto, OrganisationPatch, ProfileDto, ProfileInput } from './organisation.dto.js';

@ApiTags('organisation')
@Controller('orgs/:orgId')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @OrgRoute(Access.Read)
  @ApiOperation({ summary: 'The organisation' })
  @ApiOkResponse({ type: OrganisationDto })
  get(@Org() org: OrgContext): Promise<OrganisationDto> {
    return this.organisations.get(org.orgId);
  }

  @Patch()
  @OrgRoute(Access.Admin)
  @ApiOperation({ summary: 'Change the organisation’s details' })
  @ApiOkResponse({ type: OrganisationDto })
  update(@Org() org: OrgContext, @Body() patch: OrganisationPatch): Promise<OrganisationDto> {
    return this.organisations.update(org.orgId, patch, org.actor);
  }

  @Put('profile/:year')
  @OrgRoute(Access.Admin)
  @ApiOperation({ summary: 'Set the yearly profile (staff FTE, volunteers) the league table uses' })
  @ApiOkResponse({ type: ProfileDto })
  putProfile(
    @YearParam() year: number,
    @Org() org: OrgContext,
    @Body() profile: ProfileInput,
  ): Promise<ProfileDto> {
    return this.organisations.putProfile(org.orgId, year, profile, org.actor);
  }
}
