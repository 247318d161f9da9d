import { AuthService, CurrentUserId, UserRoute } from '@careledger/auth';
import { mailLanguageOf } from '@careledger/mail';
import { Body, Controller, Get, Headers, HttpCode, Post } from '@nestjs/common';
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
import { ClientAddress } from '../http/client-address.js';
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
  @ApiOkResponse({ type: TokensDto })
  @ApiBadRequestResponse({ description: 'the token was used, replaced by a newer link or has expired' })
  verifyEmail(@Body() input: VerifyEmailInput): Promise<TokensDto> {
    return this.auth.verifyEmail(input.token);
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
  login(@Body() input: LoginInput, @ClientAddress() address: string): Promise<TokensDto> {
    return this.auth.login(input.email, input.password, address);
  }

  @Post('auth/refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Trade a refresh token for a new pair; a spent token revokes its family' })
  @ApiOkResponse({ type: TokensDto })
  @ApiUnauthorizedResponse({ description: 'the refresh token is not valid, spent or revoked' })
  refresh(@Body() input: RefreshInput): Promise<TokensDto> {
    return this.auth.refresh(input.refreshToken);
  }

  @Post('auth/logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke the refresh token’s family' })
  @ApiNoContentResponse({ description: 'the family is revoked' })
  @ApiUnauthorizedResponse({ description: 'the refresh token is not valid' })
  logout(@Body() input: RefreshInput): Promise<void> {
    return this.auth.logout(input.refreshToken);
  }

  @Get('me')
  @UserRoute()
  @ApiOperation({ summary: 'The signed-in user, their memberships and platform roles' })
  @ApiOkResponse({ type: MeDto })
  me(@CurrentUserId() userId: string): Promise<MeDto> {
    return this.auth.me(userId);
  }
}
