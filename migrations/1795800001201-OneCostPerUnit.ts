import { loadConfig } from '@careledger/config';
import { MigrationInterface, QueryRunner } from 'typeorm';

const currentTenant = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

const reason =
  'one cost per unit: a stocked line costs what its stock movement left stock at (moving average), not the item’s default price';

/**
 * Care lines of stocked items recorded the item's default price while the stock ledger issued them at
 * the moving average cost, so reports added up a cost the stock never had. Each such line (and its
 * reversal, if voided) takes its issue movement's unit cost and cost = round(quantity × unit cost); the
 * old and new figures, when and why, go to `care_line_cost_corrections`, and the rollups move by the
 * difference in the cells each line was counted in (a reversal on its original's day and month).
 *
 * Runs organisation by organisation with the tenant bound (forced row-level security). The corrections
 * table is a tenant table the application may read but never change.
 */
export class OneCostPerUnit1795800001201 implements MigrationInterface {
  name = 'OneCostPerUnit1795800001201';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const { DATABASE_APP_ROLE: app } = loadConfig();
    await queryRunner.query(
      `CREATE TABLE "care_line_cost_corrections" ("tenant_id" uuid NOT NULL, "id" uuid NOT NULL, "line_id" uuid NOT NULL, "old_unit_cost_kopecks" bigint NOT NULL, "old_cost_kopecks" bigint NOT NULL, "new_unit_cost_kopecks" bigint NOT NULL, "new_cost_kopecks" bigint NOT NULL, "reason" text NOT NULL, "corrected_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4f1beefad5560f3942a99e9cd90" PRIMARY KEY ("tenant_id", "id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5b0011f5b8cb6491b8c33980d7" ON "care_line_cost_corrections"  ("tenant_id", "line_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "care_line_cost_corrections" ADD CONSTRAINT "FK_5b0011f5b8cb6491b8c33980d75" FOREIGN KEY ("tenant_id", "line_id") REFERENCES "care_lines"("tenant_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "care_line_cost_corrections" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "care_line_cost_corrections" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY tenant_isolation ON "care_line_cost_corrections" USING (tenant_id = ${currentTenant}) WITH CHECK (tenant_id = ${currentTenant})`,
    );
    await queryRunner.query(
      `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "care_line_cost_corrections" FROM "${app}"`,
    );
    const organisations: { id: string }[] = await queryRunner.query(`select id from organisations`);
    for (const { id } of organisations) {
      await queryRunner.query(`select set_config('app.tenant_id', $1, true)`, [id]);
      await this.correct(queryRunner, id);
    }
    await queryRunner.query(`select set_config('app.tenant_id', '', true)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "care_line_cost_corrections"`);
  }

  /** One organisation: the lines whose cost differs from their movement's, corrected with the trail. */
  private async correct(queryRunner: QueryRunner, tenantId: string): Promise<void> {
    await queryRunner.query(
      `create temporary table corrected on commit drop as
       select l.id as line_id, l.unit_cost_kopecks as old_unit, l.cost_kopecks as old_cost,
              m.unit_cost_kopecks as new_unit, round(l.quantity * m.unit_cost_kopecks)::bigint as new_cost,
              coalesce(o.occurred_at, e.occurred_at) as counted_at, e.beneficiary_id, l.category, l.funding_kind
         from care_lines l
         join care_events e on e.tenant_id = l.tenant_id and e.id = l.event_id
         left join care_events o on o.tenant_id = e.tenant_id and o.id = e.reverses_event_id
         join lateral (
           select s.unit_cost_kopecks from stock_movements s
            where s.tenant_id = l.tenant_id and s.care_event_id = coalesce(e.reverses_event_id, e.id)
              and s.item_id = l.item_id and s.kind = 'issue'
            order by s.id limit 1) m on true
        where l.tenant_id = $1
          and (l.unit_cost_kopecks <> m.unit_cost_kopecks
               or l.cost_kopecks <> round(l.quantity * m.unit_cost_kopecks))`,
      [tenantId],
    );
    await queryRunner.query(
      `insert into care_line_cost_corrections (tenant_id, id, line_id, old_unit_cost_kopecks, old_cost_kopecks,
         new_unit_cost_kopecks, new_cost_kopecks, reason)
       select $1, gen_random_uuid(), line_id, old_unit, old_cost, new_unit, new_cost, $2 from corrected`,
      [tenantId, reason],
    );
    await queryRunner.query(
      `update care_lines l set unit_cost_kopecks = c.new_unit, cost_kopecks = c.new_cost
         from corrected c where l.tenant_id = $1 and l.id = c.line_id`,
      [tenantId],
    );
    await queryRunner.query(
      `update care_daily_rollups r set spend_kopecks = r.spend_kopecks + d.delta
         from (select (counted_at at time zone 'UTC')::date as day, category, funding_kind, sum(new_cost - old_cost) as delta
                 from corrected group by 1, 2, 3) d
        where r.tenant_id = $1 and r.day = d.day and r.category = d.category and r.funding_kind = d.funding_kind`,
      [tenantId],
    );
    await queryRunner.query(
      `update care_monthly_beneficiary_rollups r set spend_kopecks = r.spend_kopecks + d.delta
         from (select date_trunc('month', counted_at at time zone 'UTC')::date as month, beneficiary_id,
                      sum(new_cost - old_cost) as delta
                 from corrected group by 1, 2) d
        where r.tenant_id = $1 and r.month = d.month and r.beneficiary_id = d.beneficiary_id`,
      [tenantId],
    );
    await queryRunner.query(
      `update care_beneficiary_category_rollups r set spend_kopecks = r.spend_kopecks + d.delta
         from (select date_trunc('month', counted_at at time zone 'UTC')::date as month, beneficiary_id,
                      category, funding_kind, sum(new_cost - old_cost) as delta
                 from corrected group by 1, 2, 3, 4) d
        where r.tenant_id = $1 and r.month = d.month and r.beneficiary_id = d.beneficiary_id
          and r.category = d.category and r.funding_kind = d.funding_kind`,
      [tenantId],
    );
    await queryRunner.query(`drop table corrected`);
  }
}
