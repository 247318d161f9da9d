import { loadConfig } from '@careledger/config';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables that hold one tenant's rows. Every one gets forced row-level security with a fail-closed policy. */
const tenantTables = ['organisation_profiles', 'api_keys', 'audit_log', 'outbox'];

const currentTenant = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

export class TenantIsolation1795768357788 implements MigrationInterface {
  name = 'TenantIsolation1795768357788';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const app = loadConfig().DATABASE_APP_ROLE;
    for (const table of tenantTables) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY tenant_isolation ON "${table}" USING (tenant_id = ${currentTenant}) WITH CHECK (tenant_id = ${currentTenant})`,
      );
    }
    // The outbox relay hands every tenant's jobs to the queue. It marks its own transaction with
    // app.outbox_relay and may then read and delete outbox rows (ids only, no personal data), never insert.
    await queryRunner.query(
      `CREATE POLICY outbox_relay_read ON "outbox" FOR SELECT USING (current_setting('app.outbox_relay', true) = 'on')`,
    );
    await queryRunner.query(
      `CREATE POLICY outbox_relay_delete ON "outbox" FOR DELETE USING (current_setting('app.outbox_relay', true) = 'on')`,
    );
    await queryRunner.query(
      `CREATE POLICY outbox_relay_update ON "outbox" FOR UPDATE USING (current_setting('app.outbox_relay', true) = 'on')`,
    );
    // The audit log is append-only for the application.
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_log" FROM "${app}"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const app = loadConfig().DATABASE_APP_ROLE;
    await queryRunner.query(`GRANT UPDATE, DELETE ON "audit_log" TO "${app}"`);
    for (const policy of ['outbox_relay_read', 'outbox_relay_delete', 'outbox_relay_update']) {
      await queryRunner.query(`DROP POLICY ${policy} ON "outbox"`);
    }
    for (const table of tenantTables) {
      await queryRunner.query(`DROP POLICY tenant_isolation ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
  }
}
