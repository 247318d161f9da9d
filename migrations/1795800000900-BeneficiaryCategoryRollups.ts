import { loadConfig } from '@careledger/config';
import { MigrationInterface, QueryRunner } from 'typeorm';

const currentTenant = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * One organisation's ($1) category rollup rebuilt from its ledger: a reversal's lines (negated) count on
 * its original's month and cancel it, and neither a voided event nor its reversal counts as an event,
 * as in the daily rollup's rebuild (1795800000601). Exported so a test holds it to the live rollup.
 */
export const categoryRollupsFromLedger = `insert into care_beneficiary_category_rollups
         (tenant_id, month, beneficiary_id, category, funding_kind, record_key, events, quantity, spend_kopecks)
  select $1, date_trunc('month', coalesce(o.occurred_at, e.occurred_at) at time zone 'UTC')::date,
         e.beneficiary_id, l.category, l.funding_kind, b.record_key,
         count(distinct e.id) filter (where e.reverses_event_id is null and not exists (
           select 1 from care_events v where v.tenant_id = e.tenant_id and v.reverses_event_id = e.id)),
         sum(l.quantity), sum(l.cost_kopecks)
    from care_lines l
    join care_events e on e.tenant_id = l.tenant_id and e.id = l.event_id
    left join care_events o on o.tenant_id = e.tenant_id and o.id = e.reverses_event_id
    join beneficiaries b on b.tenant_id = e.tenant_id and b.id = e.beneficiary_id
   where l.tenant_id = $1
   group by 2, 3, 4, 5, 6`;

/**
 * Care per beneficiary × month × item category × funding kind, with the beneficiary's record key: the
 * people behind each category's and funding kind's figures, so statistics can publish them when k or
 * more people are behind them (docs/statistics.md). A tenant table under forced row-level security that
 * the statistics role reads, like the other rollups.
 *
 * Existing care is backfilled from the ledger, organisation by organisation with the tenant bound.
 */
export class BeneficiaryCategoryRollups1795800000900 implements MigrationInterface {
  name = 'BeneficiaryCategoryRollups1795800000900';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const stats = `"${loadConfig().DATABASE_STATS_ROLE}"`;
    await queryRunner.query(
      `CREATE TABLE "care_beneficiary_category_rollups" ("tenant_id" uuid NOT NULL, "month" date NOT NULL, "beneficiary_id" uuid NOT NULL, "category" text NOT NULL, "funding_kind" text NOT NULL, "record_key" bigint NOT NULL, "events" integer NOT NULL DEFAULT '0', "quantity" numeric(16,3) NOT NULL DEFAULT '0', "spend_kopecks" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_fa40e7435a6329d4fc22b940c62" PRIMARY KEY ("tenant_id", "month", "beneficiary_id", "category", "funding_kind"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_beneficiary_category_rollups" ADD CONSTRAINT "FK_26e0cc28b4949eb68dcf74eeb27" FOREIGN KEY ("tenant_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "care_beneficiary_category_rollups" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "care_beneficiary_category_rollups" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "care_beneficiary_category_rollups" USING (tenant_id = ${currentTenant}) WITH CHECK (tenant_id = ${currentTenant})`,
    );
    await queryRunner.query(`GRANT SELECT ON "care_beneficiary_category_rollups" TO ${stats}`);
    await queryRunner.query(
      `CREATE POLICY statistics_read ON "care_beneficiary_category_rollups" FOR SELECT TO ${stats} USING (true)`,
    );
    const organisations: { id: string }[] = await queryRunner.query(`select id from organisations`);
    for (const { id } of organisations) {
      await queryRunner.query(`select set_config('app.tenant_id', $1, true)`, [id]);
      await queryRunner.query(categoryRollupsFromLedger, [id]);
    }
    await queryRunner.query(`select set_config('app.tenant_id', '', true)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "care_beneficiary_category_rollups"`);
  }
}
