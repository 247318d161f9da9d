import { Access, Org, OrgRoute } from '@careledger/auth';
import type { OrgContext } from '@careledger/auth';
import { PageQuery } from '@careledger/common';
import { MembersService } from '@careledger/organisations';
import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Idempotent } from '../http/idempotency.interceptor.js';
import { UuidParam } from '../http/params.js';
import { MemberDto, MemberPageDto, MemberRoleInput, NewMemberInput } from './member.dto.js';

@ApiTags('members')
@Controller('orgs/:orgId/members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get()
  @OrgRoute(Access.Admin)
  @ApiOperation({ summary: 'Members and their roles' })
  list(@Org() org: OrgContext, @Query() query: PageQuery): Promise<MemberPageDto> {
    return this.members.list(org.orgId, query.limit, query.cursor);
  }

  @Post()
  @OrgRoute(Access.Admin)
  @Idempotent()
  @ApiOperation({ summary: 'Add a member (creates the account when the email is new)' })
  add(@Org() org: OrgContext, @Body() member: NewMemberInput): Promise<MemberDto> {
    return this.members.add(org.orgId, member, org.actor);
  }

  @Patch(':userId')
  @OrgRoute(Access.Admin)
  @ApiOperation({ summary: 'Change a member’s role; the last admin cannot be demoted' })
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
  remove(@Org() org: OrgContext, @UuidParam('userId') userId: string): Promise<void> {
    return this.members.remove(org.orgId, userId, org.actor);
  }
}
