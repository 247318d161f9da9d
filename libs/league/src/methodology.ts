/**
 * The shape of a league-table methodology. A methodology is data: it is versioned, published next to
 * the results, and never changed in place — a new version gets a new number.
 */

/** Indicator ids are stable: the database side computes the inputs under these names. */
export const INDICATOR_IDS = [
  'A1',
  'A2',
  'A3',
  'A4',
  'B1',
  'B2',
  'C1',
  'C2',
  'C3',
  'C4',
  'D1',
  'D2',
  'E1',
  'E2',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

export const PILLAR_IDS = ['A', 'B', 'C', 'D', 'E'] as const;
export type PillarId = (typeof PILLAR_IDS)[number];

export type Tier = 'A' | 'B' | 'C' | 'D';

export interface LocalisedName {
  ru: string;
  en: string;
}

/**
 * Goalposts for min–max normalisation to 0–100: fixed [min, max], or a fixed min and the frontier, the
 * largest adjusted value among the eligible regions of the year (distance to the leader).
 */
export type Goalposts = readonly [number, number] | FrontierGoalposts;

export interface FrontierGoalposts {
  min: number;
  max: 'frontier';
}

/** An indicator computed from an external indicator uploaded by the platform admin. */
export interface ExternalSource {
  /** the uploaded indicator's name, as in the upload's `indicator` column */
  indicator: string;
  /** value = uploaded value / population × perResidents */
  perResidents: number;
}

export interface IndicatorDefinition {
  id: IndicatorId;
  name: LocalisedName;
  /** 1: more is better; -1: less is better */
  direction: 1 | -1;
  /** a share of a count (n/N): shrunk towards the national mean by the size of N */
  proportion: boolean;
  /** values outside the goalposts are clipped */
  goalposts: Goalposts;
  unit: string;
  /** set when the value comes from an uploaded external indicator rather than the platform's ledger */
  external?: ExternalSource;
}

export function isFrontier(goalposts: Goalposts): goalposts is FrontierGoalposts {
  return !Array.isArray(goalposts);
}

/** The indicators a methodology scores, in pillar order. */
export function indicatorsOf(methodology: Methodology): IndicatorDefinition[] {
  return methodology.pillars.flatMap((pillar) => pillar.indicators);
}

export interface PillarDefinition {
  id: PillarId;
  name: LocalisedName;
  weight: number;
  /** equal weights inside the pillar */
  indicators: readonly IndicatorDefinition[];
}

export interface Methodology {
  version: number;
  pillars: readonly PillarDefinition[];
  /** a region's tier is the first whose min its rounded score reaches, taken from the highest min */
  tiers: readonly { tier: Tier; min: number }[];
  /** regions with fewer active CSOs are listed but not ranked */
  minActiveCsos: number;
  /** m in the shrinkage weight n / (n + m): the pseudo-count of the national mean */
  shrinkageStrength: number;
  /** JRC rule: winsorise while |skewness| > skewness and kurtosis > kurtosis, at most maxValues points */
  winsorisation: { skewness: number; kurtosis: number; maxValues: number };
  /**
   * Uncertainty analysis: each draw multiplies every pillar weight by a uniform factor in
   * [1 - weightJitter, 1 + weightJitter] (then renormalises) and picks the normalisation at random.
   */
  monteCarlo: { draws: number; weightJitter: number; seed: number };
}

/** The problems with a methodology, as sentences; empty when it is valid. */
export function validateMethodology(methodology: Methodology): string[] {
  const problems: string[] = [];
  const weightSum = methodology.pillars.reduce((sum, pillar) => sum + pillar.weight, 0);
  if (Math.abs(weightSum - 1) > 1e-9)
    problems.push(`pillar weights add up to ${Number(weightSum.toPrecision(12))}, not 1`);
  const pillarIds = methodology.pillars.map((pillar) => pillar.id);
  if (new Set(pillarIds).size !== pillarIds.length) problems.push('pillar ids are not unique');
  const indicators = indicatorsOf(methodology);
  const indicatorIds = indicators.map((indicator) => indicator.id);
  if (new Set(indicatorIds).size !== indicatorIds.length) problems.push('indicator ids are not unique');
  for (const pillar of methodology.pillars) {
    if (!(pillar.weight > 0)) problems.push(`pillar ${pillar.id} has a weight that is not positive`);
    if (pillar.indicators.length === 0) problems.push(`pillar ${pillar.id} has no indicators`);
  }
  for (const indicator of indicators) problems.push(...goalpostProblems(indicator));
  const tierMins = methodology.tiers.map((tier) => tier.min);
  if (!tierMins.includes(0)) problems.push('no tier starts at 0, so a low score would have no tier');
  if (new Set(methodology.tiers.map((tier) => tier.tier)).size !== methodology.tiers.length) {
    problems.push('tiers are not unique');
  }
  if (!(methodology.minActiveCsos >= 1)) problems.push('minActiveCsos must be at least 1');
  if (!(methodology.shrinkageStrength >= 0)) problems.push('shrinkageStrength must not be negative');
  if (!(methodology.monteCarlo.draws >= 500)) problems.push('Monte Carlo needs at least 500 draws');
  const jitter = methodology.monteCarlo.weightJitter;
  if (!(jitter >= 0 && jitter < 1)) problems.push('weightJitter must be in [0, 1)');
  return problems;
}

function goalpostProblems({ id, goalposts, proportion, external }: IndicatorDefinition): string[] {
  const problems: string[] = [];
  if (isFrontier(goalposts)) {
    if (!Number.isFinite(goalposts.min))
      problems.push(`indicator ${id} has a frontier whose min is not finite`);
    if (proportion && goalposts.min < 0)
      problems.push(`indicator ${id} is a proportion but its min is below 0`);
  } else {
    const [min, max] = goalposts;
    if (!(Number.isFinite(min) && Number.isFinite(max) && min < max)) {
      problems.push(`indicator ${id} has goalposts [${min}, ${max}] whose min is not below max`);
    }
    if (proportion && (min < 0 || max > 1)) {
      problems.push(`indicator ${id} is a proportion but its goalposts leave 0..1`);
    }
  }
  if (external && !(external.perResidents > 0)) {
    problems.push(
      `indicator ${id} takes ${external.indicator} per a number of residents that is not positive`,
    );
  }
  return problems;
}
