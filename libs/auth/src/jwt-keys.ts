import { AppConfig } from '@careledger/config';
import { Injectable, Logger } from '@nestjs/common';
import { createHash, createSecretKey, KeyObject, randomBytes } from 'node:crypto';

export interface JwtKey {
  /** The `kid` header of tokens signed with it: a short hash of the secret, never the secret. */
  kid: string;
  secret: string;
  key: KeyObject;
}

/** `kid` of a secret: 16 characters of its SHA-256, enough to tell a handful of keys apart. */
export function jwtKeyId(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url').slice(0, 16);
}

function jwtKey(secret: string): JwtKey {
  // A KeyObject, not the string: jsonwebtoken otherwise tries (and fails, with a thrown error) to parse
  // the secret as a public key on every request before it settles on a secret key.
  return { kid: jwtKeyId(secret), secret, key: createSecretKey(Buffer.from(secret)) };
}

/**
 * The keys of access tokens: JWT_SECRET signs and verifies, each of JWT_PREVIOUS_SECRETS only verifies
 * (rotation: tokens signed before the change keep working while they live, at most 15 minutes). A
 * token names its key by `kid`; a token without a known `kid` is refused.
 */
@Injectable()
export class JwtKeys {
  readonly current: JwtKey;
  private readonly verifying: Map<string, KeyObject>;

  constructor(config: AppConfig) {
    this.current = jwtKey(config.JWT_SECRET ?? JwtKeys.processSecret());
    const previous = config.JWT_PREVIOUS_SECRETS.map(jwtKey);
    this.verifying = new Map([this.current, ...previous].map((key) => [key.kid, key.key]));
  }

  verificationKey(kid: unknown): KeyObject | undefined {
    return typeof kid === 'string' ? this.verifying.get(kid) : undefined;
  }

  /**
   * Without JWT_SECRET (development only: production refuses to start) a random secret of this process:
   * nothing published can verify, and sessions end at a restart. `npm start` keeps one across restarts.
   */
  private static processSecret(): string {
    new Logger(JwtKeys.name).warn(
      'JWT_SECRET is not set: access tokens are signed with a random secret that ends with this process',
    );
    return randomBytes(48).toString('base64url');
  }
}
