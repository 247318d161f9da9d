import { loadConfig } from './app-config.js';

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

  it('stops with a sentence naming a malformed variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT \("eighty"\)/);
    expect(() => loadConfig({ REDIS_URL: 'localhost' })).toThrow(/REDIS_URL/);
  });

  it('refuses a suppression threshold below 3', () => {
    expect(() => loadConfig({ SUPPRESSION_K: '2' })).toThrow(/SUPPRESSION_K/);
  });

  it('requires JWT_SECRET in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET must be set/);
  });
});
