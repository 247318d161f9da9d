// Synthetic ledger for the benchmarks and `npm run seed:demo -- --organisations N --lines M`:
// organisations in every ranked region, beneficiaries, items,
// funding sources, care events and lines over three years, written with set-based SQL
// (generate_series and insert ... select), and the rollups filled from that ledger with
// insert ... select ... group by, so they agree with it as the api's own writes would.
// Stock tables are not generated: the generated lines are history, not issues from a balance.
import { SingleBar, Presets } from 'cli-progress';
import pg from 'pg';
import { ItemCategory, ItemUnit } from '@careledger/catalog';
import { FundingKind } from '@careledger/funding';

export interface GenerateParams {
  organisations: number;
  beneficiaries: number;
  lines: number;
  /** the last of the three generated years */
  lastYear: number;
}

export const quickParams = (lastYear: number): GenerateParams => ({
  organisations: 200,
  beneficiaries: 4_000,
  lines: 200_000,
  lastYear,
});

export const fullParams = (lastYear: number): GenerateParams => ({
  organisations: 10_000,
  beneficiaries: 200_000,
  lines: 10_000_000,
  lastYear,
});

export interface GenerateSummary {
  organisations: number;
  beneficiaries: number;
  events: number;
  lines: number;
  seconds: number;
}

const categories = Object.values(ItemCategory);
/** The unit each generated item of a category is counted in. */
const unitOf: Record<ItemCategory, ItemUnit> = {
  [ItemCategory.Medication]: ItemUnit.Tube,
  [ItemCategory.Dressing]: ItemUnit.Pack,
  [ItemCategory.Hygiene]: ItemUnit.Piece,
  [ItemCategory.Nutrition]: ItemUnit.Pack,
  [ItemCategory.Equipment]: ItemUnit.Piece,
  [ItemCategory.Service]: ItemUnit.Hour,
  [ItemCategory.Transport]: ItemUnit.Visit,
  [ItemCategory.Other]: ItemUnit.Piece,
};
const fundingKinds: FundingKind[] = [
  FundingKind.PresidentialGrant,
  FundingKind.GovernmentGrant,
  FundingKind.GovernmentContract,
  FundingKind.CommercialServices,
  FundingKind.IndividualDonations,
  FundingKind.Business,
  FundingKind.OwnFunds,
];
const linesPerEvent = 3;

/** Fills the database `client` is connected to (as a superuser: RLS does not apply) and checks the counts. */
export async function generate(
  client: pg.ClientBase,
  params: GenerateParams,
  progress = true,
): Promise<GenerateSummary> {
  const started = performance.now();
  const orgCount = params.organisations;
  const perOrgBeneficiaries = Math.max(1, Math.floor(params.beneficiaries / orgCount));
  const perOrgEvents = Math.max(1, Math.floor(params.lines / linesPerEvent / orgCount));
  const firstYear = params.lastYear - 2;

  const regions = (
    await client.query<{ code: string }>(`select code from regions where ranked order by code`)
  ).rows.map((row) => row.code);
  if (regions.length === 0) throw new Error('no ranked regions: the database is not set up');

  await client.query(`drop table if exists g_org, g_item, g_fund`);
  await client.query(
    `create temp table g_org as
       select n, gen_random_uuid() as id, ($2::text[])[1 + n % array_length($2::text[], 1)] as region
         from generate_series(0, $1 - 1) n`,
    [orgCount, regions],
  );
  await client.query(
    `insert into organisations (id, name, region_code, status, verified_at)
     select id, 'Бенч-организация № ' || n, region, 'active', now() from g_org`,
  );
  await client.query(
    `insert into beneficiaries (tenant_id, id, code)
     select o.id, gen_random_uuid(), 'B-' || o.n || '-' || b from g_org o, generate_series(0, $1 - 1) b`,
    [perOrgBeneficiaries],
  );
  // Everyone consents to care and to statistics from the start, so the generated care counts everywhere.
  await client.query(
    `insert into consents (tenant_id, id, beneficiary_id, scope, given_at)
     select b.tenant_id, gen_random_uuid(), b.id, scope, make_timestamptz($1, 1, 1, 0, 0, 0, 'UTC')
       from beneficiaries b, unnest(array['care', 'statistics']) scope
      where b.tenant_id in (select id from g_org)`,
    [firstYear],
  );
  await client.query(
    `create temp table g_item as
       select o.id as tenant_id, k, gen_random_uuid() as id, ($1::text[])[k + 1] as category,
              ($2::text[])[k + 1] as unit, 5000 + k * 3700 as cost
         from g_org o, generate_series(0, $3 - 1) k`,
    [categories, categories.map((category) => unitOf[category]), categories.length],
  );
  await client.query(`create index on g_item (tenant_id, k)`);
  await client.query(
    `insert into items (tenant_id, id, sku, name, unit, category, default_unit_cost_kopecks)
     select tenant_id, id, 'SKU-' || k, 'Позиция ' || category || ' № ' || k, unit, category, cost from g_item`,
  );
  await client.query(
    `create temp table g_fund as
       select o.id as tenant_id, k, gen_random_uuid() as id, ($1::text[])[1 + (o.n + k) % $2] as kind
         from g_org o, generate_series(0, 2) k`,
    [fundingKinds, fundingKinds.length],
  );
  await client.query(`create index on g_fund (tenant_id, k)`);
  await client.query(
    `insert into funding_sources (tenant_id, id, name, funder_name, kind)
     select tenant_id, id, 'Источник ' || k, 'Фонд', kind from g_fund`,
  );
  await client.query(
    `insert into organisation_profiles (tenant_id, id, year, staff_fte, volunteers)
     select o.id, gen_random_uuid(), y, 1 + o.n % 7, 5 + o.n % 40
       from g_org o, generate_series($1::int, $2::int) y`,
    [firstYear, params.lastYear],
  );
  await client.query(`analyze organisations, beneficiaries, items, funding_sources`);

  // Events and lines, then the rollups of those organisations, a slice of organisations at a time.
  const orgsPerSlice = Math.max(1, Math.floor(30_000 / perOrgEvents));
  const bar = new SingleBar(
    {
      format: 'generate |{bar}| {percentage}% {value}/{total} organisations, {lines} lines',
      hideCursor: true,
      // Logs (no TTY) get a line every 10 s instead of nothing for the whole run.
      noTTYOutput: true,
      notTTYSchedule: 10_000,
    },
    Presets.shades_classic,
  );
  if (progress) bar.start(orgCount, 0, { lines: 0 });
  let written = 0;
  for (let from = 0; from < orgCount; from += orgsPerSlice) {
    const to = Math.min(orgCount, from + orgsPerSlice);
    await client.query('begin');
    await client.query(
      `with ev as (
         insert into care_events (tenant_id, id, beneficiary_id, occurred_at, kind)
         select o.id, gen_random_uuid(), b.id,
                make_timestamptz($4, 1, 1, 0, 0, 0, 'UTC') + random() * 3 * 365 * interval '1 day',
                'delivery'
           from g_org o
           cross join generate_series(0, $3 - 1) e
           join lateral (select id from beneficiaries
                          where tenant_id = o.id and code = 'B-' || o.n || '-' || (e % $5)) b on true
          where o.n >= $1 and o.n < $2
         returning tenant_id, id)
       insert into care_lines (tenant_id, id, event_id, line_no, item_id, quantity, unit_cost_kopecks, cost_kopecks, funding_source_id, category, funding_kind)
       select ev.tenant_id, gen_random_uuid(), ev.id, ln, i.id, q, i.cost, q * i.cost, f.id, i.category, coalesce(f.kind, 'unattributed')
         from ev
         cross join generate_series(1, ${linesPerEvent}) ln
         cross join lateral (select (abs(hashtext(ev.id::text)) + ln * 3) % ${categories.length} as k,
                                    1 + (abs(hashtext(ev.id::text)) + ln) % 5 as q) pick
         join g_item i on i.tenant_id = ev.tenant_id and i.k = pick.k
         left join g_fund f on f.tenant_id = ev.tenant_id and f.k = (pick.k + ln) % 4`,
      [from, to, perOrgEvents, firstYear, perOrgBeneficiaries],
    );
    // The rollups as the api keeps them: local days and months, per unit, under the statistics consent.
    await client.query(
      `with lines as materialized (
         select l.tenant_id, e.id as event_id, e.beneficiary_id, b.record_key, l.category, l.funding_kind, l.unit,
                l.quantity, l.cost_kopecks, (e.occurred_at at time zone o.time_zone)::date as day,
                exists (select 1 from consents s where s.tenant_id = e.tenant_id and s.beneficiary_id = e.beneficiary_id
                           and s.scope = 'statistics' and s.given_at <= e.occurred_at
                           and (s.withdrawn_at is null or e.occurred_at < s.withdrawn_at)) as statistics_consent
           from care_lines l
           join care_events e on e.tenant_id = l.tenant_id and e.id = l.event_id
           join organisations o on o.id = l.tenant_id
           join beneficiaries b on b.tenant_id = e.tenant_id and b.id = e.beneficiary_id
          where l.tenant_id in (select id from g_org where n >= $1 and n < $2)
       ), daily as (
         insert into care_daily_rollups (tenant_id, day, category, funding_kind, unit, quantity, spend_kopecks, events)
         select tenant_id, day, category, funding_kind, unit, sum(quantity), sum(cost_kopecks), count(distinct event_id)
           from lines group by 1, 2, 3, 4, 5
       ), categories as (
         insert into care_beneficiary_category_rollups
                (tenant_id, month, beneficiary_id, category, funding_kind, unit, statistics_consent, events, quantity, spend_kopecks, record_key)
         select tenant_id, date_trunc('month', day)::date, beneficiary_id, category, funding_kind, unit, statistics_consent,
                count(distinct event_id), sum(quantity), sum(cost_kopecks), min(record_key)
           from lines group by 1, 2, 3, 4, 5, 6, 7
       )
       insert into care_monthly_beneficiary_rollups
              (tenant_id, month, beneficiary_id, statistics_consent, events, quantity, spend_kopecks, record_key)
       select tenant_id, date_trunc('month', day)::date, beneficiary_id, statistics_consent,
              count(distinct event_id), sum(quantity), sum(cost_kopecks), min(record_key)
         from lines group by 1, 2, 3, 4`,
      [from, to],
    );
    await client.query('commit');
    written += (to - from) * perOrgEvents * linesPerEvent;
    if (progress) bar.update(to, { lines: written });
  }
  if (progress) bar.stop();
  await client.query(`analyze`);

  // Check the answer: counts as asked, and rollups that add up to the ledger.
  const [counts] = (
    await client.query<{ orgs: number; beneficiaries: number; events: number; lines: number }>(
      `select (select count(*) from g_org)::int as orgs,
              (select count(*) from beneficiaries where tenant_id in (select id from g_org))::int as beneficiaries,
              (select count(*) from care_events where tenant_id in (select id from g_org))::int as events,
              (select count(*) from care_lines where tenant_id in (select id from g_org))::int as lines`,
    )
  ).rows;
  const expectedLines = orgCount * perOrgEvents * linesPerEvent;
  if (counts.lines !== expectedLines || counts.events !== orgCount * perOrgEvents)
    throw new Error(
      `generated ${counts.events} events / ${counts.lines} lines, expected ${expectedLines} lines`,
    );
  const [sums] = (
    await client.query<{ ledger: string; daily: string; monthly: string }>(
      `select (select sum(cost_kopecks) from care_lines where tenant_id in (select id from g_org)) as ledger,
              (select sum(spend_kopecks) from care_daily_rollups where tenant_id in (select id from g_org)) as daily,
              (select sum(spend_kopecks) from care_monthly_beneficiary_rollups where tenant_id in (select id from g_org)) as monthly`,
    )
  ).rows;
  if (sums.ledger !== sums.daily || sums.ledger !== sums.monthly)
    throw new Error(`rollups disagree with the ledger: ${JSON.stringify(sums)}`);
  return {
    organisations: counts.orgs,
    beneficiaries: counts.beneficiaries,
    events: counts.events,
    lines: counts.lines,
    seconds: (performance.now() - started) / 1000,
  };
}
