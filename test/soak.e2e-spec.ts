import { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import { CareFixtures } from './support/care-fixtures.js';
import { bearer, RegisteredOrg, registerOrg } from './support/factories.js';
import { assertLedgerInvariants } from './support/ledger-invariants.js';
import { startTestWorker } from './support/worker.js';

/** Seconds of mixed traffic; short in CI, `SOAK_SECONDS=120 npx jest test/soak` for a longer run. */
const soakSeconds = Number(process.env.SOAK_SECONDS ?? '30');
const clients = 8;

interface Tenant {
  org: RegisteredOrg;
  beneficiaries: string[];
  items: string[];
  funding: string;
  created: string[];
}

/**
 * A bounded soak: several organisations' worth of mixed traffic on loopback for a fixed time. Nothing
 * may answer 5xx, and afterwards the database holds exactly what the 201s promised, with every balance
 * and rollup in agreement with the ledger.
 */
describe('bounded soak', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  const tenants: Tenant[] = [];
  const tally = {
    requests: 0,
    serverErrors: [] as string[],
    eventsCreated: new Map<string, number>(),
    voids: new Map<string, number>(),
  };

  beforeAll(async () => {
    api = await startTestApi('soak', { RATE_LIMIT_PER_MINUTE: '10000000' });
    worker = await startTestWorker(api.db);
    for (let i = 0; i < 4; i++) {
      const org = await registerOrg(api.app, { regionCode: ['48', '77', '16', '66'][i] });
      const fixtures = new CareFixtures(api.db, org.orgId);
      const items = [
        await fixtures.item(),
        await fixtures.item({ category: 'hygiene', costKopecks: 15000 }),
        await fixtures.item({ category: 'service', unit: 'visit' }),
      ];
      await fixtures.receive(items[0], 400);
      await fixtures.receive(items[1], 150);
      const beneficiaries = [];
      for (let b = 0; b < 6; b++) beneficiaries.push(await fixtures.beneficiary());
      tenants.push({ org, beneficiaries, items, funding: await fixtures.fundingSource(), created: [] });
    }
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  async function call(tenant: Tenant, method: 'GET' | 'POST', path: string, payload?: object) {
    const response = await api.app.inject({
      method,
      url: `/api/v1/orgs/${tenant.org.orgId}${path}`,
      headers: {
        ...bearer(tenant.org.accessToken),
        ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}),
      },
      ...(payload ? { payload } : {}),
    });
    tally.requests += 1;
    if (response.statusCode >= 500)
      tally.serverErrors.push(`${method} ${path} → ${response.statusCode} ${response.body.slice(0, 200)}`);
    return response;
  }

  function event(tenant: Tenant) {
    const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)];
    return {
      beneficiaryId: pick(tenant.beneficiaries),
      occurredAt: new Date(Date.now() - Math.floor(Math.random() * 90) * 86_400_000).toISOString(),
      kind: 'delivery',
      lines: [
        {
          itemId: pick(tenant.items),
          quantity: 1 + Math.floor(Math.random() * 3),
          ...(Math.random() < 0.5 ? { fundingSourceId: tenant.funding } : {}),
        },
      ],
    };
  }

  async function oneRequest(tenant: Tenant): Promise<void> {
    const roll = Math.random();
    const id = tenant.org.orgId;
    if (roll < 0.45) {
      const response = await call(tenant, 'POST', '/care-events', event(tenant));
      if (response.statusCode === 201) {
        tenant.created.push(response.json().id);
        tally.eventsCreated.set(id, (tally.eventsCreated.get(id) ?? 0) + 1);
      }
    } else if (roll < 0.55) {
      const response = await call(tenant, 'POST', '/care-events/batch', {
        events: Array.from({ length: 5 }, () => event(tenant)),
      });
      if (response.statusCode === 201)
        tally.eventsCreated.set(id, (tally.eventsCreated.get(id) ?? 0) + response.json().created);
    } else if (roll < 0.62 && tenant.created.length > 0) {
      const target = tenant.created.splice(Math.floor(Math.random() * tenant.created.length), 1)[0];
      const response = await call(tenant, 'POST', `/care-events/${target}/void`, {
        reason: 'нагрузочный тест',
      });
      if (response.statusCode === 201) tally.voids.set(id, (tally.voids.get(id) ?? 0) + 1);
    } else if (roll < 0.64) {
      await call(tenant, 'POST', '/reports', {
        type: 'activity',
        periodFrom: '2026-01-01',
        periodTo: '2026-12-31',
        language: 'ru',
      });
    } else {
      const reads = [
        '/care-events?limit=20',
        '/stock',
        `/metrics?year=${new Date().getUTCFullYear()}`,
        '/reports',
        '/beneficiaries?limit=10',
      ];
      await call(tenant, 'GET', reads[Math.floor(Math.random() * reads.length)]);
    }
  }

  it(
    'serves mixed traffic with no 5xx and loses nothing',
    async () => {
      const deadline = Date.now() + soakSeconds * 1000;
      await Promise.all(
        Array.from({ length: clients }, async (_, client) => {
          while (Date.now() < deadline) await oneRequest(tenants[client % tenants.length]);
        }),
      );
      expect(tally.serverErrors).toEqual([]);
      expect(tally.requests).toBeGreaterThan(soakSeconds * 10);
      for (const tenant of tenants) {
        const [counts] = await api.db.asSuperuser<{ originals: number; reversals: number }>(
          `select count(*) filter (where reverses_event_id is null)::int as originals, count(*) filter (where reverses_event_id is not null)::int as reversals
             from care_events where tenant_id = $1`,
          [tenant.org.orgId],
        );
        expect(counts).toEqual({
          originals: tally.eventsCreated.get(tenant.org.orgId) ?? 0,
          reversals: tally.voids.get(tenant.org.orgId) ?? 0,
        });
        await assertLedgerInvariants(api.db, tenant.org.orgId);
      }
    },
    (soakSeconds + 60) * 1000,
  );
});
