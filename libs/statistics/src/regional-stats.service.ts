import { DomainError, groupBy, TtlCache } from '@careledger/common';
import { AppConfig } from '@careledger/config';
import { StatisticsReader } from '@careledger/database';
import { Injectable } from '@nestjs/common';
import { Suppressor, yearRange } from './metrics.service.js';

export interface RegionStats {
  regionCode: string;
  year: number;
  population: number | null;
  organisations: number;
  /** people served, summed over organisations (a person helped by two CSOs counts twice) */
  beneficiariesServed: number | null;
  careEvents: number | null;
  itemsDelivered: number;
  spendKopecks: number | null;
  spendPerResidentKopecks: number | null;
  itemsByCategory: { category: string; quantity: number }[];
  spendByFundingKind: { fundingKind: string; spendKopecks: number | null }[];
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
    return this.publicStats.get(`${code}:${year}`, async () =>
      this.build(code, year, await this.orgMonths(code, year)),
    );
  }

  /** The finer view for a regional authority: per organisation and per month, still never below k. */
  async forAuthority(code: string, year: number): Promise<AuthorityRegionStats> {
    const rows = await this.orgMonths(code, year);
    const base = await this.build(code, year, rows);
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

  private async build(code: string, year: number, rows: OrgMonthRow[]): Promise<RegionStats> {
    const [region] = await this.stats.query<{
      code: string;
      population: number | null;
      organisations: number;
    }>(
      `select r.code,
              (select population from region_populations p where p.region_code = r.code and p.year <= $2 order by p.year desc limit 1) as population,
              (select count(*)::int from counted_organisations o where o.region_code = r.code) as organisations
         from regions r where r.code = $1`,
      [code, year],
    );
    if (!region) throw DomainError.notFound('region');
    const [from, to] = yearRange(year);
    const cells = await this.stats.query<{
      category: string;
      funding_kind: string;
      quantity: string;
      spend: string;
    }>(
      `select c.category, c.funding_kind, sum(c.quantity) as quantity, sum(c.spend_kopecks) as spend
         from care_daily_rollups c join counted_organisations o on o.id = c.tenant_id
        where o.region_code = $1 and c.day >= $2 and c.day < $3
        group by c.category, c.funding_kind order by 1, 2`,
      [code, from, to],
    );
    const suppressor = new Suppressor(this.config.SUPPRESSION_K, true);
    const people = [...(await this.peopleByOrganisation(code, year)).values()].reduce(
      (sum, count) => sum + count,
      0,
    );
    const spend = cells.reduce((sum, cell) => sum + Number(cell.spend), 0);
    const moneyShown = suppressor.derived('spendKopecks', spend, people) !== null;
    const categories = new Map<string, number>();
    const funding = new Map<string, number>();
    for (const cell of cells) {
      categories.set(cell.category, (categories.get(cell.category) ?? 0) + Number(cell.quantity));
      funding.set(cell.funding_kind, (funding.get(cell.funding_kind) ?? 0) + Number(cell.spend));
    }
    return {
      regionCode: code,
      year,
      population: region.population,
      organisations: region.organisations,
      beneficiariesServed: suppressor.count('beneficiariesServed', people),
      careEvents: suppressor.count(
        'careEvents',
        rows.reduce((sum, row) => sum + row.events, 0),
      ),
      itemsDelivered: cells.reduce((sum, cell) => sum + Number(cell.quantity), 0),
      spendKopecks: moneyShown ? spend : null,
      spendPerResidentKopecks:
        moneyShown && region.population ? Math.round((spend / region.population) * 100) / 100 : null,
      itemsByCategory: [...categories].map(([category, quantity]) => ({ category, quantity })),
      spendByFundingKind: [...funding].map(([fundingKind, value]) => ({
        fundingKind,
        spendKopecks: moneyShown ? value : null,
      })),
      suppressed: moneyShown ? suppressor.suppressed : [...suppressor.suppressed, 'spendByFundingKind'],
    };
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
