import { DomainError } from '@careledger/common';
import { AppConfig } from '@careledger/config';
import { StatisticsReader } from '@careledger/database';
import { shownOrNull } from '@careledger/transparency';
import { Injectable } from '@nestjs/common';

/** Who is reading: members see their own figures whole; the public and authorities see them suppressed. */
export type Audience = 'member' | 'public';

export interface CategoryFigure {
  category: string;
  quantity: number;
  spendKopecks: number | null;
}

export interface FundingFigure {
  fundingKind: string;
  spendKopecks: number | null;
  /** share of all spend, 0..1 */
  share: number | null;
}

export interface MonthFigure {
  month: string;
  beneficiariesServed: number | null;
  careEvents: number | null;
  spendKopecks: number | null;
}

export interface OrganisationMetrics {
  organisationId: string;
  year: number;
  beneficiariesServed: number | null;
  careEvents: number | null;
  itemsDelivered: number;
  spendKopecks: number | null;
  costPerBeneficiaryKopecks: number | null;
  itemsByCategory: CategoryFigure[];
  spendByFundingKind: FundingFigure[];
  reportsPublished: number;
  months: MonthFigure[];
  /** figures withheld because too few people are behind them (k = SUPPRESSION_K) */
  suppressed: string[];
}

interface CellRow {
  category: string;
  funding_kind: string;
  quantity: string;
  spend: string;
}

/** Year boundaries as dates. */
export function yearRange(year: number): [string, string] {
  return [`${year}-01-01`, `${year + 1}-01-01`];
}

/** A count, withheld when 1..k-1 (for the public), and noted in `suppressed`. */
export class Suppressor {
  readonly suppressed: string[] = [];

  constructor(
    private readonly k: number,
    private readonly enabled: boolean,
  ) {}

  count(field: string, value: number): number | null {
    return this.guard(field, value, value);
  }

  /** money or any figure derived from `people` people */
  derived<T>(field: string, value: T, people: number): T | null {
    return this.guard(field, value, people);
  }

  private guard<T>(field: string, value: T, people: number): T | null {
    if (!this.enabled) return value;
    const shown = shownOrNull(value, people, this.k);
    if (shown === null) this.suppressed.push(field);
    return shown;
  }
}

/** An organisation's figures for a year, read from the rollups (never the raw ledger) as the statistics role. */
@Injectable()
export class MetricsService {
  constructor(
    private readonly stats: StatisticsReader,
    private readonly config: AppConfig,
  ) {}

  async organisation(organisationId: string, year: number, audience: Audience): Promise<OrganisationMetrics> {
    const [from, to] = yearRange(year);
    const suppressor = new Suppressor(this.config.SUPPRESSION_K, audience !== 'member');
    const cells = await this.stats.query<CellRow>(
      `select category, funding_kind, sum(quantity) as quantity, sum(spend_kopecks) as spend
         from care_daily_rollups where tenant_id = $1 and day >= $2 and day < $3
        group by category, funding_kind`,
      [organisationId, from, to],
    );
    const [totals] = await this.stats.query<{ beneficiaries: number; events: number }>(
      `select count(distinct beneficiary_id) filter (where events > 0)::int as beneficiaries, coalesce(sum(events), 0)::int as events
         from care_monthly_beneficiary_rollups where tenant_id = $1 and month >= $2 and month < $3`,
      [organisationId, from, to],
    );
    const monthRows = await this.stats.query<{
      month: string;
      beneficiaries: number;
      events: number;
      spend: string;
    }>(
      `select to_char(month, 'YYYY-MM') as month, count(*) filter (where events > 0)::int as beneficiaries,
              sum(events)::int as events, sum(spend_kopecks) as spend
         from care_monthly_beneficiary_rollups where tenant_id = $1 and month >= $2 and month < $3
        group by month order by month`,
      [organisationId, from, to],
    );
    const [{ published }] = await this.stats.query<{ published: number }>(
      `select count(*)::int as published from reports
        where tenant_id = $1 and published_at is not null and period_to >= $2 and period_to < $3`,
      [organisationId, from, to],
    );
    const people = totals.beneficiaries;
    const spend = cells.reduce((sum, cell) => sum + Number(cell.spend), 0);
    const byCategory = this.group(cells, (cell) => cell.category);
    const byFunding = this.group(cells, (cell) => cell.funding_kind);
    const moneyShown = suppressor.derived('spendKopecks', spend, people) !== null;
    return {
      organisationId,
      year,
      beneficiariesServed: suppressor.count('beneficiariesServed', people),
      careEvents: suppressor.count('careEvents', totals.events),
      itemsDelivered: cells.reduce((sum, cell) => sum + Number(cell.quantity), 0),
      spendKopecks: moneyShown ? spend : null,
      costPerBeneficiaryKopecks: suppressor.derived(
        'costPerBeneficiaryKopecks',
        people > 0 ? Math.round(spend / people) : 0,
        people,
      ),
      itemsByCategory: [...byCategory].map(([category, cell]) => ({
        category,
        quantity: cell.quantity,
        spendKopecks: moneyShown ? cell.spend : null,
      })),
      spendByFundingKind: [...byFunding].map(([fundingKind, cell]) => ({
        fundingKind,
        spendKopecks: moneyShown ? cell.spend : null,
        share: moneyShown && spend !== 0 ? Math.round((cell.spend / spend) * 1000) / 1000 : null,
      })),
      reportsPublished: published,
      months: monthRows.map((row) => ({
        month: row.month,
        beneficiariesServed: suppressor.count(`months.${row.month}.beneficiariesServed`, row.beneficiaries),
        careEvents: suppressor.count(`months.${row.month}.careEvents`, row.events),
        spendKopecks: suppressor.derived(
          `months.${row.month}.spendKopecks`,
          Number(row.spend),
          row.beneficiaries,
        ),
      })),
      suppressed: moneyShown
        ? suppressor.suppressed
        : [...suppressor.suppressed, 'itemsByCategory.spendKopecks', 'spendByFundingKind'],
    };
  }

  /** Years in which an organisation gave care. */
  async yearsOf(organisationId: string): Promise<number[]> {
    const rows = await this.stats.query<{ year: number }>(
      `select distinct extract(year from day)::int as year from care_daily_rollups where tenant_id = $1 order by year desc`,
      [organisationId],
    );
    return rows.map((row) => row.year);
  }

  /** The public profile of an active organisation; 404 for an unknown or suspended one. */
  async publicProfile(organisationId: string) {
    const [organisation] = await this.stats.query<{
      id: string;
      name: string;
      region_code: string;
      legal_form: string | null;
    }>(`select id, name, region_code, legal_form from counted_organisations where id = $1`, [organisationId]);
    if (!organisation) throw DomainError.notFound('organisation');
    const years = await this.yearsOf(organisationId);
    return {
      id: organisation.id,
      name: organisation.name,
      regionCode: organisation.region_code,
      legalForm: organisation.legal_form,
      metrics: await Promise.all(years.map((year) => this.organisation(organisationId, year, 'public'))),
    };
  }

  private group(
    cells: CellRow[],
    keyOf: (cell: CellRow) => string,
  ): Map<string, { quantity: number; spend: number }> {
    const groups = new Map<string, { quantity: number; spend: number }>();
    for (const cell of [...cells].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1))) {
      const group = groups.get(keyOf(cell)) ?? { quantity: 0, spend: 0 };
      group.quantity += Number(cell.quantity);
      group.spend += Number(cell.spend);
      groups.set(keyOf(cell), group);
    }
    return groups;
  }
}
