import { createValidationPipe } from '@careledger/common';
import { AppConfig, nestLogLevels } from '@careledger/config';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import fastifyCookie from '@fastify/cookie';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyServerOptions } from 'fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import { limitBodiesPerRoute } from './http/body-limits.js';
import { createProblemFastifyAdapter } from './http/problem-fastify-adapter.js';
import { ProblemFilter } from './http/problem.filter.js';
import { relaxPolicyForApiDocs, securityHeaders } from './http/security-headers.js';
import { MetricsService } from './metrics/metrics.service.js';
import { apiDocsEnabled, setupOpenApi } from './openapi.js';
import { serveWebApp, webRootOf } from './web/web-app.js';

/**
 * Whose X-Forwarded-For Fastify believes when it works out `request.ip`: nobody unless TRUST_PROXY says
 * so, never everybody (any caller could then choose its address and its rate-limit bucket). A hop count
 * trusts that many proxies in front of the api, whoever they are, so it suits only an api no one can
 * reach but through them; a list of proxy addresses holds either way.
 */
function trustProxyOf(setting: AppConfig['TRUST_PROXY']): FastifyServerOptions['trustProxy'] {
  if (typeof setting === 'number') return (_address: string, hop: number) => hop < setting;
  return setting;
}

/** Builds the api with every cross-cutting concern wired; main.ts listens, tests inject. */
export async function createApiApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = createProblemFastifyAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: trustProxyOf(config.TRUST_PROXY),
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: nestLogLevels(config.LOG_LEVEL),
  });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api/v1', {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
    ],
  });
  // Helmet's defaults (HSTS, nosniff...) and a Content-Security-Policy of 'self' only, on every answer.
  app.useSecurityHeaders(securityHeaders);
  // Closed to other origins unless CORS_ORIGINS names them.
  if (config.CORS_ORIGINS.length > 0) app.enableCors({ origin: config.CORS_ORIGINS });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  app.enableShutdownHooks();

  const fastify = app.getHttpAdapter().getInstance();
  limitBodiesPerRoute(fastify, config.BODY_LIMIT_BYTES);
  // the web app's refresh token (auth/browser-session.ts)
  await app.register(fastifyCookie);
  const metrics = app.get(MetricsService);
  fastify.addHook('onResponse', (request, reply, done) => {
    metrics.observeRequest(
      request.method,
      request.routeOptions.url ?? 'unmatched',
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
    done();
  });
  fastify.addHook('onSend', (request, reply, _payload, done) => {
    void reply.header('X-Request-Id', request.id);
    done();
  });

  if (apiDocsEnabled(config)) {
    setupOpenApi(app);
    relaxPolicyForApiDocs(fastify);
  }
  await serveWebApp(app, webRootOf(config.WEB_ROOT));
  await app.init();
  return app;
}
