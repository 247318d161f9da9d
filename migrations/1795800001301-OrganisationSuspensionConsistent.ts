import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An organisation is suspended exactly when it records since when: the guard that refuses writes and the
 * public reports read `suspended_at`, the platform list reads `status`, and neither may say otherwise.
 */
export class OrganisationSuspensionConsistent1795800001301 implements MigrationInterface {
  name = 'OrganisationSuspensionConsistent1795800001301';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD CONSTRAINT "CHK_organisations_suspension" CHECK (("status" = 'suspended') = ("suspended_at" IS NOT NULL))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisations" DROP CONSTRAINT "CHK_organisations_suspension"`);
  }
}
