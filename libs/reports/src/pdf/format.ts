import { localMoment, zoneLabel } from '@careledger/common';
import type { ReportLanguage } from '../report-model.js';

/**
 * Numbers, money and dates as the report's language writes them (shared/GLOSSARY.md): `1 234,50 ₽` and
 * `27.11.2026` in Russian, `₽1,234.50` and `27 Nov 2026` in English. Instants are shown in the
 * organisation's time zone, which the report names (`zone`).
 *
 * Intl separates digit groups (and `₽`) with a no-break space, U+00A0 or U+202F depending on the ICU
 * version. The PDF prints a plain space instead: text extractors (pdf.js among them) turn any no-break
 * space into a plain one, so this way what is printed, what a reader copies and what tests assert are
 * the same characters on every Node version. Table cells draw an amount on one line whenever it fits.
 */
export interface ReportFormat {
  money(kopecks: number): string;
  number(value: number): string;
  percent(fraction: number): string;
  /** a `YYYY-MM-DD` calendar date */
  date(isoDate: string): string;
  /** a `YYYY-MM` calendar month: `10.2026`, `Oct 2026` */
  month(isoMonth: string): string;
  /** a local `YYYY-MM-DD` date and `HH:MM` time: `01.11.2026 01:30`, `1 Nov 2026 01:30` */
  dateTime(isoDate: string, time: string): string;
  /** an instant, shown as its calendar date in the report's time zone */
  instant(at: Date): string;
  /** the report's time zone and its offset at `at`: `Europe/Moscow (UTC+03:00)` */
  zone(at: Date): string;
}

const locales: Record<ReportLanguage, string> = { ru: 'ru-RU', en: 'en-GB' };

export function reportFormat(language: ReportLanguage, timeZone = 'UTC'): ReportFormat {
  const locale = locales[language];
  const money = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'RUB',
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(
    locale,
    language === 'ru'
      ? { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }
      : { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' },
  );
  const month = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    month: language === 'ru' ? '2-digit' : 'short',
    year: 'numeric',
  });
  // The register prints the same few hundred dates thousands of times.
  const dates = new Map<string, string>();
  const formatDate = (isoDate: string) => {
    let text = dates.get(isoDate);
    if (text === undefined) {
      text = date.format(parseIsoDate(isoDate));
      dates.set(isoDate, text);
    }
    return text;
  };
  return {
    money: (kopecks) => plainSpaces(money.format(kopecks / 100)),
    number: (value) => plainSpaces(number.format(value)),
    percent: (fraction) => plainSpaces(percent.format(fraction)),
    date: formatDate,
    month: (isoMonth) => month.format(parseIsoDate(`${isoMonth}-01`)),
    dateTime: (isoDate, time) => `${formatDate(isoDate)} ${time}`,
    instant: (at) => formatDate(localMoment(at, timeZone).date),
    zone: (at) => zoneLabel(timeZone, at),
  };
}

function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

function parseIsoDate(isoDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`Not a YYYY-MM-DD date: ${isoDate}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}
