import { AppConfig } from '@careledger/config';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { createRedis } from './redis.js';

/** The process's fail-fast Redis connection for plain commands: rate-limit counters, readiness pings. */
@Injectable()
export class RedisConnection implements OnApplicationShutdown {
  readonly client: Redis;

  constructor(config: AppConfig) {
    this.client = createRedis(config, 'command');
  }

  onApplicationShutdown(): void {
    this.client.disconnect();
  }
}
