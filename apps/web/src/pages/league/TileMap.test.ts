import { describe, expect, it } from 'vitest';
import type { LeagueRow, Region } from '../../api/queries';
import { placeTiles, tileLabel } from './TileMap';

const region = (code: string, isoCode: string | null, nameEn: string, grid: Region['grid']): Region => ({
  code,
  isoCode,
  nameEn,
  nameRu: nameEn,
  federalDistrict: 'Central',
  population: 1,
  populationYear: 2020,
  organisations: 0,
  grid,
});

describe('the tile-grid map', () => {
  it('labels a tile with the ISO suffix, or the English name’s first letters without an RU- code', () => {
    expect(tileLabel(region('77', 'RU-MOW', 'Moscow', null))).toBe('MOW');
    expect(tileLabel(region('92', 'UA-40', 'Sevastopol', null))).toBe('SEV');
    expect(tileLabel(region('99', null, '', null))).toBe('99');
  });

  it('puts each region at its grid square, and any without one in rows below the map', () => {
    const rows = [{ regionCode: '77', rank: 1 } as LeagueRow];
    const tiles = placeTiles(
      [region('77', 'RU-MOW', 'Moscow', { col: 4, row: 6 }), region('99', null, 'New', null)],
      rows,
    );
    expect(tiles.map(({ region, col, line, row }) => [region.code, col, line, row?.rank])).toEqual([
      ['77', 4, 6, 1],
      ['99', 1, 7, undefined],
    ]);
  });
});
