import { csvRecords } from '@careledger/testing';
import { computeLeague, type RegionInput } from './compute-league.js';
import { csvColumnGuide, inputsCsv, resultsCsv } from './csv.js';
import { indicatorsOf } from './methodology.js';
import { methodologyV1 } from './methodology-v1.js';

const inputs: RegionInput[] = [
  {
    regionCode: '77',
    regionName: 'Moscow',
    population: 12_600_000,
    activeCsos: 40,
    csosOnPlatform: 44,
    registeredCsos: 4400,
    indicators: { A1: { value: 12.5 }, B2: { value: 0.81, n: 40 }, E1: { value: 0.0000001, n: 3 } },
  },
  {
    regionCode: '01',
    regionName: 'Adygea, "Republic"',
    population: 463_453,
    activeCsos: 5,
    indicators: { A1: { value: 3 }, B2: null },
  },
  { regionCode: '04', regionName: 'Altai\nRepublic', population: 220_140, activeCsos: 2, indicators: {} },
];

const v1Ids = indicatorsOf(methodologyV1).map((indicator) => indicator.id);

describe('inputsCsv', () => {
  it('writes a header, one CRLF record per region, quotes where needed and plain decimals', () => {
    const csv = inputsCsv(inputs, methodologyV1);
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      `region_code,region_name,population,active_csos,csos_on_platform,registered_csos,${v1Ids.map((id) => `${id},${id}_n`).join(',')}`,
    );
    expect(lines[1].startsWith('77,Moscow,12600000,40,44,4400,12.5,,,,,,,,0.81,40,')).toBe(true);
    expect(lines[1]).toContain(',0.0000001,3,');
    expect(lines[2].startsWith('01,"Adygea, ""Republic""",463453,5,,,3,,')).toBe(true);

    const records = csvRecords(csv);
    expect(records).toHaveLength(4);
    expect(records.every((record) => record.length === 6 + 2 * v1Ids.length)).toBe(true);
    expect(records[2][1]).toBe('Adygea, "Republic"');
    expect(records[3][1]).toBe('Altai\nRepublic');
  });
});

describe('resultsCsv', () => {
  it('writes one record per row in rank order with scores, intervals, pillars and indicators', () => {
    const result = computeLeague(methodologyV1, inputs, { draws: 500 });
    const records = csvRecords(resultsCsv(result, methodologyV1));
    const [header, ...rows] = records;
    expect(header.slice(0, 17)).toEqual([
      'rank',
      'region_code',
      'region_name',
      'ranked',
      'reason',
      'score',
      'tier',
      'rank_p5',
      'rank_p95',
      'csos_on_platform',
      'registered_csos',
      'coverage_share',
      'pillar_A',
      'pillar_B',
      'pillar_C',
      'pillar_D',
      'pillar_E',
    ]);
    expect(header.slice(17, 20)).toEqual(['A1_raw', 'A1_adjusted', 'A1_normalised']);
    expect(header[header.length - 1]).toBe('methodology_version');
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.length === header.length)).toBe(true);

    const byCode = Object.fromEntries(rows.map((row) => [row[1], row]));
    expect(rows.map((row) => row[1])).toEqual(['77', '01', '04']);
    expect(byCode['04'].slice(0, 7)).toEqual([
      '',
      '04',
      'Altai\nRepublic',
      'false',
      'fewer than 3 active CSOs',
      '',
      '',
    ]);
    expect(byCode['77'][3]).toBe('true');
    expect(Number(byCode['77'][5])).toBe(result.rows[0].score);
    expect(byCode['77'].slice(9, 12)).toEqual(['44', '4400', '0.01']);
    expect(byCode['77'][header.length - 1]).toBe('1');
  });
});

describe('CSV injection', () => {
  const hostile: RegionInput[] = [
    {
      regionCode: '48',
      regionName: '=HYPERLINK("http://evil.example","Lipetsk")',
      population: 1_120_000,
      activeCsos: 5,
      indicators: { A1: { value: -0.25 }, B2: { value: 0.5, n: 5 } },
    },
  ];

  it('neutralises a region name a spreadsheet would run as a formula', () => {
    expect(csvRecords(inputsCsv(hostile, methodologyV1))[1][1]).toBe(
      `'=HYPERLINK("http://evil.example","Lipetsk")`,
    );
    const [header, row] = csvRecords(
      resultsCsv(computeLeague(methodologyV1, hostile, { draws: 50 }), methodologyV1),
    );
    expect(row[header.indexOf('region_name')]).toBe(`'=HYPERLINK("http://evil.example","Lipetsk")`);
  });

  it('keeps a negative input a number, so the table can be recomputed from the file', () => {
    const [header, row] = csvRecords(inputsCsv(hostile, methodologyV1));
    expect(row[header.indexOf('A1')]).toBe('-0.25');
    expect(Number(row[header.indexOf('A1')])).toBe(-0.25);
  });
});

describe('csvColumnGuide', () => {
  it('describes every column of both files, in file order, with a meaning and a unit', () => {
    const guide = csvColumnGuide(methodologyV1);
    const [inputsHeader] = csvRecords(inputsCsv(inputs, methodologyV1));
    const [resultsHeader] = csvRecords(
      resultsCsv(computeLeague(methodologyV1, inputs, { draws: 50 }), methodologyV1),
    );
    expect(guide.inputs.map((column) => column.name)).toEqual(inputsHeader);
    expect(guide.results.map((column) => column.name)).toEqual(resultsHeader);
    for (const column of [...guide.inputs, ...guide.results]) {
      expect(column.meaning.length).toBeGreaterThan(5);
      expect(typeof column.unit).toBe('string');
    }
  });
});
