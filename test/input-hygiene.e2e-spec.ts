import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import { CareFixtures } from './support/care-fixtures.js';
import { addMember, bearer, createApiKey, login, RegisteredOrg, registerOrg } from './support/factories.js';

/**
 * Input the api must refuse with a 400 naming the field, never a 500 (issue 13, items 9 and 10), and the
 * audit row a search over personal data leaves (item 12).
 */

const platformAdminEmail = 'hygiene-platform-admin@careledger.example';
const platformAdminPassword = 'platform admin passphrase';

const asCursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Cursors wrong in their structure, whatever a list sorts by. */
const malformedCursors: [string, string][] = [
  ['not base64 JSON', 'bm90LWpzb24'],
  ['not base64 at all', '!!!%%%'],
  ['null', asCursor(null)],
  ['an object', asCursor({ key: 'a', id: randomUUID() })],
  ['numbers', asCursor([1, 2])],
  ['a huge number', asCursor([1e308, randomUUID()])],
  ['nested arrays', asCursor([['2026-01-01T00:00:00.000Z'], [randomUUID()]])],
  ['three parts', asCursor(['a', randomUUID(), 'c'])],
  ['one part', asCursor(['a'])],
  ['a NUL in the key', asCursor(['a\u0000b', randomUUID()])],
  ['a broken surrogate in the id', asCursor(['a', '\uD800'])],
];

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Cursors with the right shape and a key or id of the wrong kind for the list that issued `issued`. */
function wrongKindCursors([key, id]: [string, string]): [string, string][] {
  const crafted: [string, string][] = [];
  if (uuidPattern.test(id)) {
    crafted.push(['a non-UUID id', asCursor([key, 'not-a-uuid'])]);
    crafted.push(['a UUID id with a NUL', asCursor([key, `${id}\u0000`])]);
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(key)) {
    for (const bad of ['2026-02-30T00:00:00.000Z', '-271821-04-20T00:00:00.000Z', 'yesterday', '1', ''])
      crafted.push([`a bad time ${bad}`, asCursor([bad, id])]);
  } else if (/^-?\d+$/.test(key) && uuidPattern.test(id)) {
    // a number key with a UUID id (a region's code is text that looks like a number, and is its id)
    for (const bad of ['99999999999999999999', '1e309', '1.5', 'abc', ''])
      crafted.push([`a bad number ${bad}`, asCursor([bad, id])]);
  } else if (uuidPattern.test(key)) {
    crafted.push(['a non-UUID key', asCursor(['not-a-uuid', id])]);
  }
  return crafted;
}

describe('input hygiene', () => {
  let api: TestApi;
  let org: RegisteredOrg;
  let platformToken: string;
  let listRoutes: string[];
  let fixtures: CareFixtures;

  beforeAll(async () => {
    api = await startTestApi('hygiene', {
      RATE_LIMIT_PER_MINUTE: '1000000',
      PLATFORM_ADMIN_EMAIL: platformAdminEmail,
      PLATFORM_ADMIN_PASSWORD: platformAdminPassword,
    });
    org = await registerOrg(api.app);
    await registerOrg(api.app, { name: 'Фонд «Второй»' });
    platformToken = await login(api.app, platformAdminEmail, platformAdminPassword);

    // two rows in every list, so that each issues a cursor
    fixtures = new CareFixtures(api.db, org.orgId);
    const beneficiaries = [await fixtures.beneficiary(), await fixtures.beneficiary()];
    const items = [await fixtures.item(), await fixtures.item()];
    for (const itemId of items) await fixtures.receive(itemId, 100);
    await fixtures.fundingSource();
    await fixtures.fundingSource();
    await addMember(api.app, org, 'staff');
    await createApiKey(api.app, org);
    await createApiKey(api.app, org);
    for (const day of [2, 3]) {
      const event = await post(`/api/v1/orgs/${org.orgId}/care-events`, {
        beneficiaryId: beneficiaries[0],
        occurredAt: new Date(Date.now() - day * 86_400_000).toISOString(),
        kind: 'delivery',
        lines: [{ itemId: items[0], quantity: 1 }],
      });
      expect(event.statusCode).toBe(201);
      const report = await post(`/api/v1/orgs/${org.orgId}/reports`, {
        type: 'activity',
        periodFrom: '2026-01-01',
        periodTo: '2026-06-30',
        language: 'en',
      });
      expect(report.statusCode).toBe(202);
    }

    const document = (await api.app.inject({ method: 'GET', url: '/api/docs-json' })).json() as {
      paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
    };
    listRoutes = Object.entries(document.paths)
      .filter(([, methods]) =>
        (methods.get?.parameters ?? []).some(
          (parameter) => parameter.in === 'query' && parameter.name === 'cursor',
        ),
      )
      .map(([path]) => path);
  });

  afterAll(async () => {
    await api?.close();
  });

  function post(url: string, payload: unknown, token = org.accessToken) {
    return api.app.inject({
      method: 'POST',
      url,
      headers: { ...bearer(token), 'idempotency-key': randomUUID() },
      payload: payload as Record<string, unknown>,
    });
  }

  function get(path: string, query: Record<string, string> = {}) {
    // the organisations registered here are in region 48, the factories' default
    const url = path.replace('{orgId}', org.orgId).replace('{code}', '48');
    if (/\{/.test(url)) throw new Error(`no fixture for a path parameter of ${path}`);
    const token = path.startsWith('/api/v1/admin/') ? platformToken : org.accessToken;
    return api.app.inject({ method: 'GET', url, query, headers: bearer(token) });
  }

  function expectFieldRefused(
    response: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
    field: string,
  ) {
    expect(response.statusCode).toBe(400);
    expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
    expect((response.json() as { errors?: { field: string }[] }).errors?.map((error) => error.field)).toEqual(
      [field],
    );
  }

  describe('cursors', () => {
    it('finds the list routes in the OpenAPI document, the public ones among them', () => {
      expect(listRoutes.length).toBeGreaterThanOrEqual(13);
      expect(listRoutes).toEqual(
        expect.arrayContaining([
          '/api/v1/public/reports',
          '/api/v1/public/regions',
          '/api/v1/orgs/{orgId}/audit',
          '/api/v1/orgs/{orgId}/stock/movements',
          '/api/v1/admin/organisations',
        ]),
      );
    });

    it('every list route with a crafted cursor is 400 naming cursor, and the cursors it issues still work', async () => {
      const failures: string[] = [];
      const issuedBy: string[] = [];
      for (const path of listRoutes) {
        const first = await get(path, { limit: '1' });
        expect(first.statusCode).toBe(200);
        const nextCursor = (first.json() as { nextCursor: string | null }).nextCursor;
        const crafted = [...malformedCursors];
        if (nextCursor) {
          issuedBy.push(path);
          expect((await get(path, { limit: '1', cursor: nextCursor })).statusCode).toBe(200);
          const issued = JSON.parse(Buffer.from(nextCursor, 'base64url').toString('utf8')) as [
            string,
            string,
          ];
          crafted.push(...wrongKindCursors(issued));
        }
        for (const [what, cursor] of crafted) {
          const response = await get(path, { cursor });
          const body = response.json() as { errors?: { field: string }[] };
          if (response.statusCode !== 400 || body.errors?.[0]?.field !== 'cursor')
            failures.push(`${path} with ${what}: ${response.statusCode} ${response.body.slice(0, 200)}`);
        }
      }
      expect(failures).toEqual([]);
      // the lists this suite filled issued a cursor to craft from (no report is published here)
      expect(issuedBy).toEqual(
        expect.arrayContaining([
          '/api/v1/orgs/{orgId}/items',
          '/api/v1/orgs/{orgId}/stock',
          '/api/v1/orgs/{orgId}/stock/movements',
          '/api/v1/orgs/{orgId}/audit',
          '/api/v1/orgs/{orgId}/beneficiaries',
          '/api/v1/orgs/{orgId}/care-events',
          '/api/v1/orgs/{orgId}/funding-sources',
          '/api/v1/orgs/{orgId}/reports',
          '/api/v1/orgs/{orgId}/members',
          '/api/v1/orgs/{orgId}/api-keys',
          '/api/v1/admin/organisations',
          '/api/v1/public/regions',
        ]),
      );
    });

    it('pages through every list one row at a time, each row once', async () => {
      const failures: string[] = [];
      for (const path of listRoutes) {
        const all = (await get(path, { limit: '200' })).json() as { items: unknown[] };
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const response = await get(path, { limit: '1', ...(cursor ? { cursor } : {}) });
          const page = response.json() as { items: unknown[]; nextCursor: string | null };
          seen.push(...page.items.map((item) => JSON.stringify(item)));
          cursor = page.nextCursor;
        } while (cursor && seen.length <= all.items.length);
        if (JSON.stringify(seen) !== JSON.stringify(all.items.map((item) => JSON.stringify(item))))
          failures.push(`${path}: ${seen.length} rows one at a time, ${all.items.length} at once`);
      }
      expect(failures).toEqual([]);
    });

    it('refuses a timestamp cursor with a non-UUID id on the public reports list, without signing in', async () => {
      for (const cursor of [
        asCursor(['2026-11-27T10:15:00.000Z', 'not-a-uuid']),
        asCursor(['2026-02-30T10:15:00.000Z', randomUUID()]),
      ]) {
        const response = await api.app.inject({
          method: 'GET',
          url: '/api/v1/public/reports',
          query: { cursor },
        });
        expectFieldRefused(response, 'cursor');
      }
    });
  });

  describe('ids and times in queries', () => {
    it.each([
      ['/api/v1/orgs/{orgId}/care-events', 'beneficiaryId'],
      ['/api/v1/orgs/{orgId}/care-events', 'fundingSourceId'],
      ['/api/v1/orgs/{orgId}/stock/movements', 'itemId'],
      ['/api/v1/orgs/{orgId}/audit', 'entityId'],
      ['/api/v1/orgs/{orgId}/audit', 'actorId'],
    ])('%s refuses a %s that is not a UUID', async (path, name) => {
      expectFieldRefused(await get(path, { [name]: "1' or '1'='1" }), name);
    });

    it.each([
      ['/api/v1/orgs/{orgId}/care-events', 'from'],
      ['/api/v1/orgs/{orgId}/stock/movements', 'to'],
      ['/api/v1/orgs/{orgId}/audit', 'from'],
    ])('%s refuses a %s outside the years 1 to 9999, naming it', async (path, name) => {
      for (const value of ['-271821-04-20T00:00:00.000Z', '+275760-09-13T00:00:00.000Z', '0000-01-01']) {
        expectFieldRefused(await get(path, { [name]: value }), name);
      }
    });
  });

  describe('shapes', () => {
    it.each(['consents', 'diagnoses'])(
      'refuses a list in place of each object in a beneficiary’s %s, naming the field',
      async (field) => {
        const response = await post(`/api/v1/orgs/${org.orgId}/beneficiaries`, {
          fullName: 'Мария Иванова',
          [field]: [[]],
        });
        expectFieldRefused(response, field);
      },
    );

    it('refuses a list in place of a care line, naming lines', async () => {
      const response = await post(`/api/v1/orgs/${org.orgId}/care-events`, {
        beneficiaryId: randomUUID(),
        occurredAt: '2026-01-10T10:00:00Z',
        kind: 'delivery',
        lines: [[{ itemId: randomUUID(), quantity: 1 }]],
      });
      expectFieldRefused(response, 'lines');
    });
  });

  describe('text', () => {
    it.each([
      ['a bidi override', 'Фонд \u202Eтсеч\u202C'],
      ['a C0 control', 'Фонд\u0007'],
      ['a C1 control', 'Фонд\u0085'],
      ['a line break', 'Фонд\nДобро'],
    ])('refuses %s in an organisation name, naming the field', async (_what, name) => {
      const response = await api.app.inject({
        method: 'PATCH',
        url: `/api/v1/orgs/${org.orgId}`,
        headers: bearer(org.accessToken),
        payload: { name },
      });
      expectFieldRefused(response, 'name');
    });

    it('refuses a bidi isolate in registration, naming organisation.name', async () => {
      const response = await api.app.inject({
        method: 'POST',
        url: '/api/v1/auth/register',
        payload: {
          email: `hygiene-${randomUUID()}@example.org`,
          password: 'correct horse battery staple',
          fullName: 'Ольга Смирнова',
          organisation: { name: 'Фонд \u2067Добро\u2069', regionCode: '48' },
        },
      });
      expectFieldRefused(response, 'organisation.name');
    });

    it('refuses a control character in the second diagnosis, naming diagnoses[1].code', async () => {
      const response = await post(`/api/v1/orgs/${org.orgId}/beneficiaries`, {
        fullName: 'Мария Иванова',
        diagnoses: [
          { system: 'icd10', code: 'Q81.2' },
          { system: 'icd10', code: 'Q81\u001B.2' },
        ],
      });
      expectFieldRefused(response, 'diagnoses[1].code');
    });

    it('refuses an override in a search, naming q', async () => {
      expectFieldRefused(await get('/api/v1/orgs/{orgId}/beneficiaries', { q: '\u202Eвонави' }), 'q');
    });

    it('lets free text span lines, but not hold controls', async () => {
      const itemId = await fixtures.item();
      const movement = (note: string) =>
        post(`/api/v1/orgs/${org.orgId}/stock/movements`, {
          itemId,
          kind: 'receipt',
          quantity: 1,
          occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
          note,
        });
      const multiLine = await movement('Накладная 12\r\n\tпринята с замечаниями');
      expect(multiLine.statusCode).toBe(201);
      expect(multiLine.json().note).toBe('Накладная 12\r\n\tпринята с замечаниями');
      expectFieldRefused(await movement('Накладная\u0000'), 'note');
      expectFieldRefused(await movement('Накладная \u202Eполучена'), 'note');
    });

    it('passes a password to the check as typed: controls and bidi characters there are a wrong password, not a 400', async () => {
      const response = await api.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: org.adminEmail, password: 'Cafe\u0301 \u202Epassword\u0007' },
      });
      expect(response.statusCode).toBe(401);
    });

    it('stores names in NFC, so a name typed decomposed is the same name', async () => {
      const decomposed = await post(`/api/v1/orgs/${org.orgId}/items`, {
        sku: 'Cafe\u0301-1',
        name: 'Cre\u0300me',
        unit: 'tube',
        category: 'hygiene',
        defaultUnitCostKopecks: 100,
      });
      expect(decomposed.statusCode).toBe(201);
      expect(decomposed.json()).toMatchObject({ sku: 'Caf\u00E9-1', name: 'Cr\u00E8me' });
      const composed = await post(`/api/v1/orgs/${org.orgId}/items`, {
        sku: 'Caf\u00E9-1',
        name: 'Crème',
        unit: 'tube',
        category: 'hygiene',
        defaultUnitCostKopecks: 100,
      });
      expect(composed.statusCode).toBe(409);
    });
  });

  describe('search audit', () => {
    it('writes who searched and how many matched, and never the search text', async () => {
      const searchText = 'ИвановаПоиск';
      const unique = new CareFixtures(api.db, org.orgId);
      for (let n = 0; n < 3; n++) {
        const id = await unique.beneficiary();
        await api.db.asSuperuser(
          `update beneficiary_personal_data set full_name = $3 where tenant_id = $1 and beneficiary_id = $2`,
          [org.orgId, id, `${searchText} Мария ${n}`],
        );
      }
      // staff: a viewer's search matches codes only
      const staff = await addMember(api.app, org, 'staff');
      const first = await api.app.inject({
        method: 'GET',
        url: `/api/v1/orgs/${org.orgId}/beneficiaries`,
        query: { q: searchText.toLowerCase(), limit: '2' },
        headers: bearer(staff.accessToken),
      });
      expect(first.statusCode).toBe(200);
      const shown: string[] = first.json().items.map((item: { id: string }) => item.id);
      expect(shown).toHaveLength(2);

      const rows = await api.db.asSuperuser<{
        actor_id: string;
        action: string;
        details: Record<string, unknown>;
      }>(
        `select actor_id, action, details from audit_log where tenant_id = $1 and action = 'beneficiary.searched'`,
        [org.orgId],
      );
      expect(rows).toEqual([
        {
          actor_id: staff.userId,
          action: 'beneficiary.searched',
          details: { matched: 3, shown: 2, continued: false, namesShownOf: shown },
        },
      ]);
      const [{ leaks }] = await api.db.asSuperuser<{ leaks: number }>(
        `select count(*)::int as leaks from audit_log where audit_log::text ilike $1`,
        [`%${searchText}%`],
      );
      expect(leaks).toBe(0);
    });

    it('writes no search row for a list without a search', async () => {
      const before = await api.db.asSuperuser<{ n: number }>(
        `select count(*)::int as n from audit_log where action = 'beneficiary.searched'`,
      );
      expect((await get('/api/v1/orgs/{orgId}/beneficiaries', { status: 'active' })).statusCode).toBe(200);
      const after = await api.db.asSuperuser<{ n: number }>(
        `select count(*)::int as n from audit_log where action = 'beneficiary.searched'`,
      );
      expect(after[0].n).toBe(before[0].n);
    });
  });
});
