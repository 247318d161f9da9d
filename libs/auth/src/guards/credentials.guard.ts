import { DomainError, ErrorCode } from '@careledger/common';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Principal } from '../principal.js';
import { ApiKeyStrategy } from '../strategies/api-key.strategy.js';
import { JwtStrategy } from '../strategies/jwt.strategy.js';

type CredentialRequest = FastifyRequest & { user?: Principal };

function requestOf(context: ExecutionContext): CredentialRequest {
  return context.switchToHttp().getRequest<CredentialRequest>();
}

/** Accepts a Bearer access token or an X-Api-Key; anything else is 401. */
@Injectable()
export class CredentialsGuard implements CanActivate {
  constructor(
    private readonly accessTokens: JwtStrategy,
    private readonly apiKeys: ApiKeyStrategy,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = requestOf(context);
    const principal =
      (await this.accessTokens.authenticate(request)) || (await this.apiKeys.validate(request));
    if (!principal) throw new DomainError(ErrorCode.Unauthenticated, 'valid credentials are required');
    request.user = principal;
    return true;
  }
}

/** Routes for people only (accounts, platform administration): a Bearer access token, never an API key. */
@Injectable()
export class UserCredentialsGuard implements CanActivate {
  constructor(private readonly accessTokens: JwtStrategy) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = requestOf(context);
    const principal = await this.accessTokens.authenticate(request);
    if (!principal) throw new DomainError(ErrorCode.Unauthenticated, 'a valid access token is required');
    request.user = principal;
    return true;
  }
}
