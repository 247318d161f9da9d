import { DomainError, ErrorCode } from '@careledger/common';
import { AppConfig } from '@careledger/config';
import { RedisConnection } from '@careledger/jobs';
import { Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';

/** An address may fail this many times more than one account: an office shares one address. */
const addressAllowanceFactor = 5;

/**
 * Counts failed logins per account and per client address in Redis, so the limit holds across every
 * api instance. When Redis is unreachable the check is skipped (logged): losing Redis must not lock
 * every user out.
 */
@Injectable()
export class LoginThrottle {
  private readonly logger = new Logger(LoginThrottle.name);

  constructor(
    private readonly redis: RedisConnection,
    private readonly config: AppConfig,
  ) {}

  /** Throws 429 with Retry-After when the account or the address has failed too often in the window. */
  async assertAllowed(email: string, address: string): Promise<void> {
    const [accountKey, addressKey] = this.keys(email, address);
    try {
      const [account, fromAddress] = await this.redis.client.mget(accountKey, addressKey);
      const limit = this.config.LOGIN_ATTEMPTS_PER_WINDOW;
      const blockedKey =
        Number(account ?? 0) >= limit
          ? accountKey
          : Number(fromAddress ?? 0) >= limit * addressAllowanceFactor
            ? addressKey
            : null;
      if (blockedKey) {
        const ttl = await this.redis.client.ttl(blockedKey);
        throw new DomainError(ErrorCode.RateLimited, 'too many failed logins, try again later', {
          retryAfterSeconds: Math.max(ttl, 1),
        });
      }
    } catch (error) {
      if (error instanceof DomainError) throw error;
      this.logger.warn(`login throttle unavailable: ${(error as Error).message}`);
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    const window = this.config.LOGIN_WINDOW_SECONDS;
    try {
      const pipeline = this.redis.client.multi();
      for (const key of this.keys(email, address)) pipeline.incr(key).expire(key, window, 'NX');
      await pipeline.exec();
    } catch (error) {
      this.logger.warn(`login throttle unavailable: ${(error as Error).message}`);
    }
  }

  async recordSuccess(email: string): Promise<void> {
    await this.redis.client.del(this.keys(email, '')[0]).catch(() => undefined);
  }

  private keys(email: string, address: string): [string, string] {
    const prefix = `${this.config.QUEUE_PREFIX}:login-failures`;
    const account = createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
    return [`${prefix}:account:${account}`, `${prefix}:address:${address}`];
  }
}
