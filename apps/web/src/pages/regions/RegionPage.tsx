// `/regions/:code`: a region's figures for a year (withheld cells as "< 5"), by month (chart and table),
// by category and funding kind, its organisations, and its league row against the national median.
import { Suspense, lazy } from 'react';
import { Link, useParams } from 'react-router';
import { useRegionStats, useRegions, type RegionStats } from '../../api/queries';
import { LoadError, Loading } from '../../components/QueryState';
import { Figure, WithheldNote } from '../../components/Withheld';
import { YearSelect, useYearParam } from '../../components/YearSelect';
import { useI18n } from '../../i18n';
import { categoryLabel, districtLabel, fundingKindLabel } from '../labels';
import { RegionLeague } from './RegionLeague';

const MonthlyChart = lazy(() => import('../../components/MonthlyChart'));

const thisYear = new Date().getUTCFullYear();

export function RegionPage() {
  const { code = '' } = useParams();
  const { t, language } = useI18n();
  const [year, setYear] = useYearParam(thisYear);
  const regions = useRegions();
  const stats = useRegionStats(code, year);
  const region = regions.data?.find((candidate) => candidate.code === code);
  const name = region ? (language === 'en' ? region.nameEn : region.nameRu) : code;

  return (
    <>
      <h1>{name}</h1>
      {region && (
        <p className="muted">
          {t('region.subtitle', { district: districtLabel(region.federalDistrict, t), code: region.code })}
        </p>
      )}
      <div className="toolbar">
        <YearSelect latest={thisYear} value={year} onChange={setYear} />
      </div>
      {stats.isPending ? (
        <Loading />
      ) : stats.isError ? (
        <LoadError error={stats.error} />
      ) : (
        <RegionFigures stats={stats.data} />
      )}
      <RegionLeague code={code} />
    </>
  );
}

function RegionFigures({ stats }: { stats: RegionStats }) {
  const { t, number, money } = useI18n();
  const hasWithheld =
    stats.suppressed.length > 0 ||
    [stats.beneficiariesServed, stats.careEvents, stats.itemsDelivered, stats.spendKopecks].includes(null);
  return (
    <>
      <h2>{t('region.figuresHeading', { year: stats.year })}</h2>
      <dl className="stat-grid">
        <Stat label={t('figure.beneficiaries')}>
          <Figure value={stats.beneficiariesServed} format={number} />
        </Stat>
        <Stat label={t('figure.careEvents')}>
          <Figure value={stats.careEvents} format={number} />
        </Stat>
        <Stat label={t('figure.items')}>
          <Figure value={stats.itemsDelivered} format={number} />
        </Stat>
        <Stat label={t('figure.spend')}>
          <Figure value={stats.spendKopecks} format={money} />
        </Stat>
        <Stat label={t('figure.spendPerResident')}>
          <Figure value={stats.spendPerResidentKopecks} format={money} />
        </Stat>
        <Stat label={t('figure.organisations')}>{number(stats.organisations)}</Stat>
      </dl>
      {hasWithheld && <WithheldNote />}
      <MonthlySection stats={stats} />
      <CategorySection stats={stats} />
      <FundingSection stats={stats} />
      <OrganisationSection stats={stats} />
    </>
  );
}

export function Stat({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function MonthlySection({ stats }: { stats: RegionStats }) {
  const { t, number, money, month } = useI18n();
  if (stats.perMonth.length === 0) return null;
  const months = stats.perMonth.map((row) => month(row.month));
  const series = [
    { name: t('figure.beneficiaries'), values: stats.perMonth.map((row) => row.beneficiariesServed) },
    { name: t('figure.careEvents'), values: stats.perMonth.map((row) => row.careEvents) },
  ];
  return (
    <section aria-labelledby="months-heading">
      <h2 id="months-heading">{t('region.monthsHeading')}</h2>
      <Suspense fallback={<div className="chart" />}>
        <MonthlyChart months={months} series={series} />
      </Suspense>
      <div className="table-scroll" role="region" aria-labelledby="months-heading" tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('figure.month')}</th>
              <th scope="col" className="num">
                {t('figure.beneficiaries')}
              </th>
              <th scope="col" className="num">
                {t('figure.careEvents')}
              </th>
              <th scope="col" className="num">
                {t('figure.items')}
              </th>
              <th scope="col" className="num">
                {t('figure.spend')}
              </th>
            </tr>
          </thead>
          <tbody>
            {stats.perMonth.map((row, index) => (
              <tr key={row.month}>
                <th scope="row">{months[index]}</th>
                <td className="num">
                  <Figure value={row.beneficiariesServed} format={number} />
                </td>
                <td className="num">
                  <Figure value={row.careEvents} format={number} />
                </td>
                <td className="num">
                  <Figure value={row.itemsDelivered} format={number} />
                </td>
                <td className="num">
                  <Figure value={row.spendKopecks} format={money} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function CategorySection({ stats }: { stats: RegionStats }) {
  const { t, number, money } = useI18n();
  if (stats.itemsByCategory.length === 0) return null;
  return (
    <section aria-labelledby="categories-heading">
      <h2 id="categories-heading">{t('region.categoriesHeading')}</h2>
      <div className="table-scroll" role="region" aria-labelledby="categories-heading" tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('figure.category')}</th>
              <th scope="col" className="num">
                {t('figure.beneficiaries')}
              </th>
              <th scope="col" className="num">
                {t('figure.quantity')}
              </th>
              <th scope="col" className="num">
                {t('figure.spend')}
              </th>
            </tr>
          </thead>
          <tbody>
            {stats.itemsByCategory.map((row) => (
              <tr key={row.category}>
                <th scope="row">{categoryLabel(row.category, t)}</th>
                <td className="num">
                  <Figure value={row.beneficiariesServed} format={number} />
                </td>
                <td className="num">
                  <Figure value={row.quantity} format={number} />
                </td>
                <td className="num">
                  <Figure value={row.spendKopecks} format={money} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function FundingSection({ stats }: { stats: RegionStats }) {
  const { t, number, money, percent } = useI18n();
  if (stats.spendByFundingKind.length === 0) return null;
  // shares of the spend that is shown; a withheld spend has no share
  const shownTotal = stats.spendByFundingKind.reduce((sum, row) => sum + (row.spendKopecks ?? 0), 0);
  return (
    <section aria-labelledby="funding-heading">
      <h2 id="funding-heading">{t('region.fundingHeading')}</h2>
      <div className="table-scroll" role="region" aria-labelledby="funding-heading" tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('figure.fundingKind')}</th>
              <th scope="col" className="num">
                {t('figure.beneficiaries')}
              </th>
              <th scope="col" className="num">
                {t('figure.spend')}
              </th>
              <th scope="col" className="num">
                {t('figure.shareOfShown')}
              </th>
            </tr>
          </thead>
          <tbody>
            {stats.spendByFundingKind.map((row) => (
              <tr key={row.fundingKind}>
                <th scope="row">{fundingKindLabel(row.fundingKind, t)}</th>
                <td className="num">
                  <Figure value={row.beneficiariesServed} format={number} />
                </td>
                <td className="num">
                  <Figure value={row.spendKopecks} format={money} />
                </td>
                <td className="num">
                  {row.spendKopecks === null || shownTotal === 0
                    ? '—'
                    : percent(row.spendKopecks / shownTotal)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function OrganisationSection({ stats }: { stats: RegionStats }) {
  const { t, number, money } = useI18n();
  return (
    <section aria-labelledby="orgs-heading">
      <h2 id="orgs-heading">{t('region.organisationsHeading')}</h2>
      {stats.perOrganisation.length === 0 ? (
        <p>{t('region.noOrganisations')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="orgs-heading" tabIndex={0}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('figure.organisation')}</th>
                <th scope="col" className="num">
                  {t('figure.beneficiaries')}
                </th>
                <th scope="col" className="num">
                  {t('figure.careEvents')}
                </th>
                <th scope="col" className="num">
                  {t('figure.spend')}
                </th>
              </tr>
            </thead>
            <tbody>
              {stats.perOrganisation.map((row) => (
                <tr key={row.organisationId}>
                  <th scope="row">
                    <Link to={`/orgs/${row.organisationId}`}>{row.name}</Link>
                  </th>
                  <td className="num">
                    <Figure value={row.beneficiariesServed} format={number} />
                  </td>
                  <td className="num">
                    <Figure value={row.careEvents} format={number} />
                  </td>
                  <td className="num">
                    <Figure value={row.spendKopecks} format={money} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
