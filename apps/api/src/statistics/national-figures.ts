const measures = ['beneficiariesServed', 'careEvents', 'spendKopecks'] as const;

type Measure = (typeof measures)[number];
type PublishedFigures = Record<Measure, number | null>;
export type MeasureTotals = Record<Measure, number>;

/** What of a region's published statistics (RegionalStatsService.region) the national sums read. */
export interface RegionFigures extends PublishedFigures {
  population: number | null;
  organisations: number;
  perMonth: ({ month: string } & PublishedFigures)[];
}

export interface NationalFigures extends MeasureTotals {
  year: number;
  regions: number;
  population: number;
  organisations: number;
  /** per measure, the regions whose total is withheld and so left out of the sum */
  withheldRegions: MeasureTotals;
  perMonth: ({ month: string } & MeasureTotals)[];
}

const zero = (): MeasureTotals => ({ beneficiariesServed: 0, careEvents: 0, spendKopecks: 0 });

function add(totals: MeasureTotals, figures: PublishedFigures): void {
  for (const measure of measures) totals[measure] += figures[measure] ?? 0;
}

/**
 * The country's figures as the sum of the regions' published ones: a withheld figure stays withheld
 * (left out, and counted in withheldRegions), so the sums say nothing the regions' pages do not, and
 * are lower bounds where a region withholds.
 */
export function nationalFigures(year: number, regions: readonly RegionFigures[]): NationalFigures {
  const totals = zero();
  const withheldRegions = zero();
  const months = new Map<string, MeasureTotals>();
  for (const region of regions) {
    add(totals, region);
    for (const measure of measures) if (region[measure] === null) withheldRegions[measure] += 1;
    for (const { month, ...figures } of region.perMonth) {
      if (!months.has(month)) months.set(month, zero());
      add(months.get(month) as MeasureTotals, figures);
    }
  }
  return {
    year,
    regions: regions.length,
    population: regions.reduce((sum, region) => sum + (region.population ?? 0), 0),
    organisations: regions.reduce((sum, region) => sum + region.organisations, 0),
    ...totals,
    withheldRegions,
    perMonth: [...months]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, figures]) => ({ month, ...figures })),
  };
}
