import { SkipThrottle } from '@nestjs/throttler';
import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { MetricsService } from './metrics.service.js';

@ApiTags('operations')
// Probes and scrapers call these all the time; they are never rate limited.
@SkipThrottle()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiOperation({ summary: 'Prometheus metrics: request durations, queue depth' })
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
