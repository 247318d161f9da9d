import { AuthService, CurrentUserId, UserRoute } from '@careledger/auth';
import { mailLanguageOf } from '@careledger/mail';
import { Body, Controller, Get, Headers, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ClientAddress } from '../http/client-address.js';
import {
  clearRefreshCookie,
  isWebClient,
  presentedRefreshToken,
  sessionAnswer,
  WebClientHeader,
} from './browser-session.js';
import {
  EmailInput,
  LoginInput,
  MeDto,
  PasswordResetConfirmInput,
  RefreshInput,
  RegisterInput,
  ResetSentDto,
  TokensDto,
  VerificationSentDto,
  VerifyEmailInput,
} from './auth.dto.js';

const verificationSent: VerificationSentDto = { status: 'verification_sent' };
const resetSent: ResetSentDto = { status: 'reset_sent' };

@ApiTags('accounts')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('auth/register')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Register an organisation and its first admin',
    description:
      'The same answer for a known and a new email. A new email gets a verification link (the account signs in once it is followed); a known one gets a note that the account exists.',
  })
  @ApiAcceptedResponse({ type: VerificationSentDto })
  async register(
    @Body() input: RegisterInput,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<VerificationSentDto> {
    await this.auth.register(input, mailLanguageOf(acceptLanguage));
    return verificationSent;
  }

  @Post('auth/verify-email')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Follow a mailed verification link: the address is proven and the person signed in',
  })
  @WebClientHeader()
  @ApiOkResponse({ type: TokensDto })
  @ApiBadRequestResponse({ description: 'the token was used, replaced by a newer link or has expired' })
  async verifyEmail(
    @Body() input: VerifyEmailInput,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokensDto> {
    return sessionAnswer(request, reply, await this.auth.verifyEmail(input.token));
  }

  @Post('auth/verify-email/resend')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Mail a new verification link if the account is not verified yet; the same answer always',
  })
  @ApiAcceptedResponse({ type: VerificationSentDto })
  async resendVerification(
    @Body() input: EmailInput,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<VerificationSentDto> {
    await this.auth.resendVerification(input.email, mailLanguageOf(acceptLanguage));
    return verificationSent;
  }

  @Post('auth/password-reset')
  @HttpCode(202)
  @ApiOperation({ summary: 'Mail a password reset link if the email has an account; the same answer always' })
  @ApiAcceptedResponse({ type: ResetSentDto })
  async requestPasswordReset(
    @Body() input: EmailInput,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<ResetSentDto> {
    await this.auth.requestPasswordReset(input.email, mailLanguageOf(acceptLanguage));
    return resetSent;
  }

  @Post('auth/password-reset/confirm')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Follow a mailed reset link: set a new password and end every session of the account',
  })
  @ApiNoContentResponse({ description: 'the password is set; every session has ended' })
  @ApiBadRequestResponse({ description: 'the token is not valid, or the password is too easy to guess' })
  confirmPasswordReset(@Body() input: PasswordResetConfirmInput): Promise<void> {
    return this.auth.confirmPasswordReset(input.token, input.newPassword);
  }

  @Post('auth/login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in' })
  @ApiOkResponse({ type: TokensDto })
  @ApiUnauthorizedResponse({ description: 'wrong email or password' })
  @ApiTooManyRequestsResponse({ description: 'too many failed attempts for this account or address' })
  @ApiForbiddenResponse({ description: 'the right password, but the email address is not verified yet' })
  @WebClientHeader()
  async login(
    @Body() input: LoginInput,
    @ClientAddress() address: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokensDto> {
    return sessionAnswer(request, reply, await this.auth.login(input.email, input.password, address));
  }

  @Post('auth/refresh')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Trade a refresh token for a new pair; a spent token revokes its family',
    description:
      'An API client sends refreshToken in the body. The web app sends X-CareLedger-Client: web and its cookie; without that header the cookie is never read (401).',
  })
  @WebClientHeader()
  @ApiOkResponse({ type: TokensDto })
  @ApiUnauthorizedResponse({ description: 'the refresh token is not valid, spent or revoked' })
  async refresh(
    @Body() input: RefreshInput,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokensDto> {
    const tokens = await this.auth.refresh(presentedRefreshToken(request, input.refreshToken));
    return sessionAnswer(request, reply, tokens);
  }

  @Post('auth/logout')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Revoke the refresh token’s family',
    description:
      'For the web app (X-CareLedger-Client: web) the cookie is cleared as well, whatever it held.',
  })
  @WebClientHeader()
  @ApiNoContentResponse({ description: 'the family is revoked' })
  @ApiUnauthorizedResponse({ description: 'the refresh token is not valid' })
  async logout(
    @Body() input: RefreshInput,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    if (isWebClient(request)) clearRefreshCookie(request, reply);
    await this.auth.logout(presentedRefreshToken(request, input.refreshToken));
  }

  @Get('me')
  @UserRoute()
  @ApiOperation({ summary: 'The signed-in user, their memberships and platform roles' })
  @ApiOkResponse({ type: MeDto })
  me(@CurrentUserId() userId: string): Promise<MeDto> {
    return this.auth.me(userId);
  }
}
