import type { LeagueResult, RegionInput } from './compute-league.js';
import { INDICATOR_IDS, PILLAR_IDS } from './methodology.js';

/**
 * Downloadable CSV (RFC 4180): a header row, CRLF line breaks, fields quoted when they hold a comma,
 * a double quote or a line break (quotes doubled), numbers with a `.` decimal point, empty for null.
 */

type Field = string | number | boolean | null | undefined;

export function inputsCsv(inputs: readonly RegionInput[]): string {
  const header = [
    'region_code',
    'region_name',
    'population',
    'active_csos',
    ...INDICATOR_IDS.flatMap((id) => [id, `${id}_n`]),
  ];
  const rows = inputs.map((input) => [
    input.regionCode,
    input.regionName,
    input.population,
    input.activeCsos,
    ...INDICATOR_IDS.flatMap((id) => [input.indicators[id]?.value, input.indicators[id]?.n]),
  ]);
  return toCsv([header, ...rows]);
}

export function resultsCsv(result: LeagueResult): string {
  const header = [
    'rank',
    'region_code',
    'region_name',
    'ranked',
    'reason',
    'score',
    'tier',
    'rank_p5',
    'rank_p95',
    ...PILLAR_IDS.map((id) => `pillar_${id}`),
    ...INDICATOR_IDS.flatMap((id) => [`${id}_raw`, `${id}_adjusted`, `${id}_normalised`]),
    'methodology_version',
  ];
  const rows = result.rows.map((row) => [
    row.rank,
    row.regionCode,
    row.regionName,
    row.ranked,
    row.reason,
    row.score,
    row.tier,
    row.rankInterval?.[0],
    row.rankInterval?.[1],
    ...PILLAR_IDS.map((id) => row.pillars[id]),
    ...INDICATOR_IDS.flatMap((id) => {
      const indicator = row.indicators[id];
      return [indicator.raw, indicator.adjusted, indicator.normalised];
    }),
    result.methodologyVersion,
  ]);
  return toCsv([header, ...rows]);
}

function toCsv(rows: Field[][]): string {
  return rows.map((row) => row.map(formatField).join(',')).join('\r\n') + '\r\n';
}

function formatField(field: Field): string {
  if (field === null || field === undefined) return '';
  if (typeof field === 'number') return formatNumber(field);
  const text = String(field);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Plain decimal notation, never exponent notation, so any spreadsheet reads it as a number. */
function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value
    .toFixed(20)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
}
