import { superuserUrl } from '@careledger/database';
import { eventually, freePort } from '@careledger/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { startTestApi, TestApi } from './support/api.js';
import { CareFixtures } from './support/care-fixtures.js';
import { bearer, RegisteredOrg, registerOrg } from './support/factories.js';
import { assertLedgerInvariants } from './support/ledger-invariants.js';

const root = join(__dirname, '..');
const streams = 8;
const requestsPerStream = 30;

/** One keyed request of a stream, and what it answered (undefined: the connection died under it). */
interface Attempt {
  path: string;
  key: string;
  body: object;
  status?: number;
}

/**
 * The api killed with -9 while 8 clients stream receipts and voids with Idempotency-Keys (issue 15,
 * items 3 and 6): after a restart every retried key either replays its answer or completes now, no key
 * is left in flight, and no receipt or void is written twice.
 */
describe('the api killed -9 during keyed receipts and voids', () => {
  let api: TestApi;
  let org: RegisteredOrg;
  let fixtures: CareFixtures;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    // The killed api runs the built code in dist/, which jest's global setup builds once for every suite:
    // building again here would empty dist/ under another suite's running child processes.
    api = await startTestApi('idempotency_crash', { RATE_LIMIT_PER_MINUTE: '100000000' });
    org = await registerOrg(api.app);
    fixtures = new CareFixtures(api.db, org.orgId);
  });

  afterAll(async () => {
    child?.kill('SIGKILL');
    await api.close();
  });

  /** The api as a process of its own on `port`, against the suite's database; resolves when ready. */
  async function startApiProcess(port: number): Promise<ChildProcess> {
    const { config } = api.db;
    const started = spawn(process.execPath, ['dist/apps/api/src/main.js'], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: config.DATABASE_URL,
        DATABASE_ADMIN_URL: config.DATABASE_ADMIN_URL,
        QUEUE_PREFIX: config.QUEUE_PREFIX,
        JWT_SECRET: config.JWT_SECRET, // the organisation's token was signed by the in-process api
        PUBLIC_BASE_URL: config.PUBLIC_BASE_URL,
        RATE_LIMIT_PER_MINUTE: '100000000',
        LOG_LEVEL: 'silent',
        PORT: String(port),
        METRICS_PORT: '0',
        DEMO_DATA: 'false',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    started.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (started.exitCode !== null)
        throw new Error(`the api exited with code ${started.exitCode}: ${errors}`);
      const ready = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) return started;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the api did not become ready within 30 s');
  }

  async function send(
    port: number,
    attempt: Attempt,
  ): Promise<{ status: number; replayed: boolean; json: { id?: string } }> {
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/orgs/${org.orgId}${attempt.path}`, {
      method: 'POST',
      headers: {
        ...bearer(org.accessToken),
        'content-type': 'application/json',
        'idempotency-key': attempt.key,
      },
      body: JSON.stringify(attempt.body),
    });
    return {
      status: response.status,
      replayed: response.headers.get('idempotent-replayed') === 'true',
      json: (await response.json()) as { id?: string },
    };
  }

  it('replays or completes every retried key, leaves none in flight and doubles nothing', async () => {
    const itemId = await fixtures.item();
    await fixtures.receive(itemId, 10_000);
    const beneficiaryId = await fixtures.beneficiary();
    const batch = await api.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.orgId}/care-events/batch`,
      headers: { ...bearer(org.accessToken), 'idempotency-key': randomUUID() },
      payload: {
        events: Array.from({ length: streams * requestsPerStream }, () => ({
          beneficiaryId,
          occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
          kind: 'delivery',
          lines: [{ itemId, quantity: 1 }],
        })),
      },
    });
    expect(batch.statusCode).toBe(201);
    const eventIds: string[] = batch.json().ids;

    // Each stream alternates receipts and voids of events of its own, one request at a time.
    const plans: Attempt[][] = Array.from({ length: streams }, (_, stream) =>
      Array.from({ length: requestsPerStream }, (_, index) =>
        index % 2 === 0
          ? {
              path: '/stock/movements',
              key: randomUUID(),
              body: { itemId, kind: 'receipt', quantity: 1, occurredAt: new Date().toISOString() },
            }
          : {
              path: `/care-events/${eventIds[stream * requestsPerStream + index]}/void`,
              key: randomUUID(),
              body: { reason: 'выдано по ошибке' },
            },
      ),
    );
    const firstPort = await freePort();
    child = await startApiProcess(firstPort);
    let answered = 0;
    const running = plans.map(async (plan) => {
      for (const attempt of plan) {
        try {
          attempt.status = (await send(firstPort, attempt)).status;
          answered += 1;
        } catch {
          return; // the api is gone: this request and the rest of the plan are retried below
        }
      }
    });
    // Once a third of the requests are answered, hold the item's stock balance: every stream's next
    // request then waits inside its transaction, its key already claimed. Kill the api right there.
    while (answered < (streams * requestsPerStream) / 3)
      await new Promise((resolve) => setTimeout(resolve, 5));
    const holder = new pg.Client({ connectionString: superuserUrl(api.db.config) });
    await holder.connect();
    await holder.query('begin');
    await holder.query(`select 1 from stock_balances where tenant_id = $1 and item_id = $2 for update`, [
      org.orgId,
      itemId,
    ]);
    await eventually(async () => {
      const { rows } = await holder.query<{ waiting: number }>(
        `select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
      );
      expect(rows[0].waiting).toBe(streams);
    });
    child.kill('SIGKILL');
    await Promise.all(running);
    await holder.query('rollback');
    await holder.end();
    const interrupted = plans.flat().filter((attempt) => attempt.status === undefined).length;
    expect(answered).toBeGreaterThan(0);
    expect(interrupted).toBeGreaterThan(0);

    const secondPort = await freePort();
    child = await startApiProcess(secondPort);
    const retried = await Promise.all(
      plans.map(async (plan) => {
        const outcomes = [];
        for (const attempt of plan) outcomes.push({ attempt, ...(await send(secondPort, attempt)) });
        return outcomes;
      }),
    );
    const outcomes = retried.flat();

    // Every key answers 201: a replay when its first request had committed, a fresh answer otherwise.
    expect(outcomes.filter((outcome) => outcome.status !== 201)).toEqual([]);
    for (const outcome of outcomes) {
      if (outcome.attempt.status === 201) expect(outcome.replayed).toBe(true);
    }
    const [inFlight] = await api.db.asSuperuser<{ count: number }>(
      `select count(*)::int as count from idempotency_keys where tenant_id = $1 and response_status is null`,
      [org.orgId],
    );
    expect(inFlight.count).toBe(0);
    const receipts = outcomes.filter((outcome) => outcome.attempt.path === '/stock/movements');
    const voids = outcomes.filter((outcome) => outcome.attempt.path !== '/stock/movements');
    const [written] = await api.db.asSuperuser<{ receipts: number; reversals: number }>(
      `select (select count(*)::int from stock_movements where tenant_id = $1 and kind = 'receipt' and created_by is not null) as receipts,
              (select count(*)::int from care_events where tenant_id = $1 and reverses_event_id is not null) as reversals`,
      [org.orgId],
    );
    expect(written).toEqual({ receipts: receipts.length, reversals: voids.length });
    expect(new Set(receipts.map((outcome) => outcome.json.id)).size).toBe(receipts.length);
    expect(await fixtures.balance(itemId)).toMatchObject({
      quantity: 10_000 - eventIds.length + voids.length + receipts.length,
    });
    await assertLedgerInvariants(api.db, org.orgId);
    console.log(
      `idempotency crash: ${outcomes.length} keyed requests in ${streams} streams; killed after ${answered} answers ` +
        `with ${streams} held mid-transaction (${interrupted} unanswered in all); retried: ${outcomes.filter((outcome) => outcome.replayed).length} replayed, ` +
        `${outcomes.filter((outcome) => !outcome.replayed).length} completed; 0 in flight; ` +
        `${written.receipts} receipts and ${written.reversals} voids written, one per key`,
    );
  });
});
