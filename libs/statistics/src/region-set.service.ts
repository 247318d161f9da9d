import { TtlCache } from '@careledger/common';
import { AppConfig } from '@careledger/config';
import { StatisticsReader } from '@careledger/database';
import { Injectable } from '@nestjs/common';
import { Dimension, GroupRow, ProtectedRegionSet, RegionFigures } from './region-set.js';

/** Year boundaries as dates. */
export function yearRange(year: number): [string, string] {
  return [`${year}-01-01`, `${year + 1}-01-01`];
}

/** How each breakdown reads from the category rollup (`null`: the whole year). */
const breakdownColumns: Record<Dimension | 'year', string> = {
  year: 'null::text',
  month: `to_char(r.month, 'YYYY-MM')`,
  category: 'r.category',
  fundingKind: 'r.funding_kind',
  categoryUnit: `r.category || '|' || r.unit`,
};

/**
 * Builds each region's protected set for a year once (from the rollups, as the statistics role) and
 * keeps it for PUBLIC_STATS_CACHE_SECONDS: every published statistic of the region reads it. Years and
 * months are the organisations' local ones (the rollups are kept in each one's time zone), and only
 * care given while the person's statistics consent was in force is counted (rollup rows with
 * `statistics_consent`): an organisation's own metrics and reports count everything.
 */
@Injectable()
export class RegionSetService {
  private readonly sets: TtlCache<ProtectedRegionSet>;

  constructor(
    private readonly stats: StatisticsReader,
    private readonly config: AppConfig,
  ) {
    this.sets = new TtlCache(config.PUBLIC_STATS_CACHE_SECONDS * 1000);
  }

  get(code: string, year: number): Promise<ProtectedRegionSet> {
    return this.sets.get(`${code}:${year}`, async () =>
      ProtectedRegionSet.protect(await this.figures(code, year), this.config.SUPPRESSION_K),
    );
  }

  private async figures(code: string, year: number): Promise<RegionFigures> {
    const organisations = await this.stats.query<{ id: string }>(
      `select id from counted_organisations where region_code = $1 order by id`,
      [code],
    );
    const people: GroupRow[] = [];
    for (const breakdown of ['year', 'month', 'category', 'fundingKind', 'categoryUnit'] as const) {
      people.push(...(await this.peopleRows(code, year, breakdown)));
    }
    return {
      organisations: organisations.map((organisation) => organisation.id),
      people,
      events: [...(await this.eventRows(code, year, 'year')), ...(await this.eventRows(code, year, 'month'))],
    };
  }

  /**
   * Per organisation and for the region, per value of the breakdown: the distinct beneficiaries with
   * care, their record keys summed, their money and quantities, and the largest one person's share.
   */
  private peopleRows(code: string, year: number, breakdown: Dimension | 'year'): Promise<GroupRow[]> {
    const [from, to] = yearRange(year);
    return this.stats.query<GroupRow>(
      `with people as (
         select r.tenant_id, ${breakdownColumns[breakdown]} as value, r.beneficiary_id, r.record_key,
                sum(r.spend_kopecks) as spend, sum(r.quantity) as quantity
           from care_beneficiary_category_rollups r join counted_organisations o on o.id = r.tenant_id
          where o.region_code = $1 and r.month >= $2 and r.month < $3 and r.events > 0 and r.statistics_consent
          group by 1, 2, 3, 4)
       select tenant_id::text as organisation, ${breakdown === 'year' ? 'null' : `'${breakdown}'`} as dimension,
              value, count(*)::int as contributors, sum(record_key)::text as key_sum,
              sum(spend)::text as spend, max(spend)::text as largest_spend,
              sum(quantity)::text as quantity, max(quantity)::text as largest_quantity
         from people group by grouping sets ((tenant_id, value), (value))`,
      [code, from, to],
    );
  }

  /** Care events per organisation and for the region, for the year or per month, with their people. */
  private eventRows(code: string, year: number, breakdown: 'year' | 'month'): Promise<GroupRow[]> {
    const [from, to] = yearRange(year);
    return this.stats.query<GroupRow>(
      `with people as (
         select r.tenant_id, ${breakdownColumns[breakdown]} as value, r.beneficiary_id, r.record_key,
                sum(r.events)::int as events
           from care_monthly_beneficiary_rollups r join counted_organisations o on o.id = r.tenant_id
          where o.region_code = $1 and r.month >= $2 and r.month < $3 and r.events > 0 and r.statistics_consent
          group by 1, 2, 3, 4)
       select tenant_id::text as organisation, ${breakdown === 'year' ? 'null' : `'month'`} as dimension,
              value, count(*)::int as contributors, sum(record_key)::text as key_sum, sum(events)::int as events
         from people group by grouping sets ((tenant_id, value), (value))`,
      [code, from, to],
    );
  }
}
