import { accountDelayMs } from './login-throttle.js';

describe('accountDelayMs', () => {
  it('lets the first three failures through at once, then doubles from 250 ms up to the 3 s cap (the defaults)', () => {
    const delays = Array.from({ length: 10 }, (_, failures) => accountDelayMs(failures, 250, 3000));
    expect(delays).toEqual([0, 0, 0, 250, 500, 1000, 2000, 3000, 3000, 3000]);
  });

  it('stays at the cap however many failures an attacker piles up', () => {
    expect(accountDelayMs(1_000_000, 250, 3000)).toBe(3000);
    expect(accountDelayMs(1_000_000, 0, 3000)).toBe(0);
  });
});
