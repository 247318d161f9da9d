// The sortable league table: every column header is a button (keyboard operable; aria-sort says the
// current order), unranked regions last with the reason they are not ranked.
import { Link } from 'react-router';
import type { LeagueRow, Methodology } from '../../api/queries';
import { useI18n } from '../../i18n';
import { IntervalBar } from './IntervalBar';
import { defaultDirection, sameColumn, sortLeagueRows, type SortColumn, type SortOrder } from './league-sort';
import { tierClass } from './tiers';
import { unrankedReason } from './unranked-reason';

interface Props {
  rows: readonly LeagueRow[];
  pillars: Methodology['pillars'] | undefined;
  regionName: (code: string) => string;
  order: SortOrder;
  onSort: (order: SortOrder) => void;
}

function SortHeader({
  column,
  label,
  order,
  onSort,
  className,
}: {
  column: SortColumn;
  label: string;
  order: SortOrder;
  onSort: (order: SortOrder) => void;
  className?: string;
}) {
  const active = sameColumn(column, order.column);
  const next = active ? (order.direction === 'asc' ? 'desc' : 'asc') : defaultDirection(column);
  return (
    <th
      scope="col"
      className={className}
      aria-sort={active ? (order.direction === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <button type="button" className="sort-button" onClick={() => onSort({ column, direction: next })}>
        {label}
        <span aria-hidden="true" className="sort-button__arrow">
          {active ? (order.direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

export function LeagueTable({ rows, pillars, regionName, order, onSort }: Props) {
  const { t, number, percent, language } = useI18n();
  const rankedCount = rows.filter((row) => row.ranked && row.rank !== null).length;
  const sorted = sortLeagueRows(rows, order, (row) => regionName(row.regionCode), language);
  const pillarIds = pillars?.map((pillar) => pillar.id) ?? Object.keys(rows[0]?.pillars ?? {});
  const pillarName = (id: string) => pillars?.find((pillar) => pillar.id === id)?.name[language] ?? id;
  const header = { order, onSort };
  return (
    <div className="table-scroll" role="region" aria-labelledby="league-caption" tabIndex={0}>
      <table className="data-table league-table" id="league-table">
        <caption id="league-caption">{t('league.tableCaption')}</caption>
        <thead>
          <tr>
            <SortHeader column={{ kind: 'rank' }} label={t('league.col.rank')} {...header} className="num" />
            <SortHeader column={{ kind: 'region' }} label={t('league.col.region')} {...header} />
            <th scope="col">{t('league.col.interval')}</th>
            <SortHeader
              column={{ kind: 'score' }}
              label={t('league.col.score')}
              {...header}
              className="num"
            />
            <SortHeader column={{ kind: 'tier' }} label={t('league.col.tier')} {...header} />
            {pillarIds.map((id) => (
              <SortHeader
                key={id}
                column={{ kind: 'pillar', pillar: id }}
                label={pillarName(id)}
                {...header}
                className="num"
              />
            ))}
            <SortHeader
              column={{ kind: 'coverage' }}
              label={t('league.col.coverage')}
              {...header}
              className="num"
            />
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.regionCode} className={row.ranked ? undefined : 'unranked'}>
              <td className="num">{row.rank ?? '—'}</td>
              <th scope="row">
                <Link to={`/regions/${row.regionCode}`}>{regionName(row.regionCode)}</Link>
                {!row.ranked && <span className="unranked__reason">{unrankedReason(row.reason, t)}</span>}
              </th>
              <td>
                {row.rankInterval && row.rank !== null ? (
                  <IntervalBar interval={row.rankInterval} rank={row.rank} n={rankedCount} />
                ) : (
                  '—'
                )}
              </td>
              <td className="num">{row.score === null ? '—' : number(row.score, 1)}</td>
              <td>
                {row.tier ? <span className={`tier-badge ${tierClass(row.tier)}`}>{row.tier}</span> : '—'}
              </td>
              {pillarIds.map((id) => {
                const value = row.pillars[id];
                return (
                  <td key={id} className="num">
                    {value === null || value === undefined ? '—' : number(value, 1)}
                  </td>
                );
              })}
              <td className="num">
                {row.coverage?.share === null || row.coverage?.share === undefined ? (
                  '—'
                ) : (
                  <>
                    {percent(row.coverage.share, 1)}
                    <span className="cell-detail">
                      {t('league.coverageDetail', coverageParams(row.coverage, number))}
                    </span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function coverageParams(
  coverage: NonNullable<LeagueRow['coverage']>,
  number: (value: number | null) => string,
) {
  return { onPlatform: number(coverage.csosOnPlatform), registered: number(coverage.registeredCsos) };
}
