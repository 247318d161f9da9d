import { toCsv } from '@careledger/common';

/**
 * Registered socially oriented CSOs per 100k residents in a demo region: Russia has about 33 (48 thousand
 * for 146 million), and regions range from about half that to about twice; the demo spreads its regions
 * over 18–60 by their code, so the registered-CSOs indicator (A4) and the coverage share differ.
 */
function registeredPer100k(regionCode: string): number {
  return 18 + ((Number(regionCode) * 37) % 43);
}

/**
 * The external indicator `registered_csos` for the demo regions, as a platform admin would upload it
 * (`regionCode,indicator,value,source`). The figures are estimates, labelled so: enough for the league's
 * coverage column and its registered-CSOs indicator to differ between regions as real ones do.
 */
export function demoRegisteredCsosCsv(populations: { regionCode: string; population: number }[]): string {
  return toCsv([
    ['regionCode', 'indicator', 'value', 'source'],
    ...populations.map(({ regionCode, population }) => [
      regionCode,
      'registered_csos',
      Math.round((population * registeredPer100k(regionCode)) / 100_000),
      'демо: оценка числа СО НКО по региону',
    ]),
  ]);
}
