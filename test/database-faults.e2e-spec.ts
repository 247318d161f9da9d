import { PostgresServer } from '@careledger/testing';
import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import { CareFixtures } from './support/care-fixtures.js';
import { bearer, RegisteredOrg, registerOrg } from './support/factories.js';
import { assertLedgerInvariants } from './support/ledger-invariants.js';

/**
 * PostgreSQL restarted under traffic (a server of the test's own): requests fail fast with 503 while it
 * is away, the api recovers by itself, and no care event is left half-written.
 */
describe('PostgreSQL restarted under traffic', () => {
  let postgres: PostgresServer;
  let api: TestApi;
  let org: RegisteredOrg;
  let fixtures: CareFixtures;

  beforeAll(async () => {
    postgres = await PostgresServer.start();
    api = await startTestApi('database_faults', {
      DATABASE_URL: postgres.databaseUrl('careledger_faults'),
      DATABASE_ADMIN_URL: postgres.adminUrl,
      RATE_LIMIT_PER_MINUTE: '10000000',
      DATABASE_POOL_SIZE: '5',
    });
    org = await registerOrg(api.app);
    fixtures = new CareFixtures(api.db, org.orgId);
  });

  afterAll(async () => {
    await api.close();
    postgres.destroy();
  });

  it('answers 503 fast while the database is down, recovers alone, and leaves no half-written event', async () => {
    const itemId = await fixtures.item();
    await fixtures.receive(itemId, 10_000);
    const beneficiaryId = await fixtures.beneficiary();
    const outcomes: { status: number; ms: number }[] = [];
    const post = async () => {
      const started = Date.now();
      const response = await api.app.inject({
        method: 'POST',
        url: `/api/v1/orgs/${org.orgId}/care-events`,
        headers: { ...bearer(org.accessToken), 'idempotency-key': randomUUID() },
        payload: {
          beneficiaryId,
          occurredAt: new Date().toISOString(),
          kind: 'delivery',
          lines: [
            { itemId, quantity: 1 },
            { itemId, quantity: 2 },
            { itemId, quantity: 0.5 },
          ],
        },
      });
      outcomes.push({ status: response.statusCode, ms: Date.now() - started });
      return response.statusCode;
    };

    let running = true;
    const traffic = Promise.all(
      Array.from({ length: 4 }, async () => {
        while (running) await post();
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    postgres.stop();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    postgres.start();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    running = false;
    await traffic;

    // After the restart the api serves again without being restarted itself.
    const probes: number[] = [];
    for (let attempt = 0; attempt < 50 && probes.at(-1) !== 201; attempt++) probes.push(await post());
    outcomes.splice(outcomes.length - probes.length);
    const recovered = probes.at(-1) === 201 ? 1 : 0;
    expect(recovered).toBe(1);

    const statuses = new Set(outcomes.map((outcome) => outcome.status));
    expect([...statuses].every((status) => status === 201 || status === 503)).toBe(true);
    expect(statuses.has(503)).toBe(true);
    const slowest = Math.max(
      ...outcomes.filter((outcome) => outcome.status === 503).map((outcome) => outcome.ms),
    );
    expect(slowest).toBeLessThan(5000);

    const created = outcomes.filter((outcome) => outcome.status === 201).length + recovered;
    const failed = outcomes.filter((outcome) => outcome.status === 503).length;
    const [counts] = await api.db.asSuperuser<{ events: number; incomplete: number }>(
      `select count(*)::int as events,
              count(*) filter (where (select count(*) from care_lines l where l.tenant_id = e.tenant_id and l.event_id = e.id) <> 3)::int as incomplete
         from care_events e where e.tenant_id = $1`,
      [org.orgId],
    );
    // Every 201 is in the database. A 503 whose commit reached PostgreSQL just before it went away may
    // be there too (the answer was lost, not the data): that is what Idempotency-Key retries are for.
    expect(counts.incomplete).toBe(0);
    expect(counts.events).toBeGreaterThanOrEqual(created);
    expect(counts.events).toBeLessThanOrEqual(created + failed);
    await assertLedgerInvariants(api.db, org.orgId);
  }, 120_000);
});
