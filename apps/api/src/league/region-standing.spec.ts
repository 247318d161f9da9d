import { LeagueRow, Methodology, methodologyV2, RegionInput } from '@careledger/league';
import { growthPoints, pillarStandings } from './region-standing.js';

/** Version 2 cut down to three indicators: two where more is better, one where less would be. */
const methodology: Methodology = {
  ...methodologyV2,
  pillars: [
    {
      ...methodologyV2.pillars[0],
      indicators: [
        methodologyV2.pillars[0].indicators[0],
        methodologyV2.pillars[0].indicators[1],
        { ...methodologyV2.pillars[0].indicators[2], direction: -1 },
      ],
    },
  ],
};
const [a1, a2, a3] = methodology.pillars[0].indicators;

function input(regionCode: string, values: [number | null, number | null, number | null]): RegionInput {
  const indicators = Object.fromEntries(
    [a1, a2, a3].flatMap((indicator, i) =>
      values[i] === null ? [] : [[indicator.id, { value: values[i] }]],
    ),
  );
  return { regionCode, regionName: regionCode, population: 1000, activeCsos: 10, indicators };
}

describe('growth points', () => {
  // medians over the ranked 10, 20, 30 (and 99, not ranked, left out): A1 20, A2 200, A3 2
  const inputs = [
    input('10', [10, 100, 4]),
    input('20', [20, 200, 2]),
    input('30', [30, 300, 1]),
    input('99', [1000, 1000, 1000]),
  ];
  const ranked = new Set(['10', '20', '30']);

  it('names the indicators the region trails the median in, the largest gap for the spread first', () => {
    expect(growthPoints(methodology, inputs, ranked, '10')).toEqual([
      // less is better: 4 against a median of 2, over a spread of 3
      {
        indicator: a3.id,
        name: a3.name,
        unit: a3.unit,
        direction: -1,
        value: 4,
        median: 2,
        gap: 2,
        normalisedGap: 2 / 3,
      },
      {
        indicator: a1.id,
        name: a1.name,
        unit: a1.unit,
        direction: 1,
        value: 10,
        median: 20,
        gap: 10,
        normalisedGap: 0.5,
      },
      {
        indicator: a2.id,
        name: a2.name,
        unit: a2.unit,
        direction: 1,
        value: 100,
        median: 200,
        gap: 100,
        normalisedGap: 0.5,
      },
    ]);
  });

  it('leaves out indicators where the region is at or above the median, or has no value', () => {
    expect(growthPoints(methodology, inputs, ranked, '30')).toEqual([]);
    const missing = [input('10', [null, 100, 4]), ...inputs.slice(1)];
    expect(growthPoints(methodology, missing, ranked, '10').map((point) => point.indicator)).toEqual([
      a3.id,
      a2.id,
    ]);
  });

  it('gives none to a region that is not ranked, and never counts it in a median', () => {
    expect(growthPoints(methodology, inputs, ranked, '99')).toEqual([]);
  });

  it('keeps three at most', () => {
    const many: Methodology = {
      ...methodology,
      pillars: [
        {
          ...methodology.pillars[0],
          indicators: [a1, a2, { ...a3, direction: -1 }, { ...a1, id: 'X9' as never }],
        },
      ],
    };
    const withX = inputs.map((one) => ({ ...one, indicators: { ...one.indicators, X9: one.indicators.A1 } }));
    expect(growthPoints(many, withX, ranked, '10')).toHaveLength(3);
  });
});

describe('pillar standings', () => {
  const row = (regionCode: string, ranked: boolean, score: number | null): LeagueRow =>
    ({ regionCode, ranked, pillars: { A: score } }) as unknown as LeagueRow;

  it('sets the region’s pillar score beside the median over the ranked regions', () => {
    const rows = [row('10', true, 40), row('20', true, 60), row('30', true, 90), row('99', false, null)];
    expect(pillarStandings(methodology, rows, rows[0])).toEqual([
      { id: 'A', name: methodology.pillars[0].name, score: 40, nationalMedian: 60 },
    ]);
    expect(pillarStandings(methodology, rows, rows[3])[0]).toMatchObject({ score: null, nationalMedian: 60 });
  });
});
