import { normaliseAddress } from '@careledger/common';
import { RedisConnection } from '@careledger/jobs';
import PDFDocument from 'pdfkit';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { startTestApi, TestApi } from './support/api.js';

const megabyte = 1024 * 1024;

/** A request body that is made only as it is read, and counts how much of it was. */
function lazyBody(bytes: number, fill = ' '): { stream: Readable; read: () => number } {
  const chunk = Buffer.alloc(64 * 1024, fill);
  let sent = 0;
  const stream = new Readable({
    read() {
      if (sent >= bytes) return void this.push(null);
      const next = chunk.subarray(0, Math.min(chunk.length, bytes - sent));
      sent += next.length;
      this.push(next);
    },
  });
  return { stream, read: () => sent };
}

/** A real PDF of many pages of uncompressed text, larger than `bytes`. */
async function pdfLargerThan(bytes: number): Promise<Buffer> {
  const document = new PDFDocument({ compress: false });
  const parts: Buffer[] = [];
  document.on('data', (part: Buffer) => parts.push(part));
  const done = new Promise((resolve) => document.on('end', resolve));
  const line = 'Отчёт о помощи подопечным фонда, страница за страницей. ';
  for (let written = 0; written < bytes; written += 40 * line.length) {
    document.text(line.repeat(40));
    document.addPage();
  }
  document.end();
  await done;
  return Buffer.concat(parts);
}

function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  status: number,
) {
  expect(response.statusCode).toBe(status);
  expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
  expect(response.json()).toMatchObject({ status });
}

describe('client address with no proxy trusted (the default)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('edge_direct', { RATE_LIMIT_PER_MINUTE: '3' });
  });

  afterAll(() => api.close());

  function regions(remoteAddress: string, headers: Record<string, string> = {}) {
    return api.app.inject({ method: 'GET', url: '/api/v1/public/regions', remoteAddress, headers });
  }

  it('keeps a caller in its bucket whatever X-Forwarded-For it sends', async () => {
    const statuses = [];
    for (const forwarded of ['203.0.113.1', '203.0.113.2', '203.0.113.3, 10.0.0.1', '203.0.113.4']) {
      statuses.push((await regions('198.51.100.10', { 'x-forwarded-for': forwarded })).statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    // The address it tried to pass itself off as is untouched.
    expect((await regions('203.0.113.1')).statusCode).toBe(200);
  });

  it('counts an IPv4-mapped IPv6 peer as its IPv4 address', async () => {
    const statuses = [];
    for (const peer of ['::ffff:198.51.100.20', '198.51.100.20', '::FFFF:c633:6414', '198.51.100.20']) {
      statuses.push((await regions(peer)).statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('counts IPv6 peers by their /64 network', async () => {
    const statuses = [];
    for (const peer of ['2001:db8:5:6::1', '2001:db8:5:6::2', '2001:db8:5:6:ffff::3', '2001:DB8:5:6::4']) {
      statuses.push((await regions(peer)).statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await regions('2001:db8:5:7::1')).statusCode).toBe(200);
  });
});

describe('client address behind a trusted proxy (TRUST_PROXY=10.0.0.1)', () => {
  const proxy = '10.0.0.1';
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('edge_proxy', { RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: proxy });
  });

  afterAll(() => api.close());

  function regions(remoteAddress: string, forwardedFor?: string) {
    return api.app.inject({
      method: 'GET',
      url: '/api/v1/public/regions',
      remoteAddress,
      headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
    });
  }

  it('counts the client the proxy forwards, not the proxy', async () => {
    const statuses = [];
    for (let request = 0; request < 4; request++) {
      statuses.push((await regions(proxy, '198.51.100.30')).statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await regions(proxy, '198.51.100.31')).statusCode).toBe(200);
  });

  it('takes the address the proxy saw, not what the client wrote before it', async () => {
    // The client sent X-Forwarded-For: 203.0.113.9 itself; the proxy appended the address it saw.
    expect((await regions(proxy, '203.0.113.9, 198.51.100.30')).statusCode).toBe(429);
  });

  it('believes X-Forwarded-For from nobody but the proxy', async () => {
    expect((await regions('198.51.100.40', '198.51.100.30')).statusCode).toBe(200);
  });

  it('never lets header text into a Redis key', async () => {
    const marker = `junk-${randomUUID()}`;
    const junk = [
      marker,
      `${marker}, 198.51.100.50`,
      `198.51.100.50, ${marker}`,
      `<script>${marker}</script>`,
      `::ffff:${marker}`,
      `198.51.100.50:${marker}`,
      `${marker}${'x'.repeat(2000)}`,
    ];
    for (const [index, forwardedFor] of junk.entries()) {
      for (const remoteAddress of [proxy, '198.51.100.51']) {
        const login = await api.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          remoteAddress,
          headers: { 'x-forwarded-for': forwardedFor },
          payload: { email: `nobody-${index}@example.org`, password: 'not the password at all' },
        });
        expect([401, 429]).toContain(login.statusCode);
      }
    }
    const prefix = api.db.config.QUEUE_PREFIX;
    const keys = await api.app.get(RedisConnection).client.keys(`${prefix}:*`);
    expect(keys.filter((key) => key.includes('junk') || key.includes('<'))).toEqual([]);
    const addresses = keys.flatMap((key) => {
      const match = new RegExp(`^${prefix}:login-failures:(?:pair:[0-9a-f]{64}|address):(.+)$`).exec(key);
      return match ? [match[1]] : [];
    });
    expect(addresses.length).toBeGreaterThan(0);
    // A junk entry from the proxy falls back to the proxy itself; from anyone else it is not read at all.
    expect(new Set(addresses)).toEqual(new Set([proxy, '198.51.100.50', '198.51.100.51']));
    for (const address of addresses) expect(normaliseAddress(address)).toBe(address);
  });
});

describe('body limits per route', () => {
  const bodyLimitBytes = 64 * 1024;
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('edge_bodies', { BODY_LIMIT_BYTES: String(bodyLimitBytes) });
  });

  afterAll(() => api.close());

  it('refuses 10 MB of application/pdf to /auth/login with 413 before reading the body', async () => {
    const body = lazyBody(10 * megabyte);
    const response = await api.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/pdf', 'content-length': String(10 * megabyte) },
      payload: body.stream,
    });
    expectProblem(response, 413);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(body.read()).toBeLessThan(bodyLimitBytes);
  });

  it('refuses JSON over BODY_LIMIT_BYTES by its Content-Length, before reading it', async () => {
    const body = lazyBody(bodyLimitBytes + 1);
    const response = await api.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      headers: { 'content-type': 'application/json', 'content-length': String(bodyLimitBytes + 1) },
      payload: body.stream,
    });
    expectProblem(response, 413);
    expect(body.read()).toBeLessThan(bodyLimitBytes);
  });

  it('still cuts off a body without Content-Length at the limit while reading it', async () => {
    for (const [url, contentType] of [
      ['/api/v1/auth/login', 'application/json'],
      ['/api/v1/public/reports/verify', 'application/json'],
    ]) {
      const response = await api.app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': contentType, 'transfer-encoding': 'chunked' },
        payload: lazyBody(4 * megabyte).stream,
      });
      // Read whole, 4 MB of spaces would be a JSON syntax error (400) or a refused media type (415).
      expectProblem(response, 413);
    }
  });

  it('refuses a PDF or a CSV sent to any route but its own with 415', async () => {
    for (const [method, url, contentType] of [
      ['POST', '/api/v1/auth/login', 'application/pdf'],
      ['POST', '/api/v1/auth/login', 'text/csv'],
      ['POST', '/api/v1/public/reports/verify', 'text/csv; charset=utf-8'],
      ['PUT', '/api/v1/admin/external-indicators/2025', 'application/pdf'],
    ] as const) {
      const response = await api.app.inject({
        method,
        url,
        headers: { 'content-type': contentType },
        payload: '%PDF-1.7 regionCode,indicator',
      });
      expectProblem(response, 415);
    }
  });

  it('verifies a real PDF larger than BODY_LIMIT_BYTES', async () => {
    const pdf = await pdfLargerThan(2 * bodyLimitBytes);
    expect(pdf.length).toBeGreaterThan(bodyLimitBytes);
    const response = await api.app.inject({
      method: 'POST',
      url: '/api/v1/public/reports/verify',
      headers: { 'content-type': 'application/pdf' },
      payload: pdf,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'unknown', valid: false });
  });

  it('refuses a PDF over 50 MB to the verification route by its Content-Length', async () => {
    const bytes = 50 * megabyte + 1;
    const body = lazyBody(bytes);
    const response = await api.app.inject({
      method: 'POST',
      url: '/api/v1/public/reports/verify',
      headers: { 'content-type': 'application/pdf', 'content-length': String(bytes) },
      payload: body.stream,
    });
    expectProblem(response, 413);
    expect(body.read()).toBeLessThan(bodyLimitBytes);
  });
});
