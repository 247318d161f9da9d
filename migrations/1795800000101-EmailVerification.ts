import { loadConfig } from '@careledger/config';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Proven addresses and the one-time tokens of mailed links (a global table, like users). Every account
 * that exists before this migration counts as verified: it was created by the operator, the demo data
 * or a registration that signed in at once.
 */
export class EmailVerification1795800000101 implements MigrationInterface {
  name = 'EmailVerification1795800000101';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const app = loadConfig().DATABASE_APP_ROLE;
    await queryRunner.query(`ALTER TABLE "users" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "users" SET "email_verified_at" = "created_at"`);
    await queryRunner.query(
      `CREATE TABLE "user_tokens" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "purpose" text NOT NULL, "secret_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_63764db9d9aaa4af33e07b2f4bf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9e144a67be49e5bba91195ef5d" ON "user_tokens"  ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "user_tokens" ADD CONSTRAINT "FK_9e144a67be49e5bba91195ef5de" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Tokens are spent by marking them, never deleted by the application (the FK cascade still works).
    await queryRunner.query(`REVOKE DELETE, TRUNCATE ON "user_tokens" FROM "${app}"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_tokens" DROP CONSTRAINT "FK_9e144a67be49e5bba91195ef5de"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9e144a67be49e5bba91195ef5d"`);
    await queryRunner.query(`DROP TABLE "user_tokens"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "email_verified_at"`);
  }
}
