// The dashboard's tables as plain rows: what the page shows, and what the CSV and XLSX downloads hold,
// so a download never says more or less than the screen. A withheld figure (null from the api) is the
// text "< 5" everywhere; money is in roubles (the api counts kopecks).
import type { components } from '@careledger/api-client';
import { WITHHELD } from '../../i18n';

export type AuthorityStats = components['schemas']['AuthorityRegionStatsDto'];
export type Cell = string | number | null;

export interface Table {
  /** Column headings, in the reader's language. */
  header: string[];
  rows: Cell[][];
}

export interface Headings {
  organisation: string;
  month: string;
  beneficiaries: string;
  careEvents: string;
  spendRoubles: string;
}

/** A published figure as a cell: the number, or "< 5" when the api withheld it. */
export function figure(value: number | null | undefined): Cell {
  return value === null || value === undefined ? WITHHELD : value;
}

export function roubles(kopecks: number | null | undefined): Cell {
  return kopecks === null || kopecks === undefined ? WITHHELD : kopecks / 100;
}

export function byOrganisationTable(stats: AuthorityStats, headings: Headings): Table {
  return {
    header: [headings.organisation, headings.beneficiaries, headings.careEvents, headings.spendRoubles],
    rows: stats.byOrganisation.map((row) => [
      row.name,
      figure(row.beneficiariesServed),
      figure(row.careEvents),
      roubles(row.spendKopecks),
    ]),
  };
}

export function byMonthTable(stats: AuthorityStats, headings: Headings): Table {
  return {
    header: [headings.month, headings.beneficiaries, headings.careEvents, headings.spendRoubles],
    rows: stats.perMonth.map((row) => [
      row.month,
      figure(row.beneficiariesServed),
      figure(row.careEvents),
      roubles(row.spendKopecks),
    ]),
  };
}

/** Every organisation's months, one row per organisation and month (the long form spreadsheets pivot). */
export function byOrganisationAndMonthTable(stats: AuthorityStats, headings: Headings): Table {
  return {
    header: [headings.organisation, headings.month, headings.beneficiaries, headings.careEvents],
    rows: stats.byOrganisation.flatMap((organisation) =>
      organisation.months.map((row) => [
        organisation.name,
        row.month,
        figure(row.beneficiariesServed),
        figure(row.careEvents),
      ]),
    ),
  };
}
