import { Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { UserTokenPurpose } from './entities/user-token.entity.js';

interface TokenRow {
  user_id: string;
  purpose: UserTokenPurpose;
  secret_hash: string;
  expires_at: Date;
  used_at: Date | null;
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One-time tokens of mailed links, written as `<id>.<secret>`, in the caller's transaction. */
@Injectable()
export class UserTokensRepository {
  /**
   * A new token for the user. Their earlier unspent tokens for the same purpose stop working: only the
   * newest link mailed works, so an older mail that leaks later is worth nothing.
   */
  async issue(
    manager: EntityManager,
    userId: string,
    purpose: UserTokenPurpose,
    lifetimeSeconds: number,
  ): Promise<string> {
    await manager.query(
      `update user_tokens set used_at = now() where user_id = $1 and purpose = $2 and used_at is null`,
      [userId, purpose],
    );
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    await manager.query(
      `insert into user_tokens (id, user_id, purpose, secret_hash, expires_at)
       values ($1, $2, $3, $4, now() + make_interval(secs => $5))`,
      [id, userId, purpose, sha256(secret), lifetimeSeconds],
    );
    return `${id}.${secret}`;
  }

  /** Spends a token; answers its user, or undefined when it is unknown, spent, expired or for another purpose. */
  async consume(manager: EntityManager, raw: string, purpose: UserTokenPurpose): Promise<string | undefined> {
    const userId = await this.usable(manager, raw, purpose, 'for update');
    if (!userId) return undefined;
    await manager.query(`update user_tokens set used_at = now() where id = $1`, [raw.split('.')[0]]);
    return userId;
  }

  /** Whether a token would be accepted now, without spending it: to refuse a guess before costly work. */
  async isUsable(manager: EntityManager, raw: string, purpose: UserTokenPurpose): Promise<boolean> {
    return (await this.usable(manager, raw, purpose, '')) !== undefined;
  }

  private async usable(
    manager: EntityManager,
    raw: string,
    purpose: UserTokenPurpose,
    lock: 'for update' | '',
  ): Promise<string | undefined> {
    const [id, secret, ...rest] = raw.split('.');
    if (!uuidPattern.test(id) || !secret || rest.length > 0) return undefined;
    const [row]: TokenRow[] = await manager.query(
      `select user_id, purpose, secret_hash, expires_at, used_at from user_tokens where id = $1 ${lock}`,
      [id],
    );
    if (!row) return undefined;
    const matches = timingSafeEqual(Buffer.from(sha256(secret), 'hex'), Buffer.from(row.secret_hash, 'hex'));
    const live = row.purpose === purpose && !row.used_at && row.expires_at.getTime() > Date.now();
    return matches && live ? row.user_id : undefined;
  }
}
