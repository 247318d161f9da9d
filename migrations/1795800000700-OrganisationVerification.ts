import { loadConfig } from '@careledger/config';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Only organisations a platform admin has verified (registry numbers checked, region confirmed) count in
 * public statistics and the league; `counted_organisations` is the one place that rule is spelt, and
 * every public and league query reads organisations through it.
 *
 * Organisations that exist when this runs are marked verified as of their creation: before self-service
 * registration was opened to the public they were created by the operator (the demo data and the
 * synthetic ledger), so they already are what verification vouches for. Registrations after this start
 * unverified.
 */
export class OrganisationVerification1795800000700 implements MigrationInterface {
  name = 'OrganisationVerification1795800000700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const stats = `"${loadConfig().DATABASE_STATS_ROLE}"`;
    await queryRunner.query(`ALTER TABLE "organisations" ADD "verified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "organisations" SET "verified_at" = "created_at"`);
    await queryRunner.query(
      `CREATE VIEW "counted_organisations" AS
         SELECT id, name, region_code, legal_form, created_at, verified_at
           FROM "organisations" WHERE status = 'active' AND verified_at IS NOT NULL`,
    );
    await queryRunner.query(`GRANT SELECT ON "counted_organisations" TO ${stats}`);
    await queryRunner.query(`GRANT SELECT (verified_at) ON "organisations" TO ${stats}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "counted_organisations"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "verified_at"`);
  }
}
