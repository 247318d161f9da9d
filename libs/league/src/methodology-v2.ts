import type { IndicatorDefinition, Methodology, PillarDefinition } from './methodology.js';
import { methodologyV1 } from './methodology-v1.js';

/** The external indicator (uploaded by the platform admin) that gives each region's registered CSOs. */
export const REGISTERED_CSOS_INDICATOR = 'registered_csos';

/**
 * Regional league table, methodology version 2: version 1 with goalposts a partial platform can support.
 *
 * Why v1's goalposts are not defensible for this platform: they are national-scale levels (40 CSOs per
 * 100k, 5% of residents served, 1000 roubles per resident). The platform sees the CSOs that keep their
 * ledger on it, a few per cent of a region's registered CSOs (the coverage each row states), so every
 * per-resident figure is that share of the region's true figure and v1 puts every region within a few
 * points of zero on pillars A, B and D: those pillars are constant and the table is all tier D, whatever
 * the regions do. Scaling the figures up by coverage would assume the CSOs on the platform are typical
 * of their region; they select themselves, so a statistics office would not publish that estimate.
 *
 * Version 2 therefore scores per-resident indicators by distance to the frontier (OECD/JRC Handbook on
 * Constructing Composite Indicators, "distance to a reference"): 0 at zero and 100 at the highest
 * adjusted value among the ranked regions of the year, after winsorisation, so one outlier does not set
 * the scale. A region with half the leader's figure scores 50: ratios between regions are kept, which
 * min–max on the observed range (still drawn in the Monte Carlo) would exaggerate. The cost, stated in
 * the documentation: a score says how a region compares with the others on the platform that year, not
 * against a fixed national level, so scores of different years are not comparable; ranks are.
 *
 * Shares (B2, C1–C4, E1, E2) are ratios among the platform's own CSOs, not diluted by coverage; they keep
 * v1's fixed goalposts.
 *
 * A4, registered socially oriented CSOs per 100k residents, is the external indicator
 * `registered_csos` (the Ministry of Justice register, uploaded by the platform admin) as the Civic
 * Chamber / RAEX rating uses it: the one reach figure the platform's coverage does not bias. It is missing
 * (not zero) for a region without an upload.
 */
const perResident = new Set(['A1', 'A2', 'A3', 'B1', 'D1', 'D2']);

const registeredCsosPer100k: IndicatorDefinition = {
  id: 'A4',
  name: {
    ru: 'Зарегистрированные СО НКО на 100 тыс. жителей',
    en: 'Registered socially oriented CSOs per 100k residents',
  },
  direction: 1,
  proportion: false,
  goalposts: { min: 0, max: 'frontier' },
  unit: 'per 100k residents',
  external: { indicator: REGISTERED_CSOS_INDICATOR, perResidents: 100_000 },
};

function toFrontier(indicator: IndicatorDefinition): IndicatorDefinition {
  return perResident.has(indicator.id) ? { ...indicator, goalposts: { min: 0, max: 'frontier' } } : indicator;
}

function pillarV2(pillar: PillarDefinition): PillarDefinition {
  const indicators = pillar.indicators.map(toFrontier);
  return { ...pillar, indicators: pillar.id === 'A' ? [...indicators, registeredCsosPer100k] : indicators };
}

export const methodologyV2: Methodology = {
  ...methodologyV1,
  version: 2,
  pillars: methodologyV1.pillars.map(pillarV2),
};

/** The methodology new computations use; older snapshots keep the version they were computed under. */
export const currentMethodology = methodologyV2;
