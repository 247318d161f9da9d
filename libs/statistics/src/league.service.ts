import { DomainError, groupBy, TtlCache } from '@careledger/common';
import { AppConfig } from '@careledger/config';
import { StatisticsReader } from '@careledger/database';
import {
  computeLeague,
  IndicatorId,
  IndicatorInput,
  inputsCsv,
  LeagueResult,
  Methodology,
  methodologyV1,
  publishedLeague,
  RecomputationGuide,
  recomputationGuide,
  REGISTERED_CSOS_INDICATOR,
  RegionInput,
  resultsCsv,
} from '@careledger/league';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { yearRange } from './metrics.service.js';

export const methodologies: Record<number, Methodology> = { 1: methodologyV1 };

export interface LeagueSnapshotView {
  year: number;
  methodologyVersion: number;
  computedAt: string;
  inputs: RegionInput[];
  result: LeagueResult;
}

interface OrgFacts {
  id: string;
  region: string;
  people: number;
  activeLastYear: boolean;
  quantity: number;
  spendByKind: Map<string, number>;
  staffFte: number;
  volunteers: number;
  reportsOnTime: number;
  annualReportLastYear: boolean;
}

const stateKinds = new Set(['presidential_grant', 'government_grant', 'government_contract']);
const ownIncomeKinds = new Set(['commercial_services', 'individual_donations']);
const fundingKindCount = 8;
/** A report counts as on time when it is published within this many days of its period's end. */
const onTimeDays = 90;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** 1 − normalised Herfindahl of a CSO's spend over funding kinds: 0 one funder kind only, 1 evenly spread. */
function diversification(spendByKind: Map<string, number>): number | null {
  const shares = [...spendByKind]
    .filter(([kind, spend]) => kind !== 'unattributed' && spend > 0)
    .map(([, spend]) => spend);
  const total = shares.reduce((sum, spend) => sum + spend, 0);
  if (total <= 0) return null;
  const herfindahl = shares.reduce((sum, spend) => sum + (spend / total) ** 2, 0);
  return (1 - herfindahl) / (1 - 1 / fundingKindCount);
}

function perCapita(value: number, population: number | null, per: number): IndicatorInput | null {
  return population ? { value: (value / population) * per } : null;
}

function share(part: number, whole: number, n: number): IndicatorInput | null {
  return whole > 0 ? { value: part / whole, n } : null;
}

/**
 * The league table from live data: indicators per region from the rollups and profiles (read as the
 * statistics role), computed by the pure `computeLeague`, and stored as a snapshot the public table is
 * served from.
 */
@Injectable()
export class LeagueService {
  /** The published table may be seconds old: readers then cost one snapshot read per interval. */
  private readonly published: TtlCache<LeagueSnapshotView>;

  constructor(
    private readonly stats: StatisticsReader,
    private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.published = new TtlCache(config.PUBLIC_STATS_CACHE_SECONDS * 1000);
  }

  methodology(version = 1): Methodology {
    const methodology = methodologies[version];
    if (!methodology) throw DomainError.notFound(`methodology version ${version}`);
    return methodology;
  }

  /** The methodology as published: its data plus everything a recomputation from inputs.csv needs. */
  publishedMethodology(version = 1): Methodology & { recomputation: RecomputationGuide } {
    const methodology = this.methodology(version);
    return { ...methodology, recomputation: recomputationGuide(methodology) };
  }

  async inputsCsv(year: number, version = 1): Promise<string> {
    return inputsCsv((await this.latestPublished(year, version)).inputs, this.methodology(version));
  }

  async resultsCsv(year: number, version = 1): Promise<string> {
    return resultsCsv((await this.latestPublished(year, version)).result, this.methodology(version));
  }

  async recompute(year: number, version = 1): Promise<LeagueSnapshotView> {
    const methodology = this.methodology(version);
    const inputs = await this.inputs(year);
    // The methodology's own seed and draws: the published methodology is then all a recomputation needs.
    const result = computeLeague(methodology, inputs);
    const computedAt = new Date();
    await this.dataSource.query(
      `insert into league_snapshots (id, year, methodology_version, computed_at, inputs, results) values ($1, $2, $3, $4, $5, $6)`,
      [randomUUID(), year, version, computedAt, JSON.stringify(inputs), JSON.stringify(result)],
    );
    return { year, methodologyVersion: version, computedAt: computedAt.toISOString(), inputs, result };
  }

  /**
   * `latest` as the public routes show it (no indicator of a region that is not ranked), kept for
   * PUBLIC_STATS_CACHE_SECONDS (a 404 is not kept).
   */
  latestPublished(year: number, version = 1): Promise<LeagueSnapshotView> {
    return this.published.get(`${year}:${version}`, async () => {
      const snapshot = await this.latest(year, version);
      return { ...snapshot, ...publishedLeague(snapshot.inputs, snapshot.result) };
    });
  }

  /** The latest year a table has been computed for; 404 when none has been yet. */
  async latestYear(version = 1): Promise<number> {
    this.methodology(version);
    const [row]: { year: number }[] = await this.dataSource.query(
      `select max(year) as year from league_snapshots where methodology_version = $1`,
      [version],
    );
    if (row?.year == null) throw DomainError.notFound('league table (none computed yet)');
    return row.year;
  }

  /** The newest snapshot; 404 when the year has not been computed yet. */
  async latest(year: number, version = 1): Promise<LeagueSnapshotView> {
    this.methodology(version);
    const [row]: { computed_at: Date; inputs: RegionInput[]; results: LeagueResult }[] =
      await this.dataSource.query(
        `select computed_at, inputs, results from league_snapshots where year = $1 and methodology_version = $2
        order by computed_at desc limit 1`,
        [year, version],
      );
    if (!row) throw DomainError.notFound(`league table for ${year}`);
    return {
      year,
      methodologyVersion: version,
      computedAt: row.computed_at.toISOString(),
      inputs: row.inputs,
      result: row.results,
    };
  }

  async inputs(year: number): Promise<RegionInput[]> {
    const regions = await this.stats.query<{ code: string; name_ru: string; population: number | null }>(
      `select r.code, r.name_ru,
              (select population from region_populations p where p.region_code = r.code and p.year <= $1 order by p.year desc limit 1) as population
         from regions r where r.ranked order by r.code`,
      [year],
    );
    const organisationsIn = groupBy(
      await this.organisationFacts(year),
      (organisation) => organisation.region,
    );
    const registeredCsos = await this.registeredCsos(year);
    return regions.map((region) => {
      const inRegion = organisationsIn.get(region.code) ?? [];
      const active = inRegion.filter((organisation) => organisation.people > 0);
      const activeLastYear = inRegion.filter((organisation) => organisation.activeLastYear);
      const totalSpend = active.reduce(
        (sum, organisation) => sum + [...organisation.spendByKind.values()].reduce((a, b) => a + b, 0),
        0,
      );
      const spendOf = (kinds: Set<string>) =>
        active.reduce(
          (sum, organisation) =>
            sum +
            [...organisation.spendByKind].filter(([kind]) => kinds.has(kind)).reduce((a, [, b]) => a + b, 0),
          0,
        );
      const withState = active.filter((organisation) =>
        [...organisation.spendByKind].some(([kind, spend]) => stateKinds.has(kind) && spend > 0),
      );
      const diversifications = active
        .map((organisation) => diversification(organisation.spendByKind))
        .filter((value): value is number => value !== null);
      const sum = (pick: (organisation: OrgFacts) => number) =>
        active.reduce((total, organisation) => total + pick(organisation), 0);
      const indicators: Partial<Record<IndicatorId, IndicatorInput | null>> = {
        A1: perCapita(active.length, region.population, 100_000),
        A2: perCapita(
          sum((organisation) => organisation.people),
          region.population,
          10_000,
        ),
        A3: perCapita(
          sum((organisation) => organisation.quantity),
          region.population,
          1_000,
        ),
        B1: perCapita(totalSpend / 100, region.population, 1),
        // B2 needs each CSO's total expenditure, which the platform does not record yet: missing, not zero.
        B2: null,
        C1: diversifications.length
          ? { value: median(diversifications) as number, n: diversifications.length }
          : null,
        C2: share(withState.length, active.length, active.length),
        C3: share(spendOf(ownIncomeKinds), totalSpend, active.length),
        C4: share(
          activeLastYear.filter((organisation) => organisation.people > 0).length,
          activeLastYear.length,
          activeLastYear.length,
        ),
        D1: perCapita(
          sum((organisation) => organisation.staffFte),
          region.population,
          10_000,
        ),
        D2: perCapita(
          sum((organisation) => organisation.volunteers),
          region.population,
          10_000,
        ),
        E1: share(
          active.filter((organisation) => organisation.reportsOnTime > 0).length,
          active.length,
          active.length,
        ),
        E2: share(
          active.filter((organisation) => organisation.annualReportLastYear).length,
          active.length,
          active.length,
        ),
      };
      return {
        regionCode: region.code,
        regionName: region.name_ru,
        population: region.population,
        activeCsos: active.length,
        csosOnPlatform: inRegion.length,
        registeredCsos: registeredCsos.get(region.code) ?? null,
        indicators,
      };
    });
  }

  /**
   * Registered CSOs per region from the external indicator `registered_csos` (the latest year up to
   * `year`): the denominator of the coverage each league row states. It is not scored.
   */
  private async registeredCsos(year: number): Promise<Map<string, number>> {
    const rows = await this.stats.query<{ region_code: string; value: string }>(
      `select distinct on (region_code) region_code, value from external_indicators
        where indicator = $2 and year <= $1 order by region_code, year desc`,
      [year, REGISTERED_CSOS_INDICATOR],
    );
    return new Map(rows.map((row) => [row.region_code, Number(row.value)]));
  }

  private async organisationFacts(year: number): Promise<OrgFacts[]> {
    const [from, to] = yearRange(year);
    const [lastFrom] = yearRange(year - 1);
    const organisations = await this.stats.query<{ id: string; region_code: string }>(
      `select id, region_code from counted_organisations`,
    );
    const activity = await this.stats.query<{ tenant_id: string; people: number; last_year: boolean }>(
      `select tenant_id,
              count(distinct beneficiary_id) filter (where events > 0 and month >= $2)::int as people,
              bool_or(events > 0 and month < $2) as last_year
         from care_monthly_beneficiary_rollups where month >= $1 and month < $3 group by tenant_id`,
      [lastFrom, from, to],
    );
    const spending = await this.stats.query<{
      tenant_id: string;
      funding_kind: string;
      spend: string;
      quantity: string;
    }>(
      `select tenant_id, funding_kind, sum(spend_kopecks) as spend, sum(quantity) as quantity
         from care_daily_rollups where day >= $1 and day < $2 group by tenant_id, funding_kind`,
      [from, to],
    );
    const profiles = await this.stats.query<{ tenant_id: string; staff_fte: string; volunteers: number }>(
      `select tenant_id, staff_fte, volunteers from organisation_profiles where year = $1`,
      [year],
    );
    const reports = await this.stats.query<{ tenant_id: string; on_time: number; last_year: boolean }>(
      `select tenant_id,
              count(*) filter (where period_to >= $1 and period_to < $2 and published_at <= period_to + $4::int)::int as on_time,
              bool_or(type = 'activity' and period_to >= $3 and period_to < $1) as last_year
         from reports where published_at is not null group by tenant_id`,
      [from, to, lastFrom, onTimeDays],
    );
    const byTenant = <T extends { tenant_id: string }>(rows: T[]) =>
      new Map(rows.map((row) => [row.tenant_id, row]));
    const activityOf = byTenant(activity);
    const profileOf = byTenant(profiles);
    const reportsOf = byTenant(reports);
    // Grouped once: filtering the spending rows per organisation made this quadratic in organisations.
    const spendingOf = groupBy(spending, (row) => row.tenant_id);
    return organisations.map((organisation) => {
      const spendByKind = new Map<string, number>();
      let quantity = 0;
      for (const row of spendingOf.get(organisation.id) ?? []) {
        spendByKind.set(row.funding_kind, Number(row.spend));
        quantity += Number(row.quantity);
      }
      return {
        id: organisation.id,
        region: organisation.region_code,
        people: activityOf.get(organisation.id)?.people ?? 0,
        activeLastYear: activityOf.get(organisation.id)?.last_year ?? false,
        quantity,
        spendByKind,
        staffFte: Number(profileOf.get(organisation.id)?.staff_fte ?? 0),
        volunteers: profileOf.get(organisation.id)?.volunteers ?? 0,
        reportsOnTime: reportsOf.get(organisation.id)?.on_time ?? 0,
        annualReportLastYear: reportsOf.get(organisation.id)?.last_year ?? false,
      };
    });
  }
}
