import { startTestApi, TestApi } from './support/api.js';
import { bearer, login, registerOrg, RegisteredOrg, verifyOrg } from './support/factories.js';

/** The platform admin's part of API.md "Authority and platform": organisations, population, indicators. */

const platformAdminEmail = 'platform-admin@careledger.example';
const platformAdminPassword = 'platform admin passphrase';

interface InjectResponse {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
  json(): any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

interface RegionSummary {
  code: string;
  population: number | null;
  populationYear: number | null;
  organisations: number;
}

describe('platform administration', () => {
  let api: TestApi;
  let adminToken: string;
  let org: RegisteredOrg;

  beforeAll(async () => {
    api = await startTestApi('platform-admin', {
      PLATFORM_ADMIN_EMAIL: platformAdminEmail,
      PLATFORM_ADMIN_PASSWORD: platformAdminPassword,
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    adminToken = await login(api.app, platformAdminEmail, platformAdminPassword);
    org = await registerOrg(api.app, { name: 'Фонд «Платформа» тест', regionCode: '48' });
  });

  afterAll(() => api.close());

  function request(
    method: 'GET' | 'PATCH' | 'PUT',
    url: string,
    options: { payload?: object | string; headers?: Record<string, string> } = {},
  ): Promise<InjectResponse> {
    return api.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: options.headers ?? bearer(adminToken),
      payload: options.payload,
    });
  }

  function uploadCsv(year: number | string, csv: string, headers = bearer(adminToken)) {
    return request('PUT', `/admin/external-indicators/${year}`, {
      payload: csv,
      headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' },
    });
  }

  function expectProblem(response: InjectResponse, status: number): void {
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ status });
  }

  function expectFieldsNamed(response: InjectResponse, fields: string[]): void {
    expectProblem(response, 400);
    const named = (response.json().errors as { field: string }[]).map((error) => error.field);
    expect([...new Set(named)].sort()).toEqual([...fields].sort());
  }

  async function publicRegion(code: string): Promise<RegionSummary> {
    const response = await request('GET', '/public/regions?limit=200', { headers: {} });
    expect(response.statusCode).toBe(200);
    const region = (response.json().items as RegionSummary[]).find((item) => item.code === code);
    if (!region) throw new Error(`region ${code} is not listed`);
    return region;
  }

  async function storedIndicators(year: number): Promise<Record<string, string>[]> {
    return api.db.asSuperuser(
      `select region_code as "regionCode", indicator, value::text as value, source
         from external_indicators where year = $1 order by region_code, indicator`,
      [year],
    );
  }

  describe('who may call', () => {
    const routes: [string, 'GET' | 'PATCH' | 'PUT', string, object | undefined][] = [
      ['list organisations', 'GET', '/admin/organisations', undefined],
      [
        'suspend',
        'PATCH',
        '/admin/organisations/00000000-0000-4000-8000-000000000000',
        { status: 'suspended', reason: 'проверка' },
      ],
      ['set population', 'PUT', '/admin/regions/48/population/2030', { population: 1, source: 'x' }],
    ];

    it.each(routes)('answers 401 without a token: %s', async (_name, method, url, payload) => {
      expectProblem(await request(method, url, { payload, headers: {} }), 401);
    });

    it.each(routes)('answers 403 to an organisation admin: %s', async (_name, method, url, payload) => {
      expectProblem(await request(method, url, { payload, headers: bearer(org.accessToken) }), 403);
    });

    it('answers 401 and 403 on the CSV upload too, and stores nothing', async () => {
      const csv = 'regionCode,indicator,value,source\n48,grants,1,test\n';
      expectProblem(await uploadCsv(2031, csv, {}), 401);
      expectProblem(await uploadCsv(2031, csv, bearer(org.accessToken)), 403);
      expect(await storedIndicators(2031)).toEqual([]);
    });
  });

  describe('organisations', () => {
    it('lists organisations with registry details and member counts', async () => {
      const response = await request('GET', '/admin/organisations?limit=200');
      expect(response.statusCode).toBe(200);
      const item = response.json().items.find((row: { id: string }) => row.id === org.orgId);
      expect(item).toEqual({
        id: org.orgId,
        name: 'Фонд «Платформа» тест',
        inn: null,
        ogrn: null,
        regionCode: '48',
        status: 'active',
        createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        verifiedAt: null,
        suspension: null,
        members: 1,
      });
    });

    it('filters by region, status and part of the name, and pages with a cursor', async () => {
      const tag = `Пагинация-${Date.now()}`;
      const created = [];
      for (let index = 0; index < 3; index++)
        created.push(await registerOrg(api.app, { name: `АНО ${tag} ${index}`, regionCode: '29' }));

      const byName = await request('GET', `/admin/organisations?q=${encodeURIComponent(tag.toLowerCase())}`);
      expect(byName.statusCode).toBe(200);
      expect(byName.json().items.map((row: { id: string }) => row.id)).toEqual(
        created.map((one) => one.orgId).reverse(),
      );

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `regionCode=29&status=active&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const page = await request('GET', `/admin/organisations?${query}`);
        expect(page.statusCode).toBe(200);
        for (const row of page.json().items) {
          expect(row).toMatchObject({ regionCode: '29', status: 'active' });
          seen.push(row.id);
        }
        cursor = page.json().nextCursor;
      } while (cursor);
      expect(seen).toEqual(expect.arrayContaining(created.map((one) => one.orgId)));
      expect(new Set(seen).size).toBe(seen.length);

      const none = await request('GET', `/admin/organisations?q=${encodeURIComponent('%_нет такого')}`);
      expect(none.json()).toEqual({ items: [], nextCursor: null });
    });

    it('answers 400 naming each bad filter', async () => {
      expectFieldsNamed(await request('GET', '/admin/organisations?status=closed&regionCode=00&limit=0'), [
        'status',
        'regionCode',
        'limit',
      ]);
      expectFieldsNamed(await request('GET', '/admin/organisations?cursor=not-a-cursor'), ['cursor']);
      const forged = Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url');
      expectFieldsNamed(await request('GET', `/admin/organisations?cursor=${forged}`), ['cursor']);
    });

    it('suspends an organisation: it leaves the public count, its log names the admin, its members keep access', async () => {
      const target = await registerOrg(api.app, { name: 'АНО «Приостановленная»', regionCode: '36' });
      await verifyOrg(api.app, target, adminToken);
      const adminId = (await request('GET', '/me')).json().user.id;
      const before = (await publicRegion('36')).organisations;

      const suspended = await request('PATCH', `/admin/organisations/${target.orgId}`, {
        payload: { status: 'suspended', reason: 'проверка' },
      });
      expect(suspended.statusCode).toBe(200);
      expect(suspended.json()).toMatchObject({ id: target.orgId, status: 'suspended', members: 1 });
      expect((await publicRegion('36')).organisations).toBe(before - 1);

      const listed = await request('GET', '/admin/organisations?status=suspended&regionCode=36');
      expect(listed.json().items.map((row: { id: string }) => row.id)).toEqual([target.orgId]);

      const own = await request('GET', `/orgs/${target.orgId}`, { headers: bearer(target.accessToken) });
      expect(own.statusCode).toBe(200);
      expect(own.json().status).toBe('suspended');

      const audit = await request('GET', `/orgs/${target.orgId}/audit?action=organisation.suspended`, {
        headers: bearer(target.accessToken),
      });
      expect(audit.statusCode).toBe(200);
      expect(audit.json().items).toEqual([
        expect.objectContaining({
          action: 'organisation.suspended',
          actorKind: 'user',
          actorId: adminId,
          entityId: target.orgId,
        }),
      ]);

      // Suspending again changes nothing and records nothing.
      await request('PATCH', `/admin/organisations/${target.orgId}`, {
        payload: { status: 'suspended', reason: 'проверка' },
      });
      const again = await request('GET', `/orgs/${target.orgId}/audit?action=organisation.suspended`, {
        headers: bearer(target.accessToken),
      });
      expect(again.json().items).toHaveLength(1);

      const reinstated = await request('PATCH', `/admin/organisations/${target.orgId}`, {
        payload: { status: 'active' },
      });
      expect(reinstated.statusCode).toBe(200);
      expect(reinstated.json().status).toBe('active');
      expect((await publicRegion('36')).organisations).toBe(before);

      const reinstatedLog = await request(
        'GET',
        `/orgs/${target.orgId}/audit?action=organisation.reinstated`,
        {
          headers: bearer(target.accessToken),
        },
      );
      expect(reinstatedLog.json().items).toEqual([
        expect.objectContaining({ actorId: adminId, entityId: target.orgId }),
      ]);
      const verify = await request('GET', `/orgs/${target.orgId}/audit/verify`, {
        headers: bearer(target.accessToken),
      });
      expect(verify.json()).toMatchObject({ valid: true });
    });

    it('answers 404 for an unknown organisation and 400 for a bad id or status', async () => {
      expectProblem(
        await request('PATCH', '/admin/organisations/6f1c2b3a-1d2e-4f5a-8b9c-0d1e2f3a4b5c', {
          payload: { status: 'suspended', reason: 'проверка' },
        }),
        404,
      );
      expectFieldsNamed(
        await request('PATCH', '/admin/organisations/not-a-uuid', {
          payload: { status: 'suspended', reason: 'проверка' },
        }),
        ['id'],
      );
      expectFieldsNamed(
        await request('PATCH', `/admin/organisations/${org.orgId}`, { payload: { status: 'closed' } }),
        ['status'],
      );
      expectFieldsNamed(
        await request('PATCH', `/admin/organisations/${org.orgId}`, {
          payload: { status: 'active', name: 'renamed' },
        }),
        ['name'],
      );
    });
  });

  describe('region population', () => {
    it('stores a newer year, which the public region list then shows', async () => {
      const before = await publicRegion('48');
      expect(before.populationYear).not.toBe(2030);

      const response = await request('PUT', '/admin/regions/48/population/2030', {
        payload: { population: 1_111_111, source: 'Rosstat, 1 January 2030' },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        regionCode: '48',
        year: 2030,
        population: 1_111_111,
        source: 'Rosstat, 1 January 2030',
      });
      expect(await publicRegion('48')).toMatchObject({ populationYear: 2030, population: 1_111_111 });

      const corrected = await request('PUT', '/admin/regions/48/population/2030', {
        payload: { population: 1_111_222, source: 'Rosstat, corrected' },
      });
      expect(corrected.json()).toMatchObject({ population: 1_111_222, source: 'Rosstat, corrected' });
      expect(await publicRegion('48')).toMatchObject({ populationYear: 2030, population: 1_111_222 });

      // An older year is stored but does not replace the newest one.
      await request('PUT', '/admin/regions/48/population/2025', {
        payload: { population: 5, source: 'old' },
      });
      expect(await publicRegion('48')).toMatchObject({ populationYear: 2030, population: 1_111_222 });
    });

    it('answers 404 for an unknown region', async () => {
      const response = await request('PUT', '/admin/regions/00/population/2030', {
        payload: { population: 1000, source: 'x' },
      });
      expectProblem(response, 404);
    });

    it('answers 400 naming the year, population and source', async () => {
      expectFieldsNamed(
        await request('PUT', '/admin/regions/48/population/1999', {
          payload: { population: 1, source: 'x' },
        }),
        ['year'],
      );
      expectFieldsNamed(
        await request('PUT', '/admin/regions/48/population/2101', {
          payload: { population: 1, source: 'x' },
        }),
        ['year'],
      );
      expectFieldsNamed(
        await request('PUT', '/admin/regions/48/population/2030', { payload: { population: 0, source: '' } }),
        ['population', 'source'],
      );
      expectFieldsNamed(
        await request('PUT', '/admin/regions/48/population/2030', {
          payload: { population: 1.5, source: 'x', extra: true },
        }),
        ['population', 'extra'],
      );
    });
  });

  describe('external indicators', () => {
    const header = 'regionCode,indicator,value,source';

    it('replaces a year with a good file, quoted fields and CRLF included', async () => {
      const first = [
        header,
        '48,grants_per_100k,12.5,Rosstat',
        '77,volunteers_share,0.25,"Civic Chamber, 2024"',
      ];
      const response = await uploadCsv(2024, `${first.join('\r\n')}\r\n`);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ year: 2024, rows: 2 });
      expect(await storedIndicators(2024)).toEqual([
        { regionCode: '48', indicator: 'grants_per_100k', value: '12.500000', source: 'Rosstat' },
        { regionCode: '77', indicator: 'volunteers_share', value: '0.250000', source: 'Civic Chamber, 2024' },
      ]);

      const second = [header, '36,grants_per_100k,-3e2,"the ""new"" source"'];
      const replaced = await uploadCsv(2024, second.join('\n'));
      expect(replaced.json()).toEqual({ year: 2024, rows: 1 });
      expect(await storedIndicators(2024)).toEqual([
        { regionCode: '36', indicator: 'grants_per_100k', value: '-300.000000', source: 'the "new" source' },
      ]);
    });

    it('refuses a file with two bad rows among good ones, naming both lines, and keeps the year as it was', async () => {
      expect((await uploadCsv(2023, `${header}\n48,kept,1,before\n`)).statusCode).toBe(200);
      const csv = [
        header,
        '48,grants_per_100k,1,Rosstat',
        '77,grants_per_100k,2,Rosstat',
        '99,grants_per_100k,3,Rosstat',
        '78,grants_per_100k,4,Rosstat',
        '29,grants_per_100k,5,Rosstat',
        '50,Bad-Indicator,NaN,',
        '36,grants_per_100k,7,Rosstat',
      ].join('\n');
      const response = await uploadCsv(2023, csv);
      expectFieldsNamed(response, ['line 4', 'line 7']);
      const messages = response.json().errors.map((error: { message: string }) => error.message);
      expect(messages).toEqual(
        expect.arrayContaining([
          expect.stringContaining('regionCode "99"'),
          expect.stringContaining('indicator "Bad-Indicator"'),
          expect.stringContaining('value "NaN"'),
          'source must not be empty',
        ]),
      );
      expect(await storedIndicators(2023)).toEqual([
        { regionCode: '48', indicator: 'kept', value: '1.000000', source: 'before' },
      ]);
    });

    it('names duplicate pairs, wrong field counts, bad quoting, infinite values and a wrong header', async () => {
      const csv = [
        header,
        '48,grants,1,a',
        '48,grants,2,b',
        '48,other,1',
        '48,third,"1"x,a',
        '48,fourth,1e400,a',
        '48,fifth,"",a',
      ].join('\n');
      expectFieldsNamed(await uploadCsv(2022, csv), ['line 3', 'line 4', 'line 5', 'line 6', 'line 7']);
      expectFieldsNamed(await uploadCsv(2022, 'region,indicator,value,source\n48,grants,1,a\n'), ['line 1']);
      expectFieldsNamed(await uploadCsv(2022, ''), ['line 1']);
      expect(await storedIndicators(2022)).toEqual([]);
    });

    it('answers 415 for a body that is not CSV, 413 for a file over the limit and 400 for a bad year', async () => {
      const json = await request('PUT', '/admin/external-indicators/2024', {
        payload: { regionCode: '48' },
      });
      expectProblem(json, 415);
      const text = await request('PUT', '/admin/external-indicators/2024', {
        payload: `${header}\n48,grants,1,a\n`,
        headers: { ...bearer(adminToken), 'content-type': 'text/plain' },
      });
      expectProblem(text, 415);
      expectFieldsNamed(await uploadCsv(1999, `${header}\n`), ['year']);
      const tooLarge = await uploadCsv(2024, `${header}\n${'48,grants,1,a\n'.repeat(500_000)}`);
      expectProblem(tooLarge, 413);
    });
  });
});
