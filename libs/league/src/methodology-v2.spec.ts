import { computeLeague, type RegionInput } from './compute-league.js';
import { inputsCsv } from './csv.js';
import { externalIndicatorNames, withExternalIndicators } from './external-indicators.js';
import { indicatorsOf, isFrontier, validateMethodology } from './methodology.js';
import { methodologyV1 } from './methodology-v1.js';
import { currentMethodology, methodologyV2, REGISTERED_CSOS_INDICATOR } from './methodology-v2.js';
import { recomputationGuide } from './recomputation.js';

/** Three regions of one million; the platform sees a few CSOs in each, as in a partial rollout. */
function region(code: string, a1: number, e1: number, extra: Partial<RegionInput> = {}): RegionInput {
  return {
    regionCode: code,
    regionName: `Region ${code}`,
    population: 1_000_000,
    activeCsos: 5,
    indicators: { A1: { value: a1 }, E1: { value: e1, n: 5 } },
    ...extra,
  };
}

const partialCoverage = [region('10', 0.5, 0.8), region('11', 0.25, 0.4), region('12', 0.1, 0.6)];

describe('methodology version 2', () => {
  it('is valid, the current version, and keeps v1 but for frontier goalposts and the external A4', () => {
    expect(validateMethodology(methodologyV2)).toEqual([]);
    expect(currentMethodology.version).toBe(2);
    const v1 = new Map(indicatorsOf(methodologyV1).map((indicator) => [indicator.id, indicator]));
    const frontier = indicatorsOf(methodologyV2).filter(({ goalposts }) => isFrontier(goalposts));
    expect(frontier.map(({ id }) => id)).toEqual(['A1', 'A2', 'A3', 'A4', 'B1', 'D1', 'D2']);
    for (const indicator of indicatorsOf(methodologyV2).filter(({ id }) => v1.has(id))) {
      const { goalposts, ...rest } = v1.get(indicator.id)!;
      expect(indicator).toMatchObject(rest);
      if (!isFrontier(indicator.goalposts)) expect(indicator.goalposts).toEqual(goalposts);
    }
    expect(methodologyV2.pillars.find(({ id }) => id === 'A')?.indicators.at(-1)).toMatchObject({
      id: 'A4',
      external: { indicator: REGISTERED_CSOS_INDICATOR, perResidents: 100_000 },
    });
  });

  it('scores per-resident indicators against the leader, where v1 puts every region near zero', () => {
    const v1 = computeLeague(methodologyV1, partialCoverage, { draws: 500 });
    const v2 = computeLeague(methodologyV2, partialCoverage, { draws: 500 });
    const a1 = (rows: typeof v1.rows) => rows.map((row) => [row.regionCode, row.indicators.A1?.normalised]);
    // v1: 0.5 CSOs per 100k on [0, 40] is 1.25 points.
    expect(a1(v1.rows)).toEqual([
      ['10', 1.3],
      ['12', 0.3],
      ['11', 0.6],
    ]);
    // v2: the leader (0.5) is 100, half of it 50, a fifth 20.
    expect(a1(v2.rows)).toEqual([
      ['10', 100],
      ['11', 50],
      ['12', 20],
    ]);
    expect(v2.rows.map((row) => row.pillars.A)).toEqual([100, 50, 20]);
    expect(new Set(v2.rows.map((row) => row.tier)).size).toBeGreaterThan(1);
  });

  it('scores 0 on a frontier indicator when no region is above its min', () => {
    const idle = partialCoverage.map((input) => ({ ...input, indicators: { A1: { value: 0 } } }));
    const rows = computeLeague(methodologyV2, idle, { draws: 500 }).rows;
    expect(rows.map((row) => row.score)).toEqual([0, 0, 0]);
  });

  it('says in the recomputation guide how a frontier and an external indicator are computed', () => {
    const guide = recomputationGuide(methodologyV2);
    expect(guide.steps.join(' ')).toMatch(/frontier/);
    expect(guide.formulas.frontier).toMatch(/largest adjusted value/);
    expect(guide.externalIndicators.map(({ indicator }) => indicator)).toEqual([
      REGISTERED_CSOS_INDICATOR,
      REGISTERED_CSOS_INDICATOR,
      'any other',
    ]);
    expect(guide.externalIndicators[1].use).toMatch(/A4 = registered_csos \/ population · 100000/);
    const a4 = guide.columns.inputs.find((column) => column.name === 'A4');
    expect(a4?.meaning).toMatch(/registered_csos per 100000 residents/);
    expect(recomputationGuide(methodologyV1).columns.inputs.some((column) => column.name === 'A4')).toBe(
      false,
    );
  });
});

describe('withExternalIndicators', () => {
  const uploaded = new Map([
    [
      REGISTERED_CSOS_INDICATOR,
      new Map([
        ['10', 400],
        ['11', 250],
      ]),
    ],
  ]);

  it('sets each external indicator per residents, missing without an upload or a population', () => {
    const inputs = [...partialCoverage, region('13', 0.2, 0.5, { population: null })];
    inputs[3].indicators = {};
    const withUploads = withExternalIndicators(methodologyV2, inputs, uploaded);
    expect(withUploads.map((input) => input.indicators.A4)).toEqual([
      { value: 40 },
      { value: 25 },
      null,
      null,
    ]);
    expect(withUploads[0].indicators.A1).toEqual({ value: 0.5 });
    expect(inputsCsv(withUploads, methodologyV2).split('\r\n')[1]).toMatch(
      /^10,Region 10,1000000,5,,,0\.5,,,,,,40,/,
    );
  });

  it('adds nothing under a methodology that scores no external indicator', () => {
    expect(externalIndicatorNames(methodologyV1)).toEqual([]);
    expect(externalIndicatorNames(methodologyV2)).toEqual([REGISTERED_CSOS_INDICATOR]);
    expect(withExternalIndicators(methodologyV1, partialCoverage, uploaded)).toEqual(partialCoverage);
  });

  it('moves a region’s score when its uploaded figure changes', () => {
    const score = (value: number) =>
      computeLeague(
        methodologyV2,
        withExternalIndicators(
          methodologyV2,
          partialCoverage,
          new Map([
            [
              REGISTERED_CSOS_INDICATOR,
              new Map([
                ['10', 400],
                ['11', value],
                ['12', 300],
              ]),
            ],
          ]),
        ),
        { draws: 500 },
      ).rows.find((row) => row.regionCode === '11')?.score as number;
    expect(score(400)).toBeGreaterThan(score(100));
  });
});
