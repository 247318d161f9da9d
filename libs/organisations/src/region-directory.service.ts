import { decodeCursor, DomainError, Page, toPage } from '@careledger/common';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface RegionSummary {
  code: string;
  isoCode: string | null;
  nameEn: string;
  nameRu: string;
  federalDistrict: string;
  population: number | null;
  populationYear: number | null;
  organisations: number;
  /** its square on the tile-grid map (1-based, from the west and the north); null for a region without one */
  grid: { col: number; row: number } | null;
}

/** An organisation as a region's public page lists it. */
export interface RegionOrganisation {
  id: string;
  name: string;
  legalForm: string | null;
  verifiedAt: string;
}

interface RegionRow {
  code: string;
  iso_code: string | null;
  name_en: string;
  name_ru: string;
  federal_district: string;
  population: number | null;
  population_year: number | null;
  organisations: number;
  grid_col: number | null;
  grid_row: number | null;
}

/** Public list of regions: reference data with the latest population and active organisations per region. */
@Injectable()
export class RegionDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async list(limit: number, cursor?: string): Promise<Page<RegionSummary>> {
    // a region's code is both its sort key and its id
    const after = decodeCursor(cursor, 'text', 'text');
    const rows: RegionRow[] = await this.dataSource.query(
      `select r.code, r.iso_code, r.name_en, r.name_ru, r.federal_district, r.grid_col, r.grid_row,
              p.population, p.year as population_year,
              (select count(*)::int from counted_organisations o where o.region_code = r.code) as organisations
         from regions r
         left join lateral (
           select population, year from region_populations where region_code = r.code order by year desc limit 1
         ) p on true
        where $1::text is null or r.code > $1
        order by r.code
        limit $2`,
      [after?.key ?? null, limit + 1],
    );
    return toPage(
      rows,
      limit,
      (row) => ({ key: row.code, id: row.code }),
      (row) => ({
        code: row.code,
        isoCode: row.iso_code,
        nameEn: row.name_en,
        nameRu: row.name_ru,
        federalDistrict: row.federal_district,
        population: row.population,
        populationYear: row.population_year,
        organisations: row.organisations,
        grid: row.grid_col === null ? null : { col: row.grid_col, row: row.grid_row as number },
      }),
    );
  }

  /**
   * The region's organisations that count in public figures (verified and active: `counted_organisations`),
   * by name; 404 for a code that is not a region.
   */
  async organisations(code: string, limit: number, cursor?: string): Promise<Page<RegionOrganisation>> {
    if (!(await this.exists(code))) throw DomainError.notFound('region');
    const after = decodeCursor(cursor, 'text');
    const rows: { id: string; name: string; legal_form: string | null; verified_at: Date }[] =
      await this.dataSource.query(
        `select id, name, legal_form, verified_at from counted_organisations
          where region_code = $1 and ($2::text is null or (name, id) > ($2, $3::uuid))
          order by name, id limit $4`,
        [code, after?.key ?? null, after?.id ?? null, limit + 1],
      );
    return toPage(
      rows,
      limit,
      (row) => ({ key: row.name, id: row.id }),
      (row) => ({
        id: row.id,
        name: row.name,
        legalForm: row.legal_form,
        verifiedAt: row.verified_at.toISOString(),
      }),
    );
  }

  async exists(code: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`select 1 from regions where code = $1`, [code]);
    return rows.length > 0;
  }
}
