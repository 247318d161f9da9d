// One region of the official's dashboard: the year's totals, the league comparison with the national
// median, the tables per organisation, per month and per organisation and month, the monthly chart and
// the downloads. Every figure is the api's published one: perturbed, and withheld below five people.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useLeagueTable, useMethodology } from '../../api/queries';
import { sessionQueryKey } from '../../auth/use-sign-out';
import { useI18n } from '../../i18n';
import { csvBlob, saveFile, xlsxBlob } from './downloads';
import { FigureTable, type ColumnKind } from './FigureTable';
import { MonthlyChart } from './MonthlyChart';
import { nationalComparison, regionAgainstCountry, type CountryComparison } from './national';
import {
  byMonthTable,
  byOrganisationAndMonthTable,
  byOrganisationTable,
  type AuthorityStats,
  type Headings,
  type Table,
} from './tables';

function useAuthorityStats(code: string, year: number) {
  return useQuery({
    queryKey: [sessionQueryKey, 'authority', code, year],
    queryFn: async () => {
      const { data, response } = await api.GET('/api/v1/regions/{code}/stats', {
        params: { path: { code }, query: { year } },
      });
      if (!data) throw new Error(`the api answered ${response.status}`);
      return data;
    },
  });
}

export function RegionDashboard({ code, name, year }: { code: string; name: string; year: number }) {
  const { t } = useI18n();
  const stats = useAuthorityStats(code, year);
  const headingId = `region-${code}`;
  return (
    <section aria-labelledby={headingId} className="authority-region">
      <h2 id={headingId}>{t('authority.region', { name, code })}</h2>
      {stats.isPending && <p role="status">{t('common.loading')}</p>}
      {stats.isError && <p role="alert">{t('common.error')}</p>}
      {stats.data && <RegionFigures stats={stats.data} name={name} />}
    </section>
  );
}

function useHeadings(): Headings {
  const { t } = useI18n();
  return {
    organisation: t('authority.col.organisation'),
    month: t('authority.col.month'),
    beneficiaries: t('authority.col.beneficiaries'),
    careEvents: t('authority.col.careEvents'),
    spendRoubles: t('authority.col.spendRoubles'),
  };
}

const organisationKinds: ColumnKind[] = ['text', 'count', 'count', 'roubles'];
const monthKinds: ColumnKind[] = ['month', 'count', 'count', 'roubles'];
const organisationMonthKinds: ColumnKind[] = ['text', 'month', 'count', 'count'];

function RegionFigures({ stats, name }: { stats: AuthorityStats; name: string }) {
  const { t, month } = useI18n();
  const headings = useHeadings();
  const tables = {
    organisations: byOrganisationTable(stats, headings),
    months: byMonthTable(stats, headings),
    organisationMonths: byOrganisationAndMonthTable(stats, headings),
  };
  const captions = {
    organisations: t('authority.byOrganisation'),
    months: t('authority.byMonth'),
    organisationMonths: t('authority.byOrganisationAndMonth'),
  };
  const chart = useMemo(
    () => ({
      months: stats.perMonth.map((row) => month(row.month, 'short')),
      series: [
        { name: headings.beneficiaries, values: stats.perMonth.map((row) => row.beneficiariesServed) },
        { name: headings.careEvents, values: stats.perMonth.map((row) => row.careEvents) },
      ],
    }),
    [stats, month, headings.beneficiaries, headings.careEvents],
  );
  return (
    <>
      <Totals stats={stats} />
      <h3>{t('authority.national')}</h3>
      <CountryFigures stats={stats} />
      <NationalFigures code={stats.regionCode} year={stats.year} />
      <FigureTable caption={captions.organisations} table={tables.organisations} kinds={organisationKinds} />
      <h3>{captions.months}</h3>
      {stats.perMonth.length > 0 && <MonthlyChart label={t('authority.chartLabel', { name })} data={chart} />}
      <FigureTable caption={captions.months} table={tables.months} kinds={monthKinds} />
      <FigureTable
        caption={captions.organisationMonths}
        table={tables.organisationMonths}
        kinds={organisationMonthKinds}
      />
      <p className="muted">
        {t('common.withheldExplained')} <Link to="/methodology">{t('common.withheldLink')}</Link>
      </p>
      <Downloads stats={stats} tables={tables} captions={captions} />
    </>
  );
}

function Totals({ stats }: { stats: AuthorityStats }) {
  const { t, number, money } = useI18n();
  const items: [string, string][] = [
    [t('authority.organisations'), number(stats.organisations)],
    [t('authority.col.beneficiaries'), number(stats.beneficiariesServed)],
    [t('authority.col.careEvents'), number(stats.careEvents)],
    [t('authority.spend'), money(stats.spendKopecks)],
    [t('authority.spendPerResident'), money(stats.spendPerResidentKopecks)],
  ];
  return (
    <dl className="authority-totals">
      {items.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function useNationalFigures(year: number) {
  return useQuery({
    queryKey: ['national-figures', year],
    queryFn: async () => {
      const { data, response } = await api.GET('/api/v1/public/national-figures', {
        params: { query: { year } },
      });
      if (!data) throw new Error(`the api answered ${response.status}`);
      return data;
    },
  });
}

const countryMeasureKeys = {
  organisations: 'authority.organisations',
  beneficiaries: 'authority.col.beneficiaries',
  careEvents: 'authority.col.careEvents',
  spend: 'authority.spend',
  spendPerResident: 'authority.spendPerResident',
} as const;

/** The region's figures beside the country's sums of every region's published figures. */
function CountryFigures({ stats }: { stats: AuthorityStats }) {
  const { t, number, money, percent } = useI18n();
  const national = useNationalFigures(stats.year);
  if (national.isPending) return <p role="status">{t('common.loading')}</p>;
  if (national.isError) return <p role="alert">{t('common.error')}</p>;
  const rows = regionAgainstCountry(stats, national.data);
  const value = (row: CountryComparison, figure: number | null) =>
    row.measure === 'spend' || row.measure === 'spendPerResident' ? money(figure) : number(figure);
  return (
    <div className="table-scroll" role="region" aria-label={t('authority.countryCaption')} tabIndex={0}>
      <table className="authority-table">
        <caption>{t('authority.countryCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('authority.col.measure')}</th>
            <th scope="col" className="numeric">
              {t('authority.col.region')}
            </th>
            <th scope="col" className="numeric">
              {t('authority.col.country')}
            </th>
            <th scope="col" className="numeric">
              {t('authority.col.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.measure}>
              <th scope="row">{t(countryMeasureKeys[row.measure])}</th>
              <td className="numeric">{value(row, row.region)}</td>
              <td className="numeric">
                {row.country === null ? '—' : value(row, Math.round(row.country * 100) / 100)}
                {row.withheldRegions > 0 && ` ${t('authority.lowerBound', { regions: row.withheldRegions })}`}
              </td>
              <td className="numeric">{row.share === null ? '—' : percent(row.share, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('authority.countryNote')}</p>
    </div>
  );
}

function NationalFigures({ code, year }: { code: string; year: number }) {
  const { t, number, language } = useI18n();
  const league = useLeagueTable(year);
  const methodology = useMethodology(league.data?.methodologyVersion);
  const pillarName = (id: string) =>
    methodology.data?.pillars.find((pillar) => pillar.id === id)?.name[language] ??
    t('authority.pillar', { pillar: id });
  const comparison =
    league.data && league.data.year === year ? nationalComparison(code, league.data.rows) : null;
  const score = (value: number | null) => (value === null ? '—' : number(value, 1));
  if (!comparison) return null;
  return (
    <>
      <p>
        {comparison.ranked
          ? t('authority.rank', {
              rank: comparison.rank ?? '—',
              of: comparison.rankedRegions,
              tier: comparison.tier ?? '—',
            })
          : t('authority.notRanked', { reason: comparison.reason ?? '—' })}
      </p>
      <div className="table-scroll" role="region" aria-label={t('authority.national')} tabIndex={0}>
        <table className="authority-table">
          <caption>{t('authority.nationalCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('authority.col.measure')}</th>
              <th scope="col" className="numeric">
                {t('authority.col.region')}
              </th>
              <th scope="col" className="numeric">
                {t('authority.col.nationalMedian')}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('authority.score')}</th>
              <td className="numeric">{score(comparison.score)}</td>
              <td className="numeric">{score(comparison.medianScore)}</td>
            </tr>
            {comparison.pillars.map((pillar) => (
              <tr key={pillar.pillar}>
                <th scope="row">{pillarName(pillar.pillar)}</th>
                <td className="numeric">{score(pillar.region)}</td>
                <td className="numeric">{score(pillar.nationalMedian)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

interface DownloadsProps {
  stats: AuthorityStats;
  tables: Record<'organisations' | 'months' | 'organisationMonths', Table>;
  captions: Record<'organisations' | 'months' | 'organisationMonths', string>;
}

function Downloads({ stats, tables, captions }: DownloadsProps) {
  const { t } = useI18n();
  const base = `careledger-${stats.regionCode}-${stats.year}`;
  const csv = (key: keyof DownloadsProps['tables'], suffix: string) => () =>
    saveFile(csvBlob(tables[key]), `${base}-${suffix}.csv`);
  async function workbook() {
    const sheets = (Object.keys(tables) as (keyof DownloadsProps['tables'])[]).map((key) => ({
      name: captions[key],
      ...tables[key],
    }));
    saveFile(await xlsxBlob(sheets), `${base}.xlsx`);
  }
  return (
    <div className="authority-downloads">
      <h3>{t('authority.downloads')}</h3>
      <ul>
        <li>
          <button type="button" className="button" onClick={csv('organisations', 'organisations')}>
            {t('authority.downloadCsv', { table: captions.organisations })}
          </button>
        </li>
        <li>
          <button type="button" className="button" onClick={csv('months', 'months')}>
            {t('authority.downloadCsv', { table: captions.months })}
          </button>
        </li>
        <li>
          <button
            type="button"
            className="button"
            onClick={csv('organisationMonths', 'organisations-months')}
          >
            {t('authority.downloadCsv', { table: captions.organisationMonths })}
          </button>
        </li>
        <li>
          <button type="button" className="button" onClick={() => void workbook()}>
            {t('authority.downloadXlsx')}
          </button>
        </li>
      </ul>
    </div>
  );
}
