import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency-Keys are scoped per caller as well as per organisation (a tenant table as before). Keys
 * written before cannot be attributed to a caller: they are kept as `unattributed`, match no request,
 * and go with the nightly purge within 24 hours.
 */
export class IdempotencyKeysPerCaller1795800000600 implements MigrationInterface {
  name = 'IdempotencyKeysPerCaller1795800000600';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "idempotency_keys" ADD "caller" text NOT NULL DEFAULT 'unattributed'`,
    );
    await queryRunner.query(`ALTER TABLE "idempotency_keys" ALTER COLUMN "caller" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "idempotency_keys" DROP CONSTRAINT "PK_b5c6db50392003e35d51ef7aba7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "idempotency_keys" ADD CONSTRAINT "PK_b24d025836b876b52c4a276fc04" PRIMARY KEY ("tenant_id", "caller", "key")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "idempotency_keys" DROP CONSTRAINT "PK_b24d025836b876b52c4a276fc04"`,
    );
    // Two callers may hold the same key now: one organisation-wide key cannot keep both.
    await queryRunner.query(`TRUNCATE "idempotency_keys"`);
    await queryRunner.query(
      `ALTER TABLE "idempotency_keys" ADD CONSTRAINT "PK_b5c6db50392003e35d51ef7aba7" PRIMARY KEY ("tenant_id", "key")`,
    );
    await queryRunner.query(`ALTER TABLE "idempotency_keys" DROP COLUMN "caller"`);
  }
}
