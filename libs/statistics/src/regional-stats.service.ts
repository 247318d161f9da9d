import { DomainError, groupBy, TtlCache } from '@careledger/common';
import { AppConfig } from '@careledger/config';
import { StatisticsReader } from '@careledger/database';
import { ProtectedTables, protectTables } from '@careledger/disclosure';
import { Injectable } from '@nestjs/common';
import { Suppressor, yearRange } from './metrics.service.js';
import { ContributorGroup, Measure, cellId, measures, regionalTables } from './regional-cells.js';

/** A group's published figures: each one passed through the disclosure layer (null when withheld). */
export type PublishedFigures = Record<Measure, number | null>;

export interface RegionStats extends PublishedFigures {
  regionCode: string;
  year: number;
  population: number | null;
  organisations: number;
  spendPerResidentKopecks: number | null;
  perOrganisation: ({ organisationId: string; name: string } & PublishedFigures)[];
  perMonth: ({ month: string } & PublishedFigures)[];
  /**
   * Categories and funding kinds are always withheld for now: their rollup does not know which
   * beneficiaries a cell is about, so the layer cannot tell a category of one person from one of many.
   */
  itemsByCategory: { category: string; quantity: null }[];
  spendByFundingKind: { fundingKind: string; spendKopecks: null }[];
  suppressed: string[];
}

export interface AuthorityRegionStats extends RegionStats {
  byOrganisation: {
    organisationId: string;
    name: string;
    beneficiariesServed: number | null;
    careEvents: number | null;
    spendKopecks: number | null;
    months: { month: string; beneficiariesServed: number | null; careEvents: number | null }[];
  }[];
}

interface OrgMonthRow {
  tenant_id: string;
  month: string;
  people: number;
  events: number;
  spend: string;
}

/** Aggregates of a region's active organisations, from the rollups, as the statistics role. */
@Injectable()
export class RegionalStatsService {
  /** Public figures may be seconds old: a busy region page then costs one computation per interval. */
  private readonly publicStats: TtlCache<RegionStats>;

  constructor(
    private readonly stats: StatisticsReader,
    private readonly config: AppConfig,
  ) {
    this.publicStats = new TtlCache(config.PUBLIC_STATS_CACHE_SECONDS * 1000);
  }

  region(code: string, year: number): Promise<RegionStats> {
    return this.publicStats.get(`${code}:${year}`, () => this.build(code, year));
  }

  /** The finer view for a regional authority: per organisation and per month, still never below k. */
  async forAuthority(code: string, year: number): Promise<AuthorityRegionStats> {
    const rows = await this.orgMonths(code, year);
    const base = await this.build(code, year);
    const peopleOf = await this.peopleByOrganisation(code, year);
    const organisations = await this.stats.query<{ id: string; name: string }>(
      `select id, name from counted_organisations where region_code = $1 order by name, id`,
      [code],
    );
    const suppressor = new Suppressor(this.config.SUPPRESSION_K, true);
    const monthsOf = groupBy(rows, (row) => row.tenant_id);
    const byOrganisation = organisations.map((organisation) => {
      const months = monthsOf.get(organisation.id) ?? [];
      // Distinct people over the year: a person served in three months is one person, not three.
      const people = peopleOf.get(organisation.id) ?? 0;
      const key = `byOrganisation.${organisation.id}`;
      return {
        organisationId: organisation.id,
        name: organisation.name,
        beneficiariesServed: suppressor.count(`${key}.beneficiariesServed`, people),
        careEvents: suppressor.count(
          `${key}.careEvents`,
          months.reduce((sum, row) => sum + row.events, 0),
        ),
        spendKopecks: suppressor.derived(
          `${key}.spendKopecks`,
          months.reduce((sum, row) => sum + Number(row.spend), 0),
          people,
        ),
        months: months.map((row) => ({
          month: row.month,
          beneficiariesServed: suppressor.count(`${key}.months.${row.month}.beneficiariesServed`, row.people),
          careEvents: suppressor.derived(`${key}.months.${row.month}.careEvents`, row.events, row.people),
        })),
      };
    });
    return { ...base, byOrganisation, suppressed: [...base.suppressed, ...suppressor.suppressed] };
  }

  /**
   * The region's total, organisations and months as one set of linked tables, protected in one call
   * (suppression solved jointly, then cell-key perturbation), and published from its cells only.
   */
  private async build(code: string, year: number): Promise<RegionStats> {
    const region = await this.regionRow(code, year);
    const organisations = await this.stats.query<{ id: string; name: string }>(
      `select id, name from counted_organisations where region_code = $1 order by name, id`,
      [code],
    );
    const groups = await this.contributorGroups(code, year);
    const byOrganisation = new Map(groups.organisations.map((group) => [group.group, group]));
    const tables = regionalTables(
      groups.total,
      organisations.map((organisation) => ({
        id: organisation.id,
        figures: byOrganisation.get(organisation.id),
      })),
      groups.months,
    );
    const result = protectTables(tables, { k: this.config.SUPPRESSION_K, mode: 'statistics' });
    const totals = figures(result);
    const categories = await this.categoriesAndFundingKinds(code, year);
    const spendPerResident =
      totals.spendKopecks !== null && region.population
        ? Math.round((totals.spendKopecks / region.population) * 100) / 100
        : null;
    return {
      regionCode: code,
      year,
      population: region.population,
      organisations: region.organisations,
      ...totals,
      spendPerResidentKopecks: spendPerResident,
      perOrganisation: organisations.map((organisation) => ({
        organisationId: organisation.id,
        name: organisation.name,
        ...figures(result, 'perOrganisation', organisation.id),
      })),
      perMonth: groups.months.map((month) => ({
        month: month.group ?? '',
        ...figures(result, 'perMonth', month.group ?? ''),
      })),
      itemsByCategory: categories.categories.map((category) => ({ category, quantity: null })),
      spendByFundingKind: categories.fundingKinds.map((fundingKind) => ({ fundingKind, spendKopecks: null })),
      suppressed: [
        ...result.withheld,
        ...(totals.spendKopecks === null && region.population ? ['spendPerResidentKopecks'] : []),
        ...categories.categories.map((category) => `itemsByCategory.${category}.quantity`),
        ...categories.fundingKinds.map((kind) => `spendByFundingKind.${kind}.spendKopecks`),
      ],
    };
  }

  private async regionRow(code: string, year: number) {
    const [region] = await this.stats.query<{ population: number | null; organisations: number }>(
      `select (select population from region_populations p where p.region_code = r.code and p.year <= $2 order by p.year desc limit 1) as population,
              (select count(*)::int from counted_organisations o where o.region_code = r.code) as organisations
         from regions r where r.code = $1`,
      [code, year],
    );
    if (!region) throw DomainError.notFound('region');
    return region;
  }

  /**
   * Per organisation, per month and for the region: the distinct beneficiaries with care, the sum of
   * their record keys (the cell key), and their totals, from the per-beneficiary monthly rollup.
   */
  private async contributorGroups(code: string, year: number) {
    const [from, to] = yearRange(year);
    const cared = `select m.tenant_id, to_char(m.month, 'YYYY-MM') as month, m.beneficiary_id, m.record_key,
                          m.events, m.spend_kopecks, m.quantity
                     from care_monthly_beneficiary_rollups m join counted_organisations o on o.id = m.tenant_id
                    where o.region_code = $1 and m.month >= $2 and m.month < $3 and m.events > 0`;
    const aggregates = `count(*)::int as contributors, coalesce(sum(record_key), 0)::text as key_sum,
                        coalesce(sum(events), 0)::int as events, coalesce(sum(spend), 0)::text as spend,
                        max(spend)::text as largest_spend, coalesce(sum(quantity), 0)::text as quantity,
                        max(quantity)::text as largest_quantity`;
    const yearly = await this.stats.query<ContributorGroup & { level: number }>(
      `with cared as (${cared}),
            people as (select tenant_id, beneficiary_id, record_key, sum(events) as events,
                              sum(spend_kopecks) as spend, sum(quantity) as quantity
                         from cared group by tenant_id, beneficiary_id, record_key)
       select tenant_id::text as "group", grouping(tenant_id) as level, ${aggregates}
         from people group by grouping sets ((tenant_id), ())`,
      [code, from, to],
    );
    const months = await this.stats.query<ContributorGroup>(
      `with cared as (${cared}),
            people as (select month, record_key, events, spend_kopecks as spend, quantity from cared)
       select month as "group", ${aggregates} from people group by month order by month`,
      [code, from, to],
    );
    return {
      total: yearly.find((row) => row.level === 1),
      organisations: yearly.filter((row) => row.level === 0),
      months,
    };
  }

  /** The categories and funding kinds with care in the region's year (named, their figures withheld). */
  private async categoriesAndFundingKinds(code: string, year: number) {
    const [from, to] = yearRange(year);
    const [row] = await this.stats.query<{ categories: string[]; funding_kinds: string[] }>(
      `select coalesce(array_agg(distinct c.category order by c.category), '{}') as categories,
              coalesce(array_agg(distinct c.funding_kind order by c.funding_kind), '{}') as funding_kinds
         from care_daily_rollups c join counted_organisations o on o.id = c.tenant_id
        where o.region_code = $1 and c.day >= $2 and c.day < $3 and c.events > 0`,
      [code, from, to],
    );
    return { categories: row.categories, fundingKinds: row.funding_kinds };
  }

  /** Distinct people each counted organisation served in the year, from the per-beneficiary monthly rollup. */
  private async peopleByOrganisation(code: string, year: number): Promise<Map<string, number>> {
    const [from, to] = yearRange(year);
    const rows = await this.stats.query<{ tenant_id: string; people: number }>(
      `select m.tenant_id, count(distinct m.beneficiary_id) filter (where m.events > 0)::int as people
         from care_monthly_beneficiary_rollups m join counted_organisations o on o.id = m.tenant_id
        where o.region_code = $1 and m.month >= $2 and m.month < $3
        group by m.tenant_id`,
      [code, from, to],
    );
    return new Map(rows.map((row) => [row.tenant_id, row.people]));
  }

  private orgMonths(code: string, year: number): Promise<OrgMonthRow[]> {
    const [from, to] = yearRange(year);
    return this.stats.query<OrgMonthRow>(
      `select m.tenant_id, to_char(m.month, 'YYYY-MM') as month, count(*) filter (where m.events > 0)::int as people,
              sum(m.events)::int as events, sum(m.spend_kopecks) as spend
         from care_monthly_beneficiary_rollups m join counted_organisations o on o.id = m.tenant_id
        where o.region_code = $1 and m.month >= $2 and m.month < $3
        group by m.tenant_id, m.month order by m.tenant_id, m.month`,
      [code, from, to],
    );
  }
}

/** The published figures of one group, read from the layer's cells only. */
function figures(
  result: ProtectedTables,
  table?: 'perOrganisation' | 'perMonth',
  group?: string,
): PublishedFigures {
  const published = {} as PublishedFigures;
  for (const measure of Object.keys(measures) as Measure[]) {
    published[measure] = result.cells[cellId(measure, table, group)].value;
  }
  return published;
}
