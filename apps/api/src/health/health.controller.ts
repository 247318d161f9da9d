import { SkipThrottle } from '@nestjs/throttler';
import { DomainError, ErrorCode, withTimeout } from '@careledger/common';
import { RedisConnection } from '@careledger/jobs';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { LivenessDto, ReadinessDto } from './health.responses.js';

const checkTimeoutMs = 2000;

async function probe(check: () => Promise<unknown>): Promise<'up' | 'down'> {
  try {
    await withTimeout(check(), checkTimeoutMs, 'readiness check');
    return 'up';
  } catch {
    return 'down';
  }
}

@ApiTags('operations')
// Probes and scrapers call these all the time; they are never rate limited.
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly redis: RedisConnection,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Liveness: the process answers' })
  @ApiOkResponse({ type: LivenessDto })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: PostgreSQL and Redis reachable; 503 otherwise' })
  @ApiOkResponse({ type: ReadinessDto })
  @ApiServiceUnavailableResponse({ description: 'PostgreSQL or Redis unreachable (named in detail)' })
  async ready(): Promise<{ status: 'ok'; checks: Record<string, 'up'> }> {
    const [database, redis] = await Promise.all([
      probe(() => this.dataSource.query('select 1')),
      probe(() => this.redis.client.ping()),
    ]);
    const down = Object.entries({ database, redis }).filter(([, state]) => state === 'down');
    if (down.length > 0) {
      throw new DomainError(
        ErrorCode.DependencyDown,
        `unreachable: ${down.map(([name]) => name).join(', ')}`,
        {
          retryAfterSeconds: 5,
        },
      );
    }
    return { status: 'ok', checks: { database: 'up', redis: 'up' } };
  }
}
