import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A secret record key per beneficiary for the cell key method (docs/statistics.md): a whole number drawn
 * uniformly from [0, 2^32) when the row is inserted. The per-beneficiary monthly rollup carries a copy,
 * so the statistics role, which has no grant on beneficiaries, can sum the keys of a cell's contributors.
 *
 * Existing beneficiaries draw their key from the column default; existing rollup rows then copy it,
 * organisation by organisation with the tenant bound (forced row-level security applies to the owner).
 */
export class RecordKeys1795800000800 implements MigrationInterface {
  name = 'RecordKeys1795800000800';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // A function, not the expression itself, so the column default reads the same in the entity.
    await queryRunner.query(
      `CREATE FUNCTION random_record_key() RETURNS bigint LANGUAGE sql VOLATILE
         AS $$ select floor(random() * 4294967296)::bigint $$`,
    );
    await queryRunner.query(
      `ALTER TABLE "beneficiaries" ADD "record_key" bigint NOT NULL DEFAULT random_record_key()`,
    );
    await queryRunner.query(`ALTER TABLE "care_monthly_beneficiary_rollups" ADD "record_key" bigint`);
    const organisations: { id: string }[] = await queryRunner.query(`select id from organisations`);
    for (const { id } of organisations) {
      await queryRunner.query(`select set_config('app.tenant_id', $1, true)`, [id]);
      await queryRunner.query(
        `update care_monthly_beneficiary_rollups m set record_key = b.record_key
           from beneficiaries b
          where m.tenant_id = $1 and b.tenant_id = m.tenant_id and b.id = m.beneficiary_id`,
        [id],
      );
    }
    await queryRunner.query(`select set_config('app.tenant_id', '', true)`);
    await queryRunner.query(
      `ALTER TABLE "care_monthly_beneficiary_rollups" ALTER COLUMN "record_key" SET NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "care_monthly_beneficiary_rollups" DROP COLUMN "record_key"`);
    await queryRunner.query(`ALTER TABLE "beneficiaries" DROP COLUMN "record_key"`);
    await queryRunner.query(`DROP FUNCTION random_record_key()`);
  }
}
