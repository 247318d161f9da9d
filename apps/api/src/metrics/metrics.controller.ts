import { SkipThrottle } from '@nestjs/throttler';
import { DomainError, ErrorCode } from '@careledger/common';
import { AppConfig } from '@careledger/config';
import { Controller, Get, Header, Headers, NotFoundException } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiSecurity,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { createHash, timingSafeEqual } from 'node:crypto';
import { MetricsService } from './metrics.service.js';

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/**
 * GET /metrics on the api's own port, for a scraper that cannot reach the metrics listener: only when
 * METRICS_TOKEN is set, and only to a caller that sends it as a bearer token. Otherwise the route does
 * not exist as far as a caller can tell.
 */
@ApiTags('operations')
// Scrapers call this all the time; it is never rate limited.
@SkipThrottle()
@Controller('metrics')
export class MetricsController {
  private readonly token?: Buffer;

  constructor(
    private readonly metrics: MetricsService,
    config: AppConfig,
  ) {
    this.token = config.METRICS_TOKEN === undefined ? undefined : digest(config.METRICS_TOKEN);
  }

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiOperation({
    summary: 'Prometheus metrics: request durations, queue depth',
    description:
      'Served on the metrics listener (METRICS_PORT, 127.0.0.1 by default). Here only when METRICS_TOKEN ' +
      'is set, with `Authorization: Bearer <METRICS_TOKEN>`.',
  })
  @ApiSecurity('metrics-token')
  @ApiOkResponse({
    description: 'Prometheus text exposition format',
    content: { 'text/plain': { schema: { type: 'string' } } },
  })
  @ApiNotFoundResponse({ description: 'METRICS_TOKEN is not set' })
  @ApiUnauthorizedResponse({ description: 'no token or a wrong one' })
  scrape(@Headers('authorization') authorization: string | undefined): Promise<string> {
    if (!this.token) throw new NotFoundException('Cannot GET /metrics');
    const offered = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1] ?? '';
    // Digests have one length, so the comparison takes the same time whatever was sent.
    if (!timingSafeEqual(digest(offered), this.token)) {
      throw new DomainError(ErrorCode.Unauthenticated, 'send the metrics token as a bearer token');
    }
    return this.metrics.registry.metrics();
  }
}
