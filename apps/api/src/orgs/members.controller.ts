import { Access, Org, OrgRoute } from '@careledger/auth';
import type { OrgContext } from '@careledger/auth';
import { PageQuery } from '@careledger/common';
import { mailLanguageOf } from '@careledger/mail';
import { InvitationsService, MembersService } from '@careledger/organisations';
import type { IdempotencyClaim } from '@careledger/idempotency';
import { Body, Controller, Delete, Get, Headers, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Idempotent, IdempotencyClaimParam } from '../http/idempotency.interceptor.js';
import { UuidParam } from '../http/params.js';
import { InvitationReceiptDto } from '../invitations/invitation.dto.js';
import { MemberDto, MemberInvitationInput, MemberPageDto, MemberRoleInput } from './member.dto.js';

@ApiTags('members')
@Controller('orgs/:orgId/members')
export class MembersController {
  constructor(
    private readonly members: MembersService,
    private readonly invitations: InvitationsService,
  ) {}

  @Get()
  @OrgRoute(Access.Admin)
  @ApiOperation({ summary: 'Members and their roles' })
  @ApiOkResponse({ type: MemberPageDto })
  list(@Org() org: OrgContext, @Query() query: PageQuery): Promise<MemberPageDto> {
    return this.members.list(org.orgId, query.limit, query.cursor);
  }

  @Post()
  @HttpCode(202)
  @OrgRoute(Access.Admin)
  @Idempotent()
  @ApiOperation({
    summary: 'Invite someone: they become a member when they accept',
    description:
      'Mails a one-time link. The answer is the same whether or not the email has an account or already belongs.',
  })
  @ApiAcceptedResponse({ type: InvitationReceiptDto })
  invite(
    @Org() org: OrgContext,
    @Body() input: MemberInvitationInput,
    @IdempotencyClaimParam() claim: IdempotencyClaim | undefined,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<InvitationReceiptDto> {
    return this.invitations.inviteMember(
      org.orgId,
      input.email,
      input.role,
      org.actor,
      mailLanguageOf(acceptLanguage),
      claim,
    );
  }

  @Patch(':userId')
  @OrgRoute(Access.Admin)
  @ApiOperation({ summary: 'Change a member’s role; the last admin cannot be demoted' })
  @ApiOkResponse({ type: MemberDto })
  @ApiConflictResponse({ description: 'the last admin cannot be demoted' })
  changeRole(
    @Org() org: OrgContext,
    @UuidParam('userId') userId: string,
    @Body() input: MemberRoleInput,
  ): Promise<MemberDto> {
    return this.members.changeRole(org.orgId, userId, input.role, org.actor);
  }

  @Delete(':userId')
  @HttpCode(204)
  @OrgRoute(Access.Admin)
  @ApiOperation({ summary: 'Remove a member; the last admin cannot be removed' })
  @ApiNoContentResponse({ description: 'removed' })
  @ApiConflictResponse({ description: 'the last admin cannot be removed' })
  remove(@Org() org: OrgContext, @UuidParam('userId') userId: string): Promise<void> {
    return this.members.remove(org.orgId, userId, org.actor);
  }
}
