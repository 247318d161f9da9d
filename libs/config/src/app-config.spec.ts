import { randomBytes } from 'node:crypto';
import { loadConfig } from './app-config.js';
import { publishedSecrets } from './published-secrets.js';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/careledger');
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.QUEUE_PREFIX).toBe('careledger');
    expect(config.SUPPRESSION_K).toBe(5);
    expect(config.DEMO_DATA).toBe(false);
  });

  it('converts numbers and booleans from strings', () => {
    const config = loadConfig({ PORT: '8080', DEMO_DATA: 'true', SUPPRESSION_K: '7' });
    expect(config).toMatchObject({ PORT: 8080, DEMO_DATA: true, SUPPRESSION_K: 7 });
  });

  it('derives the public address from PORT unless PUBLIC_BASE_URL is set, without a trailing slash', () => {
    expect(loadConfig({}).PUBLIC_BASE_URL).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '8080' }).PUBLIC_BASE_URL).toBe('http://localhost:8080');
    expect(loadConfig({ PORT: '8080', PUBLIC_BASE_URL: 'https://careledger.example/' }).PUBLIC_BASE_URL).toBe(
      'https://careledger.example',
    );
    expect(() => loadConfig({ PUBLIC_BASE_URL: 'careledger.example' })).toThrow(/PUBLIC_BASE_URL/);
  });

  it('stops with a sentence naming a malformed variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT \("eighty"\)/);
    expect(() => loadConfig({ REDIS_URL: 'localhost' })).toThrow(/REDIS_URL/);
  });

  it('refuses a suppression threshold below 3', () => {
    expect(() => loadConfig({ SUPPRESSION_K: '2' })).toThrow(/SUPPRESSION_K/);
  });
});

describe('JWT_SECRET', () => {
  // Made here, never written down: a secret in the repository would be a published one.
  const strong = randomBytes(32).toString('base64url');
  const earlier = randomBytes(32).toString('base64url');

  it('has no default: unset outside production, a random one per process is used instead', () => {
    expect(loadConfig({}).JWT_SECRET).toBeUndefined();
  });

  it('is required in production, with a sentence naming it', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET must be set in production/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: strong }).JWT_SECRET).toBe(strong);
  });

  it.each(['development', 'test', 'production'])('refuses a short secret in %s', (mode) => {
    expect(() => loadConfig({ NODE_ENV: mode, JWT_SECRET: 'short-secret' })).toThrow(
      /JWT_SECRET: .*at least 32 characters/,
    );
  });

  it.each(
    [...publishedSecrets].flatMap((secret) =>
      ['development', 'test', 'production'].map((mode) => [mode, secret]),
    ),
  )('refuses in %s the published secret %s, naming JWT_SECRET', (mode, secret) => {
    expect(() => loadConfig({ NODE_ENV: mode, JWT_SECRET: secret })).toThrow(/JWT_SECRET: /);
  });

  it('never repeats a refused secret in its message', () => {
    expect(() => loadConfig({ JWT_SECRET: 'careledger-development-secret-change-me-now' })).toThrow(
      /^Configuration error: JWT_SECRET: is published in the CareLedger repository/,
    );
    expect(() => loadConfig({ JWT_SECRET: 'too-short-to-keep' })).not.toThrow(/too-short-to-keep/);
  });

  it('takes earlier secrets for verification from JWT_PREVIOUS_SECRETS, refusing published and short ones', () => {
    expect(loadConfig({}).JWT_PREVIOUS_SECRETS).toEqual([]);
    expect(loadConfig({ JWT_PREVIOUS_SECRETS: ` ${earlier} , ${strong}` }).JWT_PREVIOUS_SECRETS).toEqual([
      earlier,
      strong,
    ]);
    expect(() =>
      loadConfig({ JWT_PREVIOUS_SECRETS: `${earlier},change-me-to-32-or-more-random-characters` }),
    ).toThrow(/JWT_PREVIOUS_SECRETS: .*published/);
    expect(() => loadConfig({ JWT_PREVIOUS_SECRETS: `${earlier},short` })).toThrow(/JWT_PREVIOUS_SECRETS/);
  });
});

describe('TRUST_PROXY', () => {
  it('is off by default and with false or 0', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '0' }).TRUST_PROXY).toBe(false);
  });

  it('takes a hop count or a list of proxy addresses and CIDRs', () => {
    expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 172.16.0.0/12,2001:db8::/32,loopback' }).TRUST_PROXY).toEqual(
      ['10.0.0.1', '172.16.0.0/12', '2001:db8::/32', 'loopback'],
    );
  });

  it('refuses true (trusting every caller) and malformed entries, naming the variable', () => {
    for (const value of ['true', '10.0.0.0/33', '10.0.0.1,proxy.example', '10.0.0.0/8/1', '10.0.0.1,']) {
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY/);
    }
  });
});

describe('mail settings', () => {
  it('has no SMTP server by default (mail goes to the log) and a local sender address', () => {
    const config = loadConfig({});
    expect(config.SMTP_URL).toBeUndefined();
    expect(config.MAIL_FROM).toBe('CareLedger <no-reply@localhost>');
    expect(config.MAIL_RETRY_SECONDS).toBe(60);
  });

  it('takes smtp:// and smtps:// URLs, with credentials', () => {
    for (const url of [
      'smtp://127.0.0.1:2525',
      'smtps://mailer:s3cret@smtp.example.org:465',
      'smtp://relay/?pool=true',
    ]) {
      expect(loadConfig({ SMTP_URL: url }).SMTP_URL).toBe(url);
    }
  });

  it('refuses another scheme, and a sender that could break a mail header, naming the variable', () => {
    expect(() => loadConfig({ SMTP_URL: 'http://smtp.example.org' })).toThrow(/SMTP_URL/);
    expect(() =>
      loadConfig({ MAIL_FROM: 'CareLedger <no-reply@example.org>\r\nBcc: x@example.org' }),
    ).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ MAIL_FROM: 'nobody' })).toThrow(/MAIL_FROM/);
  });
});
