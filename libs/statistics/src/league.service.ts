import { DomainError, groupBy, TtlCache } from '@careledger/common';
import { AppConfig } from '@careledger/config';
import { StatisticsReader } from '@careledger/database';
import {
  computeLeague,
  currentMethodology,
  ExternalValues,
  externalIndicatorNames,
  IndicatorId,
  IndicatorInput,
  inputsCsv,
  LeagueResult,
  Methodology,
  methodologyV1,
  methodologyV2,
  publishedLeague,
  RecomputationGuide,
  recomputationGuide,
  REGISTERED_CSOS_INDICATOR,
  RegionInput,
  resultsCsv,
  withExternalIndicators,
} from '@careledger/league';
import { Injectable } from '@nestjs/common';
import { ProtectedCell, ratioCell } from '@careledger/disclosure';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { yearRange } from './metrics.service.js';
import { ProtectedRegionSet } from './region-set.js';
import { RegionSetService } from './region-set.service.js';

export const methodologies: Record<number, Methodology> = { 1: methodologyV1, 2: methodologyV2 };
/** New computations and readers who name no version get this one; older snapshots keep theirs. */
const currentVersion = currentMethodology.version;

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
 * Indicators about people, money and quantities come from the region's protected set (the figures the
 * region page publishes), so inputs.csv tells nothing the statistics withhold: a withheld cell makes
 * its indicator missing. Indicators that count organisations are about organisations, not people.
 */
function perCapitaCell(cell: ProtectedCell, population: number | null, per: number): IndicatorInput | null {
  if (!population) return null;
  const { value } = ratioCell(cell, population, per);
  return value === null ? null : { value };
}

/** The share of the region's published spend under some funding kinds; missing when any part is withheld. */
function spendShare(set: ProtectedRegionSet, kinds: Set<string>, n: number): IndicatorInput | null {
  const total = set.cell({}, 'spendKopecks').value;
  const parts = set
    .values('fundingKind')
    .filter((kind) => kinds.has(kind))
    .map((kind) => set.cell({ dimension: 'fundingKind', value: kind }, 'spendKopecks').value);
  if (total === null || parts.some((part) => part === null)) return null;
  return share(
    parts.reduce<number>((sum, part) => sum + (part ?? 0), 0),
    total,
    n,
  );
}

/** An organisation's published spend by funding kind; null when any of it is withheld. */
function publishedSpendByKind(set: ProtectedRegionSet, organisation: string): Map<string, number> | null {
  const spend = new Map<string, number>();
  for (const kind of set.values('fundingKind', organisation)) {
    const { value } = set.cell({ organisation, dimension: 'fundingKind', value: kind }, 'spendKopecks');
    if (value === null) return null;
    spend.set(kind, value);
  }
  return spend;
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
    private readonly sets: RegionSetService,
    config: AppConfig,
  ) {
    this.published = new TtlCache(config.PUBLIC_STATS_CACHE_SECONDS * 1000);
  }

  methodology(version = currentVersion): Methodology {
    const methodology = methodologies[version];
    if (!methodology) throw DomainError.notFound(`methodology version ${version}`);
    return methodology;
  }

  /** The methodology as published: its data plus everything a recomputation from inputs.csv needs. */
  publishedMethodology(version = currentVersion): Methodology & { recomputation: RecomputationGuide } {
    const methodology = this.methodology(version);
    return { ...methodology, recomputation: recomputationGuide(methodology) };
  }

  async inputsCsv(year: number, version = currentVersion): Promise<string> {
    return inputsCsv((await this.latestPublished(year, version)).inputs, this.methodology(version));
  }

  async resultsCsv(year: number, version = currentVersion): Promise<string> {
    return resultsCsv((await this.latestPublished(year, version)).result, this.methodology(version));
  }

  async recompute(year: number, version = currentVersion): Promise<LeagueSnapshotView> {
    const methodology = this.methodology(version);
    const inputs = withExternalIndicators(
      methodology,
      await this.inputs(year),
      await this.externalValues(year, externalIndicatorNames(methodology)),
    );
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
  latestPublished(year: number, version = currentVersion): Promise<LeagueSnapshotView> {
    return this.published.get(`${year}:${version}`, async () => {
      const snapshot = await this.latest(year, version);
      return { ...snapshot, ...publishedLeague(snapshot.inputs, snapshot.result) };
    });
  }

  /** The latest year a table has been computed for; 404 when none has been yet. */
  async latestYear(version = currentVersion): Promise<number> {
    this.methodology(version);
    const [row]: { year: number }[] = await this.dataSource.query(
      `select max(year) as year from league_snapshots where methodology_version = $1`,
      [version],
    );
    if (row?.year == null) throw DomainError.notFound('league table (none computed yet)');
    return row.year;
  }

  /** The newest snapshot; 404 when the year has not been computed yet. */
  async latest(year: number, version = currentVersion): Promise<LeagueSnapshotView> {
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
    const sets = new Map<string, ProtectedRegionSet>();
    for (const region of regions) sets.set(region.code, await this.sets.get(region.code, year));
    return regions.map((region) => {
      const set = sets.get(region.code) as ProtectedRegionSet;
      const inRegion = organisationsIn.get(region.code) ?? [];
      const active = inRegion.filter((organisation) => organisation.people > 0);
      const activeLastYear = inRegion.filter((organisation) => organisation.activeLastYear);
      const withState = active.filter((organisation) =>
        [...organisation.spendByKind].some(([kind, spend]) => stateKinds.has(kind) && spend > 0),
      );
      const diversifications = active
        .map((organisation) => publishedSpendByKind(set, organisation.id))
        .map((spendByKind) => spendByKind && diversification(spendByKind))
        .filter((value): value is number => value !== null);
      const sum = (pick: (organisation: OrgFacts) => number) =>
        active.reduce((total, organisation) => total + pick(organisation), 0);
      const indicators: Partial<Record<IndicatorId, IndicatorInput | null>> = {
        A1: perCapita(active.length, region.population, 100_000),
        A2: perCapitaCell(set.cell({}, 'beneficiariesServed'), region.population, 10_000),
        A3: perCapitaCell(set.cell({}, 'itemsDelivered'), region.population, 1_000),
        B1: perCapitaCell(set.cell({}, 'spendKopecks'), region.population, 1 / 100),
        // B2 needs each CSO's total expenditure, which the platform does not record yet: missing, not zero.
        B2: null,
        C1: diversifications.length
          ? { value: median(diversifications) as number, n: diversifications.length }
          : null,
        C2: share(withState.length, active.length, active.length),
        C3: spendShare(set, ownIncomeKinds, active.length),
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

  /** The uploaded external indicators a methodology scores, each the latest year up to `year`. */
  private async externalValues(year: number, indicators: string[]): Promise<ExternalValues> {
    const rows = await this.stats.query<{ indicator: string; region_code: string; value: string }>(
      `select distinct on (indicator, region_code) indicator, region_code, value from external_indicators
        where indicator = any($2) and year <= $1 order by indicator, region_code, year desc`,
      [year, indicators],
    );
    const values = new Map<string, Map<string, number>>();
    for (const row of rows) {
      values.set(
        row.indicator,
        (values.get(row.indicator) ?? new Map()).set(row.region_code, Number(row.value)),
      );
    }
    return values;
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
    }>(
      `select tenant_id, funding_kind, sum(spend_kopecks) as spend
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
      for (const row of spendingOf.get(organisation.id) ?? []) {
        spendByKind.set(row.funding_kind, Number(row.spend));
      }
      return {
        id: organisation.id,
        region: organisation.region_code,
        people: activityOf.get(organisation.id)?.people ?? 0,
        activeLastYear: activityOf.get(organisation.id)?.last_year ?? false,
        spendByKind,
        staffFte: Number(profileOf.get(organisation.id)?.staff_fte ?? 0),
        volunteers: profileOf.get(organisation.id)?.volunteers ?? 0,
        reportsOnTime: reportsOf.get(organisation.id)?.on_time ?? 0,
        annualReportLastYear: reportsOf.get(organisation.id)?.last_year ?? false,
      };
    });
  }
}
