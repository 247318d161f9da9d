import { eventually, RedisServer } from '@careledger/testing';
import { INestApplicationContext } from '@nestjs/common';
import { ChildProcess, spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import { CareFixtures } from './support/care-fixtures.js';
import { bearer, RegisteredOrg, registerOrg } from './support/factories.js';
import { startTestWorker } from './support/worker.js';

/** Reports keep their promise when Redis is away or a worker dies mid-render: ready once, one file. */
describe('reports under faults', () => {
  let redis: RedisServer;
  let api: TestApi;
  let org: RegisteredOrg;
  let fundingSourceId: string;

  const request = (payload: object) =>
    api.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.orgId}/reports`,
      headers: { ...bearer(org.accessToken), 'idempotency-key': randomUUID() },
      payload,
    });

  async function reportRow(id: string): Promise<{ status: string; sha256: string | null; progress: number }> {
    const [row] = await api.db.asSuperuser(`select status, sha256, progress from reports where id = $1`, [
      id,
    ]);
    return row as { status: string; sha256: string | null; progress: number };
  }

  /** The stored chunks, put together, are exactly the file whose hash the report records. */
  async function assertOneFile(id: string): Promise<void> {
    const chunks = await api.db.asSuperuser<{ chunk_no: number; data: Buffer }>(
      `select chunk_no, data from report_file_chunks where report_id = $1 order by chunk_no`,
      [id],
    );
    expect(chunks.map((chunk) => chunk.chunk_no)).toEqual(chunks.map((_, index) => index));
    const sha = createHash('sha256')
      .update(Buffer.concat(chunks.map((chunk) => chunk.data)))
      .digest('hex');
    expect(sha).toBe((await reportRow(id)).sha256);
  }

  beforeAll(async () => {
    redis = await RedisServer.start();
    api = await startTestApi('reports_faults', { REDIS_URL: redis.url, RATE_LIMIT_PER_MINUTE: '100000' });
    org = await registerOrg(api.app);
    const fixtures = new CareFixtures(api.db, org.orgId);
    fundingSourceId = await fixtures.fundingSource('business');
    const beneficiary = await fixtures.beneficiary();
    const items = [];
    for (let i = 0; i < 40; i++)
      items.push(await fixtures.item({ category: 'service', unit: 'hour', costKopecks: 10_000 + i }));
    // 8,000 care lines straight into the ledger: a report long enough to be caught mid-render.
    await api.db.asSuperuser(
      `with events as (
         insert into care_events (tenant_id, id, beneficiary_id, occurred_at, kind, created_at)
         select $1, gen_random_uuid(), $2, timestamptz '2026-06-01' + n * interval '1 hour', 'consultation', now() - interval '1 day'
           from generate_series(1, 8000) n returning id, occurred_at)
       insert into care_lines (tenant_id, id, event_id, line_no, item_id, quantity, unit_cost_kopecks, cost_kopecks, funding_source_id, category, funding_kind)
       select $1, gen_random_uuid(), e.id, 1, ($3::uuid[])[1 + (extract(epoch from e.occurred_at)::bigint / 3600) % 40], 1, 10000, 10000, $4, 'service', 'business'
         from events e`,
      [org.orgId, beneficiary, items, fundingSourceId],
    );
  });

  afterAll(async () => {
    await api.close();
    await redis.stop();
  });

  it('keeps logging care (201) and taking report requests (202) while Redis is down; renders each once after', async () => {
    const fixtures = new CareFixtures(api.db, org.orgId);
    const itemId = await fixtures.item();
    await fixtures.receive(itemId, 100);
    const beneficiaryId = await fixtures.beneficiary();
    await redis.stop();
    const ready = await api.app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(503);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const care = await api.app.inject({
        method: 'POST',
        url: `/api/v1/orgs/${org.orgId}/care-events`,
        headers: { ...bearer(org.accessToken), 'idempotency-key': randomUUID() },
        payload: {
          beneficiaryId,
          occurredAt: new Date().toISOString(),
          kind: 'delivery',
          lines: [{ itemId, quantity: 1 }],
        },
      });
      expect(care.statusCode).toBe(201);
      const response = await request({
        type: 'activity',
        periodFrom: '2026-06-01',
        periodTo: '2026-06-30',
        language: i % 2 ? 'en' : 'ru',
      });
      expect(response.statusCode).toBe(202);
      ids.push(response.json().id);
    }
    await redis.start();
    const worker = await startTestWorker(api.db);
    try {
      for (const id of ids) {
        await eventually(
          async () => {
            if ((await reportRow(id)).status !== 'ready') throw new Error('not ready yet');
          },
          { timeoutMs: 60_000 },
        );
        await assertOneFile(id);
      }
      expect((await api.app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);
    } finally {
      await worker.close();
    }
  });

  it('finishes a report whose worker was killed mid-render, with exactly one file', async () => {
    const response = await request({
      type: 'funding_source',
      fundingSourceId,
      periodFrom: '2026-06-01',
      periodTo: '2027-06-30',
      language: 'ru',
    });
    expect(response.statusCode).toBe(202);
    const id = response.json().id;
    const env = {
      ...process.env,
      DATABASE_URL: api.db.config.DATABASE_URL,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: api.db.config.QUEUE_PREFIX,
      LOG_LEVEL: 'silent',
      OUTBOX_POLL_MS: '100',
    };
    const doomed: ChildProcess = spawn(process.execPath, ['dist/apps/worker/src/main.js'], {
      env,
      stdio: 'ignore',
    });
    let survivor: INestApplicationContext | undefined;
    try {
      await eventually(
        async () => {
          if ((await reportRow(id)).status !== 'running') throw new Error('not running yet');
        },
        { timeoutMs: 60_000, intervalMs: 20 },
      );
      doomed.kill('SIGKILL');
      await new Promise((resolve) => doomed.once('exit', resolve));
      expect((await reportRow(id)).status).toBe('running');
      survivor = await startTestWorker(api.db);
      await eventually(
        async () => {
          if ((await reportRow(id)).status !== 'ready') throw new Error('not ready yet');
        },
        { timeoutMs: 90_000 },
      );
      await assertOneFile(id);
    } finally {
      if (doomed.exitCode === null) doomed.kill('SIGKILL');
      await survivor?.close();
    }
  });
});
