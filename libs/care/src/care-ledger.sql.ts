import { TenantTx } from '@careledger/database';
import { fromMilli } from './care-event-input.js';

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

function day(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

function month(moment: Date): string {
  return `${moment.toISOString().slice(0, 7)}-01`;
}

interface Cell {
  milli: number;
  cost: number;
  events: Set<string>;
}

function addTo(cells: Map<string, Cell>, key: string, line: LedgerLine): void {
  const cell = cells.get(key) ?? { milli: 0, cost: 0, events: new Set<string>() };
  cell.milli += line.quantityMilli;
  cell.cost += line.costKopecks;
  cell.events.add(line.eventId);
  cells.set(key, cell);
}

/**
 * Adds lines to the rollups (sign +1), or takes a voided event's lines away again (sign -1), in the
 * caller's transaction. Each rollup cell is one upsert row, so a batch of a thousand events costs one
 * statement, not thousands. The per-beneficiary rollups (by month, and by month × category × funding
 * kind) copy each beneficiary's record key, so statistics can sum a cell's keys without reading the
 * beneficiaries table.
 */
export async function applyToRollups(tx: TenantTx, lines: LedgerLine[], sign: 1 | -1): Promise<void> {
  if (lines.length === 0) return;
  const daily = new Map<string, Cell>();
  const monthly = new Map<string, Cell>();
  const categories = new Map<string, Cell>();
  for (const line of lines) {
    addTo(daily, [day(line.occurredAt), line.category, line.fundingKind].join('|'), line);
    addTo(monthly, [month(line.occurredAt), line.beneficiaryId].join('|'), line);
    addTo(
      categories,
      [month(line.occurredAt), line.beneficiaryId, line.category, line.fundingKind].join('|'),
      line,
    );
  }
  const dailyKeys = [...daily.keys()].map((key) => key.split('|'));
  const monthlyKeys = [...monthly.keys()].map((key) => key.split('|'));
  const categoryKeys = [...categories.keys()].map((key) => key.split('|'));
  await tx.manager.query(
    `with categories as (
       insert into care_beneficiary_category_rollups
              (tenant_id, month, beneficiary_id, category, funding_kind, record_key, events, quantity, spend_kopecks)
       select $1, m, b, c, f, k.record_key, e, q, s
         from unnest($13::date[], $14::uuid[], $15::text[], $16::text[], $17::int[], $18::numeric[], $19::bigint[])
              as t(m, b, c, f, e, q, s)
         join beneficiaries k on k.tenant_id = $1 and k.id = t.b
       on conflict (tenant_id, month, beneficiary_id, category, funding_kind) do update
         set events = care_beneficiary_category_rollups.events + excluded.events,
             quantity = care_beneficiary_category_rollups.quantity + excluded.quantity,
             spend_kopecks = care_beneficiary_category_rollups.spend_kopecks + excluded.spend_kopecks
     ),
     daily as (
       insert into care_daily_rollups (tenant_id, day, category, funding_kind, quantity, spend_kopecks, events)
       select $1, d, c, f, q, s, e from unnest($2::date[], $3::text[], $4::text[], $5::numeric[], $6::bigint[], $7::int[]) as t(d, c, f, q, s, e)
       on conflict (tenant_id, day, category, funding_kind) do update
         set quantity = care_daily_rollups.quantity + excluded.quantity,
             spend_kopecks = care_daily_rollups.spend_kopecks + excluded.spend_kopecks,
             events = care_daily_rollups.events + excluded.events
     )
     insert into care_monthly_beneficiary_rollups (tenant_id, month, beneficiary_id, events, quantity, spend_kopecks, record_key)
     select $1, m, b, e, q, s, k.record_key
       from unnest($8::date[], $9::uuid[], $10::int[], $11::numeric[], $12::bigint[]) as t(m, b, e, q, s)
       join beneficiaries k on k.tenant_id = $1 and k.id = t.b
     on conflict (tenant_id, month, beneficiary_id) do update
       set events = care_monthly_beneficiary_rollups.events + excluded.events,
           quantity = care_monthly_beneficiary_rollups.quantity + excluded.quantity,
           spend_kopecks = care_monthly_beneficiary_rollups.spend_kopecks + excluded.spend_kopecks`,
    [
      tx.tenantId,
      dailyKeys.map((key) => key[0]),
      dailyKeys.map((key) => key[1]),
      dailyKeys.map((key) => key[2]),
      [...daily.values()].map((cell) => fromMilli(sign * cell.milli)),
      [...daily.values()].map((cell) => sign * cell.cost),
      [...daily.values()].map((cell) => sign * cell.events.size),
      monthlyKeys.map((key) => key[0]),
      monthlyKeys.map((key) => key[1]),
      [...monthly.values()].map((cell) => sign * cell.events.size),
      [...monthly.values()].map((cell) => fromMilli(sign * cell.milli)),
      [...monthly.values()].map((cell) => sign * cell.cost),
      categoryKeys.map((key) => key[0]),
      categoryKeys.map((key) => key[1]),
      categoryKeys.map((key) => key[2]),
      categoryKeys.map((key) => key[3]),
      [...categories.values()].map((cell) => sign * cell.events.size),
      [...categories.values()].map((cell) => fromMilli(sign * cell.milli)),
      [...categories.values()].map((cell) => sign * cell.cost),
    ],
  );
}
