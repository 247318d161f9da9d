import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A suspension says since when and why: its members read both in the answer to every write they may no
 * longer make, and the public sees a suspended organisation's published reports as withdrawn since then.
 * Organisations suspended before this run are taken as suspended since their last change, with no reason
 * on record.
 */
export class OrganisationSuspensionReason1795800001300 implements MigrationInterface {
  name = 'OrganisationSuspensionReason1795800001300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisations" ADD "suspended_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "organisations" ADD "suspension_reason" text`);
    await queryRunner.query(
      `UPDATE "organisations" SET "suspended_at" = "updated_at" WHERE "status" = 'suspended'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "suspension_reason"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "suspended_at"`);
  }
}
