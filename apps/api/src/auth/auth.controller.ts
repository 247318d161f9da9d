import { AuthService, CurrentPrincipal, UserRoute } from '@careledger/auth';
import type { Principal } from '@careledger/auth';
import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ClientAddress } from '../http/client-address.js';
import { LoginInput, MeDto, RefreshInput, RegisterInput, RegistrationDto, TokensDto } from './auth.dto.js';

@ApiTags('accounts')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('auth/register')
  @ApiOperation({ summary: 'Register an organisation and its first admin' })
  register(@Body() input: RegisterInput): Promise<RegistrationDto> {
    return this.auth.register(input);
  }

  @Post('auth/login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in' })
  @ApiTooManyRequestsResponse({ description: 'too many failed attempts for this account or address' })
  login(@Body() input: LoginInput, @ClientAddress() address: string): Promise<TokensDto> {
    return this.auth.login(input.email, input.password, address);
  }

  @Post('auth/refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Trade a refresh token for a new pair; a spent token revokes its family' })
  refresh(@Body() input: RefreshInput): Promise<TokensDto> {
    return this.auth.refresh(input.refreshToken);
  }

  @Post('auth/logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke the refresh token’s family' })
  logout(@Body() input: RefreshInput): Promise<void> {
    return this.auth.logout(input.refreshToken);
  }

  @Get('me')
  @UserRoute()
  @ApiOperation({ summary: 'The signed-in user, their memberships and platform roles' })
  me(@CurrentPrincipal() principal: Principal): Promise<MeDto> {
    return this.auth.me(principal.kind === 'user' ? principal.userId : '');
  }
}
