// A region's standing in the latest league table: rank, score and tier, each pillar's score against the
// national median of the ranked regions, and its growth points — the indicators where it trails that
// median most, with the gap in the indicator's own unit.
import { Link } from 'react-router';
import {
  isNotFound,
  useRegionLeague,
  type GrowthPoint,
  type RegionLeague as Standing,
} from '../../api/queries';
import { LoadError, Loading } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { indicatorUnitLabel } from '../labels';
import { tierClass } from '../league/tiers';
import { unrankedReason } from '../league/unranked-reason';

export function RegionLeague({ code }: { code: string }) {
  const { t } = useI18n();
  const standing = useRegionLeague(code);
  if (standing.isPending) return <Loading />;
  if (standing.isError) return isNotFound(standing.error) ? null : <LoadError error={standing.error} />;
  return (
    <section aria-labelledby="league-heading">
      <h2 id="league-heading">{t('region.leagueHeading', { year: standing.data.year })}</h2>
      <Rank standing={standing.data} />
      <Pillars standing={standing.data} />
      {standing.data.growthPoints.length > 0 && <GrowthPoints points={standing.data.growthPoints} />}
      <p>
        <Link to="/methodology">{t('league.howComputed')}</Link>
      </p>
    </section>
  );
}

function Rank({ standing }: { standing: Standing }) {
  const { t, number } = useI18n();
  const { row } = standing;
  if (!row.ranked || row.rank === null) return <p>{unrankedReason(row.reason, t)}</p>;
  return (
    <p>
      {t('region.leagueRank', { rank: row.rank, n: standing.rankedRegions, score: number(row.score, 1) })}{' '}
      {row.tier && <span className={`tier-badge ${tierClass(row.tier)}`}>{row.tier}</span>}
      {row.rankInterval && (
        <span className="muted">
          {' '}
          {t('region.rankInterval', { low: row.rankInterval[0], high: row.rankInterval[1] })}
        </span>
      )}
    </p>
  );
}

function Pillars({ standing }: { standing: Standing }) {
  const { t, number, language } = useI18n();
  return (
    <div className="table-scroll" role="region" aria-labelledby="pillars-caption" tabIndex={0}>
      <table className="data-table">
        <caption id="pillars-caption">{t('region.pillarsCaption')}</caption>
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
          {standing.pillars.map((pillar) => {
            const gap =
              pillar.score === null || pillar.nationalMedian === null
                ? null
                : pillar.score - pillar.nationalMedian;
            return (
              <tr key={pillar.id}>
                <th scope="row">{pillar.name[language]}</th>
                <td className="num">{pillar.score === null ? '—' : number(pillar.score, 1)}</td>
                <td className="num">
                  {pillar.nationalMedian === null ? '—' : number(pillar.nationalMedian, 1)}
                </td>
                <td className={gap !== null && gap < 0 ? 'num behind' : 'num'}>
                  {gap === null ? '—' : signed(number(gap, 1), gap)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function GrowthPoints({ points }: { points: GrowthPoint[] }) {
  const { t, number, language } = useI18n();
  const format = (value: number) => number(value, Math.abs(value) < 10 ? 2 : 1);
  return (
    <>
      <h3>{t('region.growthHeading')}</h3>
      <p>{t('region.growthIntro')}</p>
      <ol className="growth-points">
        {points.map((point) => (
          <li key={point.indicator}>
            <strong>
              {point.indicator}. {point.name[language]}
            </strong>
            <span>
              {t(point.direction === 1 ? 'region.growthRaise' : 'region.growthLower', {
                value: format(point.value),
                median: format(point.median),
                gap: format(point.gap),
                unit: indicatorUnitLabel(point.unit, t),
              })}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}

function signed(text: string, value: number): string {
  return value > 0 ? `+${text}` : text;
}
