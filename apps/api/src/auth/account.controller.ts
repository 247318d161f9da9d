import { CurrentUserId, SessionsService, UserRoute } from '@careledger/auth';
import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ClientAddress } from '../http/client-address.js';
import { PasswordChangeInput } from './account.dto.js';
import { TokensDto } from './auth.dto.js';
import { sessionAnswer, WebClientHeader } from './browser-session.js';

/** The signed-in person's own account: password and sessions. */
@ApiTags('accounts')
@Controller('me')
@UserRoute()
export class AccountController {
  constructor(private readonly sessions: SessionsService) {}

  @Post('password')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Change the password: every session ends, and this answer holds a fresh pair for the caller',
  })
  @WebClientHeader()
  @ApiOkResponse({ type: TokensDto })
  @ApiBadRequestResponse({ description: 'wrong current password, or a new one that is too easy to guess' })
  @ApiTooManyRequestsResponse({ description: 'too many wrong current passwords, counted as failed logins' })
  async changePassword(
    @Body() input: PasswordChangeInput,
    @CurrentUserId() userId: string,
    @ClientAddress() address: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokensDto> {
    const tokens = await this.sessions.changePassword(
      userId,
      input.currentPassword,
      input.newPassword,
      address,
    );
    return sessionAnswer(request, reply, tokens);
  }

  @Post('sessions/revoke')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Sign out everywhere: every refresh and access token of the account stops working',
  })
  @ApiNoContentResponse({ description: 'every session has ended' })
  async signOutEverywhere(@CurrentUserId() userId: string): Promise<void> {
    await this.sessions.endAll(userId);
  }
}
