import { isUuid } from '@careledger/common';
import { AppConfig } from '@careledger/config';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { FastifyRequest } from 'fastify';
import { JwtKeys } from '../jwt-keys.js';
import { Principal } from '../principal.js';
import { SessionStates } from '../sessions.js';
import { jwtAudience } from '../tokens.service.js';

interface AccessTokenClaims {
  sub?: unknown;
  sid?: unknown;
}

function bearerTokenOf(request: FastifyRequest): string | undefined {
  return /^Bearer +(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
}

/** The `kid` of a token's header, before anything is verified (it only picks the key to verify with). */
function keyIdOf(rawToken: string): unknown {
  try {
    return (JSON.parse(Buffer.from(rawToken.split('.')[0], 'base64url').toString()) as { kid?: unknown }).kid;
  } catch {
    return undefined;
  }
}

/**
 * Bearer access tokens: HS256 only (pinned, so `alg: none` and RS/HS confusion fail), the key chosen by
 * the `kid` header among JWT_SECRET and JWT_PREVIOUS_SECRETS, issuer and audience checked. The token's
 * `sub` must be a user id and its `sid` a session that still holds (not signed out, user not suspended).
 *
 * Called by the credential guards of its own application rather than registered with passport, whose
 * strategies are process-wide: a second api in the same process (tests, benchmarks) would otherwise
 * verify with the other one's keys and sessions.
 */
@Injectable()
export class JwtStrategy {
  constructor(
    private readonly config: AppConfig,
    private readonly keys: JwtKeys,
    private readonly jwt: JwtService,
    private readonly sessions: SessionStates,
  ) {}

  /** The signed-in user, or undefined for a missing, malformed, forged, expired or ended token. */
  async authenticate(request: FastifyRequest): Promise<Principal | undefined> {
    const token = bearerTokenOf(request);
    if (!token) return undefined;
    const key = this.keys.verificationKey(keyIdOf(token));
    if (!key) return undefined;
    const claims = await this.jwt
      .verifyAsync<AccessTokenClaims>(token, {
        // A KeyObject, handed through to jsonwebtoken untouched; the types just do not name it.
        secret: key as unknown as Buffer,
        algorithms: ['HS256'],
        issuer: this.config.PUBLIC_BASE_URL,
        audience: jwtAudience,
      })
      .catch(() => undefined);
    return claims && this.principalOf(claims);
  }

  private async principalOf(claims: AccessTokenClaims): Promise<Principal | undefined> {
    const { sub: userId, sid: sessionId } = claims;
    if (typeof userId !== 'string' || !isUuid(userId)) return undefined;
    if (typeof sessionId !== 'string' || !isUuid(sessionId)) return undefined;
    return (await this.sessions.isActive(sessionId, userId)) ? { kind: 'user', userId } : undefined;
  }
}
