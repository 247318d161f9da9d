import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What verification and traceable schedules need:
 * - `fingerprint_read`: a transaction marked `app.fingerprint` reads every organisation's reports,
 *   read-only, so verify can tell a genuine unpublished or withdrawn file from an unknown one; the
 *   code in it selects one report by its SHA-256 or id and answers only what a holder of the file may
 *   learn (see PublicReportsService).
 * - `report_schedules.funding_source_id`: a funding-source schedule names its source; one activity
 *   schedule per organisation, one funding-source schedule per source.
 * - `reports.schedule_id`: the schedule that requested a report (no foreign key: a published report
 *   is immutable and keeps the id after its schedule is removed).
 */
export class ReportVerificationAndSchedules1795800001000 implements MigrationInterface {
  name = 'ReportVerificationAndSchedules1795800001000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE POLICY fingerprint_read ON "reports" FOR SELECT USING (current_setting('app.fingerprint', true) = 'on')`,
    );
    await queryRunner.query(`ALTER TABLE "reports" ADD "schedule_id" uuid`);
    await queryRunner.query(`ALTER TABLE "report_schedules" ADD "funding_source_id" uuid`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d9df843429b4ba82cc0ac37c49"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_53c4c1c465c888b42d3d1368bd" ON "report_schedules" ("tenant_id", "type") WHERE funding_source_id IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_423386058a79013195f2ce7cf3" ON "report_schedules" ("tenant_id", "type", "funding_source_id") WHERE funding_source_id IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_schedules" ADD CONSTRAINT "FK_f9de2273ffb0cb69837af85e322" FOREIGN KEY ("tenant_id", "funding_source_id") REFERENCES "funding_sources"("tenant_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "report_schedules" DROP CONSTRAINT "FK_f9de2273ffb0cb69837af85e322"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_423386058a79013195f2ce7cf3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_53c4c1c465c888b42d3d1368bd"`);
    await queryRunner.query(`DELETE FROM "report_schedules" WHERE "type" = 'funding_source'`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d9df843429b4ba82cc0ac37c49" ON "report_schedules" ("tenant_id", "type") `,
    );
    await queryRunner.query(`ALTER TABLE "report_schedules" DROP COLUMN "funding_source_id"`);
    await queryRunner.query(`ALTER TABLE "reports" DROP COLUMN "schedule_id"`);
    await queryRunner.query(`DROP POLICY fingerprint_read ON "reports"`);
  }
}
