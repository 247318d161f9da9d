import { CurrentUserId, NewcomersService, UserRoute } from '@careledger/auth';
import { PageQuery } from '@careledger/common';
import { InvitationsService } from '@careledger/organisations';
import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiForbiddenResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sessionAnswer, WebClientHeader } from '../auth/browser-session.js';
import { UuidParam } from '../http/params.js';
import {
  AcceptedInvitationDto,
  InviteeInvitationPageDto,
  NewcomerInput,
  NewcomerSessionDto,
} from './invitation.dto.js';

/** The invitee's side of invitations: signed in, or a newcomer holding the mailed link. */
@ApiTags('invitations')
@Controller()
export class MyInvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly newcomers: NewcomersService,
  ) {}

  @Get('me/invitations')
  @UserRoute()
  @ApiOperation({ summary: 'Invitations to the signed-in user’s email that can still be accepted' })
  @ApiOkResponse({ type: InviteeInvitationPageDto })
  list(@CurrentUserId() userId: string, @Query() query: PageQuery): Promise<InviteeInvitationPageDto> {
    return this.invitations.listForInvitee(userId, query.limit, query.cursor);
  }

  @Post('me/invitations/:invitationId/accept')
  @HttpCode(200)
  @UserRoute()
  @ApiOperation({ summary: 'Accept an invitation: join the organisation, or take the platform role' })
  @ApiOkResponse({ type: AcceptedInvitationDto })
  @ApiNotFoundResponse({ description: 'no such invitation for this email, or revoked' })
  @ApiConflictResponse({ description: 'already accepted or declined, or expired' })
  @ApiForbiddenResponse({ description: 'the organisation is suspended' })
  accept(
    @CurrentUserId() userId: string,
    @UuidParam('invitationId') invitationId: string,
  ): Promise<AcceptedInvitationDto> {
    return this.invitations.accept(userId, invitationId);
  }

  @Post('me/invitations/:invitationId/decline')
  @HttpCode(204)
  @UserRoute()
  @ApiOperation({ summary: 'Decline an invitation' })
  @ApiNoContentResponse({ description: 'declined' })
  @ApiNotFoundResponse({ description: 'no such invitation for this email, or revoked' })
  @ApiConflictResponse({ description: 'already accepted or declined, or expired' })
  decline(@CurrentUserId() userId: string, @UuidParam('invitationId') invitationId: string): Promise<void> {
    return this.invitations.decline(userId, invitationId);
  }

  @Post('auth/invitations/accept')
  @ApiOperation({
    summary: 'A person without an account accepts through the mailed link: account, membership, session',
  })
  @ApiCreatedResponse({ type: NewcomerSessionDto })
  @ApiNotFoundResponse({ description: 'not a current invitation link' })
  @ApiForbiddenResponse({ description: 'the organisation is suspended' })
  @ApiConflictResponse({
    description:
      'the email has an account (sign in and accept under /me/invitations), or the invitation is answered or expired',
  })
  @WebClientHeader()
  async acceptAsNewcomer(
    @Body() input: NewcomerInput,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<NewcomerSessionDto> {
    const session = await this.newcomers.acceptInvitation(input.token, input.fullName, input.password);
    return sessionAnswer(request, reply, session);
  }
}
