// `/`: the regional league table of the latest year (or the year chosen), as a tile-grid map and a
// sortable table, with the tiers' legend and links to the methodology and the open data.
import { Link, useSearchParams } from 'react-router';
import { isNotFound, useLeagueTable, useMethodology, useRegions, type Region } from '../../api/queries';
import { openDataLinks } from '../../app/links';
import { LoadError, Loading } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { LeagueTable } from './LeagueTable';
import { TileMap } from './TileMap';
import { TierLegend } from './TierLegend';
import { readSortOrder, writeSortOrder } from './sort-params';

const yearsOffered = 5;

export function LeaguePage() {
  const { t, date, language } = useI18n();
  const [params, setParams] = useSearchParams();
  const chosenYear = Number(params.get('year')) || undefined;
  const latest = useLeagueTable();
  const table = useLeagueTable(chosenYear);
  const methodology = useMethodology();
  const regions = useRegions();

  const regionByCode = new Map<string, Region>((regions.data ?? []).map((region) => [region.code, region]));
  const rowName = new Map((table.data?.rows ?? []).map((row) => [row.regionCode, row.regionName]));
  const regionName = (code: string) => {
    const region = regionByCode.get(code);
    return (region && (language === 'en' ? region.nameEn : region.nameRu)) ?? rowName.get(code) ?? code;
  };
  const order = readSortOrder(params);
  const latestYear = latest.data?.year;
  const years = latestYear ? Array.from({ length: yearsOffered }, (_, i) => latestYear - i) : [];

  const chooseYear = (year: number) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (year === latestYear) next.delete('year');
        else next.set('year', String(year));
        return next;
      },
      { preventScrollReset: true },
    );

  return (
    <>
      <h1>{t('league.title', { year: table.data?.year ?? chosenYear ?? latestYear ?? '' })}</h1>
      <p className="lead">{t('league.intro')}</p>
      <div className="toolbar">
        {years.length > 0 && (
          <label className="field field--inline">
            <span>{t('league.year')}</span>
            <select
              value={chosenYear ?? latestYear}
              onChange={(event) => chooseYear(Number(event.target.value))}
            >
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </label>
        )}
        <p className="toolbar__links">
          <Link to="/methodology">{t('league.howComputed')}</Link>
          {openDataLinks.map((link) => (
            <a key={link.href} href={withYear(link.href, chosenYear)} download>
              {t('league.download', { file: link.label })}
            </a>
          ))}
        </p>
      </div>
      {table.isPending ? (
        <Loading />
      ) : table.isError ? (
        isNotFound(table.error) ? (
          <p role="status">{t('league.noTable', { year: chosenYear ?? '' })}</p>
        ) : (
          <LoadError error={table.error} />
        )
      ) : (
        <>
          <p className="muted">
            {t('league.computed', {
              date: date(table.data.computedAt),
              version: table.data.methodologyVersion,
            })}
          </p>
          <section aria-labelledby="map-heading">
            <h2 id="map-heading">{t('league.mapHeading')}</h2>
            <p className="muted">
              {t('league.mapAlternative')} <a href="#league-table">{t('league.toTable')}</a>
            </p>
            <TierLegend tiers={methodology.data?.tiers} />
            {regions.data && (
              <TileMap regions={regions.data} rows={table.data.rows} regionName={regionName} />
            )}
          </section>
          <section aria-labelledby="table-heading">
            <h2 id="table-heading">{t('league.tableHeading')}</h2>
            <LeagueTable
              rows={table.data.rows}
              pillars={methodology.data?.pillars}
              regionName={regionName}
              order={order}
              onSort={(next) =>
                setParams((current) => writeSortOrder(current, next), {
                  replace: true,
                  preventScrollReset: true,
                })
              }
            />
          </section>
        </>
      )}
    </>
  );
}

function withYear(href: string, year: number | undefined): string {
  return year ? `${href}?year=${year}` : href;
}
