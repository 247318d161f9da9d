import { DomainError } from '@careledger/common';
import { StatisticsReader } from '@careledger/database';
import { ratioCell, roundedCell } from '@careledger/disclosure';
import { Injectable } from '@nestjs/common';
import { ProtectedRegionSet, Published, PublishedFigures, Publisher, Scope } from './region-set.js';
import { RegionSetService } from './region-set.service.js';

export interface RegionStats extends PublishedFigures {
  regionCode: string;
  year: number;
  population: number | null;
  organisations: number;
  spendPerResidentKopecks: Published;
  perOrganisation: ({ organisationId: string; name: string } & PublishedFigures)[];
  perMonth: ({ month: string } & PublishedFigures)[];
  itemsByCategory: {
    category: string;
    beneficiariesServed: Published;
    spendKopecks: Published;
    /** one per unit: quantities of different units are never added */
    quantities: { unit: string; quantity: Published }[];
  }[];
  spendByFundingKind: { fundingKind: string; beneficiariesServed: Published; spendKopecks: Published }[];
  suppressed: string[];
}

export interface AuthorityRegionStats extends RegionStats {
  byOrganisation: {
    organisationId: string;
    name: string;
    beneficiariesServed: Published;
    careEvents: Published;
    spendKopecks: Published;
    months: { month: string; beneficiariesServed: Published; careEvents: Published }[];
  }[];
}

/** A region's published statistics: parts of its one protected set (region-set.ts). */
@Injectable()
export class RegionalStatsService {
  constructor(
    private readonly stats: StatisticsReader,
    private readonly sets: RegionSetService,
  ) {}

  async region(code: string, year: number): Promise<RegionStats> {
    const set = await this.sets.get(code, year);
    const region = await this.regionRow(code, year, set);
    const publish = new Publisher(set);
    return { ...(await this.publicStats(code, year, region, set, publish)), suppressed: publish.suppressed };
  }

  /** The finer view for a regional authority: per organisation and per month, from the same set. */
  async forAuthority(code: string, year: number): Promise<AuthorityRegionStats> {
    const set = await this.sets.get(code, year);
    const region = await this.regionRow(code, year, set);
    const publish = new Publisher(set);
    const stats = await this.publicStats(code, year, region, set, publish);
    const byOrganisation = stats.perOrganisation.map(({ organisationId, name }) => {
      const path = `byOrganisation.${organisationId}`;
      const owner = { organisation: organisationId };
      return {
        organisationId,
        name,
        ...publish.figures(path, owner, ['beneficiariesServed', 'careEvents', 'spendKopecks']),
        months: set.values('month', organisationId).map((month) => ({
          month,
          ...publish.figures(`${path}.months.${month}`, { ...owner, dimension: 'month', value: month }, [
            'beneficiariesServed',
            'careEvents',
          ]),
        })),
      };
    });
    return { ...stats, byOrganisation, suppressed: publish.suppressed };
  }

  private async publicStats(
    code: string,
    year: number,
    region: { population: number | null; organisations: { id: string; name: string }[] },
    set: ProtectedRegionSet,
    publish: Publisher,
  ): Promise<Omit<RegionStats, 'suppressed'>> {
    const spendPerResident = region.population
      ? roundedCell(ratioCell(set.cell({}, 'spendKopecks'), region.population), 2)
      : null;
    return {
      regionCode: code,
      year,
      population: region.population,
      organisations: region.organisations.length,
      ...publish.figures('', {}),
      spendPerResidentKopecks:
        spendPerResident && publish.derived('spendPerResidentKopecks', spendPerResident),
      perOrganisation: region.organisations.map((organisation) => ({
        organisationId: organisation.id,
        name: organisation.name,
        ...publish.figures(`perOrganisation.${organisation.id}`, { organisation: organisation.id }),
      })),
      perMonth: set.values('month').map((month) => ({
        month,
        ...publish.figures(`perMonth.${month}`, { dimension: 'month', value: month }),
      })),
      itemsByCategory: set.values('category').map((category) => {
        const scope: Scope = { dimension: 'category', value: category };
        const path = `itemsByCategory.${category}`;
        return {
          category,
          beneficiariesServed: publish.value(`${path}.beneficiariesServed`, scope, 'beneficiariesServed'),
          spendKopecks: publish.value(`${path}.spendKopecks`, scope, 'spendKopecks'),
          quantities: publish.quantities(path, category),
        };
      }),
      spendByFundingKind: set.values('fundingKind').map((fundingKind) => {
        const scope: Scope = { dimension: 'fundingKind', value: fundingKind };
        const path = `spendByFundingKind.${fundingKind}`;
        return {
          fundingKind,
          beneficiariesServed: publish.value(`${path}.beneficiariesServed`, scope, 'beneficiariesServed'),
          spendKopecks: publish.value(`${path}.spendKopecks`, scope, 'spendKopecks'),
        };
      }),
    };
  }

  /**
   * The region's population and the organisations of its set, by name: one verified after the set was
   * built enters at the next build, one suspended since is left out.
   */
  private async regionRow(code: string, year: number, set: ProtectedRegionSet) {
    const [region] = await this.stats.query<{ population: number | null }>(
      `select (select population from region_populations p where p.region_code = r.code and p.year <= $2 order by p.year desc limit 1) as population
         from regions r where r.code = $1`,
      [code, year],
    );
    if (!region) throw DomainError.notFound('region');
    const organisations = await this.stats.query<{ id: string; name: string }>(
      `select id, name from counted_organisations where id = any($1::uuid[]) order by name, id`,
      [set.organisations],
    );
    return { population: region.population, organisations };
  }
}
