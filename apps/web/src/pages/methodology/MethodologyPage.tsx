// `/methodology`: how the league table is computed (pillars, indicators, weights, goalposts, tiers, the
// Monte Carlo rank intervals) from the methodology the api publishes, how published figures are
// protected (a summary of docs/statistics.md, from the catalogue), and the methodology's versions.
import { Link, useSearchParams } from 'react-router';
import { useMethodology, type Methodology } from '../../api/queries';
import { LoadError, Loading } from '../../components/QueryState';
import { decimalsOf, useI18n } from '../../i18n';
import { indicatorUnitLabel } from '../labels';

type Indicator = Methodology['pillars'][number]['indicators'][number];

export function MethodologyPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const version = Number(params.get('version')) || undefined;
  const current = useMethodology();
  const methodology = useMethodology(version);
  return (
    <>
      <h1>{t('method.title')}</h1>
      <p className="lead">{t('method.intro')}</p>
      <nav aria-label={t('method.contents')} className="toc">
        <a href="#pillars">{t('method.pillarsHeading')}</a>
        <a href="#tiers">{t('method.tiersHeading')}</a>
        <a href="#monte-carlo">{t('method.monteCarloHeading')}</a>
        <a href="#disclosure">{t('method.disclosureHeading')}</a>
        <a href="#versions">{t('method.versionsHeading')}</a>
      </nav>
      {methodology.isPending ? (
        <Loading />
      ) : methodology.isError ? (
        <LoadError error={methodology.error} />
      ) : (
        <MethodologyDetails methodology={methodology.data} />
      )}
      <Disclosure />
      <Versions current={current.data?.version} shown={methodology.data?.version} />
    </>
  );
}

function MethodologyDetails({ methodology }: { methodology: Methodology }) {
  const { t, number, percent, language } = useI18n();
  return (
    <>
      <section aria-labelledby="pillars">
        <h2 id="pillars">{t('method.pillarsHeading')}</h2>
        <p>{t('method.pillarsIntro', { version: methodology.version })}</p>
        {methodology.pillars.map((pillar) => (
          <div
            key={pillar.id}
            className="table-scroll"
            role="region"
            aria-label={pillar.name[language]}
            tabIndex={0}
          >
            <table className="data-table method-table">
              <caption>
                <strong>
                  {pillar.id}. {pillar.name[language]}
                </strong>{' '}
                — {t('method.weight', { weight: percent(pillar.weight) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('method.indicator')}</th>
                  <th scope="col">{t('method.direction')}</th>
                  <th scope="col">{t('method.goalposts')}</th>
                  <th scope="col">{t('method.unit')}</th>
                </tr>
              </thead>
              <tbody>
                {pillar.indicators.map((indicator) => (
                  <tr key={indicator.id}>
                    <th scope="row">
                      {indicator.id}. {indicator.name[language]}
                      {indicator.external && (
                        <span className="cell-detail">
                          {t('method.external', { source: indicator.external.indicator })}
                        </span>
                      )}
                    </th>
                    <td>{indicator.direction === 1 ? t('method.moreIsBetter') : t('method.lessIsBetter')}</td>
                    <td>{goalposts(indicator, number, t)}</td>
                    <td>{indicatorUnitLabel(indicator.unit, t)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
        <p>{t('method.normalisation', { m: methodology.shrinkageStrength })}</p>
        <p>
          {t('method.winsorisation', {
            skewness: number(methodology.winsorisation.skewness, 1),
            kurtosis: number(methodology.winsorisation.kurtosis, 1),
            maxValues: methodology.winsorisation.maxValues,
          })}
        </p>
      </section>
      <section aria-labelledby="tiers">
        <h2 id="tiers">{t('method.tiersHeading')}</h2>
        <ul>
          {methodology.tiers.map((tier) => (
            <li key={tier.tier}>{t('league.tierFrom', { tier: tier.tier, min: number(tier.min) })}</li>
          ))}
        </ul>
        <p>{t('method.eligibility', { n: methodology.minActiveCsos })}</p>
      </section>
      <section aria-labelledby="monte-carlo">
        <h2 id="monte-carlo">{t('method.monteCarloHeading')}</h2>
        <p>
          {t('method.monteCarlo', {
            draws: number(methodology.monteCarlo.draws),
            jitter: percent(methodology.monteCarlo.weightJitter),
            seed: methodology.monteCarlo.seed,
          })}
        </p>
        <details>
          <summary>{t('method.recomputation')}</summary>
          <div lang="en">
            <ol className="plain-list">
              {methodology.recomputation.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            <ul className="plain-list">
              {methodology.recomputation.monteCarlo.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ul>
          </div>
        </details>
        <p>
          <a href="/api/v1/public/league-table/inputs.csv" download>
            {t('league.download', { file: 'inputs.csv' })}
          </a>{' '}
          ·{' '}
          <a href="/api/v1/public/league-table/results.csv" download>
            {t('league.download', { file: 'results.csv' })}
          </a>
        </p>
      </section>
    </>
  );
}

function goalposts(
  indicator: Indicator,
  number: (value: number, digits?: number) => string,
  t: ReturnType<typeof useI18n>['t'],
): string {
  const posts = indicator.goalposts;
  // goalposts are shares such as 0.8 or whole numbers: show them as published
  const exact = (value: number) => number(value, decimalsOf(value));
  if (Array.isArray(posts)) return t('method.fixedGoalposts', { min: exact(posts[0]), max: exact(posts[1]) });
  return t('method.frontierGoalposts', { min: number(posts.min) });
}

function Disclosure() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="disclosure">
      <h2 id="disclosure">{t('method.disclosureHeading')}</h2>
      <p>{t('method.disclosureThreshold')}</p>
      <p>{t('method.disclosureZeros')}</p>
      <p>{t('method.disclosureComplementary')}</p>
      <p>{t('method.disclosureNoise')}</p>
      <p>{t('method.disclosureReports')}</p>
    </section>
  );
}

function Versions({ current, shown }: { current: number | undefined; shown: number | undefined }) {
  const { t } = useI18n();
  if (!current) return null;
  const versions = Array.from({ length: current }, (_, i) => current - i);
  return (
    <section aria-labelledby="versions">
      <h2 id="versions">{t('method.versionsHeading')}</h2>
      <p>{t('method.versionsIntro')}</p>
      <ul>
        {versions.map((version) => (
          <li key={version}>
            {version === shown ? (
              <strong aria-current="page">{t('method.version', { version })}</strong>
            ) : (
              <Link to={version === current ? '/methodology' : `/methodology?version=${version}`}>
                {t('method.version', { version })}
              </Link>
            )}
            {version === current && ` — ${t('method.current')}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
