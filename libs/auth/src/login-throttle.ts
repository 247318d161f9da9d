import { DomainError, ErrorCode } from '@careledger/common';
import { AppConfig } from '@careledger/config';
import { RedisConnection } from '@careledger/jobs';
import { Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

/** Failures an account may have in the window before its logins slow down: a typo or two is no attack. */
const failuresBeforeDelay = 3;
/** Past this many doublings the delay is at its cap anyway; keeps the arithmetic finite. */
const maxDoublings = 30;

/**
 * The wait before each login to an account that has failed `failures` times in the window: none for the
 * first few, then `baseMs`, doubling with each further failure, never more than `maxMs`.
 */
export function accountDelayMs(failures: number, baseMs: number, maxMs: number): number {
  if (failures < failuresBeforeDelay) return 0;
  return Math.min(maxMs, baseMs * 2 ** Math.min(failures - failuresBeforeDelay, maxDoublings));
}

interface FailureKeys {
  /** one account from one address: the guessing this limit stops */
  pair: string;
  /** one address, whatever the accounts: one machine trying many accounts */
  address: string;
  /** one account, from anywhere: only slows down, so nobody can lock the owner out */
  account: string;
}

/**
 * Counts failed logins in Redis, so the limits hold across every api instance. An account is never
 * locked: an attacker is refused per (account, address) and per address, while the account as a whole
 * only answers more slowly (at most LOGIN_DELAY_MAX_MS), so its owner still signs in from their own
 * address. When Redis is unreachable the checks are skipped (logged): losing Redis must not lock every
 * user out.
 */
@Injectable()
export class LoginThrottle {
  private readonly logger = new Logger(LoginThrottle.name);

  constructor(
    private readonly redis: RedisConnection,
    private readonly config: AppConfig,
  ) {}

  /**
   * Runs before the password is checked: 429 with Retry-After when this account failed too often from
   * this address, or this address too often for any account; otherwise waits the account's delay.
   * `address` is the caller's normalised address (`clientAddress()`).
   */
  async admit(email: string, address: string): Promise<void> {
    const keys = this.keysOf(email, address);
    try {
      const [pair, fromAddress, account] = (
        await this.redis.client.mget(keys.pair, keys.address, keys.account)
      ).map(Number);
      if (pair >= this.config.LOGIN_ATTEMPTS_PER_WINDOW) await this.refuse(keys.pair);
      if (fromAddress >= this.config.LOGIN_FAILURES_PER_ADDRESS) await this.refuse(keys.address);
      const delayMs = this.delayAfter(account);
      if (delayMs > 0) await sleep(delayMs);
    } catch (error) {
      if (error instanceof DomainError) throw error;
      this.logger.warn(`login throttle unavailable: ${(error as Error).message}`);
    }
  }

  /** The wait the account's recent failures call for: what admit() waits before the password is checked. */
  async delayMs(email: string): Promise<number> {
    return this.delayAfter(Number(await this.redis.client.get(this.keysOf(email, '').account)));
  }

  async recordFailure(email: string, address: string): Promise<void> {
    const window = this.config.LOGIN_WINDOW_SECONDS;
    try {
      const pipeline = this.redis.client.multi();
      for (const key of Object.values(this.keysOf(email, address)))
        pipeline.incr(key).expire(key, window, 'NX');
      await pipeline.exec();
    } catch (error) {
      this.logger.warn(`login throttle unavailable: ${(error as Error).message}`);
    }
  }

  /**
   * The owner got in from this address: its count starts again. The account's count stays, so an
   * attacker's guesses elsewhere keep their delay.
   */
  async recordSuccess(email: string, address: string): Promise<void> {
    await this.redis.client.del(this.keysOf(email, address).pair).catch(() => undefined);
  }

  private delayAfter(failures: number): number {
    return accountDelayMs(failures, this.config.LOGIN_DELAY_BASE_MS, this.config.LOGIN_DELAY_MAX_MS);
  }

  private async refuse(key: string): Promise<never> {
    const ttl = await this.redis.client.ttl(key);
    throw new DomainError(ErrorCode.RateLimited, 'too many failed logins, try again later', {
      retryAfterSeconds: Math.max(ttl, 1),
    });
  }

  private keysOf(email: string, address: string): FailureKeys {
    const prefix = `${this.config.QUEUE_PREFIX}:login-failures`;
    // Hashed: an email is personal data and has no place in a Redis key.
    const account = createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
    return {
      pair: `${prefix}:pair:${account}:${address}`,
      address: `${prefix}:address:${address}`,
      account: `${prefix}:account:${account}`,
    };
  }
}
