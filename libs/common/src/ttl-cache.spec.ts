import { TtlCache } from './ttl-cache.js';

describe('TtlCache', () => {
  let clock = 0;
  const now = () => clock;

  beforeEach(() => {
    clock = 0;
  });

  it('answers from the cache until the time is up, then computes again', async () => {
    const cache = new TtlCache<number>(1_000, 10, now);
    let computed = 0;
    const compute = async () => ++computed;
    expect(await cache.get('a', compute)).toBe(1);
    clock = 999;
    expect(await cache.get('a', compute)).toBe(1);
    clock = 1_000;
    expect(await cache.get('a', compute)).toBe(2);
    expect(await cache.get('b', compute)).toBe(3);
  });

  it('shares one computation between concurrent misses', async () => {
    const cache = new TtlCache<string>(1_000, 10, now);
    let calls = 0;
    const compute = () => {
      calls += 1;
      return new Promise<string>((resolve) => setTimeout(() => resolve('value'), 10));
    };
    expect(await Promise.all([cache.get('k', compute), cache.get('k', compute)])).toEqual(['value', 'value']);
    expect(calls).toBe(1);
  });

  it('does not keep a failure', async () => {
    const cache = new TtlCache<string>(1_000, 10, now);
    await expect(cache.get('k', () => Promise.reject(new Error('database away')))).rejects.toThrow(
      'database away',
    );
    expect(await cache.get('k', async () => 'recovered')).toBe('recovered');
  });

  it('keeps at most maxEntries, dropping the oldest', async () => {
    const cache = new TtlCache<string>(1_000, 2, now);
    await cache.get('first', async () => 'one');
    await cache.get('second', async () => 'two');
    await cache.get('third', async () => 'three');
    expect(await cache.get('first', async () => 'recomputed')).toBe('recomputed');
    expect(await cache.get('third', async () => 'recomputed')).toBe('three');
  });

  it('keeps nothing with a ttl of 0', async () => {
    const cache = new TtlCache<number>(0, 10, now);
    let computed = 0;
    await cache.get('a', async () => ++computed);
    expect(await cache.get('a', async () => ++computed)).toBe(2);
  });
});
