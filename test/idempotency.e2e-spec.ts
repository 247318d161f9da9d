import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import { CareFixtures } from './support/care-fixtures.js';
import { addMember, bearer, createApiKey, RegisteredOrg, registerOrg } from './support/factories.js';

/**
 * One Idempotency-Key protocol for every idempotent route (issue 15, item 3): the key is claimed and
 * answered in the write's own transaction, per caller and organisation. Care events have their own
 * suite (care-events.e2e-spec.ts); these are the routes that used to record the key around the work.
 */
describe('Idempotency-Key on receipts, voids and the other creating routes', () => {
  let api: TestApi;
  let org: RegisteredOrg;
  let fixtures: CareFixtures;

  beforeAll(async () => {
    api = await startTestApi('idempotency');
    org = await registerOrg(api.app);
    fixtures = new CareFixtures(api.db, org.orgId);
  });

  afterAll(() => api.close());

  const post = (path: string, payload: object, key: string, authorization = bearer(org.accessToken)) =>
    api.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.orgId}${path}`,
      headers: { ...authorization, 'idempotency-key': key },
      payload,
    });

  const receipt = (itemId: string, quantity = 3) => ({
    itemId,
    kind: 'receipt',
    quantity,
    occurredAt: '2026-11-01T09:00:00Z',
  });

  const keyRows = (key: string) =>
    api.db.asSuperuser<{ caller: string; response_status: number | null }>(
      `select caller, response_status from idempotency_keys where tenant_id = $1 and key = $2 order by caller`,
      [org.orgId, key],
    );

  it('replays a receipt for the same key and body, records it once, and refuses another body with 422', async () => {
    const itemId = await fixtures.item();
    const key = randomUUID();

    const first = await post('/stock/movements', receipt(itemId), key);
    const again = await post('/stock/movements', receipt(itemId), key);
    const other = await post('/stock/movements', receipt(itemId, 4), key);

    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(other.statusCode).toBe(422);
    expect(await fixtures.balance(itemId)).toMatchObject({ quantity: 3, movements: 3 });
    expect(await keyRows(key)).toEqual([{ caller: `user:${org.adminId}`, response_status: 201 }]);
  });

  it('leaves no key behind when the work fails, so the retry with the same key runs', async () => {
    const key = randomUUID();
    const missing = await post('/stock/movements', receipt(randomUUID()), key);
    expect(missing.statusCode).toBe(404);
    expect(await keyRows(key)).toEqual([]);

    const itemId = await fixtures.item();
    const retry = await post('/stock/movements', receipt(itemId), key);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
  });

  it('replays a void and writes one reversing entry', async () => {
    const itemId = await fixtures.item();
    await fixtures.receive(itemId, 5);
    const created = await post(
      '/care-events',
      {
        beneficiaryId: await fixtures.beneficiary(),
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
        kind: 'delivery',
        lines: [{ itemId, quantity: 1 }],
      },
      randomUUID(),
    );
    const key = randomUUID();

    const first = await post(`/care-events/${created.json().id}/void`, { reason: 'ошибка' }, key);
    const again = await post(`/care-events/${created.json().id}/void`, { reason: 'ошибка' }, key);

    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    const reversals = await api.db.asSuperuser(
      `select id from care_events where tenant_id = $1 and reverses_event_id = $2`,
      [org.orgId, created.json().id],
    );
    expect(reversals).toHaveLength(1);
  });

  it('scopes keys per caller: a member and an API key may use the admin’s key for requests of their own', async () => {
    const itemId = await fixtures.item();
    const staff = await addMember(api.app, org, 'staff');
    const apiKey = await createApiKey(api.app, org);
    const key = randomUUID();

    const byAdmin = await post('/stock/movements', receipt(itemId, 1), key);
    const byStaff = await post('/stock/movements', receipt(itemId, 2), key, bearer(staff.accessToken));
    const byIntegration = await post('/stock/movements', receipt(itemId, 4), key, {
      'x-api-key': apiKey,
    });

    expect([byAdmin.statusCode, byStaff.statusCode, byIntegration.statusCode]).toEqual([201, 201, 201]);
    expect(byStaff.headers['idempotent-replayed']).toBeUndefined();
    expect(byIntegration.headers['idempotent-replayed']).toBeUndefined();
    expect(await fixtures.balance(itemId)).toMatchObject({ quantity: 7 });
    expect((await keyRows(key)).map((row) => row.caller.split(':')[0]).sort()).toEqual([
      'api_key',
      'user',
      'user',
    ]);
  });

  it('replays the other creating routes too: an item, a funding source, a beneficiary, a report, an invitation, an API key, a consent', async () => {
    const requests: [string, object][] = [
      [
        '/items',
        {
          sku: `SKU-${randomUUID().slice(0, 8)}`,
          name: 'Бинт',
          unit: 'pack',
          category: 'medication',
          defaultUnitCostKopecks: 5000,
        },
      ],
      ['/funding-sources', { name: 'Грант', funderName: 'Фонд', kind: 'business' }],
      ['/beneficiaries', { fullName: 'Анна Петрова' }],
      ['/reports', { type: 'activity', language: 'ru', periodFrom: '2026-01-01', periodTo: '2026-03-31' }],
      ['/members', { email: `invitee-${randomUUID()}@example.org`, role: 'staff' }],
      [
        `/beneficiaries/${await fixtures.beneficiary()}/consents`,
        { scope: 'publication', givenAt: '2026-11-01T09:00:00Z' },
      ],
    ];
    for (const [path, body] of requests) {
      const key = randomUUID();
      const first = await post(path, body, key);
      const again = await post(path, body, key);
      expect({ path, succeeded: first.statusCode < 300 }).toEqual({ path, succeeded: true });
      expect(again.statusCode).toBe(first.statusCode);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.json()).toEqual(first.json());
    }
  });

  it('replays an API key’s creation without its secret, which is stored nowhere but as a hash', async () => {
    const key = randomUUID();
    const first = await post('/api-keys', { name: 'integration' }, key);
    expect(first.statusCode).toBe(201);
    const secret: string = first.json().key;
    expect(secret).toEqual(expect.any(String));

    const again = await post('/api-keys', { name: 'integration' }, key);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual({ ...first.json(), key: null });
    const stored = await api.db.asSuperuser<{ body: string }>(
      `select response_body::text as body from idempotency_keys where key = $1`,
      [key],
    );
    expect(stored).toHaveLength(1);
    expect(stored[0].body).not.toContain(secret.split('.').at(-1));
  });
});
