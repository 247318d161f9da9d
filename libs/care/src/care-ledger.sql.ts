import { TenantTx } from '@careledger/database';

/** One line as the ledger writes it: quantities in thousandths, money in kopecks. */
export interface LedgerLine {
  eventId: string;
  beneficiaryId: string;
  occurredAt: Date;
  itemId: string;
  category: string;
  fundingKind: string;
  quantityMilli: number;
  costKopecks: number;
}

/**
 * Serialises the writers of one organisation's rollups: care events and voids, and the rebuilds after a
 * consent or time zone change. Each writer reads the consents and the time zone after taking it, so a
 * rebuild never misses an event committed meanwhile and an event never keys its lines by a consent or
 * zone a rebuild has just replaced.
 */
async function lockRollups(tx: TenantTx): Promise<void> {
  await tx.manager.query(`select pg_advisory_xact_lock(hashtextextended('care_rollups:' || $1, 0))`, [
    tx.tenantId,
  ]);
}

/**
 * The ledger's lines as the rollups count them, for the lines chosen by `where` (tenant $1): each on
 * the local date, in the organisation's time zone, of its event (a reversal's lines on its original's,
 * so a void cancels in the same cells), in the unit it was written in, flagged with whether a statistics consent
 * of the person was in force at that moment. `counted` is false for a voided event and its reversal,
 * which are no event of care any more.
 */
function countedLines(where: string): string {
  return `select e.id as event_id, e.beneficiary_id, b.record_key, l.category, l.funding_kind, l.unit,
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
            join beneficiaries b on b.tenant_id = e.tenant_id and b.id = e.beneficiary_id
           where l.tenant_id = $1 and ${where}`;
}

/** What one rollup statement writes. */
interface RollupWrite {
  /** SQL choosing the lines (tenant $1, the caller's $2) */
  where: string;
  /** +1 adds the lines, -1 takes them away again */
  sign: 1 | -1;
  /** SQL counting a cell's events from the lines grouped into it */
  events: string;
  /** whether the daily rollup is written too (the per-beneficiary ones always are) */
  daily: boolean;
}

/**
 * Adds the `lines` grouped by `key` to a rollup, one upsert row per cell: the measures are summed into
 * the row already there; a per-beneficiary row also copies the person's record key.
 */
function upsert(
  table: string,
  key: string[],
  measures: Record<string, string>,
  withRecordKey: boolean,
): string {
  const copied = withRecordKey ? { record_key: 'min(record_key)' } : {};
  const values = { ...measures, ...copied };
  const sums = Object.keys(measures).map((column) => `${column} = ${table}.${column} + excluded.${column}`);
  return `insert into ${table} (tenant_id, ${[...key, ...Object.keys(values)].join(', ')})
          select $1, ${[...key, ...Object.values(values)].join(', ')} from lines group by ${key.join(', ')}
          on conflict (tenant_id, ${key.join(', ')}) do update set ${sums.join(', ')}`;
}

function rollupStatement({ where, sign, events, daily }: RollupWrite): string {
  const measures = {
    events: `${sign} * ${events}`,
    quantity: `${sign} * sum(quantity)`,
    spend_kopecks: `${sign} * sum(cost_kopecks)`,
  };
  const writes = [
    upsert(
      'care_monthly_beneficiary_rollups',
      ['month', 'beneficiary_id', 'statistics_consent'],
      measures,
      true,
    ),
    upsert(
      'care_beneficiary_category_rollups',
      ['month', 'beneficiary_id', 'category', 'funding_kind', 'unit', 'statistics_consent'],
      measures,
      true,
    ),
    ...(daily
      ? [upsert('care_daily_rollups', ['day', 'category', 'funding_kind', 'unit'], measures, false)]
      : []),
  ];
  const last = writes.pop();
  const others = writes.map((write, index) => `, written_${index} as (${write})`);
  return `with lines as materialized (${countedLines(where)}) ${others.join(' ')} ${last}`;
}

/**
 * Adds the lines of new events to the rollups (sign +1), or takes a voided event's lines away again
 * (sign -1), in the caller's transaction, reading them back from the ledger: each rollup cell is one
 * upsert row, so a batch of a thousand events costs one statement, not thousands. The per-beneficiary
 * rollups copy each beneficiary's record key, so statistics can sum a cell's keys without reading the
 * beneficiaries table.
 */
export async function applyToRollups(tx: TenantTx, eventIds: string[], sign: 1 | -1): Promise<void> {
  if (eventIds.length === 0) return;
  await lockRollups(tx);
  const statement = rollupStatement({
    where: `l.event_id = any($2::uuid[])`,
    sign,
    events: 'count(distinct event_id)',
    daily: true,
  });
  await tx.manager.query(statement, [tx.tenantId, eventIds]);
}

/** Whose rollups a rebuild recomputes: the whole organisation's, or one person's. */
export interface RebuildScope {
  beneficiaryId?: string;
}

/**
 * Recomputes rollups from the ledger in the caller's transaction: the whole organisation's after its
 * time zone changed (every local day may move), or one person's two per-beneficiary rollups after a
 * statistics consent of theirs was given or withdrawn (the daily rollup does not tell people apart).
 * A voided event's lines and its reversal's cancel in their cells, and neither counts as an event.
 */
export async function rebuildRollups(tx: TenantTx, scope: RebuildScope = {}): Promise<void> {
  await lockRollups(tx);
  const person = scope.beneficiaryId;
  const tables = ['care_monthly_beneficiary_rollups', 'care_beneficiary_category_rollups'];
  if (person === undefined) tables.push('care_daily_rollups');
  const params = person === undefined ? [tx.tenantId] : [tx.tenantId, person];
  const ofPerson = person === undefined ? '' : ' and beneficiary_id = $2';
  for (const table of tables)
    await tx.manager.query(`delete from ${table} where tenant_id = $1${ofPerson}`, params);
  const statement = rollupStatement({
    where: person === undefined ? 'true' : 'e.beneficiary_id = $2',
    sign: 1,
    events: 'count(distinct event_id) filter (where counted)',
    daily: person === undefined,
  });
  await tx.manager.query(statement, params);
}
