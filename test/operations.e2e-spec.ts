import SwaggerParser from '@apidevtools/swagger-parser';
import { RedisConnection } from '@careledger/jobs';
import { freePort } from '@careledger/testing';
import { DataSource } from 'typeorm';
import { MetricsListener } from '../apps/api/src/metrics/metrics.listener.js';
import { apiDocsEnabled } from '../apps/api/src/openapi.js';
import { AppConfig } from '@careledger/config';
import { randomBytes } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import { bearer, registerOrg } from './support/factories.js';

describe('operations', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('operations');
  });

  afterAll(() => api.close());

  it('answers liveness', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('answers problem+json to a path the router refuses: an over-long parameter, a malformed escape', async () => {
    const tooLong = await api.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${'x'.repeat(500)}/care-events`,
    });
    expect(tooLong.statusCode).toBe(414);
    expect(tooLong.headers['content-type']).toContain('application/problem+json');
    expect(tooLong.json()).toMatchObject({ status: 414, detail: 'a path segment is longer than the limit' });
    const malformed = await api.app.inject({ method: 'GET', url: '/api/v1/public/reports/%E0%A4%A' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.headers['content-type']).toContain('application/problem+json');
    expect(malformed.json()).toMatchObject({ status: 400 });
  });

  it('is ready when PostgreSQL and Redis answer', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/health/ready' });
    expect(response.json()).toEqual({ status: 'ok', checks: { database: 'up', redis: 'up' } });
  });

  it('connects to PostgreSQL as the application role', async () => {
    const [{ current_user }] = await api.app.get(DataSource).query('select current_user');
    expect(current_user).toBe(api.db.config.DATABASE_APP_ROLE);
  });

  it('lists the 85 regions with their population, page by page', async () => {
    const first = await api.app.inject({ method: 'GET', url: '/api/v1/public/regions?limit=50' });
    expect(first.statusCode).toBe(200);
    const firstPage = first.json();
    expect(firstPage.items).toHaveLength(50);
    expect(firstPage.items[0]).toEqual({
      code: '01',
      isoCode: 'RU-AD',
      nameEn: 'Adygea',
      nameRu: 'Республика Адыгея',
      federalDistrict: 'Southern',
      population: 463453,
      populationYear: 2020,
      organisations: 0,
      grid: { col: 3, row: 10 },
    });
    const second = await api.app.inject({
      method: 'GET',
      url: `/api/v1/public/regions?limit=50&cursor=${firstPage.nextCursor}`,
    });
    const secondPage = second.json();
    expect(secondPage.items).toHaveLength(35);
    expect(secondPage.nextCursor).toBeNull();
    const moscow = secondPage.items.find((region: { code: string }) => region.code === '77');
    expect(moscow).toMatchObject({ nameEn: 'Moscow (federal city)', population: 12692466 });
    const regions = [...firstPage.items, ...secondPage.items];
    // The reference file's population column sums to 146,745,098 (libs/regions/data/README).
    expect(regions.reduce((sum: number, region: { population: number }) => sum + region.population, 0)).toBe(
      146745098,
    );
  });

  it('rejects an unknown query field with 400 problem+json naming it', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/api/v1/public/regions?colour=red' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({
      status: 400,
      title: 'Bad request',
      errors: [{ field: 'colour', message: 'is not a known field' }],
    });
  });

  it('answers 400 naming the field for a number JavaScript writes in exponent form (was a 500)', async () => {
    const org = await registerOrg(api.app);
    const response = await api.app.inject({
      method: 'PUT',
      url: `/api/v1/orgs/${org.orgId}/profile/2025`,
      headers: bearer(org.accessToken),
      payload: { staffFte: 1e-7, volunteers: 8 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { field: 'staffFte', message: 'must be a number with at most 2 decimal places' },
    ]);
  });

  it('rejects a cursor it did not issue with 400 naming the cursor', async () => {
    const response = await api.app.inject({
      method: 'GET',
      url: '/api/v1/public/regions?cursor=not-a-cursor',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'cursor', message: 'is not a cursor this api issued' }]);
  });

  it('answers in Russian when asked', async () => {
    const response = await api.app.inject({
      method: 'GET',
      url: '/api/v1/public/regions?limit=0',
      headers: { 'accept-language': 'ru-RU,ru;q=0.9' },
    });
    expect(response.json()).toMatchObject({ status: 400, title: 'Некорректный запрос' });
  });

  it('answers 404 problem+json for an unknown route', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/api/v1/nowhere' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('serves Prometheus metrics on a listener of their own, with request durations and queue depth', async () => {
    await api.app.inject({ method: 'GET', url: '/health' });
    const { port } = await api.app.get(MetricsListener).listen(0, '127.0.0.1');
    const response = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const body = await response.text();
    expect(body).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/health",status="200"\} \d+/,
    );
    expect(body).toMatch(/queue_jobs\{queue="maintenance",state="waiting"\} 0/);
    expect(body).toMatch(/report_render_seconds\{stat="count"\} 0/);
    expect((await fetch(`http://127.0.0.1:${port}/api/v1/public/regions`)).status).toBe(404);
  });

  it('keeps /metrics off the api port when no METRICS_TOKEN is set', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).not.toContain('http_request_duration_seconds');
  });

  it('serves a valid OpenAPI document and its UI', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/api/docs-json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    await expect(SwaggerParser.validate(structuredClone(document))).resolves.toBeDefined();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/health', '/health/ready', '/api/v1/public/regions']),
    );
    const ui = await api.app.inject({ method: 'GET', url: '/api/docs' });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger');
  });
});

describe('operations while Redis is unreachable', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('operations_no_redis', { REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
  });

  afterAll(() => api.close());

  it('is not ready: 503 problem+json naming redis', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/health/ready' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.json()).toMatchObject({ status: 503, detail: 'unreachable: redis' });
  });

  it('is still alive', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
  });
});

describe('security headers and CORS', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('operations_security');
  });

  afterAll(() => api.close());

  it('sends helmet’s security headers on answers and errors alike', async () => {
    for (const url of ['/health', '/api/v1/nowhere', `/api/v1/orgs/${'x'.repeat(500)}`]) {
      const response = await api.app.inject({ method: 'GET', url });
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['strict-transport-security']).toBeDefined();
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    }
  });

  it('keeps CORS closed by default', async () => {
    const preflight = await api.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/public/regions',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const simple = await api.app.inject({
      method: 'GET',
      url: '/api/v1/public/regions',
      headers: { origin: 'https://evil.example' },
    });
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('opens CORS only to the origins configured', async () => {
    const open = await startTestApi('operations_cors', { CORS_ORIGINS: 'https://app.careledger.example' });
    try {
      const allowed = await open.app.inject({
        method: 'GET',
        url: '/api/v1/public/regions',
        headers: { origin: 'https://app.careledger.example' },
      });
      expect(allowed.headers['access-control-allow-origin']).toBe('https://app.careledger.example');
      const other = await open.app.inject({
        method: 'GET',
        url: '/api/v1/public/regions',
        headers: { origin: 'https://evil.example' },
      });
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await open.close();
    }
  });
});

describe('general rate limit', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('operations_rate_limit', { RATE_LIMIT_PER_MINUTE: '5' });
  });

  afterAll(() => api.close());

  it('answers 429 with Retry-After once a client passes the limit, counted in Redis', async () => {
    const statuses = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await api.app.inject({ method: 'GET', url: '/api/v1/public/regions' })).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await api.app.inject({ method: 'GET', url: '/api/v1/public/regions' });
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    // Health probes are never limited.
    expect((await api.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    const keys = await api.app.get(RedisConnection).client.keys(`${api.db.config.QUEUE_PREFIX}:throttle:*`);
    expect(keys.length).toBeGreaterThan(0);
  });
});

describe('operations endpoints behind a token, documents switched off', () => {
  const metricsToken = randomBytes(32).toString('hex');
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('operations_locked', { METRICS_TOKEN: metricsToken, API_DOCS: 'false' });
  });

  afterAll(() => api.close());

  it('serves /metrics on the api port only to the bearer of METRICS_TOKEN', async () => {
    for (const authorization of [
      undefined,
      'Bearer wrong',
      `Basic ${metricsToken}`,
      `Bearer ${metricsToken}x`,
    ]) {
      const refused = await api.app.inject({
        method: 'GET',
        url: '/metrics',
        headers: authorization ? { authorization } : {},
      });
      expect(refused.statusCode).toBe(401);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    const allowed = await api.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${metricsToken}` },
    });
    expect(allowed.statusCode).toBe(200);
    expect(allowed.body).toContain('http_request_duration_seconds');
  });

  it('serves neither Swagger UI nor the OpenAPI document with API_DOCS=false', async () => {
    for (const url of ['/api/docs', '/api/docs-json']) {
      expect((await api.app.inject({ method: 'GET', url })).statusCode).toBe(404);
    }
  });

  it('leaves the documents off in production unless API_DOCS asks for them', () => {
    const production = Object.assign(new AppConfig(), { NODE_ENV: 'production' });
    expect(apiDocsEnabled(production)).toBe(false);
    expect(apiDocsEnabled(Object.assign(production, { API_DOCS: true }))).toBe(true);
    expect(apiDocsEnabled(new AppConfig())).toBe(true);
  });

  it('closes the metrics listener with the app', async () => {
    const other = await startTestApi('operations_metrics_close');
    const { port } = await other.app.get(MetricsListener).listen(0, '127.0.0.1');
    expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(200);
    await other.close();
    await expect(fetch(`http://127.0.0.1:${port}/metrics`)).rejects.toThrow();
  });
});
