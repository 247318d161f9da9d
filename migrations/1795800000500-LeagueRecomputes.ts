import { loadConfig } from '@careledger/config';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * League recomputes asked for through an outbox, with their state as a row:
 * - `platform_outbox`, a global table (no tenant: platform jobs such as a league recompute belong to no
 *   organisation). Beside the tenant outbox rather than inside it, so that outbox keeps its key and its
 *   row-level security as they are; it holds job names, ids and years only.
 * - `league_recomputes`, global: a platform admin's request and its state. Nobody deletes one.
 */
export class LeagueRecomputes1795800000500 implements MigrationInterface {
  name = 'LeagueRecomputes1795800000500';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const app = loadConfig().DATABASE_APP_ROLE;
    await queryRunner.query(
      `CREATE TABLE "platform_outbox" ("id" uuid NOT NULL, "queue" text NOT NULL, "job_name" text NOT NULL, "job_id" text NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_56e0441662c51ab5d0920735a03" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_77446e4be529cd445f8177a53b" ON "platform_outbox"  ("created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "league_recomputes" ("id" uuid NOT NULL, "year" smallint NOT NULL, "status" text NOT NULL DEFAULT 'requested', "requested_by" uuid, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "failure_reason" text, CONSTRAINT "PK_328d986855040e419081aca6985" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3d9a14842255f7a268f8b763a7" ON "league_recomputes"  ("status", "requested_at") `,
    );
    await queryRunner.query(`REVOKE DELETE ON "league_recomputes" FROM "${app}"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_3d9a14842255f7a268f8b763a7"`);
    await queryRunner.query(`DROP TABLE "league_recomputes"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_77446e4be529cd445f8177a53b"`);
    await queryRunner.query(`DROP TABLE "platform_outbox"`);
  }
}
