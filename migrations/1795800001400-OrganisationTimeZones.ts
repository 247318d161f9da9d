import { projectPath } from '@careledger/database';
import { readFileSync } from 'node:fs';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each region's IANA time zone, from the reference data (libs/regions/data/ru-regions.csv). */
function regionTimeZones(): { code: string; timeZone: string }[] {
  const [header, ...lines] = readFileSync(projectPath('libs/regions/data/ru-regions.csv'), 'utf8')
    .trim()
    .split(/\r?\n/);
  const columns = header.split(',');
  const code = columns.indexOf('subject_code');
  const timeZone = columns.indexOf('iana_time_zone');
  return lines.map((line) => {
    const values = line.split(',');
    return { code: values[code], timeZone: values[timeZone] };
  });
}

/**
 * Every organisation keeps its days and months in a time zone of its own (an IANA name): its region's
 * unless its admin changes it. Each region gets its IANA zone (the `timezone` column only says "UTC+3");
 * existing organisations take their region's, and a trigger gives a new organisation its region's zone
 * when the insert names none, whoever inserts it.
 */
export class OrganisationTimeZones1795800001400 implements MigrationInterface {
  name = 'OrganisationTimeZones1795800001400';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const zones = regionTimeZones();
    await queryRunner.query(`ALTER TABLE "regions" ADD "iana_time_zone" text`);
    await queryRunner.query(
      `UPDATE regions r SET iana_time_zone = z.zone
         FROM unnest($1::char(2)[], $2::text[]) AS z(code, zone) WHERE r.code = z.code`,
      [zones.map((zone) => zone.code), zones.map((zone) => zone.timeZone)],
    );
    await queryRunner.query(
      `UPDATE regions SET iana_time_zone = 'Europe/Moscow' WHERE iana_time_zone IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "regions" ALTER COLUMN "iana_time_zone" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "organisations" ADD "time_zone" text`);
    await queryRunner.query(
      `UPDATE organisations o SET time_zone = r.iana_time_zone FROM regions r WHERE r.code = o.region_code`,
    );
    await queryRunner.query(`ALTER TABLE "organisations" ALTER COLUMN "time_zone" SET NOT NULL`);
    await queryRunner.query(
      `CREATE FUNCTION organisation_time_zone_default() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.time_zone IS NULL THEN
           SELECT iana_time_zone INTO NEW.time_zone FROM regions WHERE code = NEW.region_code;
         END IF;
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER organisation_time_zone_default BEFORE INSERT ON organisations
       FOR EACH ROW EXECUTE FUNCTION organisation_time_zone_default()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER organisation_time_zone_default ON organisations`);
    await queryRunner.query(`DROP FUNCTION organisation_time_zone_default()`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "time_zone"`);
    await queryRunner.query(`ALTER TABLE "regions" DROP COLUMN "iana_time_zone"`);
  }
}
