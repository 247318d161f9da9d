// `npm run bench [-- --quick]`: every figure of issue 7 against a baseline measured in the same run,
// medians of several runs, written to docs/benchmarks.md. Never part of `npm test`; asserts no timing.
import 'reflect-metadata';
import { LeagueService } from '@careledger/statistics';
import { superuserUrl } from '@careledger/database';
import { TestDatabase } from '@careledger/testing';
import { INestApplication } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import { promisify } from 'node:util';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { createApiApp } from '../apps/api/src/bootstrap.js';
import { createBaselineApp, createExpressBaselineApp } from './baseline-app.js';
import { fullParams, generate, GenerateSummary, quickParams } from '../apps/cli/src/demo/synthetic-ledger.js';
import { LoadResult, loadRuns, median, Request } from './lib.js';
import type { PdfMeasurement } from './pdf-child.js';

const quick = process.argv.includes('--quick');
/** `--only=single,adapter`: a developer's partial run; it prints the table and leaves docs/ alone. */
const only = process.argv
  .find((argument) => argument.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const selected = (name: string) => !only || only.includes(name);
const memorySeconds = 60;
const runs = quick ? 3 : 5;
const year = new Date().getUTCFullYear() - 1;
const sizes = quick
  ? { readRequests: 400, singleRequests: 500, trivialRequests: 3000 }
  : { readRequests: 3000, singleRequests: 5000, trivialRequests: 30000 };

interface Row {
  figure: string;
  baseline: string;
  measured: string;
  ratio: string;
  target: string;
  met: string;
}

const rows: Row[] = [];
const notes: string[] = [];
const details: string[] = [];

const fmt = (value: number, digits = 0) =>
  value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const yes = (ok: boolean) => (ok ? 'yes' : '**no**');

function log(message: string): void {
  console.log(`[bench] ${message}`);
}

function superuserClient(db: TestDatabase): pg.Client {
  return new pg.Client({ connectionString: superuserUrl(db.config) });
}

async function listen(app: NestFastifyApplication): Promise<number> {
  await app.listen(0, '127.0.0.1');
  return (app.getHttpServer().address() as AddressInfo).port;
}

interface ApiOrg {
  orgId: string;
  token: string;
}

async function call(port: number, request: Request): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`http://127.0.0.1:${port}${request.path}`, {
    method: request.method,
    headers: { ...request.headers, ...(request.body ? { 'content-type': 'application/json' } : {}) },
    body: request.body,
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

/** Registers through the api and follows the verification link the mail outbox holds (no worker sends it here). */
async function registerOrg(port: number, su: pg.Client, regionCode = '48'): Promise<ApiOrg> {
  const email = `bench-${randomUUID()}@example.org`;
  const response = await call(port, {
    method: 'POST',
    path: '/api/v1/auth/register',
    body: JSON.stringify({
      email,
      password: 'correct horse battery staple',
      fullName: 'Ольга Смирнова',
      organisation: { name: 'Фонд «Бенч»', regionCode },
    }),
  });
  if (response.status !== 202)
    throw new Error(`registration: ${response.status} ${JSON.stringify(response.json)}`);
  const [mail] = (
    await su.query<{ link: string }>(
      `select link from mail_outbox where recipient = $1 and template = 'email_verification'`,
      [email],
    )
  ).rows;
  const verified = await call(port, {
    method: 'POST',
    path: '/api/v1/auth/verify-email',
    body: JSON.stringify({ token: new URL(mail.link).searchParams.get('token') }),
  });
  if (verified.status !== 200)
    throw new Error(`verification: ${verified.status} ${JSON.stringify(verified.json)}`);
  const token = (verified.json as { accessToken: string }).accessToken;
  const me = await call(port, {
    method: 'GET',
    path: '/api/v1/me',
    headers: { authorization: `Bearer ${token}` },
  });
  const { memberships } = me.json as { memberships: { organisationId: string }[] };
  return { orgId: memberships[0].organisationId, token };
}

interface OrgData {
  beneficiaries: string[];
  /** a stocked item (received in quantity), a service and a transport item */
  items: string[];
}

/** Beneficiaries and items of an api-made organisation, written by SQL as the test fixtures do. */
async function fillOrg(su: pg.Client, orgId: string, beneficiaries = 200): Promise<OrgData> {
  const people = await su.query<{ id: string }>(
    `insert into beneficiaries (tenant_id, id, code) select $1, gen_random_uuid(), 'P-' || n from generate_series(1, $2) n returning id`,
    [orgId, beneficiaries],
  );
  await su.query(
    `insert into consents (tenant_id, id, beneficiary_id, scope, given_at)
     select $1, gen_random_uuid(), id, 'care', $3 from unnest($2::uuid[]) as t(id)`,
    [orgId, people.rows.map((row) => row.id), `${year - 1}-01-01T00:00:00Z`],
  );
  const items: string[] = [];
  for (const [category, unit] of [
    ['medication', 'tube'],
    ['service', 'hour'],
    ['transport', 'visit'],
  ]) {
    const id = randomUUID();
    await su.query(
      `insert into items (tenant_id, id, sku, name, unit, category, default_unit_cost_kopecks) values ($1, $2, $3, 'Мазь «Бепантен»', $4, $5, 45000)`,
      [orgId, id, `SKU-${id.slice(0, 8)}`, unit, category],
    );
    items.push(id);
  }
  const received = 10_000_000;
  await su.query(
    `insert into stock_movements (tenant_id, id, item_id, kind, quantity, unit_cost_kopecks, occurred_at) values ($1, $2, $3, 'receipt', $4, 45000, $5)`,
    [orgId, randomUUID(), items[0], received, `${year - 1}-12-31T00:00:00Z`],
  );
  await su.query(
    `insert into stock_balances (tenant_id, item_id, quantity, value_kopecks, last_inflow_at) values ($1, $2, $3, $4, $5)`,
    [orgId, items[0], received, received * 45000, `${year - 1}-12-31T00:00:00Z`],
  );
  return { beneficiaries: people.rows.map((row) => row.id), items };
}

function eventBody(data: OrgData, index: number) {
  const day = new Date(Date.UTC(year, 0, 1) + (index % 360) * 86_400_000 + 3_600_000);
  return {
    beneficiaryId: data.beneficiaries[index % data.beneficiaries.length],
    occurredAt: day.toISOString(),
    kind: 'delivery',
    lines: [
      { itemId: data.items[0], quantity: 1 },
      { itemId: data.items[1], quantity: 2 },
      { itemId: data.items[2], quantity: 1 },
    ],
  };
}

async function countLines(su: pg.Client, orgId: string): Promise<{ events: number; lines: number }> {
  const [row] = (
    await su.query<{ events: number; lines: number }>(
      `select (select count(*) from care_events where tenant_id = $1)::int as events,
              (select count(*) from care_lines where tenant_id = $1)::int as lines`,
      [orgId],
    )
  ).rows;
  return row;
}

function record(row: Row, detail: string): void {
  rows.push(row);
  details.push(`- ${row.figure}: ${detail}`);
  log(
    `${row.figure}: measured ${row.measured}, baseline ${row.baseline}, ratio ${row.ratio}, met ${row.met}`,
  );
}

function failed(figure: string, target: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  rows.push({ figure, baseline: '—', measured: 'failed', ratio: '—', target, met: '**no**' });
  notes.push(`${figure} failed: ${message.slice(0, 400)}`);
  log(`${figure} FAILED: ${message}`);
}

// 1. Batch ingest through the api vs raw unnest inserts.
async function benchIngest(port: number, db: TestDatabase, su: pg.Client, org: ApiOrg, data: OrgData) {
  const figure = 'batch ingest, care lines/s (1,000 events × 3 lines)';
  const target = '≥ 25% of raw';
  try {
    const raw = await registerOrg(port, su);
    const rawData = await fillOrg(su, raw.orgId);
    const appPool = db.pool('app', 1);
    const apiRates: number[] = [];
    const rawRates: number[] = [];
    for (let run = -1; run < runs; run++) {
      // through the api
      const events = Array.from({ length: 1000 }, (_, index) => eventBody(data, index + (run + 1) * 1000));
      const body = JSON.stringify({ events });
      const before = await countLines(su, org.orgId);
      const started = performance.now();
      const response = await call(port, {
        method: 'POST',
        path: `/api/v1/orgs/${org.orgId}/care-events/batch`,
        headers: { authorization: `Bearer ${org.token}`, 'idempotency-key': randomUUID() },
        body,
      });
      const seconds = (performance.now() - started) / 1000;
      const after = await countLines(su, org.orgId);
      if (response.status !== 201 || (response.json as { created: number }).created !== 1000)
        throw new Error(`batch answered ${response.status} ${JSON.stringify(response.json).slice(0, 300)}`);
      if (after.events - before.events !== 1000 || after.lines - before.lines !== 3000)
        throw new Error(
          `batch wrote ${after.events - before.events} events, ${after.lines - before.lines} lines`,
        );
      // raw SQL, the same rows, as the app role under RLS
      const eventIds = events.map(() => randomUUID());
      const lineArrays = {
        ids: [] as string[],
        events: [] as string[],
        numbers: [] as number[],
        items: [] as string[],
        quantities: [] as string[],
        unitCosts: [] as number[],
        costs: [] as number[],
      };
      events.forEach((event, index) =>
        event.lines.forEach((line, lineIndex) => {
          lineArrays.ids.push(randomUUID());
          lineArrays.events.push(eventIds[index]);
          lineArrays.numbers.push(lineIndex + 1);
          lineArrays.items.push(rawData.items[lineIndex]);
          lineArrays.quantities.push(line.quantity.toFixed(3));
          lineArrays.unitCosts.push(45000);
          lineArrays.costs.push(45000 * line.quantity);
        }),
      );
      const rawBefore = await countLines(su, raw.orgId);
      const client = await appPool.connect();
      const rawStarted = performance.now();
      try {
        await client.query('begin');
        await client.query(`select set_config('app.tenant_id', $1, true)`, [raw.orgId]);
        await client.query(
          `insert into care_events (tenant_id, id, beneficiary_id, occurred_at, kind, note, logged_by)
           select $1, i, b, o, k, null, null from unnest($2::uuid[], $3::uuid[], $4::timestamptz[], $5::text[]) as t(i, b, o, k)`,
          [
            raw.orgId,
            eventIds,
            events.map((_, index) => rawData.beneficiaries[index % rawData.beneficiaries.length]),
            events.map((event) => event.occurredAt),
            events.map((event) => event.kind),
          ],
        );
        await client.query(
          `insert into care_lines (tenant_id, id, event_id, line_no, item_id, quantity, unit_cost_kopecks, cost_kopecks, funding_source_id, category, funding_kind)
           select $1, i, e, n, it, q, u, c, null, (select category from items where tenant_id = $1 and id = it), 'unattributed'
             from unnest($2::uuid[], $3::uuid[], $4::int[], $5::uuid[], $6::numeric[], $7::bigint[], $8::bigint[]) as t(i, e, n, it, q, u, c)`,
          [
            raw.orgId,
            lineArrays.ids,
            lineArrays.events,
            lineArrays.numbers,
            lineArrays.items,
            lineArrays.quantities,
            lineArrays.unitCosts,
            lineArrays.costs,
          ],
        );
        await client.query('commit');
      } finally {
        client.release();
      }
      const rawSeconds = (performance.now() - rawStarted) / 1000;
      const rawAfter = await countLines(su, raw.orgId);
      if (rawAfter.lines - rawBefore.lines !== 3000)
        throw new Error('raw insert wrote the wrong number of lines');
      if (run >= 0) {
        apiRates.push(3000 / seconds);
        rawRates.push(3000 / rawSeconds);
      }
    }
    // The raw rows have no rollups (that is the point of the baseline): take them out again so the
    // ledger and the rollups agree for the later figures.
    await su.query(`delete from care_lines where tenant_id = $1`, [raw.orgId]);
    await su.query(`delete from care_events where tenant_id = $1`, [raw.orgId]);
    const api = median(apiRates);
    const base = median(rawRates);
    record(
      {
        figure,
        baseline: `${fmt(base)} lines/s`,
        measured: `${fmt(api)} lines/s`,
        ratio: `${fmt((100 * api) / base, 1)}%`,
        target,
        met: yes(api >= 0.25 * base),
      },
      `api runs ${apiRates.map((v) => fmt(v)).join(', ')} lines/s; raw runs ${rawRates.map((v) => fmt(v)).join(', ')} lines/s (one warm-up of each not counted; counts checked after every run)`,
    );
  } catch (error) {
    failed(figure, target, error);
  }
}

// 2. PDF report vs PDFKit alone, each in a child process of its own.
async function benchPdf() {
  const figure = 'PDF, 5,000 lines: seconds';
  try {
    const child = async (mode: string): Promise<PdfMeasurement> => {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['dist/bench/pdf-child.js', mode, '5000'],
        {
          maxBuffer: 1 << 20,
        },
      );
      const result = JSON.parse(stdout.trim().split('\n').pop() as string) as PdfMeasurement;
      if (result.rows !== 5000 || result.pages < 50 || result.bytes < 100_000)
        throw new Error(`${mode} PDF looks wrong: ${JSON.stringify(result)}`);
      return result;
    };
    const reports: PdfMeasurement[] = [];
    const baselines: PdfMeasurement[] = [];
    for (let run = 0; run < runs; run++) {
      reports.push(await child('report'));
      baselines.push(await child('pdfkit'));
    }
    const seconds = median(reports.map((r) => r.seconds));
    const baseSeconds = median(baselines.map((r) => r.seconds));
    const rss = median(reports.map((r) => r.peakRssMb));
    const baseRss = median(baselines.map((r) => r.peakRssMb));
    record(
      {
        figure,
        baseline: `${fmt(baseSeconds, 2)} s`,
        measured: `${fmt(seconds, 2)} s`,
        ratio: `${fmt(seconds / baseSeconds, 2)}×`,
        target: '≤ 2× PDFKit alone',
        met: yes(seconds <= 2 * baseSeconds),
      },
      `report ${reports.map((r) => fmt(r.seconds, 2)).join(', ')} s (${reports[0].pages} pages, ${fmt(reports[0].bytes)} bytes); PDFKit alone ${baselines.map((r) => fmt(r.seconds, 2)).join(', ')} s (${baselines[0].pages} pages)`,
    );
    record(
      {
        figure: 'PDF, 5,000 lines: peak RSS of the rendering process',
        baseline: `${fmt(baseRss)} MB`,
        measured: `${fmt(rss)} MB`,
        ratio: `${fmt(rss / baseRss, 2)}×`,
        target: '≤ 300 MB',
        met: yes(rss <= 300),
      },
      `peak RSS (max of process.memoryUsage().rss sampled every 5 ms and on every write, and VmHWM) report ${reports.map((r) => fmt(r.peakRssMb)).join(', ')} MB; PDFKit alone ${baselines.map((r) => fmt(r.peakRssMb)).join(', ')} MB`,
    );
  } catch (error) {
    failed(figure, '≤ 2× PDFKit alone; RSS ≤ 300 MB', error);
  }
}

interface ReadTarget {
  port: number;
  org: ApiOrg;
  region: string;
}

// 3. Read routes on generated data vs an empty database.
async function benchReads(data: ReadTarget, empty: ReadTarget) {
  const routes: { name: string; request: (target: ReadTarget) => Request }[] = [
    {
      name: 'GET /public/league-table',
      request: () => ({ method: 'GET', path: `/api/v1/public/league-table?year=${year}` }),
    },
    {
      name: 'GET /public/regions/{code}/stats',
      request: (target) => ({
        method: 'GET',
        path: `/api/v1/public/regions/${target.region}/stats?year=${year}`,
      }),
    },
    {
      name: 'GET /orgs/{id}/metrics?year=',
      request: (target) => ({
        method: 'GET',
        path: `/api/v1/orgs/${target.org.orgId}/metrics?year=${year}`,
        headers: { authorization: `Bearer ${target.org.token}` },
      }),
    },
  ];
  for (const route of routes) {
    const figure = `${route.name}: requests/s (concurrency 10)`;
    try {
      const measure = async (target: ReadTarget) => {
        const options = {
          port: target.port,
          concurrency: 10,
          total: sizes.readRequests,
          request: () => route.request(target),
          expect: { status: 200, bodyStartsWith: '{' },
        };
        await loadRuns({ ...options, total: 50 }, 1);
        return loadRuns(options, runs);
      };
      const withData = await measure(data);
      const withoutData = await measure(empty);
      const rps = median(withData.map((r) => r.rps));
      const baseRps = median(withoutData.map((r) => r.rps));
      const p99 = median(withData.map((r) => r.p99Ms));
      const baseP99 = median(withoutData.map((r) => r.p99Ms));
      record(
        {
          figure,
          baseline: `${fmt(baseRps)} req/s (empty db)`,
          measured: `${fmt(rps)} req/s`,
          ratio: `${fmt((100 * rps) / baseRps)}%`,
          target: '≥ 50% of empty db',
          met: yes(rps >= 0.5 * baseRps),
        },
        describeRuns(withData, withoutData),
      );
      recordP99(`${route.name}: p99`, `${fmt(baseP99, 1)} ms (empty db)`, baseP99, p99);
    } catch (error) {
      failed(figure, '≥ 50% of empty db; p99 ≤ 50 ms', error);
    }
  }
}

/** The p99 row that follows a throughput row, from the same runs; the target is 50 ms everywhere. */
function recordP99(figure: string, baseline: string, baseP99: number, p99: number): void {
  record(
    {
      figure,
      baseline,
      measured: `${fmt(p99, 1)} ms`,
      ratio: `${fmt(p99 / baseP99, 2)}×`,
      target: '≤ 50 ms',
      met: yes(p99 <= 50),
    },
    'same runs as above',
  );
}

function describeRuns(measured: LoadResult[], baseline: LoadResult[]): string {
  const show = (results: LoadResult[]) =>
    results.map((r) => `${fmt(r.rps)} req/s p99 ${fmt(r.p99Ms, 1)} ms`).join('; ');
  return `measured ${show(measured)} — baseline ${show(baseline)}`;
}

// 4. League recompute vs a plain GROUP BY region over the raw ledger.
async function benchLeague(app: NestFastifyApplication, su: pg.Client, generated: GenerateSummary) {
  const figure = `league recompute, one year, ${fmt(generated.organisations)} generated organisations`;
  try {
    const league = app.get(LeagueService);
    const [from, to] = [`${year}-01-01`, `${year + 1}-01-01`];
    const recomputeTimes: number[] = [];
    const rawTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const snapshot = await league.recompute(year);
      recomputeTimes.push((performance.now() - started) / 1000);
      const rawStarted = performance.now();
      const raw = await su.query<{ region_code: string; orgs: number; people: number; spend: string }>(
        `select o.region_code, count(distinct e.tenant_id)::int as orgs, count(distinct (e.tenant_id, e.beneficiary_id))::int as people,
                sum(l.cost_kopecks) as spend
           from care_lines l
           join care_events e on e.tenant_id = l.tenant_id and e.id = l.event_id
           join organisations o on o.id = l.tenant_id
          where e.occurred_at >= $1 and e.occurred_at < $2
          group by o.region_code`,
        [from, to],
      );
      rawTimes.push((performance.now() - rawStarted) / 1000);
      const rawOrgs = raw.rows.reduce((sum, row) => sum + row.orgs, 0);
      const leagueOrgs = snapshot.inputs.reduce((sum, region) => sum + region.activeCsos, 0);
      if (rawOrgs !== leagueOrgs)
        throw new Error(`recompute counts ${leagueOrgs} active organisations, the raw ledger ${rawOrgs}`);
    }
    const seconds = median(recomputeTimes);
    const base = median(rawTimes);
    record(
      {
        figure,
        baseline: `${fmt(base, 3)} s`,
        measured: `${fmt(seconds, 3)} s`,
        ratio: `${fmt(seconds / base, 2)}×`,
        target: '≤ 5 s',
        met: yes(seconds <= 5),
      },
      `recompute ${recomputeTimes.map((v) => fmt(v, 3)).join(', ')} s; raw GROUP BY ${rawTimes.map((v) => fmt(v, 3)).join(', ')} s; active organisations per region checked against the raw ledger`,
    );
  } catch (error) {
    failed(figure, '≤ 5 s', error);
  }
}

interface Tenant {
  org: ApiOrg;
  data: OrgData;
}

/** Events and lines of these organisations, summed. */
async function countAll(su: pg.Client, tenants: Tenant[]): Promise<{ events: number; lines: number }> {
  const counts: { events: number; lines: number }[] = [];
  // One client runs one query at a time.
  for (const tenant of tenants) counts.push(await countLines(su, tenant.org.orgId));
  return counts.reduce((sum, count) => ({
    events: sum.events + count.events,
    lines: sum.lines + count.lines,
  }));
}

/** How many events the group commit wrote per transaction (events of one transaction share created_at). */
async function eventsPerTransaction(su: pg.Client, tenants: Tenant[], since: Date): Promise<number> {
  const [row] = (
    await su.query<{ ratio: number }>(
      `select count(*)::float / greatest(count(distinct (tenant_id, created_at)), 1) as ratio
         from care_events where tenant_id = any($1::uuid[]) and created_at >= $2`,
      [tenants.map((tenant) => tenant.org.orgId), since],
    )
  ).rows;
  return row.ratio;
}

/**
 * 50 concurrent `POST .../care-events`, request i for tenant i mod n; the counts are checked after.
 * Answers the runs and how many events went into one transaction on average.
 */
async function measureSingle(
  port: number,
  su: pg.Client,
  tenants: Tenant[],
): Promise<{ results: LoadResult[]; perTransaction: number }> {
  let sequence = 0;
  const before = await countAll(su, tenants);
  const [{ now: since }] = (await su.query<{ now: Date }>('select now()')).rows;
  const options = {
    port,
    concurrency: 50,
    total: sizes.singleRequests,
    request: (index: number): Request => {
      const { org, data } = tenants[index % tenants.length];
      return {
        method: 'POST',
        path: `/api/v1/orgs/${org.orgId}/care-events`,
        headers: { authorization: `Bearer ${org.token}`, 'idempotency-key': randomUUID() },
        body: JSON.stringify(eventBody(data, sequence++)),
      };
    },
    expect: { status: 201 },
  };
  await loadRuns({ ...options, total: 100 }, 1);
  const results = await loadRuns(options, runs);
  const expected = 100 + runs * sizes.singleRequests;
  const after = await countAll(su, tenants);
  if (after.events - before.events !== expected || after.lines - before.lines !== 3 * expected)
    throw new Error(`expected ${expected} events, ${after.events - before.events} were written`);
  return { results, perTransaction: await eventsPerTransaction(su, tenants, since) };
}

// 4b. League recompute at 1,000 and at 10,000 organisations (each in a database of its own, 30 care
// lines per organisation): the cost should grow at most linearly with organisations.
async function benchLeagueGrowth(overrides: Record<string, string>) {
  const figure = 'league recompute growth, 1,000 → 10,000 organisations';
  try {
    const seconds: number[] = [];
    for (const organisations of [1_000, 10_000]) {
      const db = await TestDatabase.create(`bench_league_${organisations}`, overrides);
      const client = superuserClient(db);
      let app: INestApplication | undefined;
      try {
        await client.connect();
        await generate(
          client,
          { organisations, beneficiaries: 10 * organisations, lines: 30 * organisations, lastYear: year },
          false,
        );
        app = await createApiApp(db.config);
        const league = app.get(LeagueService);
        await league.recompute(year);
        const [{ active: expectedActive }] = (
          await client.query<{ active: number }>(
            `select count(distinct tenant_id)::int as active from care_events where occurred_at >= $1 and occurred_at < $2`,
            [`${year}-01-01`, `${year + 1}-01-01`],
          )
        ).rows;
        const times: number[] = [];
        for (let run = 0; run < runs; run++) {
          const started = performance.now();
          const snapshot = await league.recompute(year);
          times.push((performance.now() - started) / 1000);
          const active = snapshot.inputs.reduce((sum, region) => sum + region.activeCsos, 0);
          if (active !== expectedActive)
            throw new Error(`recompute counts ${active} active organisations, the ledger ${expectedActive}`);
        }
        seconds.push(median(times));
        details.push(
          `- league recompute at ${fmt(organisations)} organisations: ${times.map((v) => fmt(v, 3)).join(', ')} s`,
        );
      } finally {
        await app?.close();
        await client.end().catch(() => undefined);
        await db.drop();
      }
    }
    const growth = seconds[1] / seconds[0];
    record(
      {
        figure,
        baseline: `${fmt(seconds[0], 3)} s at 1,000`,
        measured: `${fmt(seconds[1], 3)} s at 10,000`,
        ratio: `${fmt(growth, 2)}× for 10× the organisations`,
        target: '≤ 10× (linear); ≤ 5 s',
        met: yes(growth <= 10 && seconds[1] <= 5),
      },
      'active organisations of the snapshot checked against the raw ledger at both sizes',
    );
  } catch (error) {
    failed(figure, '≤ 10× (linear); ≤ 5 s', error);
  }
}

// 5. Single care events at 50 concurrent requests vs an empty tenant transaction: spread over ten
// organisations (the platform's load), and all from one organisation on one stocked item (the worst case).
async function benchSingle(port: number, basePort: number, su: pg.Client, tenants: Tenant[]) {
  const figure = `single care events/s (3 lines, 50 concurrent, ${tenants.length} organisations)`;
  try {
    const spread = await measureSingle(port, su, tenants);
    const oneOrg = await measureSingle(port, su, tenants.slice(0, 1));
    const baseOptions = {
      port: basePort,
      concurrency: 50,
      total: sizes.singleRequests,
      request: (): Request => ({ method: 'POST', path: '/bench/tx' }),
      expect: { status: 201 },
    };
    await loadRuns({ ...baseOptions, total: 100 }, 1);
    const baseline = await loadRuns(baseOptions, runs);
    const baseRps = median(baseline.map((r) => r.rps));
    const baseP99 = median(baseline.map((r) => r.p99Ms));
    for (const [label, { results, perTransaction }] of [
      [figure, spread],
      ['single care events/s, one organisation (50 concurrent on one stocked item)', oneOrg],
    ] as const) {
      const rps = median(results.map((r) => r.rps));
      const p99 = median(results.map((r) => r.p99Ms));
      log(`${label}: ${fmt(perTransaction, 1)} events per transaction`);
      record(
        {
          figure: label,
          baseline: `${fmt(baseRps)} tx/s`,
          measured: `${fmt(rps)} events/s`,
          ratio: `${fmt((100 * rps) / baseRps)}%`,
          target: '≥ 35% of baseline',
          met: yes(rps >= 0.35 * baseRps),
        },
        `${describeRuns(results, baseline)}; ${fmt(perTransaction, 1)} events per transaction (group commit)`,
      );
      recordP99(`${label.replace('/s', '')}: p99`, `${fmt(baseP99, 1)} ms`, baseP99, p99);
    }
  } catch (error) {
    failed(figure, '≥ 35% of baseline; p99 ≤ 50 ms', error);
  }
}

// 7. The api's resident memory after a minute of mixed load, in a process of its own (logging at info
// to /dev/null, as deployed), so nothing of the bench itself is counted.
async function benchMemory(db: TestDatabase, tenants: Tenant[], region: string) {
  const figure = `api resident memory after ${memorySeconds} s of mixed load`;
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/apps/api/src/main.js'], {
    env: {
      ...process.env,
      DATABASE_URL: db.config.DATABASE_URL,
      QUEUE_PREFIX: db.config.QUEUE_PREFIX,
      RATE_LIMIT_PER_MINUTE: '100000000',
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
      // the tokens of the bench's organisations were signed by the in-process api
      JWT_SECRET: db.config.JWT_SECRET,
      PUBLIC_BASE_URL: db.config.PUBLIC_BASE_URL,
      PORT: String(port),
      // no metrics listener: it would clash with a running `npm start` on 9464
      METRICS_PORT: '0',
    },
    stdio: 'ignore',
  });
  try {
    await waitUntilReady(port, child);
    const startRss = residentMb(child.pid);
    const startPeak = residentMb(child.pid, 'VmHWM');
    let sequence = 0;
    const mixed = (index: number): Request => {
      const { org, data } = tenants[index % tenants.length];
      const auth = { authorization: `Bearer ${org.token}` };
      switch (index % 6) {
        case 0:
        case 1:
          return {
            method: 'POST',
            path: `/api/v1/orgs/${org.orgId}/care-events`,
            headers: { ...auth, 'idempotency-key': randomUUID() },
            body: JSON.stringify(eventBody(data, sequence++)),
          };
        case 2:
          return { method: 'GET', path: `/api/v1/orgs/${org.orgId}/care-events?limit=50`, headers: auth };
        case 3:
          return { method: 'GET', path: `/api/v1/orgs/${org.orgId}/metrics?year=${year}`, headers: auth };
        case 4:
          return { method: 'GET', path: `/api/v1/public/regions/${region}/stats?year=${year}` };
        default:
          return { method: 'GET', path: `/api/v1/public/league-table?year=${year}` };
      }
    };
    const started = performance.now();
    let requests = 0;
    while (performance.now() - started < memorySeconds * 1000) {
      await loadRuns(
        { port, concurrency: 20, total: 600, request: mixed, expect: { status: [200, 201] } },
        1,
      );
      requests += 600;
    }
    const rss = residentMb(child.pid);
    const peak = residentMb(child.pid, 'VmHWM');
    record(
      {
        figure,
        baseline: `${fmt(startRss)} MB at start`,
        measured: `${fmt(rss)} MB (peak ${fmt(peak)} MB)`,
        ratio: `${fmt(rss / startRss, 2)}×`,
        target: '≤ 300 MB',
        met: yes(rss <= 300),
      },
      `peak while starting ${fmt(startPeak)} MB; ${fmt(requests)} requests in ${fmt((performance.now() - started) / 1000, 1)} s at concurrency 20: one third care events (10 organisations), the rest lists, metrics, regional stats and the league table; VmRSS and VmHWM of the api process`,
    );
  } catch (error) {
    failed(figure, '≤ 300 MB', error);
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }
}

function residentMb(pid: number | undefined, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1]);
  return kilobytes / 1024;
}

async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitUntilReady(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the api process exited with code ${child.exitCode}`);
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the api process did not become ready in 30 s');
}

// 6. A trivial route on NestJS + Fastify and on NestJS + Express vs bare node:http.
async function benchAdapter(basePort: number, expressPort: number) {
  const figure = 'trivial route, requests/s (50 concurrent)';
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"ok":true}');
  });
  try {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const barePort = (server.address() as AddressInfo).port;
    const options = (port: number, path: string) => ({
      port,
      concurrency: 50,
      total: sizes.trivialRequests,
      request: (): Request => ({ method: 'GET', path }),
      expect: { status: 200, bodyEquals: '{"ok":true}' },
    });
    const targets = {
      fastify: options(basePort, '/bench/trivial'),
      express: options(expressPort, '/bench/trivial'),
      bare: options(barePort, '/'),
    };
    const results: Record<keyof typeof targets, LoadResult[]> = { fastify: [], express: [], bare: [] };
    for (const target of Object.values(targets)) await loadRuns({ ...target, total: 500 }, 1);
    // Interleaved, so a noisy moment on the shared machine hits all three alike.
    for (let run = 0; run < runs; run++)
      for (const [name, target] of Object.entries(targets))
        results[name as keyof typeof targets].push(...(await loadRuns(target, 1)));
    const baseRps = median(results.bare.map((r) => r.rps));
    for (const [name, label] of [
      ['fastify', 'NestJS Fastify (the api)'],
      ['express', 'NestJS Express'],
    ] as const) {
      const rps = median(results[name].map((r) => r.rps));
      record(
        {
          figure: `${figure}: ${label}`,
          baseline: `${fmt(baseRps)} req/s (node:http)`,
          measured: `${fmt(rps)} req/s`,
          ratio: `${fmt((100 * rps) / baseRps)}%`,
          target: 'record; the api uses the faster',
          met: '—',
        },
        describeRuns(results[name], results.bare),
      );
    }
    const fastifyRps = median(results.fastify.map((r) => r.rps));
    const expressRps = median(results.express.map((r) => r.rps));
    notes.push(
      `Adapter: Fastify answered ${fmt(fastifyRps)} req/s and Express ${fmt(expressRps)} req/s on the trivial route (${fmt(fastifyRps / expressRps, 2)}×); the api stays on Fastify.`,
    );
  } catch (error) {
    failed(figure, 'record', error);
  } finally {
    server.close();
  }
}

function machine(su: pg.Client) {
  return su
    .query<{ version: string }>('select current_setting($$server_version$$) as version')
    .then((result) => ({
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: os.totalmem() / 1024 ** 3,
      node: process.version,
      postgres: result.rows[0].version,
    }));
}

function gitCommit(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim() !== '';
    return dirty ? `${commit} (working tree has uncommitted changes)` : commit;
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const started = performance.now();
  const overrides = { RATE_LIMIT_PER_MINUTE: '100000000', LOG_LEVEL: 'silent' };
  log(`mode ${quick ? 'quick' : 'full'}, ${runs} runs per figure, year ${year}`);
  const dataDb = await TestDatabase.create('bench_data', overrides);
  const emptyDb = await TestDatabase.create('bench_empty', overrides);
  const su = superuserClient(dataDb);
  const suEmpty = superuserClient(emptyDb);
  const apps: INestApplication[] = [];
  try {
    await su.connect();
    await suEmpty.connect();
    const params = quick ? quickParams(year) : fullParams(year);
    const generated = await generate(su, params, process.stdout.isTTY || true);
    log(
      `generated ${fmt(generated.organisations)} organisations, ${fmt(generated.beneficiaries)} beneficiaries, ${fmt(generated.events)} events, ${fmt(generated.lines)} lines in ${fmt(generated.seconds, 1)} s`,
    );

    const api = await createApiApp(dataDb.config);
    apps.push(api);
    const port = await listen(api);
    const emptyApi = await createApiApp(emptyDb.config);
    apps.push(emptyApi);
    const emptyPort = await listen(emptyApi);
    const baseline = await createBaselineApp(api.get(DataSource));
    apps.push(baseline);
    const basePort = await listen(baseline);

    const org = await registerOrg(port, su);
    const orgData = await fillOrg(su, org.orgId);

    if (selected('ingest')) {
      log('1. batch ingest');
      await benchIngest(port, dataDb, su, org, orgData);
    }
    if (selected('pdf')) {
      log('2. PDF');
      await benchPdf();
    }
    await api.get(LeagueService).recompute(year);
    const [{ region_code: busiestRegion }] = (
      await su.query<{ region_code: string }>(
        `select region_code from organisations group by region_code order by count(*) desc, region_code limit 1`,
      )
    ).rows;
    if (selected('reads')) {
      log('3. read routes');
      const emptyOrg = await registerOrg(emptyPort, suEmpty);
      await fillOrg(suEmpty, emptyOrg.orgId, 10);
      await emptyApi.get(LeagueService).recompute(year);
      await benchReads(
        { port, org, region: busiestRegion },
        { port: emptyPort, org: emptyOrg, region: busiestRegion },
      );
    }
    if (selected('league')) {
      log('4. league recompute');
      await benchLeague(api, su, generated);
      log('4b. league recompute at 1,000 and 10,000 organisations');
      await benchLeagueGrowth(overrides);
    }
    const tenants: Tenant[] = [{ org, data: orgData }];
    for (let extra = 1; extra < 10; extra++) {
      const other = await registerOrg(port, su);
      tenants.push({ org: other, data: await fillOrg(su, other.orgId) });
    }
    if (selected('single')) {
      log('5. single care events');
      await benchSingle(port, basePort, su, tenants);
    }
    if (selected('adapter')) {
      log('6. adapter');
      const express = await createExpressBaselineApp(api.get(DataSource));
      apps.push(express);
      await express.listen(0, '127.0.0.1');
      await benchAdapter(basePort, (express.getHttpServer().address() as AddressInfo).port);
    }

    if (selected('memory')) {
      log(`7. api memory after ${memorySeconds} s of mixed load`);
      await benchMemory(dataDb, tenants, busiestRegion);
    }

    const info = await machine(su);
    const totalSeconds = (performance.now() - started) / 1000;
    if (only) {
      console.table(rows);
      log(`partial run (--only) in ${fmt(totalSeconds, 1)} s; docs/benchmarks.md left as it was`);
    } else {
      writeReport(info, generated, startedAt, totalSeconds);
      log(`wrote docs/benchmarks.md in ${fmt(totalSeconds, 1)} s`);
    }
  } finally {
    for (const app of apps.reverse()) await app.close().catch(() => undefined);
    await su.end().catch(() => undefined);
    await suEmpty.end().catch(() => undefined);
    await dataDb.drop();
    await emptyDb.drop();
  }
}

function writeReport(
  info: { cores: number; cpu: string; memoryGb: number; node: string; postgres: string },
  generated: GenerateSummary,
  startedAt: Date,
  totalSeconds: number,
): void {
  const table = [
    '| figure | baseline | measured | ratio | target | met? |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.figure} | ${row.baseline} | ${row.measured} | ${row.ratio} | ${row.target} | ${row.met} |`,
    ),
  ].join('\n');
  const text = `# Benchmarks

Written by \`npm run bench${quick ? ' -- --quick' : ''}\` (bench/run.ts). Every figure is the median of ${runs} runs,
each against a baseline measured in the same run on the same machine; ratios matter more than absolute
values on these shared machines. Each run checks its answer (row counts after ingest, page and row counts
of the PDFs, status and body of every request, active organisations of the league against the raw
ledger); a run with a wrong answer fails the figure instead of counting.

- mode: **${quick ? 'quick (small data)' : 'full'}**
- date: ${startedAt.toISOString()}
- commit: ${gitCommit()}
- machine: ${info.cores} cores (${info.cpu}), ${fmt(info.memoryGb, 1)} GB RAM
- Node ${info.node}, PostgreSQL ${info.postgres}
- data: ${fmt(generated.organisations)} organisations, ${fmt(generated.beneficiaries)} beneficiaries, ${fmt(generated.events)} events, ${fmt(generated.lines)} care lines over ${year - 2}–${year}, generated in ${fmt(generated.seconds, 1)} s; whole run ${fmt(totalSeconds, 1)} s

${table}

## How each figure is measured

1. **Batch ingest**: \`POST /api/v1/orgs/{orgId}/care-events/batch\` over loopback HTTP (fetch) to the real
   api (\`createApiApp\`, \`app.listen(0)\`), 1,000 events × 3 lines (one stocked item with stock received,
   one service, one transport), timed from request to answer; the organisation is registered through the
   api. Baseline: the same number of rows written by \`INSERT ... SELECT FROM unnest(...)\` into
   care_events and care_lines as the app role inside a transaction with \`set_config('app.tenant_id')\`
   (RLS on), without the api, into a second api-registered organisation.
2. **PDF**: \`renderReportPdf\` of an activity report with 5,000 lines to a null sink, vs PDFKit alone writing
   the same 5,000 rows (6 columns, DejaVu Sans, manual layout) to a null sink; each in a child process of
   its own (bench/pdf-child.ts), so peak RSS is the renderer's alone (Node's own ~45 MB included in both).
3. **Read routes**: a closed loop of ${sizes.readRequests} requests per run at concurrency 10 over loopback
   keep-alive connections, on the generated database vs a freshly migrated one (one registered
   organisation, league recomputed so the table exists). The metrics route reads the api-registered
   organisation that the ingest benchmark filled. Public regional statistics and the league table are
   served from a \`PUBLIC_STATS_CACHE_SECONDS\` (30 s) cache, so the loop measures mostly hits on both sides.
4. **League recompute**: \`LeagueService.recompute(year)\` (Monte Carlo included, snapshot written) vs one
   \`GROUP BY region_code\` over care_lines ⋈ care_events ⋈ organisations for the year, with distinct
   beneficiaries and organisations. **Growth**: the same recompute on two further generated databases of
   1,000 and 10,000 organisations (30 care lines each), ratio of the medians.
5. **Single events**: ${sizes.singleRequests} \`POST .../care-events\` per run (3 lines, a fresh Idempotency-Key each) at
   50 concurrent connections, first spread over ten organisations (the platform's load: 5 concurrent per
   organisation), then all for one organisation and one stocked item (the worst case: every event locks the
   same stock balance row), vs a NestJS route on the same Fastify adapter (bench/baseline-app.ts) running
   \`BEGIN; select set_config('app.tenant_id', $1, true); select 1; COMMIT\` through the api's own TypeORM pool.
   The api writes an organisation's events that are in flight together as one group commit; the per-run
   figures give how many events a transaction carried (events of one transaction share \`created_at\`).
6. **Adapter**: a trivial JSON route on NestJS + Fastify and on NestJS + Express vs bare \`node:http\`,
   ${sizes.trivialRequests} requests per run at 50 concurrent connections, the three interleaved run by run.
7. **Memory**: the api started as its own process (\`dist/apps/api/src/main.js\`, NODE_ENV=production,
   logging at info to /dev/null) on the generated database, ${memorySeconds} s of mixed load at concurrency 20 (one
   third care events over ten organisations, the rest event lists, metrics, regional statistics and the
   league table), then VmRSS and VmHWM from /proc.

The load generator runs in a worker thread of the bench process (bench/load-worker.ts): it does not stall
the servers' event loop, but it shares the 2 cores with them and with PostgreSQL, so absolute requests/s
are lower than an external tool would show (it saturates near 6,500 req/s, which caps the trivial-route
figures); both sides of every ratio pay the same cost.

## What was changed, and what it bought

Profiled with \`node --cpu-prof\` and samples of \`pg_stat_activity\` during the single-event load; the
figures below are quick-mode medians from the runs that followed each change.

| change | before | after |
| --- | --- | --- |
| care events: references in one query, event and lines in one statement, stock write and movements in one, both rollups in one; the answer built from what was written instead of read back; audit row chained by one INSERT that hashes in the database; READ COMMITTED left implicit (TypeORM otherwise sends \`SET TRANSACTION\` after \`START TRANSACTION\`) | 26 round trips to PostgreSQL per single event | 19 |
| Idempotency-Key claimed inside the event's own transaction, in one statement with a transaction-scoped advisory lock that answers 409 for a key in flight; the answer stored before the shared rows are locked | 19 round trips; 145 events/s over ten organisations, 129 for one | 13; 150–176 and 122–162 events/s (runs of the same code vary this much here) |
| access tokens verified with a KeyObject (jsonwebtoken re-parsed the secret as a public key, and threw, on every request) | 1.2 s of 16 s api CPU in \`createPublicKey\` | gone from the profile |
| batch ingest, by the same round-trip cuts | 22% of raw SQL | 28–32% |
| league inputs grouped once per organisation and region instead of filtered per organisation | 2.43 s at 10,000 organisations, 19× the 1,000 figure | 0.35 s, 2.9× |
| public regional statistics and league table kept 30 s in memory | regional stats 47% of the empty database, p99 56 ms; league table p99 65–70 ms | 90%, p99 12 ms; p99 21 ms |
| group commit of single events: an organisation's events that arrive while its previous one commits wait in the api and are written together in one transaction (keys claimed and answered set-based, audit rows chained by one statement); a request the group cannot take runs alone after it, and a group that fails as a whole (short stock) falls back to one by one | 277 events/s over ten organisations (9%), 244 for one organisation on one item (8%); p99 232 and 575 ms | 434–531 (13–17%; 2.6 events per transaction) and 974–1,075 (32–36%; 24 per transaction); p99 139–238 and 72–76 ms |
| membership lookups of concurrent requests answered by one query (the same \`RequestGroups\`; nothing cached, every request still reads the memberships as they are) | 13–17% over ten organisations, 32–36% for one | 17–18% and 35–38% (quick runs) |

**Why single events still miss their target.** The group commit took away the queue on one
organisation's locks (stock balance, rollup cells, audit chain): one organisation's concurrent events now
share a transaction, about 24 of them at 50 connections, and that case went from 5–8% to 28–36% of the
baseline (full and quick runs). Spread over ten organisations only five requests per organisation are in
flight, a transaction carries 2.6–2.7 events, and an event still costs more than 5 round trips (the
rate-limit counter in Redis, its share of a membership query, and 12 statements per group transaction
shared by 2.6 events) where the baseline makes 4 per transaction. \`pg_stat_statements\` during a quick run showed PostgreSQL spending about
0.6 ms in statements per event, a third of it planning, out of the roughly 4 ms of machine CPU an event
costs: the rest is the round trips themselves (on this 2-core VM the loopback socket write, \`writev\`,
is about 40% of the api's profile) and the HTTP handling. The p99 target cannot be met below about
1,000 events/s at all: 50 closed-loop connections at 50 ms each are 1,000 requests per second (Little's
law). Steps not taken: fold statements of the group transaction (the keys' answers into the insert, the
rollups and the audit lock into the stock write: 12 round trips to 8), check membership in the group's
own transaction, prepare the hot statements once per connection,
or write a whole group with one server-side function.

**The metrics read.** \`GET /orgs/{id}/metrics\` lands either side of its 50% target from run to run
(46–53% in full runs, 47–55% in quick ones). Its cost does not grow with the ledger: on the same
machine it answered 644–683 req/s over 200,000 lines and 702–763 req/s over 10 million. The gap to the empty
database is the organisation's own year: \`pg_stat_statements\` shows its three rollup aggregates taking
about 1 ms of PostgreSQL per request (200 people × 12 months, and a year of daily cells) against 0.01 ms
on an empty organisation. A month × category rollup and one pass over the people's months were tried and
measured no better in quick runs (47–52%), so they were not kept.

## Per-run figures

${details.join('\n')}

## Notes: what is missing or not met

${[
  ...notes,
  quick
    ? 'Quick mode runs on small data (200 organisations, 200,000 lines); the targets are stated for 10,000 organisations and 10 million lines: `npm run bench` without --quick.'
    : 'Full mode: 10,000 organisations, 200,000 beneficiaries and 10 million lines, as the targets are stated.',
  'The data are generated by the set-based synthetic ledger behind `npm run seed:demo -- --organisations N --lines M` (apps/cli/src/demo/synthetic-ledger.ts): the demo organisations of plain `seed:demo` go through the services one event at a time, too slow for millions of lines. Stock tables are not generated for the synthetic history.',
]
  .map((note) => `- ${note}`)
  .join('\n')}
`;
  writeFileSync('docs/benchmarks.md', `${text}${keptWebSection()}`);
}

/** The "Web" section the browser tests write (test/browser/league-usable.spec.ts) stays as they left it. */
function keptWebSection(): string {
  const current = readFileSync('docs/benchmarks.md', 'utf8');
  const web = /\n## Web\n[\s\S]*?(?=\n## |$)/.exec(current);
  return web ? web[0] : '';
}

await main();
process.exit(0);
