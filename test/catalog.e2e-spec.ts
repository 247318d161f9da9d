import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import { addMember, bearer, createApiKey, Member, registerOrg, RegisteredOrg } from './support/factories.js';

/** The catalogue and funding sources (API.md "Catalogue, stock, funding"): admins write, members read. */

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

describe('catalogue and funding sources', () => {
  let api: TestApi;
  let org: RegisteredOrg;
  let other: RegisteredOrg;
  let staff: Member;
  let viewer: Member;

  beforeAll(async () => {
    api = await startTestApi('catalog');
    org = await registerOrg(api.app);
    other = await registerOrg(api.app, { name: 'АНО «Свет»' });
    staff = await addMember(api.app, org, 'staff');
    viewer = await addMember(api.app, org, 'viewer');
  });

  afterAll(() => api.close());

  function call(method: Method, url: string, token: string, payload?: unknown) {
    return api.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: bearer(token),
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
  }

  function fieldsOf(response: { json(): { errors?: { field: string }[] } }): string[] {
    return (response.json().errors ?? []).map((error) => error.field).sort();
  }

  async function auditActions(target: RegisteredOrg, entityId: string): Promise<string[]> {
    const response = await call(
      'GET',
      `/orgs/${target.orgId}/audit?entityId=${entityId}`,
      target.accessToken,
    );
    expect(response.statusCode).toBe(200);
    return response
      .json()
      .items.map((entry: { action: string }) => entry.action)
      .reverse();
  }

  function fundingInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      name: 'Грант на паллиативную помощь',
      funderName: 'Фонд президентских грантов',
      kind: 'presidential_grant',
      amountKopecks: 150_000_000,
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
      ...overrides,
    };
  }

  function itemInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      sku: `SKU-${randomUUID().slice(0, 8)}`,
      name: 'Бепантен мазь 30 г',
      unit: 'tube',
      category: 'medication',
      defaultUnitCostKopecks: 45_000,
      ...overrides,
    };
  }

  async function createFunding(target: RegisteredOrg, overrides: Record<string, unknown> = {}) {
    const response = await call('POST', `/orgs/${target.orgId}/funding-sources`, target.accessToken, {
      ...fundingInput(overrides),
    });
    expect(response.statusCode).toBe(201);
    return response.json();
  }

  async function createItem(target: RegisteredOrg, overrides: Record<string, unknown> = {}) {
    const response = await call(
      'POST',
      `/orgs/${target.orgId}/items`,
      target.accessToken,
      itemInput(overrides),
    );
    expect(response.statusCode).toBe(201);
    return response.json();
  }

  describe('funding sources', () => {
    it('creates, reads, lists and changes a funding source, with audit rows of ids only', async () => {
      const created = await createFunding(org);
      expect(created).toEqual({
        id: expect.any(String),
        name: 'Грант на паллиативную помощь',
        funderName: 'Фонд президентских грантов',
        kind: 'presidential_grant',
        amountKopecks: 150_000_000,
        periodFrom: '2026-01-01',
        periodTo: '2026-12-31',
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });

      const read = await call('GET', `/orgs/${org.orgId}/funding-sources/${created.id}`, viewer.accessToken);
      expect(read.statusCode).toBe(200);
      expect(read.json()).toEqual(created);

      const patched = await call(
        'PATCH',
        `/orgs/${org.orgId}/funding-sources/${created.id}`,
        org.accessToken,
        {
          name: 'Грант 2026, продление',
          kind: 'government_grant',
          amountKopecks: null,
          periodTo: '2027-06-30',
        },
      );
      expect(patched.statusCode).toBe(200);
      expect(patched.json()).toMatchObject({
        id: created.id,
        name: 'Грант 2026, продление',
        funderName: 'Фонд президентских грантов',
        kind: 'government_grant',
        amountKopecks: null,
        periodFrom: '2026-01-01',
        periodTo: '2027-06-30',
      });

      expect(await auditActions(org, created.id)).toEqual([
        'funding_source.created',
        'funding_source.updated',
      ]);
      const audit = await call('GET', `/orgs/${org.orgId}/audit?entityId=${created.id}`, org.accessToken);
      const updated = audit.json().items[0];
      expect(updated.details).toEqual({ fields: ['amountKopecks', 'kind', 'name', 'periodTo'] });
    });

    it('accepts a source without amount or period', async () => {
      const response = await call('POST', `/orgs/${org.orgId}/funding-sources`, org.accessToken, {
        name: 'Пожертвования',
        funderName: 'Частные жертвователи',
        kind: 'individual_donations',
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({ amountKopecks: null, periodFrom: null, periodTo: null });
    });

    it('lists the organisation’s sources by name, page by page, and none of another organisation', async () => {
      const target = await registerOrg(api.app);
      for (const name of ['В', 'А', 'Б']) await createFunding(target, { name });
      await createFunding(other, { name: 'Чужой грант' });
      const first = await call('GET', `/orgs/${target.orgId}/funding-sources?limit=2`, target.accessToken);
      expect(first.statusCode).toBe(200);
      expect(first.json().items.map((source: { name: string }) => source.name)).toEqual(['А', 'Б']);
      expect(first.json().nextCursor).toEqual(expect.any(String));
      const second = await call(
        'GET',
        `/orgs/${target.orgId}/funding-sources?limit=2&cursor=${first.json().nextCursor}`,
        target.accessToken,
      );
      expect(second.json()).toEqual({ items: [expect.objectContaining({ name: 'В' })], nextCursor: null });
    });

    it('names every bad field of a new source', async () => {
      const response = await call('POST', `/orgs/${org.orgId}/funding-sources`, org.accessToken, {
        name: '',
        kind: 'lottery',
        amountKopecks: 1.5,
        periodFrom: '2026-02-30',
        periodTo: '31.12.2026',
      });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(fieldsOf(response)).toEqual([
        'amountKopecks',
        'funderName',
        'kind',
        'name',
        'periodFrom',
        'periodTo',
      ]);
    });

    it.each([
      ['a negative amount', { amountKopecks: -1 }, 'amountKopecks'],
      ['an amount beyond a safe integer', { amountKopecks: 2 ** 53 }, 'amountKopecks'],
      ['an amount as a string', { amountKopecks: '100' }, 'amountKopecks'],
      [
        'a period that ends before it begins',
        { periodFrom: '2026-06-01', periodTo: '2026-05-31' },
        'periodTo',
      ],
      ['an unknown field', { colour: 'green' }, 'colour'],
    ])('refuses %s with 400 naming the field', async (_case, overrides, field) => {
      const response = await call(
        'POST',
        `/orgs/${org.orgId}/funding-sources`,
        org.accessToken,
        fundingInput(overrides),
      );
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response)).toEqual([field]);
    });

    it('checks a changed period against the bound it keeps', async () => {
      const created = await createFunding(org, { periodFrom: '2026-03-01', periodTo: '2026-09-30' });
      const url = `/orgs/${org.orgId}/funding-sources/${created.id}`;
      const early = await call('PATCH', url, org.accessToken, { periodTo: '2026-02-28' });
      expect(early.statusCode).toBe(400);
      expect(fieldsOf(early)).toEqual(['periodTo']);
      const late = await call('PATCH', url, org.accessToken, { periodFrom: '2026-10-01' });
      expect(late.statusCode).toBe(400);
      expect(fieldsOf(late)).toEqual(['periodTo']);
      const cleared = await call('PATCH', url, org.accessToken, { name: null });
      expect(cleared.statusCode).toBe(400);
      expect(fieldsOf(cleared)).toEqual(['name']);
      expect((await call('GET', url, org.accessToken)).json()).toMatchObject({
        name: created.name,
        periodFrom: '2026-03-01',
        periodTo: '2026-09-30',
      });
    });

    it('answers 404 for another organisation’s source and an unknown id, 400 for a malformed one', async () => {
      const foreign = await createFunding(other);
      for (const id of [foreign.id, randomUUID()]) {
        const url = `/orgs/${org.orgId}/funding-sources/${id}`;
        expect((await call('GET', url, org.accessToken)).statusCode).toBe(404);
        expect((await call('PATCH', url, org.accessToken, { name: 'захват' })).statusCode).toBe(404);
      }
      const malformed = await call('GET', `/orgs/${org.orgId}/funding-sources/not-a-uuid`, org.accessToken);
      expect(malformed.statusCode).toBe(400);
      expect(fieldsOf(malformed)).toEqual(['id']);
      expect(
        (await call('GET', `/orgs/${other.orgId}/funding-sources/${foreign.id}`, org.accessToken)).statusCode,
      ).toBe(404);
      const [row] = await api.db.asSuperuser<{ name: string }>(
        'select name from funding_sources where id = $1',
        [foreign.id],
      );
      expect(row.name).toBe(foreign.name);
    });

    it('lets staff and viewers read but only admins write', async () => {
      const created = await createFunding(org);
      const url = `/orgs/${org.orgId}/funding-sources`;
      for (const member of [staff, viewer]) {
        expect((await call('POST', url, member.accessToken, fundingInput())).statusCode).toBe(403);
        expect(
          (await call('PATCH', `${url}/${created.id}`, member.accessToken, { name: 'x' })).statusCode,
        ).toBe(403);
        expect((await call('GET', url, member.accessToken)).statusCode).toBe(200);
        expect((await call('GET', `${url}/${created.id}`, member.accessToken)).statusCode).toBe(200);
      }
      const anonymous = await api.app.inject({ method: 'GET', url: `/api/v1${url}` });
      expect(anonymous.statusCode).toBe(401);
      expect((await call('GET', `${url}/${created.id}`, org.accessToken)).json().name).toBe(created.name);
    });
  });

  describe('items', () => {
    it('creates, reads and changes an item, with audit rows', async () => {
      const created = await createItem(org, { sku: 'MED-001' });
      expect(created).toEqual({
        id: expect.any(String),
        sku: 'MED-001',
        name: 'Бепантен мазь 30 г',
        unit: 'tube',
        quantityDecimals: 3,
        category: 'medication',
        defaultUnitCostKopecks: 45_000,
        stocked: true,
        archived: false,
        archivedAt: null,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      const read = await call('GET', `/orgs/${org.orgId}/items/${created.id}`, viewer.accessToken);
      expect(read.json()).toEqual(created);

      const patched = await call('PATCH', `/orgs/${org.orgId}/items/${created.id}`, org.accessToken, {
        name: 'Бепантен мазь 50 г',
        defaultUnitCostKopecks: 61_000,
      });
      expect(patched.statusCode).toBe(200);
      expect(patched.json()).toMatchObject({
        sku: 'MED-001',
        name: 'Бепантен мазь 50 г',
        defaultUnitCostKopecks: 61_000,
      });
      expect(await auditActions(org, created.id)).toEqual(['item.created', 'item.updated']);
    });

    it('marks services and transport as items without stock', async () => {
      expect((await createItem(org, { category: 'service', unit: 'visit' })).stocked).toBe(false);
      expect((await createItem(org, { category: 'transport', unit: 'hour' })).stocked).toBe(false);
    });

    it('counts in kilograms, grams, litres, millilitres with decimals, and in pairs, sets, courses, days, nights whole', async () => {
      const decimals: Record<string, number> = {};
      for (const unit of ['kg', 'g', 'l', 'ml', 'pair', 'set', 'course', 'day', 'night']) {
        const item = await createItem(org, { sku: `U-${unit}-${randomUUID().slice(0, 8)}`, unit });
        decimals[unit] = item.quantityDecimals;
      }
      expect(decimals).toEqual({ kg: 3, g: 3, l: 3, ml: 3, pair: 0, set: 0, course: 0, day: 0, night: 0 });
    });

    it('refuses a duplicate sku in one organisation with 409 naming sku, and allows it in another', async () => {
      const sku = `DUP-${randomUUID().slice(0, 8)}`;
      await createItem(org, { sku });
      const duplicate = await call('POST', `/orgs/${org.orgId}/items`, org.accessToken, itemInput({ sku }));
      expect(duplicate.statusCode).toBe(409);
      expect(fieldsOf(duplicate)).toEqual(['sku']);
      await createItem(other, { sku });

      const second = await createItem(org);
      const renamed = await call('PATCH', `/orgs/${org.orgId}/items/${second.id}`, org.accessToken, { sku });
      expect(renamed.statusCode).toBe(409);
      expect(fieldsOf(renamed)).toEqual(['sku']);
    });

    it('refuses two parallel creations of one sku: one 201, one 409', async () => {
      const sku = `RACE-${randomUUID().slice(0, 8)}`;
      const responses = await Promise.all(
        [0, 1].map(() => call('POST', `/orgs/${org.orgId}/items`, org.accessToken, itemInput({ sku }))),
      );
      expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
    });

    it('names every bad field of a new item', async () => {
      const response = await call('POST', `/orgs/${org.orgId}/items`, org.accessToken, {
        sku: ' padded ',
        unit: 'barrel',
        category: 'toys',
        defaultUnitCostKopecks: -5,
        price: 10,
      });
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response)).toEqual([
        'category',
        'defaultUnitCostKopecks',
        'name',
        'price',
        'sku',
        'unit',
      ]);
    });

    it.each([
      ['a fractional cost', { defaultUnitCostKopecks: 10.5 }, 'defaultUnitCostKopecks'],
      ['a cost beyond a safe integer', { defaultUnitCostKopecks: 2 ** 53 }, 'defaultUnitCostKopecks'],
      ['an empty sku', { sku: '' }, 'sku'],
      ['a long sku', { sku: 'x'.repeat(65) }, 'sku'],
    ])('refuses %s with 400 naming the field', async (_case, overrides, field) => {
      const response = await call('POST', `/orgs/${org.orgId}/items`, org.accessToken, itemInput(overrides));
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response)).toEqual([field]);
    });

    it('refuses null for a field that cannot be cleared', async () => {
      const item = await createItem(org);
      const response = await call('PATCH', `/orgs/${org.orgId}/items/${item.id}`, org.accessToken, {
        sku: null,
        archived: 'yes',
      });
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response)).toEqual(['archived', 'sku']);
    });

    it('archives and restores an item, which is never deleted', async () => {
      const target = await registerOrg(api.app);
      const kept = await createItem(target, { sku: 'A-1' });
      const archived = await createItem(target, { sku: 'A-2' });
      const url = `/orgs/${target.orgId}/items/${archived.id}`;

      const archiving = await call('PATCH', url, target.accessToken, { archived: true });
      expect(archiving.statusCode).toBe(200);
      expect(archiving.json()).toMatchObject({ archived: true, archivedAt: expect.any(String) });

      const listed = await call('GET', `/orgs/${target.orgId}/items`, target.accessToken);
      expect(listed.json().items.map((item: { sku: string }) => item.sku)).toEqual(['A-1']);
      const all = await call('GET', `/orgs/${target.orgId}/items?includeArchived=true`, target.accessToken);
      expect(all.json().items.map((item: { sku: string }) => item.sku)).toEqual(['A-1', 'A-2']);
      expect((await call('GET', url, target.accessToken)).json().archived).toBe(true);

      const restoring = await call('PATCH', url, target.accessToken, { archived: false });
      expect(restoring.json()).toMatchObject({ archived: false, archivedAt: null });
      expect(await auditActions(target, archived.id)).toEqual([
        'item.created',
        'item.archived',
        'item.restored',
      ]);

      const deleting = await call('DELETE', url, target.accessToken);
      expect(deleting.statusCode).toBeGreaterThanOrEqual(400);
      expect((await call('GET', url, target.accessToken)).statusCode).toBe(200);
      expect(kept.archived).toBe(false);
    });

    it('filters by category, pages by sku, and refuses a bad filter', async () => {
      const target = await registerOrg(api.app);
      await createItem(target, { sku: 'C', category: 'hygiene' });
      await createItem(target, { sku: 'A', category: 'hygiene' });
      await createItem(target, { sku: 'B', category: 'nutrition' });
      const hygiene = await call('GET', `/orgs/${target.orgId}/items?category=hygiene`, target.accessToken);
      expect(hygiene.json().items.map((item: { sku: string }) => item.sku)).toEqual(['A', 'C']);

      const first = await call('GET', `/orgs/${target.orgId}/items?limit=2`, target.accessToken);
      expect(first.json().items.map((item: { sku: string }) => item.sku)).toEqual(['A', 'B']);
      const second = await call(
        'GET',
        `/orgs/${target.orgId}/items?limit=2&cursor=${first.json().nextCursor}`,
        target.accessToken,
      );
      expect(second.json()).toEqual({ items: [expect.objectContaining({ sku: 'C' })], nextCursor: null });

      const bad = await call(
        'GET',
        `/orgs/${target.orgId}/items?category=toys&includeArchived=maybe&limit=0`,
        target.accessToken,
      );
      expect(bad.statusCode).toBe(400);
      expect(fieldsOf(bad)).toEqual(['category', 'includeArchived', 'limit']);
    });

    it('answers 404 for another organisation’s item and an unknown id', async () => {
      const foreign = await createItem(other);
      for (const id of [foreign.id, randomUUID()]) {
        const url = `/orgs/${org.orgId}/items/${id}`;
        expect((await call('GET', url, org.accessToken)).statusCode).toBe(404);
        expect((await call('PATCH', url, org.accessToken, { archived: true })).statusCode).toBe(404);
      }
      const [row] = await api.db.asSuperuser<{ archived_at: Date | null }>(
        'select archived_at from items where id = $1',
        [foreign.id],
      );
      expect(row.archived_at).toBeNull();
      const listed = await call(
        'GET',
        `/orgs/${org.orgId}/items?includeArchived=true&limit=200`,
        org.accessToken,
      );
      expect(listed.json().items.map((item: { id: string }) => item.id)).not.toContain(foreign.id);
    });

    it('lets staff, viewers and integration keys read but only admins write', async () => {
      const item = await createItem(org);
      const url = `/orgs/${org.orgId}/items`;
      for (const member of [staff, viewer]) {
        expect((await call('POST', url, member.accessToken, itemInput())).statusCode).toBe(403);
        expect(
          (await call('PATCH', `${url}/${item.id}`, member.accessToken, { archived: true })).statusCode,
        ).toBe(403);
        expect((await call('GET', url, member.accessToken)).statusCode).toBe(200);
        expect((await call('GET', `${url}/${item.id}`, member.accessToken)).statusCode).toBe(200);
      }
      const key = await createApiKey(api.app, org);
      const byKey = await api.app.inject({
        method: 'GET',
        url: `/api/v1${url}/${item.id}`,
        headers: { 'x-api-key': key },
      });
      expect(byKey.statusCode).toBe(200);
      const writeByKey = await api.app.inject({
        method: 'POST',
        url: `/api/v1${url}`,
        headers: { 'x-api-key': key },
        payload: itemInput(),
      });
      expect(writeByKey.statusCode).toBe(403);
      expect((await call('GET', `${url}/${item.id}`, org.accessToken)).json().archived).toBe(false);
    });
  });
});
