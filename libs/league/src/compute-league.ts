import {
  indicatorsOf,
  isFrontier,
  PILLAR_IDS,
  validateMethodology,
  type IndicatorDefinition,
  type IndicatorId,
  type Methodology,
  type PillarId,
  type Tier,
} from './methodology.js';
import { mulberry32, percentile, roundTo, winsorise } from './statistics.js';

/**
 * The regional league table as a pure function of a methodology and one year's regional inputs.
 *
 * 1. Eligibility. A region with fewer than `minActiveCsos` active CSOs, or with no known population, is
 *    listed but not ranked, and takes no part in the steps below (national means, winsorisation,
 *    observed ranges), so it neither scores nor moves anyone else's score.
 * 2. Shrinkage. A proportion p observed over n CSOs (or reports) is replaced by w·p + (1 − w)·p̄ with
 *    w = n / (n + m), m = `shrinkageStrength` and p̄ the plain mean of the eligible regions' raw values
 *    (each region counts once). This is the empirical-Bayes estimate under a beta prior worth m
 *    observations: a region with few CSOs moves most of the way to the mean, a large one barely moves.
 *    A proportion given without n is not shrunk.
 * 3. Winsorisation (JRC rule, see `winsorise`), per indicator across eligible regions, after shrinkage.
 * 4. Min–max to 0–100 on the indicator's goalposts, clipped outside them; direction −1 reverses. The
 *    goalposts are fixed, or (methodology 2) a fixed min and the frontier: the largest adjusted value of
 *    the eligible regions, so the leader scores 100 and a region half its value scores half way up.
 * 5. Missing is not zero. A missing indicator (absent, null or not finite) is left out of its pillar,
 *    whose score is the mean of the indicators present. A pillar with no indicator present is missing
 *    and left out of the score, whose weights are renormalised over the pillars present. An eligible
 *    region with no indicator at all is not ranked.
 * 6. Score = weighted mean of pillars, kept unrounded: competition ranking of the unrounded scores
 *    (1, 2, 2, 4) and the tier from the unrounded score, so rounding for display never makes or breaks a
 *    tie. The score is published unrounded (every digit of the double), so the published ranks follow
 *    from the published scores.
 * 7. Uncertainty. Each Monte Carlo draw multiplies each pillar weight by a uniform factor in
 *    [1 − weightJitter, 1 + weightJitter] and, with even odds, normalises every indicator either on its
 *    goalposts or on the range observed across eligible regions (goalposts again when all regions
 *    share one value); it then re-scores (unrounded) and re-ranks. The 5th and 95th nearest-rank percentiles of a
 *    region's draws are its `rankInterval`. The generator is seeded (mulberry32), so a result is
 *    reproducible from the methodology, the inputs and the seed.
 */

export interface IndicatorInput {
  value: number;
  /** the number of CSOs (or the denominator size) behind a proportion */
  n?: number;
}

export interface RegionInput {
  regionCode: string;
  regionName: string;
  population: number | null;
  activeCsos: number;
  /** verified, active organisations on the platform in the region (coverage; not scored) */
  csosOnPlatform?: number;
  /** registered CSOs in the region, from the external indicator `registered_csos`, when uploaded */
  registeredCsos?: number | null;
  indicators: Partial<Record<IndicatorId, IndicatorInput | null>>;
}

/** How much of a region's civil society the platform sees, so a reader is not misled by a small sample. */
export interface Coverage {
  csosOnPlatform: number | null;
  registeredCsos: number | null;
  /** csosOnPlatform / registeredCsos, rounded to 4 decimals; null without registeredCsos */
  share: number | null;
}

export interface IndicatorResult {
  /** the value as given */
  raw: number | null;
  /** after shrinkage and winsorisation, rounded to 4 decimals */
  adjusted: number | null;
  /** 0–100 on the goalposts, rounded to 1 decimal */
  normalised: number | null;
}

export interface LeagueRow {
  regionCode: string;
  regionName: string;
  ranked: boolean;
  reason?: string;
  /** unrounded: ranks and tiers follow from it exactly */
  score: number | null;
  rank: number | null;
  tier: Tier | null;
  /** rounded to 1 decimal, for display */
  pillars: Record<PillarId, number | null>;
  rankInterval: [number, number] | null;
  coverage: Coverage;
  /** one entry per indicator of the methodology */
  indicators: Partial<Record<IndicatorId, IndicatorResult>>;
}

export interface LeagueResult {
  methodologyVersion: number;
  draws: number;
  seed: number;
  rows: LeagueRow[];
}

export interface LeagueOptions {
  /** Monte Carlo draws; the methodology's (at least 500) by default */
  draws?: number;
  seed?: number;
}

type Normalisation = 'goalposts' | 'observed';

interface Prepared {
  input: RegionInput;
  reason: string | null;
  adjusted: Map<IndicatorId, number>;
  /** pillar scores (unrounded) under each normalisation; null when the pillar is missing */
  pillars: Record<Normalisation, Map<PillarId, number | null>>;
  normalised: Map<IndicatorId, number>;
}

export function computeLeague(
  methodology: Methodology,
  inputs: readonly RegionInput[],
  options: LeagueOptions = {},
): LeagueResult {
  const problems = validateMethodology(methodology);
  if (problems.length > 0) {
    throw new Error(`methodology version ${methodology.version} is invalid: ${problems.join('; ')}`);
  }
  const codes = new Set<string>();
  for (const input of inputs) {
    if (codes.has(input.regionCode)) throw new Error(`region ${input.regionCode} is listed twice`);
    codes.add(input.regionCode);
  }
  const draws = options.draws ?? methodology.monteCarlo.draws;
  if (!(Number.isInteger(draws) && draws > 0)) throw new Error('draws must be a positive integer');
  const seed = options.seed ?? methodology.monteCarlo.seed;

  const regions: Prepared[] = inputs.map((input) => ({
    input,
    reason: ineligibility(methodology, input),
    adjusted: new Map(),
    pillars: { goalposts: new Map(), observed: new Map() },
    normalised: new Map(),
  }));
  const eligible = regions.filter((region) => region.reason === null);

  const observedRange = new Map<IndicatorId, [number, number]>();
  for (const pillar of methodology.pillars) {
    for (const indicator of pillar.indicators) {
      const present = eligible.filter((region) => rawValue(region.input, indicator.id) !== null);
      const shrunk = shrink(methodology, indicator, present);
      const treated = winsorise(shrunk, methodology.winsorisation);
      present.forEach((region, i) => region.adjusted.set(indicator.id, treated[i]));
      if (treated.length > 0) observedRange.set(indicator.id, [Math.min(...treated), Math.max(...treated)]);
    }
  }

  for (const region of eligible) {
    for (const pillar of methodology.pillars) {
      for (const scheme of ['goalposts', 'observed'] as const) {
        const values = pillar.indicators.flatMap((indicator) => {
          const value = region.adjusted.get(indicator.id);
          if (value === undefined) return [];
          const scaled = normalise(value, goalpostsFor(indicator, scheme, observedRange.get(indicator.id)));
          const normalised = indicator.direction === 1 ? scaled : 100 - scaled;
          if (scheme === 'goalposts') region.normalised.set(indicator.id, normalised);
          return [normalised];
        });
        region.pillars[scheme].set(pillar.id, values.length === 0 ? null : mean(values));
      }
    }
    if ([...region.pillars.goalposts.values()].every((value) => value === null)) {
      region.reason = 'no indicator values';
    }
  }

  const ranked = regions.filter((region) => region.reason === null);
  const weights = new Map(methodology.pillars.map((pillar) => [pillar.id, pillar.weight]));
  const scores = ranked.map((region) => score(region.pillars.goalposts, weights));
  const ranks = competitionRanks(scores);

  const drawnRanks: number[][] = ranked.map(() => []);
  const random = mulberry32(seed);
  const jitter = methodology.monteCarlo.weightJitter;
  for (let draw = 0; draw < draws; draw++) {
    const drawnWeights = new Map(
      methodology.pillars.map((pillar) => [pillar.id, pillar.weight * (1 + jitter * (2 * random() - 1))]),
    );
    const scheme: Normalisation = random() < 0.5 ? 'goalposts' : 'observed';
    const drawnScores = ranked.map((region) => score(region.pillars[scheme], drawnWeights));
    competitionRanks(drawnScores).forEach((rank, i) => drawnRanks[i].push(rank));
  }

  const rows = regions.map((region): LeagueRow => {
    const index = ranked.indexOf(region);
    const indicators = Object.fromEntries(
      indicatorsOf(methodology).map(({ id }) => {
        const adjusted = region.adjusted.get(id);
        const normalised = region.normalised.get(id);
        const result: IndicatorResult = {
          raw: rawValue(region.input, id),
          adjusted: region.reason === null && adjusted !== undefined ? roundTo(adjusted, 4) : null,
          normalised: region.reason === null && normalised !== undefined ? roundTo(normalised, 1) : null,
        };
        return [id, result];
      }),
    );
    const pillars = Object.fromEntries(
      PILLAR_IDS.map((id) => {
        const value = region.reason === null ? region.pillars.goalposts.get(id) : undefined;
        return [id, value === undefined || value === null ? null : roundTo(value, 1)];
      }),
    ) as Record<PillarId, number | null>;
    const base = {
      regionCode: region.input.regionCode,
      regionName: region.input.regionName,
      coverage: coverageOf(region.input),
    };
    if (index < 0) {
      return {
        ...base,
        ranked: false,
        reason: region.reason ?? undefined,
        score: null,
        rank: null,
        tier: null,
        pillars,
        rankInterval: null,
        indicators,
      };
    }
    const sorted = [...drawnRanks[index]].sort((a, b) => a - b);
    return {
      ...base,
      ranked: true,
      score: scores[index],
      rank: ranks[index],
      tier: tierOf(methodology, scores[index]),
      pillars,
      rankInterval: [percentile(sorted, 5), percentile(sorted, 95)],
      indicators,
    };
  });
  rows.sort(
    (a, b) =>
      (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
      (a.regionCode < b.regionCode ? -1 : a.regionCode > b.regionCode ? 1 : 0),
  );
  return { methodologyVersion: methodology.version, draws, seed, rows };
}

/** Competition ranking ("1224"): one more than the number of strictly higher scores. */
export function competitionRanks(scores: readonly number[]): number[] {
  return scores.map((score) => 1 + scores.filter((other) => other > score).length);
}

function coverageOf(input: RegionInput): Coverage {
  const onPlatform = input.csosOnPlatform ?? null;
  const registered = input.registeredCsos ?? null;
  return {
    csosOnPlatform: onPlatform,
    registeredCsos: registered,
    share:
      onPlatform !== null && registered !== null && registered > 0
        ? roundTo(onPlatform / registered, 4)
        : null,
  };
}

function ineligibility(methodology: Methodology, input: RegionInput): string | null {
  if (input.activeCsos < methodology.minActiveCsos) {
    return `fewer than ${methodology.minActiveCsos} active CSOs`;
  }
  if (input.population === null || !(input.population > 0)) return 'population unknown';
  return null;
}

function rawValue(input: RegionInput, id: IndicatorId): number | null {
  const value = input.indicators[id]?.value;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Step 2: the values of the regions present, shrunk towards their mean when a proportion. */
function shrink(methodology: Methodology, indicator: IndicatorDefinition, present: Prepared[]): number[] {
  const raw = present.map((region) => rawValue(region.input, indicator.id) as number);
  if (!indicator.proportion || raw.length === 0) return raw;
  const prior = mean(raw);
  const m = methodology.shrinkageStrength;
  return present.map((region, i) => {
    const n = region.input.indicators[indicator.id]?.n;
    if (n === undefined || !(n >= 0) || n + m === 0) return raw[i];
    const w = n / (n + m);
    return w * raw[i] + (1 - w) * prior;
  });
}

/**
 * The [min, max] an indicator is normalised on: its goalposts (a frontier is the observed max), or under
 * the observed scheme the observed range unless it has no spread.
 */
function goalpostsFor(
  indicator: IndicatorDefinition,
  scheme: Normalisation,
  observed: [number, number] | undefined,
): [number, number] {
  if (scheme === 'observed' && observed && observed[1] > observed[0]) return observed;
  const { goalposts } = indicator;
  if (!isFrontier(goalposts)) return [goalposts[0], goalposts[1]];
  return [goalposts.min, observed ? observed[1] : goalposts.min];
}

/** Step 4: 0–100 on [min, max], clipped; 0 when max is not above min (no region above the min). */
function normalise(value: number, [min, max]: [number, number]): number {
  if (!(max > min)) return 0;
  return Math.min(1, Math.max(0, (value - min) / (max - min))) * 100;
}

/** Weighted mean of the pillars present, weights renormalised over them. */
function score(pillars: Map<PillarId, number | null>, weights: Map<PillarId, number>): number {
  let total = 0;
  let weight = 0;
  for (const [id, value] of pillars) {
    if (value === null) continue;
    const w = weights.get(id) ?? 0;
    total += w * value;
    weight += w;
  }
  return total / weight;
}

function tierOf(methodology: Methodology, score: number): Tier {
  const tiers = [...methodology.tiers].sort((a, b) => b.min - a.min);
  return (tiers.find((tier) => score >= tier.min) ?? tiers[tiers.length - 1]).tier;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
