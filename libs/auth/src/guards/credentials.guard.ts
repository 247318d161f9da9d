import { DomainError, ErrorCode } from '@careledger/common';
import { Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';

/** Accepts a Bearer access token or an X-Api-Key; anything else is 401. */
@Injectable()
export class CredentialsGuard extends AuthGuard(['jwt', 'api-key']) {
  override handleRequest<T>(error: unknown, principal: T | false): T {
    if (error || !principal)
      throw new DomainError(ErrorCode.Unauthenticated, 'valid credentials are required');
    return principal;
  }
}

/** Routes for people only (accounts, platform administration): a Bearer access token, never an API key. */
@Injectable()
export class UserCredentialsGuard extends AuthGuard('jwt') {
  override handleRequest<T>(error: unknown, principal: T | false): T {
    if (error || !principal)
      throw new DomainError(ErrorCode.Unauthenticated, 'a valid access token is required');
    return principal;
  }
}
