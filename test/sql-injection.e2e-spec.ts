import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import { bearer, RegisteredOrg, registerOrg } from './support/factories.js';

const injections = [
  "'; drop table users; --",
  "Robert'); DELETE FROM beneficiaries WHERE ('1'='1",
  '" OR 1=1 --',
  '$1; select pg_sleep(5)',
  "П' || (select string_agg(email, ',') from users) || '",
];

/** Strings that look like SQL are data: stored and returned exactly, or rejected, never executed. */
describe('SQL injection strings', () => {
  let api: TestApi;
  let org: RegisteredOrg;

  beforeAll(async () => {
    api = await startTestApi('sql_injection');
    org = await registerOrg(api.app);
  });

  afterAll(() => api.close());

  const call = (method: 'GET' | 'POST', path: string, payload?: object) =>
    api.app.inject({
      method,
      url: `/api/v1/orgs/${org.orgId}${path}`,
      headers: {
        ...bearer(org.accessToken),
        ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}),
      },
      ...(payload ? { payload } : {}),
    });

  it('stores them verbatim in names and returns them unchanged', async () => {
    for (const text of injections) {
      const beneficiary = await call('POST', '/beneficiaries', { fullName: text, notes: text });
      expect(beneficiary.statusCode).toBe(201);
      const read = (await call('GET', `/beneficiaries/${beneficiary.json().id}`)).json();
      expect(read).toMatchObject({ fullName: text, notes: text });
      const item = await call('POST', '/items', {
        sku: randomUUID().slice(0, 8),
        name: text,
        unit: 'tube',
        category: 'medication',
        defaultUnitCostKopecks: 100,
      });
      expect(item.statusCode).toBe(201);
      expect(item.json().name).toBe(text);
    }
  });

  it('treats them as plain search text and plain query values', async () => {
    for (const text of injections) {
      const search = await call('GET', `/beneficiaries?q=${encodeURIComponent(text)}`);
      expect(search.statusCode).toBe(200);
      const filtered = await call('GET', `/care-events?kind=${encodeURIComponent(text)}`);
      expect(filtered.statusCode).toBe(400);
      const audit = await call('GET', `/audit?action=${encodeURIComponent(text)}`);
      expect(audit.statusCode).toBe(200);
      expect(audit.json().items).toEqual([]);
    }
  });

  it('leaves every table where it was', async () => {
    const [{ users, beneficiaries }] = await api.db.asSuperuser<{ users: number; beneficiaries: number }>(
      `select (select count(*)::int from users) as users, (select count(*)::int from beneficiaries) as beneficiaries`,
    );
    expect(users).toBeGreaterThanOrEqual(1);
    expect(beneficiaries).toBe(injections.length);
  });
});
