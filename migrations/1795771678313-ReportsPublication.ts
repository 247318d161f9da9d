import { MigrationInterface, QueryRunner } from 'typeorm';

const tenantTables = ['reports', 'report_file_chunks', 'report_schedules'];
const currentTenant = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * Reports under the tenant policy, plus what the public may see: a transaction marked `app.public`
 * reads published reports and their files, and nothing else. Published reports are immutable.
 */
export class ReportsPublication1795771678313 implements MigrationInterface {
  name = 'ReportsPublication1795771678313';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of tenantTables) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY tenant_isolation ON "${table}" USING (tenant_id = ${currentTenant}) WITH CHECK (tenant_id = ${currentTenant})`,
      );
    }
    await queryRunner.query(
      `CREATE POLICY published_read ON "reports" FOR SELECT
         USING (published_at IS NOT NULL AND current_setting('app.public', true) = 'on')`,
    );
    await queryRunner.query(
      `CREATE POLICY published_read ON "report_file_chunks" FOR SELECT
         USING (current_setting('app.public', true) = 'on' AND EXISTS (
           SELECT 1 FROM reports r WHERE r.tenant_id = report_file_chunks.tenant_id AND r.id = report_file_chunks.report_id
             AND r.published_at IS NOT NULL))`,
    );
    // The scheduler looks at every organisation's schedules (types and cadences only).
    await queryRunner.query(
      `CREATE POLICY scheduler_read ON "report_schedules" FOR SELECT USING (current_setting('app.scheduler', true) = 'on')`,
    );
    await queryRunner.query(`
      CREATE FUNCTION refuse_change_to_published_report() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'report % is published and cannot change', OLD.id USING ERRCODE = 'check_violation';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER published_report_is_immutable BEFORE UPDATE OR DELETE ON "reports"
         FOR EACH ROW WHEN (OLD.published_at IS NOT NULL) EXECUTE FUNCTION refuse_change_to_published_report()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION refuse_change_to_published_file() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM reports r WHERE r.tenant_id = COALESCE(OLD.tenant_id, NEW.tenant_id)
                     AND r.id = COALESCE(OLD.report_id, NEW.report_id) AND r.published_at IS NOT NULL) THEN
          RAISE EXCEPTION 'the file of a published report cannot change' USING ERRCODE = 'check_violation';
        END IF;
        RETURN COALESCE(NEW, OLD);
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER published_file_is_immutable BEFORE INSERT OR UPDATE OR DELETE ON "report_file_chunks"
         FOR EACH ROW EXECUTE FUNCTION refuse_change_to_published_file()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER published_file_is_immutable ON "report_file_chunks"`);
    await queryRunner.query(`DROP FUNCTION refuse_change_to_published_file()`);
    await queryRunner.query(`DROP TRIGGER published_report_is_immutable ON "reports"`);
    await queryRunner.query(`DROP FUNCTION refuse_change_to_published_report()`);
    await queryRunner.query(`DROP POLICY scheduler_read ON "report_schedules"`);
    await queryRunner.query(`DROP POLICY published_read ON "report_file_chunks"`);
    await queryRunner.query(`DROP POLICY published_read ON "reports"`);
    for (const table of tenantTables) {
      await queryRunner.query(`DROP POLICY tenant_isolation ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
  }
}
