import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each care line keeps the unit it was counted in, as it keeps its category and funding kind
 * (1795800000601): the rollups keep units apart (1795800001401), and a void must take a line back from
 * the cell it was counted in even after its item's unit changed. Existing lines take their item's unit,
 * the one the rollups counted them in. A trigger fills in the item's unit when an insert names none,
 * whoever inserts the line; a reversal copies its original's.
 */
export class CareLinesCountedInUnit1795800001402 implements MigrationInterface {
  name = 'CareLinesCountedInUnit1795800001402';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "care_lines" ADD "unit" text`);
    const organisations: { id: string }[] = await queryRunner.query(`select id from organisations`);
    for (const { id } of organisations) {
      await queryRunner.query(`select set_config('app.tenant_id', $1, true)`, [id]);
      await queryRunner.query(
        `update care_lines l set unit = i.unit from items i
          where l.tenant_id = $1 and i.tenant_id = l.tenant_id and i.id = l.item_id`,
        [id],
      );
    }
    await queryRunner.query(`select set_config('app.tenant_id', '', true)`);
    await queryRunner.query(`ALTER TABLE "care_lines" ALTER COLUMN "unit" SET NOT NULL`);
    await queryRunner.query(
      `CREATE FUNCTION care_line_unit_default() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.unit IS NULL THEN
           SELECT unit INTO NEW.unit FROM items WHERE tenant_id = NEW.tenant_id AND id = NEW.item_id;
         END IF;
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER care_line_unit_default BEFORE INSERT ON care_lines
       FOR EACH ROW EXECUTE FUNCTION care_line_unit_default()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER care_line_unit_default ON care_lines`);
    await queryRunner.query(`DROP FUNCTION care_line_unit_default()`);
    await queryRunner.query(`ALTER TABLE "care_lines" DROP COLUMN "unit"`);
  }
}
