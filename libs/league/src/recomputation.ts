import { csvColumnGuide, type CsvColumn } from './csv.js';
import { indicatorsOf, isFrontier, type Methodology } from './methodology.js';
import { REGISTERED_CSOS_INDICATOR } from './methodology-v2.js';

/**
 * Everything an outsider needs to recompute a published league table from `inputs.csv` and this
 * methodology alone, in the words and order of the reference implementation (`computeLeague` in
 * libs/league). Published inside the methodology JSON, next to the pillars, weights and goalposts.
 */
export interface RecomputationGuide {
  referenceImplementation: string;
  externalIndicators: { indicator: string; use: string }[];
  inputs: string;
  generator: { name: string; seed: number; draws: number; definition: string };
  steps: string[];
  shrinkageTarget: string;
  monteCarlo: string[];
  formulas: Record<string, string>;
  rounding: Record<string, string>;
  columns: { inputs: CsvColumn[]; results: CsvColumn[] };
}

/** The generator's source, as run: a reader can paste it into any JavaScript console. */
const mulberry32Source = `function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}`;

export function recomputationGuide(methodology: Methodology): RecomputationGuide {
  const { draws, seed, weightJitter } = methodology.monteCarlo;
  const { skewness, kurtosis, maxValues } = methodology.winsorisation;
  return {
    referenceImplementation:
      'computeLeague(methodology, inputs) in libs/league/src/compute-league.ts; this guide says the same in words',
    externalIndicators: externalIndicatorUses(methodology),
    inputs:
      'inputs.csv of the same year and methodology version, one row per region in file order; an empty cell is a missing value (null), never zero',
    generator: { name: 'mulberry32', seed, draws, definition: mulberry32Source },
    steps: [
      `1. Eligibility: a region with active_csos < ${methodology.minActiveCsos} ("fewer than ${methodology.minActiveCsos} active CSOs") or without a positive population ("population unknown") is listed, not ranked, and left out of every step below.`,
      '2. Per indicator, over the eligible regions whose value is present (a number, not empty): shrink proportions (step 3), then winsorise (step 4); the result is the adjusted value. Record the observed range [min, max] of the adjusted values for the Monte Carlo.',
      `3. Shrinkage (indicators with proportion = true only): adjusted = w·p + (1 − w)·p̄ with w = n / (n + m), m = ${methodology.shrinkageStrength}, p the raw value, n its *_n column; a value without n is not shrunk.`,
      `4. Winsorisation (JRC rule): the tail is fixed once by the sign of the first skewness (top when positive). While |skewness| > ${skewness} and excess kurtosis > ${kurtosis}: set every value equal to the extreme of that tail to the next value inwards; stop when that would change more than ${maxValues} values in all, when there is no inner value, or when skewness or kurtosis is undefined (fewer than 3 or 4 values, or no spread).`,
      '5. Normalisation on the goalposts: x = clip((adjusted − min) / (max − min), 0, 1) · 100, with [min, max] the indicator’s goalposts; goalposts { min, max: "frontier" } take as max the largest adjusted value of step 2 (the frontier), and x = 0 when that max is not above min; direction −1 gives 100 − x.',
      '6. Pillar = plain mean of its normalised indicators present; a pillar with none present is missing. An eligible region with every pillar missing is not ranked ("no indicator values").',
      '7. Score = Σ weight·pillar / Σ weight over the pillars present (weights renormalised), unrounded.',
      '8. Rank = 1 + the number of ranked regions with a strictly higher unrounded score (competition ranking: 1, 2, 2, 4). Tier = the tier with the highest min that the unrounded score reaches.',
      '9. Rank interval: the Monte Carlo below; rank_p5 and rank_p95 are the 5th and 95th nearest-rank percentiles of a region’s drawn ranks.',
    ],
    shrinkageTarget:
      'p̄ = the plain mean of the raw values of the eligible regions where the indicator is present, each region counted once (not weighted by n or population)',
    monteCarlo: [
      `Create one generator: random = mulberry32(${seed}). Then for each of the ${draws} draws, in this order:`,
      `a. For each pillar in the methodology’s order (${methodology.pillars.map((pillar) => pillar.id).join(', ')}): weight = pillar weight · (1 + ${weightJitter} · (2 · random() − 1)); one call per pillar.`,
      'b. One more call: scheme = random() < 0.5 ? goalposts : observed.',
      'c. Goalposts: pillars as in steps 5–6. Observed: each indicator normalised as in step 5 on its observed range [min, max] of the adjusted values (step 2) instead of its goalposts, unless min = max (then its goalposts, a frontier included); pillars as in step 6.',
      'd. Score every ranked region with the drawn weights as in step 7 (unrounded) and rank as in step 8.',
      'After the draws: sort each region’s drawn ranks ascending; the p-th percentile is the value at index max(0, ceil(p/100 · draws) − 1).',
    ],
    formulas: {
      shrinkageWeight: 'w = n / (n + m)',
      skewness: 'G1 = g1·√(n(n−1))/(n−2), g1 = m3 / m2^1.5, m_k = Σ(x − x̄)^k / n (Excel SKEW)',
      kurtosis: 'G2 = ((n+1)(m4/m2² − 3) + 6)(n−1) / ((n−2)(n−3)) (Excel KURT)',
      normalisation: '100 · clip((x − min) / (max − min), 0, 1), reversed as 100 − that when direction = −1',
      frontier: 'max = the largest adjusted value among the eligible regions where the indicator is present',
      externalIndicator:
        'value = uploaded value / population · perResidents (the indicator’s external.perResidents)',
      score: 'Σ wᵢ·pillarᵢ / Σ wᵢ over the pillars present',
      coverageShare: 'csos_on_platform / registered_csos',
    },
    rounding: {
      computation: 'none: every step works on unrounded doubles (IEEE 754), ranks and tiers included',
      score:
        'published unrounded, every digit JavaScript prints (shortest round-trip form), in plain decimal',
      pillars: 'published rounded half away from zero to 1 decimal, for display only',
      adjusted: 'published rounded to 4 decimals, for display only',
      normalised: 'published rounded to 1 decimal, for display only',
      coverageShare: 'rounded to 4 decimals',
      inputs: 'inputs.csv holds the values as computed, unrounded, in plain decimal',
    },
    columns: csvColumnGuide(methodology),
  };
}

/** What each uploaded external indicator is used for: coverage always, and the indicators built from one. */
function externalIndicatorUses(methodology: Methodology): { indicator: string; use: string }[] {
  const scored = indicatorsOf(methodology).flatMap(({ id, external, goalposts }) =>
    external
      ? [
          {
            indicator: external.indicator,
            use: `indicator ${id} = ${external.indicator} / population · ${external.perResidents} (the latest year up to the table’s year), scored ${isFrontier(goalposts) ? 'against the frontier' : 'on its goalposts'}; missing, not zero, for a region without an upload`,
          },
        ]
      : [],
  );
  return [
    {
      indicator: REGISTERED_CSOS_INDICATOR,
      use: 'the denominator of coverage_share (the latest year up to the table’s year); coverage is stated, not scored',
    },
    ...scored,
    {
      indicator: 'any other',
      use: 'stored but not used by this methodology version',
    },
  ];
}
