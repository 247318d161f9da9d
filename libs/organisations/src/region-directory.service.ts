import { decodeCursor, Page, toPage } from '@careledger/common';
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
}

/** Public list of regions: reference data with the latest population and active organisations per region. */
@Injectable()
export class RegionDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async list(limit: number, cursor?: string): Promise<Page<RegionSummary>> {
    // a region's code is both its sort key and its id
    const after = decodeCursor(cursor, 'text', 'text');
    const rows: RegionRow[] = await this.dataSource.query(
      `select r.code, r.iso_code, r.name_en, r.name_ru, r.federal_district,
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
      }),
    );
  }

  async exists(code: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`select 1 from regions where code = $1`, [code]);
    return rows.length > 0;
  }
}
