import { TestDatabase } from '@careledger/testing';

/**
 * The derived numbers agree with the ledger: every balance equals the sum of its movements, and every
 * rollup cell equals what the care lines say (voided events and their reversals cancel out), each line
 * under the category, funding kind and unit it was counted under, on the local date of its
 * event in the organisation's time zone, and under whether a statistics consent was in force then. No
 * cell is ever negative.
 */
export async function assertLedgerInvariants(db: TestDatabase, orgId: string): Promise<void> {
  const balances = await db.asSuperuser(
    `select b.item_id, b.quantity, (select coalesce(sum(m.quantity), 0) from stock_movements m where m.tenant_id = b.tenant_id and m.item_id = b.item_id) as movements
       from stock_balances b where b.tenant_id = $1`,
    [orgId],
  );
  for (const balance of balances) expect(Number(balance.quantity)).toBeCloseTo(Number(balance.movements), 3);

  const expectedDaily = await db.asSuperuser(
    `select (coalesce(o.occurred_at, e.occurred_at) at time zone org.time_zone)::date::text as day, l.category, l.funding_kind,
            l.unit, sum(l.quantity)::numeric(16,3)::text as quantity, sum(l.cost_kopecks)::text as spend,
            (count(distinct e.id) filter (where e.reverses_event_id is null and not exists (
               select 1 from care_events v where v.tenant_id = e.tenant_id and v.reverses_event_id = e.id)))::int as events
       from care_lines l
       join care_events e on e.tenant_id = l.tenant_id and e.id = l.event_id
       left join care_events o on o.tenant_id = e.tenant_id and o.id = e.reverses_event_id
       join organisations org on org.id = l.tenant_id
      where l.tenant_id = $1
      group by 1, 2, 3, 4 order by 1, 2, 3, 4`,
    [orgId],
  );
  const actualDaily = await db.asSuperuser(
    `select day::text, category, funding_kind, unit, quantity::text, spend_kopecks::text as spend, events
       from care_daily_rollups where tenant_id = $1 order by 1, 2, 3, 4`,
    [orgId],
  );
  expect(actualDaily).toEqual(expectedDaily);
  for (const cell of actualDaily) {
    expect(Number(cell.quantity)).toBeGreaterThanOrEqual(0);
    expect(Number(cell.spend)).toBeGreaterThanOrEqual(0);
    expect(cell.events).toBeGreaterThanOrEqual(0);
  }

  const expectedMonthly = await db.asSuperuser(
    `select date_trunc('month', c.moment at time zone org.time_zone)::date::text as month, e.beneficiary_id,
            exists (select 1 from consents s where s.tenant_id = e.tenant_id and s.beneficiary_id = e.beneficiary_id
                       and s.scope = 'statistics' and s.given_at <= c.moment
                       and (s.withdrawn_at is null or c.moment < s.withdrawn_at)) as statistics_consent,
            sum(l.quantity)::numeric(16,3)::text as quantity, sum(l.cost_kopecks)::text as spend
       from care_lines l
       join care_events e on e.tenant_id = l.tenant_id and e.id = l.event_id
       left join care_events o on o.tenant_id = e.tenant_id and o.id = e.reverses_event_id
       cross join lateral (select coalesce(o.occurred_at, e.occurred_at) as moment) c
       join organisations org on org.id = l.tenant_id
      where l.tenant_id = $1 group by 1, 2, 3 order by 1, 2, 3`,
    [orgId],
  );
  const actualMonthly = await db.asSuperuser(
    `select month::text, beneficiary_id, statistics_consent, quantity::text, spend_kopecks::text as spend
       from care_monthly_beneficiary_rollups where tenant_id = $1 order by 1, 2, 3`,
    [orgId],
  );
  expect(actualMonthly).toEqual(expectedMonthly);
}
