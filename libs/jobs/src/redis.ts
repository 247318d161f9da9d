import { AppConfig } from '@careledger/config';
import { Redis, RedisOptions } from 'ioredis';

export type RedisPurpose = 'command' | 'worker';

/**
 * `command` connections fail fast when Redis is away (one reconnection try, two-second command timeout),
 * so an api request or the outbox relay gets an error quickly instead of waiting. `worker` connections are what BullMQ
 * workers need for blocking commands: retry forever (`maxRetriesPerRequest: null`).
 */
export function redisOptions(purpose: RedisPurpose): RedisOptions {
  return purpose === 'worker'
    ? { maxRetriesPerRequest: null, enableReadyCheck: true }
    : { maxRetriesPerRequest: 1, connectTimeout: 2000, commandTimeout: 2000 };
}

export function createRedis(config: AppConfig, purpose: RedisPurpose): Redis {
  const client = new Redis(config.REDIS_URL, redisOptions(purpose));
  // Errors surface on the commands that fail; an unhandled 'error' event would only crash the process.
  client.on('error', () => undefined);
  return client;
}

/** Redis must never evict queue keys; BullMQ loses jobs silently otherwise. */
export async function assertNoEviction(client: Redis): Promise<void> {
  const info = await client.info('memory');
  const policy = /maxmemory_policy:(\S+)/.exec(info)?.[1];
  if (policy && policy !== 'noeviction') {
    throw new Error(
      `Redis maxmemory-policy is "${policy}", but the queues need "noeviction" or jobs are lost when memory ` +
        `fills up. Fix it with \`redis-cli CONFIG SET maxmemory-policy noeviction\` (and ` +
        `\`maxmemory-policy noeviction\` in redis.conf so it survives a restart).`,
    );
  }
}

/** REDIS_URL as ioredis connection options, for clients a library creates and owns itself. */
export function redisConnectionOptions(config: AppConfig, purpose: RedisPurpose): RedisOptions {
  const url = new URL(config.REDIS_URL);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : undefined,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    ...redisOptions(purpose),
  };
}
