import { DomainError, ErrorCode, isUuid } from '@careledger/common';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { JwtKeys } from './jwt-keys.js';
import { SessionStates } from './sessions.js';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
}

interface RefreshRow {
  id: string;
  family_id: string;
  user_id: string;
  secret_hash: string;
  expires_at: Date;
  used_at: Date | null;
  revoked_at: Date | null;
}

export const accessTokenSeconds = 15 * 60;
export const refreshTokenDays = 30;
export const jwtAudience = 'careledger-api';

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

function invalidRefreshToken(): DomainError {
  return new DomainError(ErrorCode.Unauthenticated, 'the refresh token is not valid');
}

/**
 * Access tokens: HS256 JWTs of 15 minutes naming their session (`sid`, the refresh-token family), so
 * they stop working when it ends. Refresh tokens: `<id>.<secret>`, stored as a hash, each good once;
 * rotation keeps a family, and a spent token presented again revokes the whole family.
 */
@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    private readonly dataSource: DataSource,
    private readonly keys: JwtKeys,
    private readonly sessions: SessionStates,
  ) {}

  issue(manager: EntityManager, userId: string, familyId: string = randomUUID()): Promise<TokenPair> {
    return this.issueWithin(manager, userId, familyId);
  }

  /** Trades a refresh token for a new pair. */
  async refresh(raw: string): Promise<TokenPair> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const row = await this.lockToken(manager, raw);
      if (!row) return 'invalid' as const;
      if (row.used_at || row.revoked_at) {
        await this.revokeFamilyWithin(manager, row.family_id);
        return 'reused' as const;
      }
      if (row.expires_at.getTime() <= Date.now()) return 'invalid' as const;
      await manager.query(`update refresh_tokens set used_at = now() where id = $1`, [row.id]);
      return this.issueWithin(manager, row.user_id, row.family_id);
    });
    if (typeof outcome === 'string') throw invalidRefreshToken();
    return outcome;
  }

  /** Logout: the token's whole family stops working, and the access tokens of that session with it. */
  async revokeFamily(raw: string): Promise<void> {
    const found = await this.dataSource.transaction(async (manager) => {
      const row = await this.lockToken(manager, raw);
      if (row) await this.revokeFamilyWithin(manager, row.family_id);
      return row !== undefined;
    });
    if (!found) throw invalidRefreshToken();
  }

  /**
   * Ends every session of the user (password change or reset, sign out everywhere, suspension), inside
   * the caller's transaction: no refresh token of theirs works any more.
   */
  async revokeAllOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      `update refresh_tokens set revoked_at = now() where user_id = $1 and revoked_at is null`,
      [userId],
    );
    this.sessions.forgetUser(userId);
  }

  private async issueWithin(manager: EntityManager, userId: string, familyId: string): Promise<TokenPair> {
    await this.assertNotSuspended(manager, userId);
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    await manager.query(
      `insert into refresh_tokens (id, family_id, user_id, secret_hash, expires_at)
       values ($1, $2, $3, $4, now() + make_interval(days => $5))`,
      [id, familyId, userId, sha256(secret), refreshTokenDays],
    );
    const accessToken = await this.jwt.signAsync(
      { sub: userId, sid: familyId },
      { jwtid: randomUUID(), secret: this.keys.current.secret, keyid: this.keys.current.kid },
    );
    return {
      accessToken,
      refreshToken: `${id}.${secret}`,
      tokenType: 'Bearer',
      expiresIn: accessTokenSeconds,
    };
  }

  private async lockToken(manager: EntityManager, raw: string): Promise<RefreshRow | undefined> {
    const [id, secret] = raw.split('.');
    if (!id || !secret || !isUuid(id)) return undefined;
    const [row]: RefreshRow[] = await manager.query(`select * from refresh_tokens where id = $1 for update`, [
      id,
    ]);
    if (!row) return undefined;
    const matches = timingSafeEqual(Buffer.from(sha256(secret), 'hex'), Buffer.from(row.secret_hash, 'hex'));
    return matches ? row : undefined;
  }

  private async revokeFamilyWithin(manager: EntityManager, familyId: string): Promise<void> {
    await manager.query(
      `update refresh_tokens set revoked_at = now() where family_id = $1 and revoked_at is null`,
      [familyId],
    );
    this.sessions.forgetSession(familyId);
  }

  /** A suspended account gets no new session: neither by login nor by refresh. */
  private async assertNotSuspended(manager: EntityManager, userId: string): Promise<void> {
    const [user]: { suspended_at: Date | null }[] = await manager.query(
      `select suspended_at from users where id = $1`,
      [userId],
    );
    if (user?.suspended_at) throw new DomainError(ErrorCode.Forbidden, 'this account is suspended');
  }
}
