// `/reports`: published reports, filtered by region, organisation, type and year (kept in the address).
import { useSearchParams } from 'react-router';
import { useRegionOrganisations, useRegions, type ReportFilters } from '../../api/queries';
import { useI18n } from '../../i18n';
import { reportTypeLabel, reportTypes } from '../labels';
import { ReportList } from './ReportList';
import { VerifyFile } from './VerifyFile';

const thisYear = new Date().getUTCFullYear();
const years = Array.from({ length: 5 }, (_, i) => thisYear - i);

export function ReportsPage() {
  const { t, language } = useI18n();
  const [params, setParams] = useSearchParams();
  const regionCode = params.get('region') ?? '';
  const orgId = params.get('org') ?? '';
  const year = Number(params.get('year')) || undefined;
  const type = parseType(params.get('type'));
  const regions = useRegions();
  // the organisations to choose from are those of the chosen region
  const regionOrganisations = useRegionOrganisations(regionCode, regionCode !== '');
  const organisations = regionCode ? (regionOrganisations.data ?? []) : [];

  const setFilter = (name: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        if (name === 'region') next.delete('org');
        return next;
      },
      { preventScrollReset: true },
    );

  const sortedRegions = [...(regions.data ?? [])].sort((a, b) =>
    (language === 'en' ? a.nameEn : a.nameRu).localeCompare(
      language === 'en' ? b.nameEn : b.nameRu,
      language,
    ),
  );

  return (
    <>
      <h1>{t('reports.title')}</h1>
      <p className="lead">{t('reports.intro')}</p>
      <form
        className="filters"
        role="search"
        aria-label={t('reports.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <label className="field">
          <span>{t('reports.region')}</span>
          <select value={regionCode} onChange={(event) => setFilter('region', event.target.value)}>
            <option value="">{t('reports.any')}</option>
            {sortedRegions.map((region) => (
              <option key={region.code} value={region.code}>
                {language === 'en' ? region.nameEn : region.nameRu}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('reports.organisation')}</span>
          <select
            value={orgId}
            disabled={!regionCode && !orgId}
            onChange={(event) => setFilter('org', event.target.value)}
          >
            <option value="">
              {regionCode || orgId ? t('reports.any') : t('reports.chooseRegionFirst')}
            </option>
            {orgId && !organisations.some((org) => org.id === orgId) && (
              <option value={orgId}>{t('reports.chosenOrganisation')}</option>
            )}
            {organisations.map((org) => (
              <option key={org.id} value={org.id}>
                {org.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('reports.type')}</span>
          <select value={type ?? ''} onChange={(event) => setFilter('type', event.target.value)}>
            <option value="">{t('reports.any')}</option>
            {reportTypes.map((candidate) => (
              <option key={candidate} value={candidate}>
                {reportTypeLabel(candidate, t)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('reports.year')}</span>
          <select value={year ?? ''} onChange={(event) => setFilter('year', event.target.value)}>
            <option value="">{t('reports.any')}</option>
            {years.map((candidate) => (
              <option key={candidate} value={candidate}>
                {candidate}
              </option>
            ))}
          </select>
        </label>
      </form>
      <ReportList filters={{ regionCode: regionCode || undefined, orgId: orgId || undefined, type, year }} />
      <VerifyFile />
    </>
  );
}

function parseType(value: string | null): ReportFilters['type'] {
  return reportTypes.find((candidate) => candidate === value);
}
