// The tile-grid map: one square per region at its grid position (stored with the regions' reference
// data), coloured and lettered by tier, each a link to the region's page. The league table below is
// its text alternative.
import { Link } from 'react-router';
import type { LeagueRow, Region } from '../../api/queries';
import { useT } from '../../i18n';
import { tierClass } from './tiers';

interface Tile {
  region: Region;
  row: LeagueRow | undefined;
  col: number;
  line: number;
}

const fallbackColumns = 12;

/** Regions without grid coordinates are laid out in reading order after the map's last row. */
export function placeTiles(regions: readonly Region[], rows: readonly LeagueRow[]): Tile[] {
  const byCode = new Map(rows.map((row) => [row.regionCode, row]));
  const lastRow = Math.max(0, ...regions.map((region) => region.grid?.row ?? 0));
  let unplaced = 0;
  return regions.map((region) => {
    const grid = region.grid;
    if (grid) return { region, row: byCode.get(region.code), col: grid.col, line: grid.row };
    const index = unplaced++;
    return {
      region,
      row: byCode.get(region.code),
      col: (index % fallbackColumns) + 1,
      line: lastRow + 1 + Math.floor(index / fallbackColumns),
    };
  });
}

/**
 * A tile's label: the ISO 3166-2 suffix (MOW, SPE…), which fits a square in either language; a region
 * without an RU- code gets the first letters of its English name.
 */
export function tileLabel(region: Region): string {
  if (region.isoCode?.startsWith('RU-')) return region.isoCode.slice(3);
  return (
    region.nameEn
      .replace(/[^A-Za-z]/g, '')
      .slice(0, 3)
      .toUpperCase() || region.code
  );
}

export function TileMap({
  regions,
  rows,
  regionName,
}: {
  regions: readonly Region[];
  rows: readonly LeagueRow[];
  regionName: (code: string) => string;
}) {
  const t = useT();
  const tiles = placeTiles(regions, rows);
  const columns = Math.max(...tiles.map((tile) => tile.col));
  return (
    <div className="tile-map__scroll">
      <ul className="tile-map" style={{ gridTemplateColumns: `repeat(${columns}, var(--tile))` }}>
        {tiles.map(({ region, row, col, line }) => {
          const status = row?.rank
            ? t('league.tileRanked', { rank: row.rank, tier: row.tier ?? '—' })
            : t('league.tileUnranked');
          return (
            <li key={region.code} style={{ gridColumn: col, gridRow: line }}>
              <Link
                to={`/regions/${region.code}`}
                className={`tile ${tierClass(row?.ranked ? row.tier : null)}`}
                title={`${regionName(region.code)}: ${status}`}
              >
                {/* the name read out starts with the visible label, so voice control finds the tile by it */}
                {tileLabel(region)}
                <span className="visually-hidden">
                  {' '}
                  — {regionName(region.code)}: {status}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
