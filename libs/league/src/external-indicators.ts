import type { RegionInput } from './compute-league.js';
import { indicatorsOf, type Methodology } from './methodology.js';

/** Uploaded external indicator values: indicator name → region code → value. */
export type ExternalValues = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** The uploaded indicators a methodology scores, by name. */
export function externalIndicatorNames(methodology: Methodology): string[] {
  return [
    ...new Set(indicatorsOf(methodology).flatMap(({ external }) => (external ? [external.indicator] : []))),
  ];
}

/**
 * The inputs with every indicator the methodology builds from an uploaded external indicator set: the
 * value per `perResidents` residents, or missing (null, never zero) without an upload or a population.
 */
export function withExternalIndicators(
  methodology: Methodology,
  inputs: readonly RegionInput[],
  uploaded: ExternalValues,
): RegionInput[] {
  const external = indicatorsOf(methodology).filter((indicator) => indicator.external);
  return inputs.map((input) => {
    const indicators = { ...input.indicators };
    for (const { id, external: source } of external) {
      const value = source && uploaded.get(source.indicator)?.get(input.regionCode);
      indicators[id] =
        source && value !== undefined && input.population && input.population > 0
          ? { value: (value / input.population) * source.perResidents }
          : null;
    }
    return { ...input, indicators };
  });
}
