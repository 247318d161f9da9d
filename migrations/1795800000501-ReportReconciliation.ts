import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the worker's reconciler needs to end every report:
 * - `reports.started_at`: when the latest render began, so a stall can be measured.
 * - `reconciler_read`: a transaction marked `app.reconciler` reads every organisation's reports,
 *   read-only (it selects ids and states); a report is changed only inside its own tenant transaction.
 */
export class ReportReconciliation1795800000501 implements MigrationInterface {
  name = 'ReportReconciliation1795800000501';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reports" ADD "started_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE POLICY reconciler_read ON "reports" FOR SELECT USING (current_setting('app.reconciler', true) = 'on')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY reconciler_read ON "reports"`);
    await queryRunner.query(`ALTER TABLE "reports" DROP COLUMN "started_at"`);
  }
}
