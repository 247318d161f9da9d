import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each care line keeps the item category and funding kind it was counted under, so a void takes it back
 * from the same rollup cell even after the item or funding source changed. Existing lines get the
 * current values (the ones their voids, if any, subtracted from), and every organisation's daily
 * rollups are recomputed from its lines, which repairs the cells a void after a change had skewed.
 *
 * Tenant tables are under forced row-level security, and migrations run as the owner role, which is
 * subject to it: the data steps run organisation by organisation with the tenant bound.
 */
export class CareLinesCountedUnder1795800000601 implements MigrationInterface {
  name = 'CareLinesCountedUnder1795800000601';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "care_lines" ADD "category" text`);
    await queryRunner.query(`ALTER TABLE "care_lines" ADD "funding_kind" text`);
    const organisations: { id: string }[] = await queryRunner.query(`select id from organisations`);
    for (const { id } of organisations) {
      await queryRunner.query(`select set_config('app.tenant_id', $1, true)`, [id]);
      await queryRunner.query(
        `update care_lines l
            set category = i.category,
                funding_kind = coalesce((select f.kind from funding_sources f
                                          where f.tenant_id = l.tenant_id and f.id = l.funding_source_id), 'unattributed')
           from items i
          where l.tenant_id = $1 and i.tenant_id = l.tenant_id and i.id = l.item_id`,
        [id],
      );
      await queryRunner.query(`delete from care_daily_rollups where tenant_id = $1`, [id]);
      // A voided event and its reversal cancel out; the reversal counts on its original's day.
      await queryRunner.query(
        `insert into care_daily_rollups (tenant_id, day, category, funding_kind, quantity, spend_kopecks, events)
         select $1, (coalesce(o.occurred_at, e.occurred_at) at time zone 'UTC')::date, l.category, l.funding_kind,
                sum(l.quantity), sum(l.cost_kopecks),
                count(distinct e.id) filter (where e.reverses_event_id is null and not exists (
                  select 1 from care_events v where v.tenant_id = e.tenant_id and v.reverses_event_id = e.id))
           from care_lines l
           join care_events e on e.tenant_id = l.tenant_id and e.id = l.event_id
           left join care_events o on o.tenant_id = e.tenant_id and o.id = e.reverses_event_id
          where l.tenant_id = $1
          group by 2, 3, 4`,
        [id],
      );
    }
    await queryRunner.query(`select set_config('app.tenant_id', '', true)`);
    await queryRunner.query(`ALTER TABLE "care_lines" ALTER COLUMN "category" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "care_lines" ALTER COLUMN "funding_kind" SET NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "care_lines" DROP COLUMN "funding_kind"`);
    await queryRunner.query(`ALTER TABLE "care_lines" DROP COLUMN "category"`);
  }
}
