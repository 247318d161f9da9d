import { toCsv } from '@careledger/common';

/** Russia has about 48 thousand socially oriented CSOs for 146 million residents: one per 3,000. */
const residentsPerRegisteredCso = 3000;

/**
 * The external indicator `registered_csos` for the demo regions, as a platform admin would upload it
 * (`regionCode,indicator,value,source`). The figures are estimates from population, labelled so, which
 * is enough for the league's coverage column to show how small a share of each region the demo sees.
 */
export function demoRegisteredCsosCsv(populations: { regionCode: string; population: number }[]): string {
  return toCsv([
    ['regionCode', 'indicator', 'value', 'source'],
    ...populations.map(({ regionCode, population }) => [
      regionCode,
      'registered_csos',
      Math.round(population / residentsPerRegisteredCso),
      'демо: оценка, 1 СО НКО на 3000 жителей',
    ]),
  ]);
}
