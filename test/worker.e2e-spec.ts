import { tenantId } from '@careledger/common';
import { TenantTransactions } from '@careledger/database';
import { enqueueJob, QueueName, QueueRegistry, Queues } from '@careledger/jobs';
import { eventually, RedisServer, TestDatabase } from '@careledger/testing';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { WorkerModule } from '../apps/worker/src/worker.module.js';

describe('worker', () => {
  let db: TestDatabase;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    db = await TestDatabase.create('worker');
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(db.config), { logger: false });
    await worker.init();
  });

  afterAll(async () => {
    await worker.close();
    await db.drop();
  });

  it('runs a job asked for through the outbox: relay, queue, handler', async () => {
    const tenant = tenantId(randomUUID());
    await worker
      .get(DataSource)
      .query(`insert into organisations (id, name, region_code) values ($1, 'АНО «Опора»', '48')`, [tenant]);
    const jobId = `audit-verify-${randomUUID()}`;
    await worker
      .get(TenantTransactions)
      .run(tenant, (tx) => enqueueJob(tx, 'audit.verify', { tenantId: tenant }, jobId));
    const queue = worker.get(QueueRegistry).queue(Queues.Maintenance);
    const state = await eventually(async () => {
      const job = await queue.getJob(jobId);
      const current = await job?.getState();
      if (current !== 'completed') throw new Error(`job is ${current ?? 'not there yet'}`);
      return current;
    });
    expect(state).toBe('completed');
  });

  it('schedules the nightly key purge and league recompute (Moscow time) and the report check', async () => {
    const registry = worker.get(QueueRegistry);
    const schedulers = async (queue: QueueName) =>
      (await registry.queue(queue).getJobSchedulers()).map(({ key, name, pattern, tz, every }) => ({
        key,
        name,
        pattern,
        tz,
        every: every === undefined ? undefined : Number(every),
      }));
    expect(await schedulers(Queues.Maintenance)).toEqual([
      expect.objectContaining({
        key: 'idempotency-purge-nightly',
        name: 'idempotency.purge',
        pattern: '30 3 * * *',
        tz: 'Europe/Moscow',
      }),
    ]);
    expect(await schedulers(Queues.League)).toEqual([
      expect.objectContaining({
        key: 'league-nightly',
        name: 'league.recompute',
        pattern: '0 2 * * *',
        tz: 'Europe/Moscow',
      }),
    ]);
    expect(await schedulers(Queues.Reports)).toEqual([
      expect.objectContaining({ key: 'reports-schedule', name: 'reports.schedule', every: 600_000 }),
    ]);
  });

  it('purges every organisation’s expired Idempotency-Keys and keeps the live ones', async () => {
    const organisations = [randomUUID(), randomUUID()];
    for (const id of organisations) {
      await db.asSuperuser(
        `insert into organisations (id, name, region_code) values ($1, 'АНО «Ключ»', '48')`,
        [id],
      );
      await db.asSuperuser(
        `insert into idempotency_keys (tenant_id, caller, key, request_hash, expires_at)
         values ($1, 'user:1', 'expired', repeat('a', 64), now() - interval '1 hour'),
                ($1, 'user:1', 'live', repeat('b', 64), now() + interval '1 hour')`,
        [id],
      );
    }
    const jobId = `idempotency-purge-${randomUUID()}`;
    const queue = worker.get(QueueRegistry).queue(Queues.Maintenance);
    await queue.add('idempotency.purge', {}, { jobId });
    await eventually(async () => {
      const state = await (await queue.getJob(jobId))?.getState();
      if (state !== 'completed') throw new Error(`job is ${state ?? 'not there yet'}`);
    });
    const left = await db.asSuperuser<{ tenant_id: string; key: string }>(
      `select tenant_id, key from idempotency_keys where tenant_id = any($1::uuid[]) order by tenant_id, key`,
      [organisations],
    );
    expect(left).toEqual([...organisations].sort().map((id) => ({ tenant_id: id, key: 'live' })));
  });
});

describe('worker start-up', () => {
  it('refuses to start when Redis may evict keys, and says how to fix it', async () => {
    const redis = await RedisServer.start(['--maxmemory-policy', 'allkeys-lru']);
    const db = await TestDatabase.create('worker_eviction', { REDIS_URL: redis.url });
    try {
      const env = {
        ...process.env,
        DATABASE_URL: db.config.DATABASE_URL,
        REDIS_URL: redis.url,
        LOG_LEVEL: 'silent',
      };
      const result = spawnSync(process.execPath, ['dist/apps/worker/src/main.js'], {
        env,
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        /worker not started: Redis maxmemory-policy is "allkeys-lru".*CONFIG SET maxmemory-policy noeviction/s,
      );
    } finally {
      await db.drop();
      await redis.stop();
    }
  });
});
