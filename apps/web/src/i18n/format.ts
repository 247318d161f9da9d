// Numbers, money and dates through Intl in the reader's language. A count the api withheld under
// disclosure control arrives as null and is shown as "< 5" (the explanation sits beside it on the page).
export type Language = 'ru' | 'en';

export const WITHHELD = '< 5';

const locales: Record<Language, string> = { ru: 'ru-RU', en: 'en-GB' };

export function localeOf(language: Language): string {
  return locales[language];
}

export function formatNumber(
  language: Language,
  value: number | null | undefined,
  fractionDigits = 0,
): string {
  if (value === null || value === undefined) return WITHHELD;
  return new Intl.NumberFormat(locales[language], {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** The decimals a value needs to be shown as it is, up to max (2.5 → 1, 0.125 → 3, 7 → 0). */
export function decimalsOf(value: number, max = 3): number {
  for (let digits = 0; digits < max; digits++) {
    const scaled = value * 10 ** digits;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9) return digits;
  }
  return max;
}

/** Money arrives in kopecks; whole roubles print without a fraction, anything else with two digits. */
export function formatMoney(language: Language, kopecks: number | string | null | undefined): string {
  if (kopecks === null || kopecks === undefined) return WITHHELD;
  const amount = Number(kopecks);
  const fractionDigits = amount % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat(locales[language], {
    style: 'currency',
    currency: 'RUB',
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(amount / 100);
}

/** A share from 0 to 1 as a percentage. */
export function formatPercent(
  language: Language,
  share: number | null | undefined,
  fractionDigits = 0,
): string {
  if (share === null || share === undefined) return WITHHELD;
  return new Intl.NumberFormat(locales[language], {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(share);
}

/**
 * A calendar date (YYYY-MM-DD) is read as that day wherever the reader is; a timestamp is shown as the
 * day it was in the reader's own time zone.
 */
export function formatDate(language: Language, value: string): string {
  const calendarDate = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(calendarDate ? `${value}T00:00:00Z` : value);
  return new Intl.DateTimeFormat(locales[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(calendarDate ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

/** A month as YYYY-MM (or any date within it) → "март 2026 г." / "March 2026" (short: "Mar 2026"). */
export function formatMonth(language: Language, value: string, length: 'long' | 'short' = 'long'): string {
  const [year, month] = value.split('-').map(Number);
  return new Intl.DateTimeFormat(locales[language], {
    month: length,
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 1)));
}
