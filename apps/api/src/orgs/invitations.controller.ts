import { Access, Org, OrgRoute } from '@careledger/auth';
import type { OrgContext } from '@careledger/auth';
import { PageQuery } from '@careledger/common';
import { InvitationsService } from '@careledger/organisations';
import { Controller, Delete, Get, HttpCode, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../http/params.js';
import { OrganisationInvitationPageDto } from '../invitations/invitation.dto.js';

/** The organisation's pending invitations (they are sent with POST /orgs/{orgId}/members). */
@ApiTags('members')
@Controller('orgs/:orgId/invitations')
export class OrganisationInvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get()
  @OrgRoute(Access.Admin)
  @ApiOperation({ summary: 'Invitations not yet answered and not expired, oldest first' })
  @ApiOkResponse({ type: OrganisationInvitationPageDto })
  list(@Org() org: OrgContext, @Query() query: PageQuery): Promise<OrganisationInvitationPageDto> {
    return this.invitations.listForOrganisation(org.orgId, query.limit, query.cursor);
  }

  @Delete(':invitationId')
  @HttpCode(204)
  @OrgRoute(Access.Admin)
  @ApiOperation({ summary: 'Revoke a pending invitation: its link stops working' })
  @ApiNoContentResponse({ description: 'revoked' })
  revoke(@Org() org: OrgContext, @UuidParam('invitationId') invitationId: string): Promise<void> {
    return this.invitations.revoke(org.orgId, invitationId, org.actor);
  }
}
