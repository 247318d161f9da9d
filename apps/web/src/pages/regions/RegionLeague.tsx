// A region's row of the latest league table: rank, score and tier, and each pillar's score against the
// national median of the ranked regions.
import { Link } from 'react-router';
import { useLeagueTable, useMethodology } from '../../api/queries';
import { useI18n } from '../../i18n';
import { pillarMedians } from '../league/medians';
import { tierClass } from '../league/tiers';
import { unrankedReason } from '../league/unranked-reason';

export function RegionLeague({ code }: { code: string }) {
  const { t, number, language } = useI18n();
  const table = useLeagueTable();
  const methodology = useMethodology();
  const row = table.data?.rows.find((candidate) => candidate.regionCode === code);
  if (!table.data || !row) return null;
  const medians = pillarMedians(table.data.rows);
  const pillarName = (id: string) =>
    methodology.data?.pillars.find((pillar) => pillar.id === id)?.name[language] ?? id;
  return (
    <section aria-labelledby="league-heading">
      <h2 id="league-heading">{t('region.leagueHeading', { year: table.data.year })}</h2>
      {row.ranked && row.rank !== null ? (
        <p>
          {t('region.leagueRank', { rank: row.rank, score: number(row.score, 1) })}{' '}
          {row.tier && <span className={`tier-badge ${tierClass(row.tier)}`}>{row.tier}</span>}
        </p>
      ) : (
        <p>{unrankedReason(row.reason, t)}</p>
      )}
      <div className="table-scroll" role="region" aria-labelledby="league-heading" tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('region.pillar')}</th>
              <th scope="col" className="num">
                {t('region.regionScore')}
              </th>
              <th scope="col" className="num">
                {t('region.nationalMedian')}
              </th>
              <th scope="col" className="num">
                {t('region.difference')}
              </th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(row.pillars).map(([pillar, value]) => {
              const national = medians[pillar] ?? null;
              const gap = value === null || national === null ? null : value - national;
              return (
                <tr key={pillar}>
                  <th scope="row">{pillarName(pillar)}</th>
                  <td className="num">{value === null ? '—' : number(value, 1)}</td>
                  <td className="num">{national === null ? '—' : number(national, 1)}</td>
                  <td className={`num ${gap !== null && gap < 0 ? 'behind' : ''}`}>
                    {gap === null ? '—' : signed(number(gap, 1), gap)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p>
        <Link to="/methodology">{t('league.howComputed')}</Link>
      </p>
    </section>
  );
}

function signed(text: string, value: number): string {
  return value > 0 ? `+${text}` : text;
}
