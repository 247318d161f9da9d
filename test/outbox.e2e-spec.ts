import { tenantId } from '@careledger/common';
import { dataSourceOptions, TenantTransactions } from '@careledger/database';
import { enqueueJob, OutboxRelay, QueueRegistry, Queues } from '@careledger/jobs';
import { eventually, RedisServer, TestDatabase } from '@careledger/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

/** The transactional outbox: a job asked for while Redis is down reaches BullMQ once Redis is back, once. */
describe('outbox relay', () => {
  let db: TestDatabase;
  let redis: RedisServer;
  let dataSource: DataSource;
  let queues: QueueRegistry;
  let relay: OutboxRelay;
  let transactions: TenantTransactions;
  const tenant = tenantId(randomUUID());

  beforeAll(async () => {
    redis = await RedisServer.start();
    db = await TestDatabase.create('outbox', { REDIS_URL: redis.url });
    const config = db.config;
    dataSource = new DataSource(dataSourceOptions(config, 'app', { poolSize: 4 }));
    await dataSource.initialize();
    queues = new QueueRegistry(config);
    relay = new OutboxRelay(dataSource, queues, config);
    transactions = new TenantTransactions(dataSource);
    await dataSource.query(
      `insert into organisations (id, name, region_code) values ($1, 'АНО «Опора»', '48')`,
      [tenant],
    );
  });

  afterAll(async () => {
    await relay.onApplicationShutdown();
    await queues.onApplicationShutdown();
    await dataSource.destroy();
    await db.drop();
    await redis.stop();
  });

  async function pendingRows(): Promise<number> {
    const [{ count }] = await db.asSuperuser<{ count: number }>('select count(*)::int as count from outbox');
    return count;
  }

  it('keeps a row written while Redis is down and delivers it exactly once when Redis is back', async () => {
    await redis.stop();
    const jobId = `audit-verify-${randomUUID()}`;
    await transactions.run(tenant, (tx) => enqueueJob(tx, 'audit.verify', { tenantId: tenant }, jobId));

    await expect(relay.relayOnce()).rejects.toThrow();
    expect(await pendingRows()).toBe(1);

    await redis.start();
    // The relay's connection comes back on its own; the first passes after the restart may still fail.
    expect(await eventually(() => relay.relayOnce())).toBe(1);
    expect(await relay.relayOnce()).toBe(0);
    expect(await pendingRows()).toBe(0);

    const queue = queues.queue(Queues.Maintenance);
    const job = await queue.getJob(jobId);
    expect(job?.name).toBe('audit.verify');
    expect(job?.data).toEqual({ tenantId: tenant });
    expect(await queue.getJobCountByTypes('waiting', 'delayed', 'active', 'completed', 'failed')).toBe(1);
  });

  it('adds a job once even when the same job id is asked for twice', async () => {
    const jobId = `audit-verify-${randomUUID()}`;
    const queue = queues.queue(Queues.Maintenance);
    const before = await queue.count();
    await transactions.run(tenant, async (tx) => {
      await enqueueJob(tx, 'audit.verify', { tenantId: tenant }, jobId);
      await enqueueJob(tx, 'audit.verify', { tenantId: tenant }, jobId);
    });
    expect(await relay.relayOnce()).toBe(2);
    expect(await queue.count()).toBe(before + 1);
  });

  it('writes no job when the transaction that asked for it rolls back', async () => {
    const jobId = `audit-verify-${randomUUID()}`;
    await expect(
      transactions.run(tenant, async (tx) => {
        await enqueueJob(tx, 'audit.verify', { tenantId: tenant }, jobId);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await pendingRows()).toBe(0);
    expect(await relay.relayOnce()).toBe(0);
    expect(await queues.queue(Queues.Maintenance).getJob(jobId)).toBeUndefined();
  });

  it('lets two relays share the rows without handing any row over twice', async () => {
    const second = new OutboxRelay(dataSource, queues, db.config);
    const jobIds = Array.from({ length: 30 }, () => `audit-verify-${randomUUID()}`);
    await transactions.run(tenant, async (tx) => {
      for (const jobId of jobIds) await enqueueJob(tx, 'audit.verify', { tenantId: tenant }, jobId);
    });
    const delivered = await Promise.all([relay.relayOnce(), second.relayOnce()]);
    const rest = await relay.relayOnce();
    expect(delivered[0] + delivered[1] + rest).toBe(30);
    expect(await pendingRows()).toBe(0);
    const jobs = await Promise.all(jobIds.map((id) => queues.queue(Queues.Maintenance).getJob(id)));
    expect(jobs.every((job) => job !== undefined)).toBe(true);
  });
});
