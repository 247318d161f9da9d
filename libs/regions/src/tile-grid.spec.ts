import { projectPath } from '@careledger/database';
import { readFileSync } from 'node:fs';

/** The reference data as the migrations read it: one object per region, keyed by the header row. */
function regions(): Record<string, string>[] {
  const [header, ...lines] = readFileSync(projectPath('libs/regions/data/ru-regions.csv'), 'utf8')
    .trim()
    .split(/\r?\n/);
  const columns = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((value, i) => [columns[i], value])));
}

describe('the tile-grid map of the regions', () => {
  const all = regions();
  const cellOf = (region: Record<string, string>) => [Number(region.grid_col), Number(region.grid_row)];
  const byCode = new Map(all.map((region) => [region.subject_code, cellOf(region)]));

  it('gives each of the 85 regions a whole-numbered cell from 1, within 20 columns and 10 rows', () => {
    expect(all).toHaveLength(85);
    for (const [col, row] of all.map(cellOf)) {
      expect(Number.isInteger(col) && col >= 1 && col <= 20).toBe(true);
      expect(Number.isInteger(row) && row >= 1 && row <= 10).toBe(true);
    }
  });

  it('puts no two regions in one cell', () => {
    expect(new Set(all.map((region) => cellOf(region).join(':'))).size).toBe(85);
  });

  it('lies as the country does: Kaliningrad west, Chukotka east, the north on top, the Caucasus at the bottom', () => {
    const cols = [...byCode.values()].map(([col]) => col);
    const rows = [...byCode.values()].map(([, row]) => row);
    expect(byCode.get('39')?.[0]).toBe(Math.min(...cols));
    expect(byCode.get('87')?.[0]).toBe(Math.max(...cols));
    expect(byCode.get('51')?.[1]).toBe(Math.min(...rows));
    for (const north of ['29', '83', '89']) expect(byCode.get(north)?.[1]).toBeLessThanOrEqual(2);
    for (const caucasus of ['05', '06', '07', '09', '15', '20']) {
      expect(byCode.get(caucasus)?.[1]).toBe(Math.max(...rows));
      expect(byCode.get(caucasus)?.[0]).toBeLessThan(10);
    }
  });
});
