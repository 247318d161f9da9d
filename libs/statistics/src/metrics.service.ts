import { DomainError } from '@careledger/common';
import { StatisticsReader } from '@careledger/database';
import { PublishedNumber, ratioCell, roundedCell } from '@careledger/disclosure';
import { Injectable } from '@nestjs/common';
import { Publisher, Scope } from './region-set.js';
import { RegionSetService, yearRange } from './region-set.service.js';

export { yearRange };

/**
 * An organisation's figures for a year. `N` is what a figure is: a plain number in the members' own
 * exact view, a PublishedNumber (or null when withheld) in anything public, which only the disclosure
 * layer can make.
 */
export interface OrganisationMetrics<N extends number = number> {
  organisationId: string;
  year: number;
  beneficiariesServed: N | null;
  careEvents: N | null;
  spendKopecks: N | null;
  costPerBeneficiaryKopecks: N | null;
  /** quantities per unit within a category: kilograms and tubes are never added up */
  itemsByCategory: {
    category: string;
    spendKopecks: N | null;
    quantities: { unit: string; quantity: N | null }[];
  }[];
  /** share: of all spend, 0..1 */
  spendByFundingKind: { fundingKind: string; spendKopecks: N | null; share: N | null }[];
  /** published reports: a fact about the organisation, not about people */
  reportsPublished: number;
  months: { month: string; beneficiariesServed: N | null; careEvents: N | null; spendKopecks: N | null }[];
  /** figures withheld because too few people are behind them (k = SUPPRESSION_K) */
  suppressed: string[];
}

export type PublicOrganisationMetrics = OrganisationMetrics<PublishedNumber>;

interface CellRow {
  category: string;
  funding_kind: string;
  unit: string;
  quantity: string;
  spend: string;
}

/**
 * An organisation's figures for a year, read from the rollups (never the raw ledger) as the statistics
 * role: exact for its own members, and for the public the organisation's cells of its region's
 * protected set. Years and months are the organisation's local ones (the rollups are kept in its time
 * zone). Its own figures count all its care; the public ones only care given under a statistics consent.
 */
@Injectable()
export class MetricsService {
  constructor(
    private readonly stats: StatisticsReader,
    private readonly sets: RegionSetService,
  ) {}

  /** The members' own figures, exact: an organisation's own accounts are not statistics. */
  async organisation(organisationId: string, year: number): Promise<OrganisationMetrics> {
    const [from, to] = yearRange(year);
    const cells = await this.stats.query<CellRow>(
      `select category, funding_kind, unit, sum(quantity) as quantity, sum(spend_kopecks) as spend
         from care_daily_rollups where tenant_id = $1 and day >= $2 and day < $3
        group by category, funding_kind, unit`,
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
      `select to_char(month, 'YYYY-MM') as month,
              count(distinct beneficiary_id) filter (where events > 0)::int as beneficiaries,
              sum(events)::int as events, sum(spend_kopecks) as spend
         from care_monthly_beneficiary_rollups where tenant_id = $1 and month >= $2 and month < $3
        group by month order by month`,
      [organisationId, from, to],
    );
    const people = totals.beneficiaries;
    const spend = cells.reduce((sum, cell) => sum + Number(cell.spend), 0);
    return {
      organisationId,
      year,
      beneficiariesServed: people,
      careEvents: totals.events,
      spendKopecks: spend,
      costPerBeneficiaryKopecks: people > 0 ? Math.round(spend / people) : 0,
      itemsByCategory: [...this.group(cells, (cell) => cell.category)].map(([category, cell]) => ({
        category,
        spendKopecks: cell.spend,
        quantities: [...cell.quantities].map(([unit, quantity]) => ({ unit, quantity })),
      })),
      spendByFundingKind: [...this.group(cells, (cell) => cell.funding_kind)].map(([fundingKind, cell]) => ({
        fundingKind,
        spendKopecks: cell.spend,
        share: spend !== 0 ? Math.round((cell.spend / spend) * 1000) / 1000 : null,
      })),
      reportsPublished: await this.reportsPublished(organisationId, year),
      months: monthRows.map((row) => ({
        month: row.month,
        beneficiariesServed: row.beneficiaries,
        careEvents: row.events,
        spendKopecks: Number(row.spend),
      })),
      suppressed: [],
    };
  }

  /**
   * An organisation's public figures for a year: its cells of its region's protected set (the same
   * numbers the region page and the authority view show), each withheld or perturbed there. Undefined
   * until the set holds the organisation (one verified since it was built enters at the next build).
   */
  async published(
    organisationId: string,
    regionCode: string,
    year: number,
  ): Promise<PublicOrganisationMetrics | undefined> {
    const set = await this.sets.get(regionCode, year);
    if (!set.organisations.includes(organisationId)) return undefined;
    const publish = new Publisher(set);
    const owner: Scope = { organisation: organisationId };
    const within = (dimension: 'month' | 'category' | 'fundingKind', value: string): Scope => ({
      ...owner,
      dimension,
      value,
    });
    const figures = publish.figures('', owner);
    return {
      organisationId,
      year,
      ...figures,
      costPerBeneficiaryKopecks: publish.derived(
        'costPerBeneficiaryKopecks',
        roundedCell(ratioCell(set.cell(owner, 'spendKopecks'), set.cell(owner, 'beneficiariesServed'))),
      ),
      itemsByCategory: set.values('category', organisationId).map((category) => ({
        category,
        spendKopecks: publish.value(
          `itemsByCategory.${category}.spendKopecks`,
          within('category', category),
          'spendKopecks',
        ),
        quantities: publish.quantities(`itemsByCategory.${category}`, category, organisationId),
      })),
      spendByFundingKind: set.values('fundingKind', organisationId).map((fundingKind) => ({
        fundingKind,
        spendKopecks: publish.value(
          `spendByFundingKind.${fundingKind}.spendKopecks`,
          within('fundingKind', fundingKind),
          'spendKopecks',
        ),
        share: publish.derived(
          `spendByFundingKind.${fundingKind}.share`,
          roundedCell(
            ratioCell(
              set.cell(within('fundingKind', fundingKind), 'spendKopecks'),
              set.cell(owner, 'spendKopecks'),
            ),
            3,
          ),
        ),
      })),
      reportsPublished: await this.reportsPublished(organisationId, year),
      months: set.values('month', organisationId).map((month) => ({
        month,
        ...publish.figures(`months.${month}`, within('month', month), [
          'beneficiariesServed',
          'careEvents',
          'spendKopecks',
        ]),
      })),
      suppressed: publish.suppressed,
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
      metrics: (
        await Promise.all(years.map((year) => this.published(organisationId, organisation.region_code, year)))
      ).filter((metrics) => metrics !== undefined),
    };
  }

  private async reportsPublished(organisationId: string, year: number): Promise<number> {
    const [from, to] = yearRange(year);
    const [{ published }] = await this.stats.query<{ published: number }>(
      `select count(*)::int as published from reports
        where tenant_id = $1 and published_at is not null and period_to >= $2 and period_to < $3`,
      [organisationId, from, to],
    );
    return published;
  }

  /** Spend per group, and quantities per group and unit (units sorted), never added across units. */
  private group(
    cells: CellRow[],
    keyOf: (cell: CellRow) => string,
  ): Map<string, { quantities: Map<string, number>; spend: number }> {
    const groups = new Map<string, { quantities: Map<string, number>; spend: number }>();
    const sorted = [...cells].sort((a, b) =>
      keyOf(a) !== keyOf(b) ? (keyOf(a) < keyOf(b) ? -1 : 1) : a.unit < b.unit ? -1 : 1,
    );
    for (const cell of sorted) {
      const group = groups.get(keyOf(cell)) ?? { quantities: new Map<string, number>(), spend: 0 };
      group.quantities.set(cell.unit, (group.quantities.get(cell.unit) ?? 0) + Number(cell.quantity));
      group.spend += Number(cell.spend);
      groups.set(keyOf(cell), group);
    }
    return groups;
  }
}
