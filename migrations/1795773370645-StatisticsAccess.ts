import { loadConfig } from '@careledger/config';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the statistics role may read across organisations: reference data, the public columns of
 * organisations, yearly profiles, report dates, the league's own tables, and (granted earlier) the
 * rollups. Nothing that holds personal data: beneficiaries, their personal data, consents and care
 * lines stay out of its reach.
 */
export class StatisticsAccess1795773370645 implements MigrationInterface {
  name = 'StatisticsAccess1795773370645';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const stats = `"${loadConfig().DATABASE_STATS_ROLE}"`;
    await queryRunner.query(
      `GRANT SELECT ON regions, region_populations, external_indicators, league_snapshots TO ${stats}`,
    );
    await queryRunner.query(
      `GRANT SELECT (id, name, region_code, status, legal_form, created_at) ON organisations TO ${stats}`,
    );
    await queryRunner.query(`GRANT SELECT ON organisation_profiles TO ${stats}`);
    await queryRunner.query(
      `CREATE POLICY statistics_read ON organisation_profiles FOR SELECT TO ${stats} USING (true)`,
    );
    await queryRunner.query(
      `GRANT SELECT (tenant_id, id, type, period_from, period_to, status, requested_at, ready_at, published_at) ON reports TO ${stats}`,
    );
    await queryRunner.query(`CREATE POLICY statistics_read ON reports FOR SELECT TO ${stats} USING (true)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const stats = `"${loadConfig().DATABASE_STATS_ROLE}"`;
    await queryRunner.query(`DROP POLICY statistics_read ON reports`);
    await queryRunner.query(`REVOKE SELECT ON reports FROM ${stats}`);
    await queryRunner.query(`DROP POLICY statistics_read ON organisation_profiles`);
    await queryRunner.query(`REVOKE SELECT ON organisation_profiles FROM ${stats}`);
    await queryRunner.query(`REVOKE SELECT ON organisations FROM ${stats}`);
    await queryRunner.query(
      `REVOKE SELECT ON regions, region_populations, external_indicators, league_snapshots FROM ${stats}`,
    );
  }
}
