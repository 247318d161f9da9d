import { loadConfig } from '@careledger/config';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** The care ledger's tenant tables: forced row-level security with the fail-closed tenant policy. */
const tenantTables = [
  'funding_sources',
  'items',
  'stock_movements',
  'stock_balances',
  'beneficiaries',
  'beneficiary_personal_data',
  'consents',
  'care_events',
  'care_lines',
  'needs',
  'care_daily_rollups',
  'care_monthly_beneficiary_rollups',
  'stock_daily_rollups',
  'idempotency_keys',
];

/** The ledgers are append-only for the application: corrections are new rows, never edits. */
const appendOnlyTables = ['stock_movements', 'care_events', 'care_lines'];

/** Aggregates the statistics role may read across tenants; it has no grant on anything personal. */
const aggregateTables = ['care_daily_rollups', 'care_monthly_beneficiary_rollups', 'stock_daily_rollups'];

const currentTenant = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

export class CareLedgerIsolation1795770786764 implements MigrationInterface {
  name = 'CareLedgerIsolation1795770786764';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const { DATABASE_APP_ROLE: app, DATABASE_STATS_ROLE: stats } = loadConfig();
    for (const table of tenantTables) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY tenant_isolation ON "${table}" USING (tenant_id = ${currentTenant}) WITH CHECK (tenant_id = ${currentTenant})`,
      );
    }
    for (const table of appendOnlyTables) {
      await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "${table}" FROM "${app}"`);
    }
    for (const table of aggregateTables) {
      await queryRunner.query(`GRANT SELECT ON "${table}" TO "${stats}"`);
      await queryRunner.query(
        `CREATE POLICY statistics_read ON "${table}" FOR SELECT TO "${stats}" USING (true)`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const { DATABASE_APP_ROLE: app, DATABASE_STATS_ROLE: stats } = loadConfig();
    for (const table of aggregateTables) {
      await queryRunner.query(`DROP POLICY statistics_read ON "${table}"`);
      await queryRunner.query(`REVOKE SELECT ON "${table}" FROM "${stats}"`);
    }
    for (const table of appendOnlyTables) {
      await queryRunner.query(`GRANT UPDATE, DELETE ON "${table}" TO "${app}"`);
    }
    for (const table of tenantTables) {
      await queryRunner.query(`DROP POLICY tenant_isolation ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
  }
}
