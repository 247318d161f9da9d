import { toCsv, type CsvField } from '@careledger/common';
import type { LeagueResult, LeagueRow, RegionInput } from './compute-league.js';
import {
  indicatorsOf,
  isFrontier,
  PILLAR_IDS,
  type IndicatorDefinition,
  type Methodology,
} from './methodology.js';

/**
 * The league table's inputs and results for download, written by `toCsv` (libs/common): numbers in plain
 * decimal with every digit JavaScript needs to read them back to the same double, so anyone can recompute
 * the table exactly, and text that could run as a spreadsheet formula (a region name starting with `=`)
 * neutralised. Each column is described once here (name, meaning, unit); the methodology publishes the
 * descriptions, so the files and their documentation cannot drift apart.
 */

export interface CsvColumn {
  name: string;
  meaning: string;
  unit: string;
}

interface Column<T> extends CsvColumn {
  value: (row: T) => CsvField;
}

const coverageColumns: Column<RegionInput>[] = [
  {
    name: 'csos_on_platform',
    meaning: 'verified, active organisations on the platform in the region; coverage, not scored',
    unit: 'organisations',
    value: (input) => input.csosOnPlatform,
  },
  {
    name: 'registered_csos',
    meaning:
      'registered CSOs in the region, from the external indicator registered_csos uploaded by the platform admin; empty when none was uploaded',
    unit: 'organisations',
    value: (input) => input.registeredCsos,
  },
];

function indicatorLabel(indicator: IndicatorDefinition): string {
  const source = indicator.external
    ? `, the external indicator ${indicator.external.indicator} per ${indicator.external.perResidents} residents`
    : '';
  return `${indicator.name.en} (${indicator.id}${source})`;
}

function goalpostsLabel({ goalposts }: IndicatorDefinition): string {
  return isFrontier(goalposts)
    ? `from ${goalposts.min} to the frontier (the highest adjusted value of the ranked regions)`
    : `on its goalposts [${goalposts[0]}, ${goalposts[1]}]`;
}

function inputColumns(methodology: Methodology): Column<RegionInput>[] {
  return [
    {
      name: 'region_code',
      meaning: 'region code (ОКАТО two digits)',
      unit: 'text',
      value: (i) => i.regionCode,
    },
    { name: 'region_name', meaning: 'region name in Russian', unit: 'text', value: (i) => i.regionName },
    {
      name: 'population',
      meaning: 'resident population, the latest figure for the year or before',
      unit: 'persons',
      value: (i) => i.population,
    },
    {
      name: 'active_csos',
      meaning: 'counted organisations that served at least one person in the year; eligibility uses it',
      unit: 'organisations',
      value: (i) => i.activeCsos,
    },
    ...coverageColumns,
    ...indicatorsOf(methodology).flatMap((indicator): Column<RegionInput>[] => [
      {
        name: indicator.id,
        meaning: `${indicatorLabel(indicator)}: the raw value; empty when missing, and always empty for a region that is not ranked`,
        unit: indicator.unit,
        value: (i) => i.indicators[indicator.id]?.value,
      },
      {
        name: `${indicator.id}_n`,
        meaning: `the number of CSOs (or reports) behind ${indicator.id} when it is a share; the n of the shrinkage weight`,
        unit: 'count',
        value: (i) => i.indicators[indicator.id]?.n,
      },
    ]),
  ];
}

function resultColumns(methodology: Methodology): Column<LeagueRow>[] {
  return [
    { name: 'rank', meaning: 'competition rank of the unrounded score', unit: 'place', value: (r) => r.rank },
    { name: 'region_code', meaning: 'region code', unit: 'text', value: (r) => r.regionCode },
    { name: 'region_name', meaning: 'region name in Russian', unit: 'text', value: (r) => r.regionName },
    { name: 'ranked', meaning: 'whether the region is ranked', unit: 'true/false', value: (r) => r.ranked },
    { name: 'reason', meaning: 'why a region is not ranked', unit: 'text', value: (r) => r.reason },
    {
      name: 'score',
      meaning: 'weighted mean of the pillars, unrounded (every digit of the double)',
      unit: 'points, 0–100',
      value: (r) => r.score,
    },
    { name: 'tier', meaning: 'tier of the unrounded score', unit: 'A–D', value: (r) => r.tier },
    {
      name: 'rank_p5',
      meaning: '5th nearest-rank percentile of the Monte Carlo ranks',
      unit: 'place',
      value: (r) => r.rankInterval?.[0],
    },
    {
      name: 'rank_p95',
      meaning: '95th nearest-rank percentile of the Monte Carlo ranks',
      unit: 'place',
      value: (r) => r.rankInterval?.[1],
    },
    {
      name: 'csos_on_platform',
      meaning: 'verified, active organisations on the platform in the region',
      unit: 'organisations',
      value: (r) => r.coverage.csosOnPlatform,
    },
    {
      name: 'registered_csos',
      meaning: 'registered CSOs in the region (external indicator registered_csos); empty when not uploaded',
      unit: 'organisations',
      value: (r) => r.coverage.registeredCsos,
    },
    {
      name: 'coverage_share',
      meaning: 'csos_on_platform / registered_csos, rounded to 4 decimals; empty without registered_csos',
      unit: 'share',
      value: (r) => r.coverage.share,
    },
    ...PILLAR_IDS.map((id): Column<LeagueRow> => ({
      name: `pillar_${id}`,
      meaning: `pillar ${id}: mean of its normalised indicators present, rounded to 1 decimal for display`,
      unit: 'points, 0–100',
      value: (r) => r.pillars[id],
    })),
    ...indicatorsOf(methodology).flatMap((indicator): Column<LeagueRow>[] => [
      {
        name: `${indicator.id}_raw`,
        meaning: `${indicatorLabel(indicator)} as given; empty for a region that is not ranked`,
        unit: indicator.unit,
        value: (r) => r.indicators[indicator.id]?.raw,
      },
      {
        name: `${indicator.id}_adjusted`,
        meaning: `${indicator.id} after shrinkage and winsorisation, rounded to 4 decimals`,
        unit: indicator.unit,
        value: (r) => r.indicators[indicator.id]?.adjusted,
      },
      {
        name: `${indicator.id}_normalised`,
        meaning: `${indicator.id} on 0–100 ${goalpostsLabel(indicator)}, direction applied, rounded to 1 decimal`,
        unit: 'points, 0–100',
        value: (r) => r.indicators[indicator.id]?.normalised,
      },
    ]),
    {
      name: 'methodology_version',
      meaning: 'the methodology version the row was computed under',
      unit: 'version',
      value: () => methodology.version,
    },
  ];
}

function descriptions<T>(columns: Column<T>[]): CsvColumn[] {
  return columns.map(({ name, meaning, unit }) => ({ name, meaning, unit }));
}

function write<T>(columns: Column<T>[], rows: readonly T[]): string {
  return toCsv([
    columns.map((column) => column.name),
    ...rows.map((row) => columns.map((c) => c.value(row))),
  ]);
}

/** Name, meaning and unit of every column of inputs.csv and results.csv, as the methodology publishes them. */
export function csvColumnGuide(methodology: Methodology): { inputs: CsvColumn[]; results: CsvColumn[] } {
  return {
    inputs: descriptions(inputColumns(methodology)),
    results: descriptions(resultColumns(methodology)),
  };
}

export function inputsCsv(inputs: readonly RegionInput[], methodology: Methodology): string {
  return write(inputColumns(methodology), inputs);
}

export function resultsCsv(result: LeagueResult, methodology: Methodology): string {
  return write(resultColumns(methodology), result.rows);
}
