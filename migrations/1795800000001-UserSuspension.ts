import { MigrationInterface, QueryRunner } from 'typeorm';

/** A platform admin can suspend an account: its sessions end and it cannot sign in until reinstated. */
export class UserSuspension1795800000001 implements MigrationInterface {
  name = 'UserSuspension1795800000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "suspended_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "suspended_at"`);
  }
}
