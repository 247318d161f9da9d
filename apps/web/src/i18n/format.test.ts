import { describe, expect, it } from 'vitest';
import {
  WITHHELD,
  decimalsOf,
  formatDate,
  formatMoney,
  formatMonth,
  formatNumber,
  formatPercent,
} from './format';

// Intl separates thousands in Russian with a no-break space (U+00A0) and puts one before the ₽ sign.
const nbsp = (text: string) => text.replace(/ /g, '\u00a0');

describe('formatters', () => {
  it('format numbers in each language', () => {
    expect(formatNumber('ru', 1234567)).toBe(nbsp('1 234 567'));
    expect(formatNumber('en', 1234567)).toBe('1,234,567');
    expect(formatNumber('ru', 61.25, 1)).toBe('61,3');
    expect(formatNumber('en', 61.25, 1)).toBe('61.3');
  });

  it('show a withheld figure as "< 5" whatever its kind', () => {
    expect(WITHHELD).toBe('< 5');
    expect(formatNumber('ru', null)).toBe('< 5');
    expect(formatMoney('en', null)).toBe('< 5');
    expect(formatPercent('ru', undefined)).toBe('< 5');
  });

  it('turn kopecks into roubles, with kopecks only when there are some', () => {
    expect(formatMoney('ru', 12345600)).toBe(nbsp('123 456 ₽'));
    expect(formatMoney('ru', 12345)).toBe(nbsp('123,45 ₽'));
    expect(formatMoney('en', 12345600)).toBe('₽123,456');
    expect(formatMoney('en', '150')).toBe('₽1.50');
  });

  it('format shares as percentages', () => {
    expect(formatPercent('ru', 0.125, 1)).toBe(nbsp('12,5 %'));
    expect(formatPercent('en', 0.125, 1)).toBe('12.5%');
  });

  it('show a calendar date as that day in any time zone', () => {
    expect(formatDate('ru', '2026-01-01')).toBe('1 января 2026 г.');
    expect(formatDate('en', '2026-12-31')).toBe('31 December 2026');
  });

  it('name a month', () => {
    expect(formatMonth('ru', '2026-03')).toBe('март 2026 г.');
    expect(formatMonth('en', '2026-03')).toBe('March 2026');
    expect(formatMonth('en', '2026-11-15')).toBe('November 2026');
    expect(formatMonth('en', '2026-03', 'short')).toBe('Mar 2026');
  });

  it('show a value with the decimals it has, up to three', () => {
    expect([7, 2.5, 0.8, 0.125, 1 / 3, 0.1 + 0.2].map((value) => decimalsOf(value))).toEqual([
      0, 1, 1, 3, 3, 1,
    ]);
  });
});
