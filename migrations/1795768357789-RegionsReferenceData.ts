import { projectPath } from '@careledger/database';
import { readFileSync } from 'node:fs';
import { MigrationInterface, QueryRunner } from 'typeorm';

interface RegionRow {
  subject_code: string;
  iso_3166_2: string;
  name_en: string;
  name_ru: string;
  federal_district: string;
  timezone: string;
  population_2020: string;
}

/** Plain CSV (the file quotes no field); the header row names the columns. */
function readRegions(): RegionRow[] {
  const [header, ...lines] = readFileSync(projectPath('libs/regions/data/ru-regions.csv'), 'utf8')
    .trim()
    .split(/\r?\n/);
  const columns = header.split(',');
  return lines.map(
    (line) =>
      Object.fromEntries(line.split(',').map((value, i) => [columns[i], value])) as unknown as RegionRow,
  );
}

/** Loads the 85 federal subjects and their 2020 population from libs/regions/data/ru-regions.csv. */
export class RegionsReferenceData1795768357789 implements MigrationInterface {
  name = 'RegionsReferenceData1795768357789';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const regions = readRegions();
    await queryRunner.query(
      `INSERT INTO regions (code, iso_code, name_en, name_ru, federal_district, timezone)
       SELECT * FROM unnest($1::char(2)[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
       ON CONFLICT (code) DO NOTHING`,
      [
        regions.map((r) => r.subject_code),
        regions.map((r) => r.iso_3166_2),
        regions.map((r) => r.name_en),
        regions.map((r) => r.name_ru),
        regions.map((r) => r.federal_district),
        regions.map((r) => r.timezone),
      ],
    );
    await queryRunner.query(
      `INSERT INTO region_populations (region_code, year, population, source)
       SELECT code, 2020, population, 'Rosstat, 1 January 2020' FROM unnest($1::char(2)[], $2::int[]) AS t(code, population)
       ON CONFLICT DO NOTHING`,
      [regions.map((r) => r.subject_code), regions.map((r) => Number(r.population_2020))],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM region_populations WHERE year = 2020`);
    await queryRunner.query(`DELETE FROM regions`);
  }
}
