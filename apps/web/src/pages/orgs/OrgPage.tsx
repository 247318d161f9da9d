// `/orgs/:id`: an organisation's public profile: its figures year by year (withheld as "< 5") and the
// reports it has published.
import { Link, useParams } from 'react-router';
import { useOrganisation, useRegions, type PublicOrganisation } from '../../api/queries';
import { LoadError, Loading } from '../../components/QueryState';
import { DataTable } from '../../components/DataTable';
import { Figure, WithheldNote } from '../../components/Withheld';
import { useI18n } from '../../i18n';
import { categoryLabel, fundingKindLabel } from '../labels';
import { CareStats, Quantities, Stat } from '../regions/RegionPage';
import { ReportList } from '../reports/ReportList';

type YearMetrics = PublicOrganisation['metrics'][number];

export function OrgPage() {
  const { id = '' } = useParams();
  const { t, language } = useI18n();
  const organisation = useOrganisation(id);
  const regions = useRegions();
  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <LoadError error={organisation.error} />;
  const org = organisation.data;
  const region = regions.data?.find((candidate) => candidate.code === org.regionCode);
  const years = [...org.metrics].sort((a, b) => b.year - a.year);
  const hasWithheld = years.some(
    (year) => year.suppressed.length > 0 || year.beneficiariesServed === null || year.spendKopecks === null,
  );
  return (
    <>
      <h1>{org.name}</h1>
      <p className="muted">
        {org.legalForm && `${org.legalForm} · `}
        <Link to={`/regions/${org.regionCode}`}>
          {region ? (language === 'en' ? region.nameEn : region.nameRu) : org.regionCode}
        </Link>
      </p>
      {years.length === 0 ? (
        <p>{t('org.noFigures')}</p>
      ) : (
        years.map((year) => <YearFigures key={year.year} metrics={year} />)
      )}
      {hasWithheld && <WithheldNote />}
      <section aria-labelledby="org-reports-heading">
        <h2 id="org-reports-heading">{t('org.reportsHeading')}</h2>
        <ReportList filters={{ orgId: org.id }} showOrganisation={false} />
      </section>
    </>
  );
}

function YearFigures({ metrics }: { metrics: YearMetrics }) {
  const { t, number, money } = useI18n();
  const headingId = `year-${metrics.year}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('org.yearHeading', { year: metrics.year })}</h2>
      <dl className="stat-grid">
        <CareStats figures={metrics} />
        <Stat label={t('figure.costPerBeneficiary')}>
          <Figure value={metrics.costPerBeneficiaryKopecks} format={money} />
        </Stat>
        <Stat label={t('figure.reportsPublished')}>{number(metrics.reportsPublished)}</Stat>
      </dl>
      <div className="two-columns">
        {metrics.itemsByCategory.length > 0 && (
          <DataTable
            caption={t('region.categoriesHeading')}
            rows={metrics.itemsByCategory}
            rowKey={(row) => row.category}
            columns={[
              { label: t('figure.category'), cell: (row) => categoryLabel(row.category, t) },
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
        )}
        {metrics.spendByFundingKind.length > 0 && (
          <DataTable
            caption={t('region.fundingHeading')}
            rows={metrics.spendByFundingKind}
            rowKey={(row) => row.fundingKind}
            columns={[
              { label: t('figure.fundingKind'), cell: (row) => fundingKindLabel(row.fundingKind, t) },
              {
                label: t('figure.spend'),
                numeric: true,
                cell: (row) => <Figure value={row.spendKopecks} format={money} />,
              },
            ]}
          />
        )}
      </div>
    </section>
  );
}
