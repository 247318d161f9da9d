import { MigrationInterface, QueryRunner } from 'typeorm';

/** The ledger's lines as the rollups count them (as `rebuildRollups` in libs/care counts them). */
const countedLines = `select e.id as event_id, e.beneficiary_id, b.record_key, l.category, l.funding_kind, i.unit,
         l.quantity, l.cost_kopecks,
         (c.moment at time zone o.time_zone)::date as day,
         date_trunc('month', c.moment at time zone o.time_zone)::date as month,
         exists (select 1 from consents s
                  where s.tenant_id = e.tenant_id and s.beneficiary_id = e.beneficiary_id
                    and s.scope = 'statistics' and s.given_at <= c.moment
                    and (s.withdrawn_at is null or c.moment < s.withdrawn_at)) as statistics_consent,
         e.reverses_event_id is null and not exists (
           select 1 from care_events v where v.tenant_id = e.tenant_id and v.reverses_event_id = e.id) as counted
    from care_lines l
    join care_events e on e.tenant_id = l.tenant_id and e.id = l.event_id
    left join care_events r on r.tenant_id = e.tenant_id and r.id = e.reverses_event_id
    cross join lateral (select coalesce(r.occurred_at, e.occurred_at) as moment) c
    join organisations o on o.id = l.tenant_id
    join items i on i.tenant_id = l.tenant_id and i.id = l.item_id
    join beneficiaries b on b.tenant_id = e.tenant_id and b.id = e.beneficiary_id
   where l.tenant_id = $1`;

const measures = `count(distinct event_id) filter (where counted), sum(quantity), sum(cost_kopecks)`;

/** One organisation's ($1) three rollups recomputed from its ledger. */
const rollupsFromLedger = `with lines as materialized (${countedLines}),
  daily as (
    insert into care_daily_rollups (tenant_id, day, category, funding_kind, unit, events, quantity, spend_kopecks)
    select $1, day, category, funding_kind, unit, ${measures} from lines group by day, category, funding_kind, unit
  ),
  monthly as (
    insert into care_monthly_beneficiary_rollups
           (tenant_id, month, beneficiary_id, statistics_consent, events, quantity, spend_kopecks, record_key)
    select $1, month, beneficiary_id, statistics_consent, ${measures}, min(record_key)
      from lines group by month, beneficiary_id, statistics_consent
  )
  insert into care_beneficiary_category_rollups
         (tenant_id, month, beneficiary_id, category, funding_kind, unit, statistics_consent, events, quantity, spend_kopecks, record_key)
  select $1, month, beneficiary_id, category, funding_kind, unit, statistics_consent, ${measures}, min(record_key)
    from lines group by month, beneficiary_id, category, funding_kind, unit, statistics_consent`;

/** The rollups as they were before (1795800000601, 1795800000900): UTC, every unit and person alike. */
const utcRollupsFromLedger = `with lines as materialized (
    select * from (${countedLines.replaceAll('at time zone o.time_zone', "at time zone 'UTC'")}) counted
  ),
  daily as (
    insert into care_daily_rollups (tenant_id, day, category, funding_kind, events, quantity, spend_kopecks)
    select $1, day, category, funding_kind, ${measures} from lines group by day, category, funding_kind
  ),
  monthly as (
    insert into care_monthly_beneficiary_rollups (tenant_id, month, beneficiary_id, events, quantity, spend_kopecks, record_key)
    select $1, month, beneficiary_id, ${measures}, min(record_key) from lines group by month, beneficiary_id
  )
  insert into care_beneficiary_category_rollups
         (tenant_id, month, beneficiary_id, category, funding_kind, events, quantity, spend_kopecks, record_key)
  select $1, month, beneficiary_id, category, funding_kind, ${measures}, min(record_key)
    from lines group by month, beneficiary_id, category, funding_kind`;

/**
 * Rollups count care on the organisation's local calendar (its time zone, 1795800001400), keep units
 * apart (2.5 kg and 3 pieces are not 5.5 of anything) and tell care given under a statistics consent
 * from the rest (public and authority statistics count only the former). The keys change, and every
 * organisation's rollups are recomputed from its ledger, with the tenant bound (row-level security).
 */
export class LocalTimeRollups1795800001401 implements MigrationInterface {
  name = 'LocalTimeRollups1795800001401';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'care_daily_rollups',
      'care_monthly_beneficiary_rollups',
      'care_beneficiary_category_rollups',
    ]) {
      await queryRunner.query(`TRUNCATE "${table}"`);
    }
    await queryRunner.query(`ALTER TABLE "care_daily_rollups" ADD "unit" text NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "care_daily_rollups" DROP CONSTRAINT "PK_565ea67622a2b040e1a82d8723e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_daily_rollups" ADD CONSTRAINT "PK_9e973cf67465df6805f40957346" PRIMARY KEY ("tenant_id", "day", "category", "funding_kind", "unit")`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_monthly_beneficiary_rollups" ADD "statistics_consent" boolean NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_monthly_beneficiary_rollups" DROP CONSTRAINT "PK_ffe3de8ad0ef539faa788bb0b87"`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_monthly_beneficiary_rollups" ADD CONSTRAINT "PK_fb3d510677c9adbc0920083c3f6" PRIMARY KEY ("tenant_id", "month", "beneficiary_id", "statistics_consent")`,
    );
    await queryRunner.query(`ALTER TABLE "care_beneficiary_category_rollups" ADD "unit" text NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "care_beneficiary_category_rollups" ADD "statistics_consent" boolean NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_beneficiary_category_rollups" DROP CONSTRAINT "PK_fa40e7435a6329d4fc22b940c62"`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_beneficiary_category_rollups" ADD CONSTRAINT "PK_c10054d24f81b61726507ddabef" PRIMARY KEY ("tenant_id", "month", "beneficiary_id", "category", "funding_kind", "unit", "statistics_consent")`,
    );
    const organisations: { id: string }[] = await queryRunner.query(`select id from organisations`);
    for (const { id } of organisations) {
      await queryRunner.query(`select set_config('app.tenant_id', $1, true)`, [id]);
      await queryRunner.query(rollupsFromLedger, [id]);
    }
    await queryRunner.query(`select set_config('app.tenant_id', '', true)`);
  }

  /** Back to UTC days and months that add up units and consents, recomputed from the ledger the same way. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'care_daily_rollups',
      'care_monthly_beneficiary_rollups',
      'care_beneficiary_category_rollups',
    ]) {
      await queryRunner.query(`TRUNCATE "${table}"`);
    }
    await queryRunner.query(
      `ALTER TABLE "care_beneficiary_category_rollups" DROP CONSTRAINT "PK_c10054d24f81b61726507ddabef"`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_beneficiary_category_rollups" DROP COLUMN "statistics_consent"`,
    );
    await queryRunner.query(`ALTER TABLE "care_beneficiary_category_rollups" DROP COLUMN "unit"`);
    await queryRunner.query(
      `ALTER TABLE "care_beneficiary_category_rollups" ADD CONSTRAINT "PK_fa40e7435a6329d4fc22b940c62" PRIMARY KEY ("tenant_id", "month", "beneficiary_id", "category", "funding_kind")`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_monthly_beneficiary_rollups" DROP CONSTRAINT "PK_fb3d510677c9adbc0920083c3f6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_monthly_beneficiary_rollups" DROP COLUMN "statistics_consent"`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_monthly_beneficiary_rollups" ADD CONSTRAINT "PK_ffe3de8ad0ef539faa788bb0b87" PRIMARY KEY ("tenant_id", "month", "beneficiary_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_daily_rollups" DROP CONSTRAINT "PK_9e973cf67465df6805f40957346"`,
    );
    await queryRunner.query(`ALTER TABLE "care_daily_rollups" DROP COLUMN "unit"`);
    await queryRunner.query(
      `ALTER TABLE "care_daily_rollups" ADD CONSTRAINT "PK_565ea67622a2b040e1a82d8723e" PRIMARY KEY ("tenant_id", "day", "category", "funding_kind")`,
    );
    const organisations: { id: string }[] = await queryRunner.query(`select id from organisations`);
    for (const { id } of organisations) {
      await queryRunner.query(`select set_config('app.tenant_id', $1, true)`, [id]);
      await queryRunner.query(utcRollupsFromLedger, [id]);
    }
    await queryRunner.query(`select set_config('app.tenant_id', '', true)`);
  }
}
