import { TestDatabase } from '@careledger/testing';

/**
 * The derived numbers agree with the ledger: every balance equals the sum of its movements, and every
 * rollup cell equals what the care lines say (voided events and their reversals cancel out), each line
 * under the category and funding kind it was counted under. No cell is ever negative.
 */
export async function assertLedgerInvariants(db: TestDatabase, orgId: string): Promise<void> {
  const balances = await db.asSuperuser(
    `select b.item_id, b.quantity, (select coalesce(sum(m.quantity), 0) from stock_movements m where m.tenant_id = b.tenant_id and m.item_id = b.item_id) as movements
       from stock_balances b where b.tenant_id = $1`,
    [orgId],
  );
  for (const balance of balances) expect(Number(balance.quantity)).toBeCloseTo(Number(balance.movements), 3);

  const expectedDaily = await db.asSuperuser(
    `select (coalesce(o.occurred_at, e.occurred_at) at time zone 'UTC')::date::text as day, l.category, l.funding_kind,
            sum(l.quantity)::numeric(16,3)::text as quantity, sum(l.cost_kopecks)::text as spend,
            (count(distinct e.id) filter (where e.reverses_event_id is null and not exists (
               select 1 from care_events v where v.tenant_id = e.tenant_id and v.reverses_event_id = e.id)))::int as events
       from care_lines l
       join care_events e on e.tenant_id = l.tenant_id and e.id = l.event_id
       left join care_events o on o.tenant_id = e.tenant_id and o.id = e.reverses_event_id
      where l.tenant_id = $1
      group by 1, 2, 3 order by 1, 2, 3`,
    [orgId],
  );
  const actualDaily = await db.asSuperuser(
    `select day::text, category, funding_kind, quantity::text, spend_kopecks::text as spend, events
       from care_daily_rollups where tenant_id = $1 order by 1, 2, 3`,
    [orgId],
  );
  expect(actualDaily).toEqual(expectedDaily);
  for (const cell of actualDaily) {
    expect(Number(cell.quantity)).toBeGreaterThanOrEqual(0);
    expect(Number(cell.spend)).toBeGreaterThanOrEqual(0);
    expect(cell.events).toBeGreaterThanOrEqual(0);
  }

  const expectedMonthly = await db.asSuperuser(
    `select date_trunc('month', coalesce(o.occurred_at, e.occurred_at) at time zone 'UTC')::date::text as month, e.beneficiary_id,
            sum(l.quantity)::numeric(16,3)::text as quantity, sum(l.cost_kopecks)::text as spend
       from care_lines l
       join care_events e on e.tenant_id = l.tenant_id and e.id = l.event_id
       left join care_events o on o.tenant_id = e.tenant_id and o.id = e.reverses_event_id
      where l.tenant_id = $1 group by 1, 2 order by 1, 2`,
    [orgId],
  );
  const actualMonthly = await db.asSuperuser(
    `select month::text, beneficiary_id, quantity::text, spend_kopecks::text as spend from care_monthly_beneficiary_rollups where tenant_id = $1 order by 1, 2`,
    [orgId],
  );
  expect(actualMonthly).toEqual(expectedMonthly);
}
