// `/regions/:code`: a region's figures for a year (withheld cells as "< 5"), by month (chart and table),
// by category and funding kind, its verified organisations, and its league standing with growth points.
import { Suspense, lazy } from 'react';
import { Link, useParams } from 'react-router';
import {
  useRegionOrganisations,
  useRegionStats,
  useRegions,
  type RegionStats,
  type UnitQuantity,
} from '../../api/queries';
import { NotFound } from '../../app/RouteError';
import { LoadError, Loading } from '../../components/QueryState';
import { DataTable } from '../../components/DataTable';
import { Figure, WithheldNote } from '../../components/Withheld';
import { YearSelect, useYearParam } from '../../components/YearSelect';
import { decimalsOf, useI18n } from '../../i18n';
import { categoryLabel, districtLabel, fundingKindLabel, unitLabel } from '../labels';
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
  if (regions.data && !region) return <NotFound />;

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
      <OrganisationSection code={code} />
      <RegionLeague code={code} />
    </>
  );
}

function RegionFigures({ stats }: { stats: RegionStats }) {
  const { t, number, money } = useI18n();
  const hasWithheld =
    stats.suppressed.length > 0 ||
    [stats.beneficiariesServed, stats.careEvents, stats.spendKopecks].includes(null);
  return (
    <>
      <h2>{t('region.figuresHeading', { year: stats.year })}</h2>
      <dl className="stat-grid">
        <CareStats figures={stats} />
        <Stat label={t('figure.spendPerResident')}>
          <Figure value={stats.spendPerResidentKopecks} format={money} />
        </Stat>
        <Stat label={t('figure.organisations')}>{number(stats.organisations)}</Stat>
      </dl>
      {hasWithheld && <WithheldNote />}
      <MonthlySection stats={stats} />
      <CategorySection stats={stats} />
      <FundingSection stats={stats} />
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

/** The headline figures of any scope of care: people, events, money; each may be withheld. */
interface CareFigures {
  beneficiariesServed: number | null;
  careEvents: number | null;
  spendKopecks: number | null;
}

export function CareStats({ figures }: { figures: CareFigures }) {
  const { t, number, money } = useI18n();
  return (
    <>
      <Stat label={t('figure.beneficiaries')}>
        <Figure value={figures.beneficiariesServed} format={number} />
      </Stat>
      <Stat label={t('figure.careEvents')}>
        <Figure value={figures.careEvents} format={number} />
      </Stat>
      <Stat label={t('figure.spend')}>
        <Figure value={figures.spendKopecks} format={money} />
      </Stat>
    </>
  );
}

function MonthlySection({ stats }: { stats: RegionStats }) {
  const { t, number, money, month } = useI18n();
  if (stats.perMonth.length === 0) return null;
  const months = stats.perMonth.map((row) => month(row.month));
  const axisMonths = stats.perMonth.map((row) => month(row.month, 'short'));
  const series = [
    { name: t('figure.beneficiaries'), values: stats.perMonth.map((row) => row.beneficiariesServed) },
    { name: t('figure.careEvents'), values: stats.perMonth.map((row) => row.careEvents) },
  ];
  return (
    <section>
      <h2 id="months-heading">{t('region.monthsHeading')}</h2>
      <Suspense fallback={<div className="chart" />}>
        <MonthlyChart months={axisMonths} series={series} />
      </Suspense>
      <div className="table-scroll" role="region" aria-labelledby="months-heading" tabIndex={0}>
        <DataTable
          rows={stats.perMonth}
          rowKey={(row) => row.month}
          columns={[
            { label: t('figure.month'), cell: (_row, index) => months[index] },
            {
              label: t('figure.beneficiaries'),
              numeric: true,
              cell: (row) => <Figure value={row.beneficiariesServed} format={number} />,
            },
            {
              label: t('figure.careEvents'),
              numeric: true,
              cell: (row) => <Figure value={row.careEvents} format={number} />,
            },
            {
              label: t('figure.spend'),
              numeric: true,
              cell: (row) => <Figure value={row.spendKopecks} format={money} />,
            },
          ]}
        />
      </div>
    </section>
  );
}

function CategorySection({ stats }: { stats: RegionStats }) {
  const { t, number, money } = useI18n();
  if (stats.itemsByCategory.length === 0) return null;
  return (
    <section>
      <h2 id="categories-heading">{t('region.categoriesHeading')}</h2>
      <div className="table-scroll" role="region" aria-labelledby="categories-heading" tabIndex={0}>
        <DataTable
          rows={stats.itemsByCategory}
          rowKey={(row) => row.category}
          columns={[
            { label: t('figure.category'), cell: (row) => categoryLabel(row.category, t) },
            {
              label: t('figure.beneficiaries'),
              numeric: true,
              cell: (row) => <Figure value={row.beneficiariesServed} format={number} />,
            },
            {
              label: t('figure.quantity'),
              numeric: true,
              cell: (row) => <Quantities quantities={row.quantities} />,
            },
            {
              label: t('figure.spend'),
              numeric: true,
              cell: (row) => <Figure value={row.spendKopecks} format={money} />,
            },
          ]}
        />
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
    <section>
      <h2 id="funding-heading">{t('region.fundingHeading')}</h2>
      <div className="table-scroll" role="region" aria-labelledby="funding-heading" tabIndex={0}>
        <DataTable
          rows={stats.spendByFundingKind}
          rowKey={(row) => row.fundingKind}
          columns={[
            { label: t('figure.fundingKind'), cell: (row) => fundingKindLabel(row.fundingKind, t) },
            {
              label: t('figure.beneficiaries'),
              numeric: true,
              cell: (row) => <Figure value={row.beneficiariesServed} format={number} />,
            },
            {
              label: t('figure.spend'),
              numeric: true,
              cell: (row) => <Figure value={row.spendKopecks} format={money} />,
            },
            {
              label: t('figure.shareOfShown'),
              numeric: true,
              cell: (row) =>
                row.spendKopecks === null || shownTotal === 0 ? '—' : percent(row.spendKopecks / shownTotal),
            },
          ]}
        />
      </div>
    </section>
  );
}

/** A category's quantity per unit ("12 шт., 3,5 кг"): quantities of different units are never added. */
export function Quantities({ quantities }: { quantities: UnitQuantity[] }) {
  const { t, number } = useI18n();
  if (quantities.length === 0) return <>—</>;
  return (
    <>
      {quantities.map(({ unit, quantity }, index) => (
        <span key={unit} className="nowrap">
          {index > 0 && ', '}
          <Figure value={quantity} format={(value) => number(value, decimalsOf(value))} />{' '}
          {unitLabel(unit, t)}
        </span>
      ))}
    </>
  );
}

/** The region's verified organisations, each a link to its public profile. */
function OrganisationSection({ code }: { code: string }) {
  const { t, date } = useI18n();
  const organisations = useRegionOrganisations(code);
  return (
    <section aria-labelledby="orgs-heading">
      <h2 id="orgs-heading">{t('region.organisationsHeading')}</h2>
      {organisations.isPending ? (
        <Loading />
      ) : organisations.isError ? (
        <LoadError error={organisations.error} />
      ) : organisations.data.length === 0 ? (
        <p>{t('region.noOrganisations')}</p>
      ) : (
        <ul className="org-list">
          {organisations.data.map((org) => (
            <li key={org.id}>
              <Link to={`/orgs/${org.id}`}>{org.name}</Link>
              <span className="muted">
                {org.legalForm && `${org.legalForm} · `}
                {t('region.verifiedOn', { date: date(org.verifiedAt) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
