import { superuserUrl } from '@careledger/database';
import { QueueRegistry, Queues } from '@careledger/jobs';
import { eventually, RedisServer } from '@careledger/testing';
import { INestApplicationContext } from '@nestjs/common';
import { Redis } from 'ioredis';
import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { startTestApi, TestApi } from './support/api.js';
import { bearer, defaultPassword, login, RegisteredOrg, registerOrg } from './support/factories.js';
import { startTestWorker } from './support/worker.js';

/** Short reconciler figures, so "within two periods" is seconds; the defaults are 60 s and 120 s. */
const periodSeconds = 5;
const graceSeconds = 1;
const withinPeriods = (periods: number) => ({ timeoutMs: periods * periodSeconds * 1000, intervalMs: 100 });

interface ReportState {
  status: string;
  failure_reason: string | null;
  started_at: Date | null;
}

/**
 * PostgreSQL is the truth for every piece of work: reports and league recomputes end (ready or done, or
 * failed with a reason) whatever Redis forgets and however often a worker dies.
 */
describe('work that survives Redis loss and stalls', () => {
  let redis: RedisServer;
  let api: TestApi;
  let org: RegisteredOrg;
  const platformAdmin = `platform-${randomUUID()}@example.org`;

  beforeAll(async () => {
    redis = await RedisServer.start();
    api = await startTestApi('work_recovery', {
      REDIS_URL: redis.url,
      RATE_LIMIT_PER_MINUTE: '100000',
      PLATFORM_ADMIN_EMAIL: platformAdmin,
      PLATFORM_ADMIN_PASSWORD: defaultPassword,
      RECONCILE_INTERVAL_SECONDS: String(periodSeconds),
      RECONCILE_GRACE_SECONDS: String(graceSeconds),
    });
    org = await registerOrg(api.app);
  });

  afterAll(async () => {
    await api.close();
    await redis.stop();
  });

  async function requestReport(): Promise<string> {
    const response = await api.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.orgId}/reports`,
      headers: { ...bearer(org.accessToken), 'idempotency-key': randomUUID() },
      payload: { type: 'activity', periodFrom: '2026-01-01', periodTo: '2026-03-31', language: 'ru' },
    });
    expect(response.statusCode).toBe(202);
    return response.json().id;
  }

  async function report(id: string): Promise<ReportState> {
    const [row] = await api.db.asSuperuser<ReportState>(
      `select status, failure_reason, started_at from reports where id = $1`,
      [id],
    );
    return row;
  }

  async function statuses(ids: string[]): Promise<string[]> {
    return Promise.all(ids.map(async (id) => (await report(id)).status));
  }

  async function outboxRows(): Promise<number> {
    const [{ count }] = await api.db.asSuperuser<{ count: number }>(
      `select (select count(*) from outbox) + (select count(*) from platform_outbox) as count`,
    );
    return Number(count);
  }

  /**
   * Holds writes to report files: a render then stays `running` for as long as the test wants, and a
   * worker killed meanwhile dies mid-render, deterministically.
   */
  async function holdReportFiles(): Promise<() => Promise<void>> {
    const client = new pg.Client({ connectionString: superuserUrl(api.db.config) });
    await client.connect();
    await client.query('begin');
    await client.query('lock table report_file_chunks in share mode');
    let released = false;
    return async () => {
      if (released) return;
      released = true;
      await client.query('rollback');
      await client.end();
    };
  }

  /** What spawned workers said on stderr, for a failure message should one die on its own. */
  const workerErrors: string[] = [];

  /** The built worker as a process of its own, which the test can kill -9. */
  function spawnWorker(): ChildProcess {
    const config = api.db.config;
    const child = spawn(process.execPath, ['dist/apps/worker/src/main.js'], {
      env: {
        ...process.env,
        DATABASE_URL: config.DATABASE_URL,
        REDIS_URL: redis.url,
        QUEUE_PREFIX: config.QUEUE_PREFIX,
        LOG_LEVEL: 'silent',
        OUTBOX_POLL_MS: '100',
        METRICS_PORT: '0',
        RECONCILE_INTERVAL_SECONDS: String(periodSeconds),
        RECONCILE_GRACE_SECONDS: String(graceSeconds),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr?.on('data', (chunk: Buffer) => workerErrors.push(chunk.toString()));
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') workerErrors.push(`worker exited by itself: ${code ?? signal}`);
    });
    return child;
  }

  async function kill(child: ChildProcess): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  /** Empties Redis without a restart: no reconnection tells the worker, only its periodic pass finds it. */
  async function flushRedis(): Promise<void> {
    const client = new Redis(redis.url);
    try {
      await client.flushall();
    } finally {
      client.disconnect();
    }
  }

  async function expectSchedulersBack(worker: INestApplicationContext, periods: number): Promise<void> {
    const queues = worker.get(QueueRegistry);
    await eventually(async () => {
      const found = await Promise.all([
        queues.queue(Queues.Reports).getJobScheduler('reports-schedule'),
        queues.queue(Queues.League).getJobScheduler('league-nightly'),
        queues.queue(Queues.Maintenance).getJobScheduler('idempotency-purge-nightly'),
      ]);
      if (found.some((scheduler) => !scheduler)) throw new Error('a job scheduler is missing');
    }, withinPeriods(periods));
  }

  async function allReady(ids: string[], within: { timeoutMs: number; intervalMs: number }): Promise<void> {
    await eventually(async () => {
      const now = await statuses(ids);
      if (now.some((status) => status !== 'ready')) throw new Error(`reports are ${now.join(', ')}`);
    }, within);
  }

  /** Requests reports until two render (held) and the rest wait in Redis; returns them all. */
  async function reportsQueuedAndRunning(count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) ids.push(await requestReport());
    await eventually(
      async () => {
        const running = (await statuses(ids)).filter((status) => status === 'running').length;
        if (running < 2 || (await outboxRows()) > 0) throw new Error(`${running} running; outbox not empty`);
      },
      { timeoutMs: 60_000 },
    );
    return ids;
  }

  it('renders every queued and running report after a worker crash and a Redis restart that lost them', async () => {
    const release = await holdReportFiles();
    const crashed = spawnWorker();
    let worker: INestApplicationContext | undefined;
    try {
      const ids = await reportsQueuedAndRunning(5);
      await kill(crashed);
      await redis.stop();
      await redis.start();
      await release();
      worker = await startTestWorker(api.db);
      await allReady(ids, withinPeriods(2));
      await expectSchedulersBack(worker, 2);
    } finally {
      await kill(crashed);
      await release();
      await worker?.close();
    }
  });

  it('renders every queued and running report when Redis restarts empty under a live worker', async () => {
    const worker = await startTestWorker(api.db);
    const release = await holdReportFiles();
    try {
      const ids = await reportsQueuedAndRunning(5);
      await redis.stop();
      await redis.start();
      await release();
      await allReady(ids, withinPeriods(2));
      await expectSchedulersBack(worker, 2);
    } finally {
      await release();
      await worker.close();
    }
  });

  it('finishes a league recompute requested before Redis was flushed, and answers its state', async () => {
    const worker = await startTestWorker(api.db);
    const league = worker.get(QueueRegistry).queue(Queues.League);
    try {
      // Paused, the queue holds the job in Redis without running it: the flush then takes it away.
      await league.pause();
      const token = await login(api.app, platformAdmin);
      const accepted = await api.app.inject({
        method: 'POST',
        url: '/api/v1/admin/league-table/recompute?year=2026',
        headers: bearer(token),
      });
      expect(accepted.statusCode).toBe(202);
      const { id } = accepted.json();
      expect(accepted.json()).toMatchObject({ year: 2026, status: 'requested', finishedAt: null });
      await eventually(async () => {
        if (!(await league.getJob(`league-recompute-${id}`))) throw new Error('not in Redis yet');
      });
      await flushRedis();
      const state = async () =>
        (
          await api.app.inject({
            method: 'GET',
            url: `/api/v1/admin/league-table/recomputes/${id}`,
            headers: bearer(token),
          })
        ).json();
      const done = await eventually(async () => {
        const current = await state();
        if (current.status !== 'done') throw new Error(`recompute is ${current.status}`);
        return current;
      }, withinPeriods(3));
      expect(done).toMatchObject({ id, year: 2026, failureReason: null });
      expect(Date.parse(done.finishedAt)).toBeGreaterThanOrEqual(Date.parse(done.startedAt));
      const table = await api.app.inject({ method: 'GET', url: '/api/v1/public/league-table?year=2026' });
      expect(table.statusCode).toBe(200);
      await expectSchedulersBack(worker, 2);
    } finally {
      await worker.close();
    }
  });

  it('queues a report again even when its job id is still held by a completed job', async () => {
    const worker = await startTestWorker(api.db);
    try {
      const id = await requestReport();
      await eventually(async () => {
        if ((await report(id)).status !== 'ready') throw new Error('not ready yet');
      });
      const job = await worker.get(QueueRegistry).queue(Queues.Reports).getJob(`report-${id}`);
      expect(await job?.getState()).toBe('completed');
      // The database says the report is still to do; the completed job would make a plain add a no-op.
      await api.db.asSuperuser(`delete from report_file_chunks where report_id = $1`, [id]);
      await api.db.asSuperuser(
        `update reports set status = 'queued', sha256 = null, ready_at = null where id = $1`,
        [id],
      );
      await eventually(async () => {
        if ((await report(id)).status !== 'ready') throw new Error('not ready again yet');
      }, withinPeriods(2));
    } finally {
      await worker.close();
    }
  });

  it('marks a report failed that has been running past the render limit with no job left', async () => {
    const id = await requestReport();
    // A render that began two hours ago on a worker long gone, its job lost with Redis.
    await api.db.asSuperuser(`delete from outbox where job_id = $1`, [`report-${id}`]);
    await api.db.asSuperuser(
      `update reports set status = 'running', started_at = now() - interval '2 hours' where id = $1`,
      [id],
    );
    const worker = await startTestWorker(api.db);
    try {
      const failed = await eventually(async () => {
        const state = await report(id);
        if (state.status !== 'failed') throw new Error(`report is ${state.status}`);
        return state;
      }, withinPeriods(2));
      expect(failed.failure_reason).toBe(
        'rendering did not finish within 30 minutes; request the report again',
      );
    } finally {
      await worker.close();
    }
  });

  it('ends a render killed twice as failed with a reason, and renders a new request for it', async () => {
    const release = await holdReportFiles();
    const id = await requestReport();
    const renderStarted = (after: number) =>
      eventually(
        async () => {
          const started = (await report(id)).started_at?.getTime() ?? 0;
          if (started <= after) throw new Error(`no (new) render started yet ${workerErrors.join('; ')}`);
          return started;
        },
        { timeoutMs: 90_000 },
      );
    const workers: ChildProcess[] = [];
    let survivor: INestApplicationContext | undefined;
    try {
      workers.push(spawnWorker());
      const firstStart = await renderStarted(0);
      await kill(workers[0]);
      // The next worker finds the job stalled (its lock lapsed) and starts the render again: killed too.
      workers.push(spawnWorker());
      await renderStarted(firstStart);
      await kill(workers[1]);
      await release();
      survivor = await startTestWorker(api.db);
      const failed = await eventually(
        async () => {
          const state = await report(id);
          if (state.status !== 'failed') throw new Error(`report is ${state.status}`);
          return state;
        },
        { timeoutMs: 90_000 },
      );
      expect(failed.failure_reason).toBe(
        'rendering stopped twice without finishing (the worker was stopped or hung); request the report again',
      );
      const again = await requestReport();
      await eventually(async () => {
        if ((await report(again)).status !== 'ready') throw new Error('not ready yet');
      });
    } finally {
      for (const worker of workers) await kill(worker);
      await release();
      await survivor?.close();
    }
  }, 300_000);
});
