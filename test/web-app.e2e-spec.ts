import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';

/**
 * The api serves the built web app at `/` from WEB_ROOT (a small stand-in build here): files as they
 * are, the app's index.html for page routes, and the api's own routes untouched; every answer carries a
 * Content-Security-Policy allowing only the api's own origin.
 */
describe('the web app served by the api', () => {
  let api: TestApi;
  const root = mkdtempSync(join(tmpdir(), 'careledger-web-'));
  const indexHtml = '<!doctype html><html lang="ru"><title>CareLedger</title><div id="root"></div></html>';

  beforeAll(async () => {
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), indexHtml);
    writeFileSync(join(root, 'assets', 'index-3f2a1b.js'), 'console.log("league")');
    writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    api = await startTestApi('web_app', { WEB_ROOT: root });
  });

  afterAll(async () => {
    await api.close();
    rmSync(root, { recursive: true, force: true });
  });

  const get = (url: string) => api.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });

  function expectProblem(response: Awaited<ReturnType<typeof get>>, status: number) {
    expect(response.statusCode).toBe(status);
    expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
  }

  it.each(['/', '/regions/77', '/orgs/' + randomUUID(), '/reports/' + randomUUID(), '/authority?year=2026'])(
    'answers the page route %s with the app, revalidated on every visit',
    async (url) => {
      const response = await get(url);
      expect(response.statusCode).toBe(200);
      expect(String(response.headers['content-type'])).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body).toBe(indexHtml);
    },
  );

  it('serves hashed assets for good and other files revalidated', async () => {
    const asset = await get('/assets/index-3f2a1b.js');
    expect(asset.statusCode).toBe(200);
    expect(String(asset.headers['content-type'])).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.body).toBe('console.log("league")');
    const icon = await get('/favicon.svg');
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('answers a missing file, and a path out of the web root, 404 rather than the app', async () => {
    expectProblem(await get('/assets/index-000000.js'), 404);
    for (const url of ['/..%2f..%2fetc%2fpasswd', '/assets/..%2f..%2fpackage.json', '/%E0%A4%A.js']) {
      const response = await get(url);
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.body).not.toContain('root:');
      expect(response.body).not.toContain('"careledger"');
    }
  });

  it('leaves /api, /health and /metrics to the api: an unknown api path is its problem+json 404', async () => {
    expectProblem(await get('/api/v1/no-such-route'), 404);
    expectProblem(await get('/api/no-such-route'), 404);
    expectProblem(await get('/health/nothing'), 404);
    expect((await get('/health')).statusCode).toBe(200);
    expect((await get('/api/v1/public/regions?limit=1')).headers['content-type']).toMatch(
      /^application\/json/,
    );
  });

  it('sends a Content-Security-Policy of its own origin only, on pages and api answers alike', async () => {
    for (const url of ['/', '/assets/index-3f2a1b.js', '/api/v1/public/regions?limit=1', '/api/v1/nothing']) {
      const policy = String((await get(url)).headers['content-security-policy']);
      const directives = Object.fromEntries(
        policy.split(';').map((directive) => {
          const [name, ...values] = directive.trim().split(/\s+/);
          return [name, values.join(' ')];
        }),
      );
      expect(directives).toMatchObject({
        'default-src': "'self'",
        'script-src': "'self'",
        'style-src': "'self'",
        'connect-src': "'self'",
        'img-src': "'self' data: blob:",
        'frame-ancestors': "'none'",
        'object-src': "'none'",
        'base-uri': "'self'",
      });
      expect(policy).not.toMatch(/unsafe|https:|\*/);
    }
  });

  it('lets Swagger UI at /api/docs use inline styles, and nothing else', async () => {
    const docs = await get('/api/docs');
    expect(docs.statusCode).toBe(200);
    const policy = String(docs.headers['content-security-policy']);
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain("script-src 'self' 'unsafe-inline'");
  });

  it('says the web app is not built, as a 404 problem, when WEB_ROOT has no index.html', async () => {
    rmSync(join(root, 'index.html'));
    try {
      for (const url of ['/', '/regions/77']) {
        const response = await get(url);
        expectProblem(response, 404);
        expect(response.json().detail).toMatch(/web app is not built/);
      }
    } finally {
      writeFileSync(join(root, 'index.html'), indexHtml);
    }
  });
});
