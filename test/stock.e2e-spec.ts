import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import { addMember, bearer, createApiKey, Member, registerOrg, RegisteredOrg } from './support/factories.js';

/**
 * The stock ledger (API.md "Catalogue, stock, funding"; DESIGN.md "Stock ledger"): append-only movements,
 * a balance that is their sum, value at moving average cost, and no stock taken twice under a race.
 */

type Method = 'GET' | 'POST' | 'PATCH';

interface Movement {
  id: string;
  itemId: string;
  kind: string;
  quantity: number;
  unitCostKopecks: number | null;
}

describe('stock', () => {
  let api: TestApi;
  let org: RegisteredOrg;
  let other: RegisteredOrg;
  let staff: Member;
  let viewer: Member;

  beforeAll(async () => {
    api = await startTestApi('stock');
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

  const past = '2026-03-02T10:15:00+03:00';

  async function createItem(target: RegisteredOrg, overrides: Record<string, unknown> = {}) {
    const response = await call('POST', `/orgs/${target.orgId}/items`, target.accessToken, {
      sku: `SKU-${randomUUID().slice(0, 8)}`,
      name: 'Подгузники для взрослых, M',
      unit: 'pack',
      category: 'hygiene',
      defaultUnitCostKopecks: 100,
      ...overrides,
    });
    expect(response.statusCode).toBe(201);
    return response.json() as { id: string; sku: string; name: string; defaultUnitCostKopecks: number };
  }

  async function createFunding(target: RegisteredOrg, kind = 'presidential_grant') {
    const response = await call('POST', `/orgs/${target.orgId}/funding-sources`, target.accessToken, {
      name: `Источник ${randomUUID().slice(0, 8)}`,
      funderName: 'Фонд президентских грантов',
      kind,
    });
    expect(response.statusCode).toBe(201);
    return response.json() as { id: string };
  }

  function move(target: RegisteredOrg, payload: Record<string, unknown>, token = target.accessToken) {
    return call('POST', `/orgs/${target.orgId}/stock/movements`, token, { occurredAt: past, ...payload });
  }

  async function moved(target: RegisteredOrg, payload: Record<string, unknown>) {
    const response = await move(target, payload);
    expect(response.statusCode).toBe(201);
    return response.json();
  }

  async function levelOf(target: RegisteredOrg, itemId: string) {
    const response = await call('GET', `/orgs/${target.orgId}/stock?limit=200`, target.accessToken);
    expect(response.statusCode).toBe(200);
    return response.json().items.find((level: { itemId: string }) => level.itemId === itemId);
  }

  async function movementsOf(target: RegisteredOrg, itemId: string): Promise<Movement[]> {
    const response = await call(
      'GET',
      `/orgs/${target.orgId}/stock/movements?itemId=${itemId}&limit=200`,
      target.accessToken,
    );
    expect(response.statusCode).toBe(200);
    return response.json().items;
  }

  describe('recording movements', () => {
    it('receives stock at a given cost, and at the item’s default when none is given', async () => {
      const item = await createItem(org, { defaultUnitCostKopecks: 250 });
      const funding = await createFunding(org);
      const receipt = await moved(org, {
        itemId: item.id,
        kind: 'receipt',
        quantity: 4,
        unitCostKopecks: 300,
        fundingSourceId: funding.id,
        note: 'накладная 17',
      });
      expect(receipt).toEqual({
        id: expect.any(String),
        itemId: item.id,
        kind: 'receipt',
        quantity: 4,
        unitCostKopecks: 300,
        fundingSourceId: funding.id,
        careEventId: null,
        occurredAt: '2026-03-02T07:15:00.000Z',
        note: 'накладная 17',
        createdBy: org.adminId,
        createdAt: expect.any(String),
        balance: 4,
        balanceValueKopecks: 1200,
      });
      const byDefault = await moved(org, { itemId: item.id, kind: 'receipt', quantity: 2 });
      expect(byDefault).toMatchObject({ unitCostKopecks: 250, balance: 6, balanceValueKopecks: 1700 });

      expect(await levelOf(org, item.id)).toEqual({
        itemId: item.id,
        sku: item.sku,
        name: item.name,
        unit: 'pack',
        category: 'hygiene',
        balance: 6,
        valueKopecks: 1700,
      });
      const audit = await call('GET', `/orgs/${org.orgId}/audit?entityId=${receipt.id}`, org.accessToken);
      expect(audit.json().items).toEqual([
        expect.objectContaining({
          action: 'stock.movement_recorded',
          details: { itemId: item.id, kind: 'receipt' },
        }),
      ]);
    });

    it('values stock at moving average cost after receipts at two prices', async () => {
      const item = await createItem(org);
      await moved(org, { itemId: item.id, kind: 'receipt', quantity: 10, unitCostKopecks: 100 });
      const second = await moved(org, {
        itemId: item.id,
        kind: 'receipt',
        quantity: 10,
        unitCostKopecks: 200,
      });
      expect(second).toMatchObject({ balance: 20, balanceValueKopecks: 3000 });

      const writeOff = await moved(org, { itemId: item.id, kind: 'write_off', quantity: 5 });
      expect(writeOff).toMatchObject({
        quantity: -5,
        unitCostKopecks: 150,
        balance: 15,
        balanceValueKopecks: 2250,
      });

      // an adjustment into stock comes in at the current average cost
      const found = await moved(org, { itemId: item.id, kind: 'adjustment', quantity: 1 });
      expect(found).toMatchObject({
        quantity: 1,
        unitCostKopecks: 150,
        balance: 16,
        balanceValueKopecks: 2400,
      });

      // taking everything takes the whole value, whatever the rounding on the way
      const rest = await moved(org, { itemId: item.id, kind: 'adjustment', quantity: -16 });
      expect(rest).toMatchObject({ quantity: -16, balance: 0, balanceValueKopecks: 0 });
      expect(await levelOf(org, item.id)).toMatchObject({ balance: 0, valueKopecks: 0 });
    });

    it('keeps the balance equal to the sum of its movements after a mixed sequence', async () => {
      const item = await createItem(org, { unit: 'piece' });
      const sequence = [
        { kind: 'receipt', quantity: 10.5, unitCostKopecks: 333 },
        { kind: 'adjustment', quantity: -0.25 },
        { kind: 'write_off', quantity: 3.125 },
        { kind: 'receipt', quantity: 4, unitCostKopecks: 17 },
        { kind: 'adjustment', quantity: 2.001 },
        { kind: 'write_off', quantity: 0.001 },
        { kind: 'receipt', quantity: 0.5 },
      ];
      for (const movement of sequence) await moved(org, { itemId: item.id, ...movement });

      const movements = await movementsOf(org, item.id);
      expect(movements).toHaveLength(sequence.length);
      const sumMilli = movements.reduce((sum, movement) => sum + Math.round(movement.quantity * 1000), 0);
      expect(sumMilli).toBe(13_625);
      const level = await levelOf(org, item.id);
      expect(level.balance).toBe(13.625);

      const [row] = await api.db.asSuperuser<{ ledger: string; balance: string }>(
        `select (select sum(quantity) from stock_movements where item_id = $1)::text as ledger,
                (select quantity from stock_balances where item_id = $1)::text as balance`,
        [item.id],
      );
      expect(row.ledger).toBe(row.balance);
      expect(movements.map((movement) => movement.kind).sort()).toEqual(
        ['adjustment', 'adjustment', 'receipt', 'receipt', 'receipt', 'write_off', 'write_off'].sort(),
      );
      expect(movements.filter((movement) => movement.kind === 'write_off').every((m) => m.quantity < 0)).toBe(
        true,
      );
    });

    it('refuses to take more than is in stock with 409, leaving the ledger as it was', async () => {
      const item = await createItem(org);
      await moved(org, { itemId: item.id, kind: 'receipt', quantity: 2, unitCostKopecks: 100 });
      for (const payload of [
        { kind: 'write_off', quantity: 2.001 },
        { kind: 'adjustment', quantity: -3 },
      ]) {
        const response = await move(org, { itemId: item.id, ...payload });
        expect(response.statusCode).toBe(409);
        expect(response.json().type).toContain('insufficient_stock');
        expect(fieldsOf(response)).toEqual(['quantity']);
      }
      const never = await createItem(org);
      const empty = await move(org, { itemId: never.id, kind: 'write_off', quantity: 1 });
      expect(empty.statusCode).toBe(409);
      expect(await movementsOf(org, item.id)).toHaveLength(1);
      expect(await levelOf(org, item.id)).toMatchObject({ balance: 2, valueKopecks: 200 });
      expect(await levelOf(org, never.id)).toMatchObject({ balance: 0, valueKopecks: 0 });
    });

    it('lets stock go below zero when the organisation allows negative stock', async () => {
      const target = await registerOrg(api.app);
      await api.db.asSuperuser('update organisations set allow_negative_stock = true where id = $1', [
        target.orgId,
      ]);
      const item = await createItem(target);
      await moved(target, { itemId: item.id, kind: 'receipt', quantity: 1, unitCostKopecks: 100 });
      // Stock that is not there leaves at the last average cost, or the item's price when there was none:
      // the balance owes units at that cost, and the value out equals quantity × unit cost.
      const over = await moved(target, { itemId: item.id, kind: 'write_off', quantity: 3 });
      expect(over).toMatchObject({
        quantity: -3,
        unitCostKopecks: 100,
        balance: -2,
        balanceValueKopecks: -200,
      });
      const fresh = await createItem(target);
      expect(await moved(target, { itemId: fresh.id, kind: 'write_off', quantity: 1 })).toMatchObject({
        balance: -1,
        unitCostKopecks: fresh.defaultUnitCostKopecks,
        balanceValueKopecks: -fresh.defaultUnitCostKopecks,
      });
    });

    it('names every bad field of a movement', async () => {
      const response = await move(org, {
        itemId: 'not-a-uuid',
        kind: 'issue',
        quantity: 1.2345,
        unitCostKopecks: -1,
        fundingSourceId: 42,
        occurredAt: '2026-03-02 10:15',
        colour: 'red',
      });
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response)).toEqual([
        'colour',
        'fundingSourceId',
        'itemId',
        'kind',
        'occurredAt',
        'quantity',
        'unitCostKopecks',
      ]);
    });

    it.each([
      ['a zero receipt', { kind: 'receipt', quantity: 0 }, 'quantity'],
      ['a negative receipt', { kind: 'receipt', quantity: -1 }, 'quantity'],
      ['a negative write-off', { kind: 'write_off', quantity: -1 }, 'quantity'],
      ['a zero adjustment', { kind: 'adjustment', quantity: 0 }, 'quantity'],
      ['a quantity as a string', { kind: 'receipt', quantity: '1' }, 'quantity'],
      ['four decimals', { kind: 'receipt', quantity: 0.0001 }, 'quantity'],
      [
        'a time without offset',
        { kind: 'receipt', quantity: 1, occurredAt: '2026-03-02T10:15:00' },
        'occurredAt',
      ],
      ['a date only', { kind: 'receipt', quantity: 1, occurredAt: '2026-03-02' }, 'occurredAt'],
      [
        'an impossible date',
        { kind: 'receipt', quantity: 1, occurredAt: '2026-02-30T10:00:00Z' },
        'occurredAt',
      ],
      [
        'a time in the future',
        { kind: 'receipt', quantity: 1, occurredAt: new Date(Date.now() + 3_600_000).toISOString() },
        'occurredAt',
      ],
      [
        'a unit cost on a write-off',
        { kind: 'write_off', quantity: 1, unitCostKopecks: 100 },
        'unitCostKopecks',
      ],
      ['a fractional unit cost', { kind: 'receipt', quantity: 1, unitCostKopecks: 1.5 }, 'unitCostKopecks'],
      ['an empty note', { kind: 'receipt', quantity: 1, note: '' }, 'note'],
    ])('refuses %s with 400 naming the field', async (_case, payload, field) => {
      const item = await createItem(org);
      const response = await move(org, { itemId: item.id, ...payload });
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response)).toEqual([field]);
      expect(await movementsOf(org, item.id)).toHaveLength(0);
    });

    it('refuses a value that cannot be recorded with 400, never 500', async () => {
      const item = await createItem(org);
      const response = await move(org, {
        itemId: item.id,
        kind: 'receipt',
        quantity: 1_000_000_000,
        unitCostKopecks: 9_000_000_000_000,
      });
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response)).toEqual(['quantity']);
    });

    it('answers 404 naming the item or funding source of another organisation, or an unknown one', async () => {
      const item = await createItem(org);
      const foreignItem = await createItem(other);
      const foreignFunding = await createFunding(other);
      for (const itemId of [foreignItem.id, randomUUID()]) {
        const response = await move(org, { itemId, kind: 'receipt', quantity: 1 });
        expect(response.statusCode).toBe(404);
        expect(fieldsOf(response)).toEqual(['itemId']);
      }
      for (const fundingSourceId of [foreignFunding.id, randomUUID()]) {
        const response = await move(org, { itemId: item.id, kind: 'receipt', quantity: 1, fundingSourceId });
        expect(response.statusCode).toBe(404);
        expect(fieldsOf(response)).toEqual(['fundingSourceId']);
      }
      const [{ count }] = await api.db.asSuperuser<{ count: number }>(
        'select count(*)::int as count from stock_movements where item_id = any($1::uuid[])',
        [[item.id, foreignItem.id]],
      );
      expect(count).toBe(0);
    });

    it('refuses services and transport with 400 naming itemId, and an archived item with 409', async () => {
      for (const category of ['service', 'transport']) {
        const item = await createItem(org, { category, unit: 'visit' });
        const response = await move(org, { itemId: item.id, kind: 'receipt', quantity: 1 });
        expect(response.statusCode).toBe(400);
        expect(fieldsOf(response)).toEqual(['itemId']);
      }
      const archived = await createItem(org);
      await moved(org, { itemId: archived.id, kind: 'receipt', quantity: 1 });
      await call('PATCH', `/orgs/${org.orgId}/items/${archived.id}`, org.accessToken, { archived: true });
      const response = await move(org, { itemId: archived.id, kind: 'write_off', quantity: 1 });
      expect(response.statusCode).toBe(409);
      expect(fieldsOf(response)).toEqual(['itemId']);
      // an archived item that still holds stock stays on the stock list
      expect(await levelOf(org, archived.id)).toMatchObject({ balance: 1 });
    });

    it('keeps an item with movements from becoming a service', async () => {
      const item = await createItem(org);
      await moved(org, { itemId: item.id, kind: 'receipt', quantity: 1 });
      const response = await call('PATCH', `/orgs/${org.orgId}/items/${item.id}`, org.accessToken, {
        category: 'service',
      });
      expect(response.statusCode).toBe(409);
      expect(fieldsOf(response)).toEqual(['category']);
    });

    it('lets staff and integration keys record movements, never viewers', async () => {
      const item = await createItem(org);
      expect(
        (await move(org, { itemId: item.id, kind: 'receipt', quantity: 3 }, staff.accessToken)).statusCode,
      ).toBe(201);
      const key = await createApiKey(api.app, org);
      const byKey = await api.app.inject({
        method: 'POST',
        url: `/api/v1/orgs/${org.orgId}/stock/movements`,
        headers: { 'x-api-key': key },
        payload: { itemId: item.id, kind: 'write_off', quantity: 1, occurredAt: past },
      });
      expect(byKey.statusCode).toBe(201);
      const refused = await move(org, { itemId: item.id, kind: 'receipt', quantity: 5 }, viewer.accessToken);
      expect(refused.statusCode).toBe(403);
      expect(await levelOf(org, item.id)).toMatchObject({ balance: 2 });
      for (const url of ['stock', 'stock/movements']) {
        expect((await call('GET', `/orgs/${org.orgId}/${url}`, viewer.accessToken)).statusCode).toBe(200);
      }
      const otherAdmin = await move(
        org,
        { itemId: item.id, kind: 'receipt', quantity: 5 },
        other.accessToken,
      );
      expect(otherAdmin.statusCode).toBe(404);
    });
  });

  describe('racing for the last units', () => {
    it('lets exactly ten of twenty parallel write-offs of one unit take ten units', async () => {
      const item = await createItem(org);
      await moved(org, { itemId: item.id, kind: 'receipt', quantity: 10, unitCostKopecks: 100 });
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => move(org, { itemId: item.id, kind: 'write_off', quantity: 1 })),
      );
      const statuses = responses.map((response) => response.statusCode);
      expect(statuses.filter((status) => status === 201)).toHaveLength(10);
      expect(statuses.filter((status) => status === 409)).toHaveLength(10);
      expect(await levelOf(org, item.id)).toMatchObject({ balance: 0, valueKopecks: 0 });
      const movements = await movementsOf(org, item.id);
      expect(movements.filter((movement) => movement.kind === 'write_off')).toHaveLength(10);
    });

    it('keeps the value exact while receipts and write-offs interleave', async () => {
      const item = await createItem(org);
      await moved(org, { itemId: item.id, kind: 'receipt', quantity: 5, unitCostKopecks: 100 });
      const responses = await Promise.all(
        Array.from({ length: 10 }, (_, index) =>
          index % 2 === 0
            ? move(org, { itemId: item.id, kind: 'receipt', quantity: 1, unitCostKopecks: 100 })
            : move(org, { itemId: item.id, kind: 'write_off', quantity: 2 }),
        ),
      );
      const taken = responses.filter(
        (response, index) => index % 2 === 1 && response.statusCode === 201,
      ).length;
      expect(responses.every((response) => [201, 409].includes(response.statusCode))).toBe(true);
      const level = await levelOf(org, item.id);
      expect(level.balance).toBe(10 - 2 * taken);
      expect(level.valueKopecks).toBe(100 * level.balance);
    });
  });

  describe('first movements of a new item', () => {
    it('keeps balance = sum of movements when twenty race on a new item with negative stock allowed', async () => {
      const target = await registerOrg(api.app);
      await api.db.asSuperuser('update organisations set allow_negative_stock = true where id = $1', [
        target.orgId,
      ]);
      const item = await createItem(target);
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          move(target, {
            itemId: item.id,
            kind: index % 2 === 0 ? 'write_off' : 'receipt',
            quantity: index + 1,
          }),
        ),
      );
      expect(responses.map((response) => response.statusCode)).toEqual(Array(20).fill(201));
      const movements = await movementsOf(target, item.id);
      const sum = movements.reduce((total, movement) => total + movement.quantity, 0);
      expect(movements).toHaveLength(20);
      expect((await levelOf(target, item.id)).balance).toBe(sum);
      expect(sum).toBe(10);
    });
  });

  describe('stock in time', () => {
    const at = (day: string) => `2026-0${day}T12:00:00+03:00`;

    it('refuses a write-off dated before the first receipt with 409 naming the date and the balance then', async () => {
      const item = await createItem(org);
      await moved(org, { itemId: item.id, kind: 'receipt', quantity: 5, occurredAt: at('3-10') });
      const early = await move(org, {
        itemId: item.id,
        kind: 'write_off',
        quantity: 1,
        occurredAt: at('3-01'),
      });
      expect(early.statusCode).toBe(409);
      expect(early.json().errors).toEqual([
        { field: 'quantity', message: 'only 0 in stock on 2026-03-01T09:00:00.000Z' },
      ]);
      expect(await movementsOf(org, item.id)).toHaveLength(1);
    });

    it('refuses a backdated write-off that would take a later moment below zero, and takes one that fits', async () => {
      const item = await createItem(org);
      await moved(org, { itemId: item.id, kind: 'receipt', quantity: 5, occurredAt: at('3-01') });
      await moved(org, { itemId: item.id, kind: 'write_off', quantity: 4, occurredAt: at('3-20') });
      await moved(org, { itemId: item.id, kind: 'receipt', quantity: 10, occurredAt: at('4-01') });
      // On 10 March 5 are there, but on 20 March the write-off of 4 would find only 3.
      const late = await move(org, {
        itemId: item.id,
        kind: 'write_off',
        quantity: 2,
        occurredAt: at('3-10'),
      });
      expect(late.statusCode).toBe(409);
      expect(late.json().errors).toEqual([
        { field: 'quantity', message: 'only 1 in stock on 2026-03-20T09:00:00.000Z' },
      ]);
      await moved(org, { itemId: item.id, kind: 'write_off', quantity: 1, occurredAt: at('3-10') });
      expect((await levelOf(org, item.id)).balance).toBe(10);
    });

    it('lets a backdated receipt make an earlier write-off possible', async () => {
      const item = await createItem(org);
      await moved(org, { itemId: item.id, kind: 'receipt', quantity: 3, occurredAt: at('3-20') });
      expect(
        (await move(org, { itemId: item.id, kind: 'write_off', quantity: 2, occurredAt: at('3-05') }))
          .statusCode,
      ).toBe(409);
      await moved(org, { itemId: item.id, kind: 'receipt', quantity: 2, occurredAt: at('3-01') });
      await moved(org, { itemId: item.id, kind: 'write_off', quantity: 2, occurredAt: at('3-05') });
      expect((await levelOf(org, item.id)).balance).toBe(3);
    });
  });

  describe('units', () => {
    it('counts buckwheat in kilograms with decimals, and pairs in whole numbers only', async () => {
      const buckwheat = await createItem(org, {
        unit: 'kg',
        category: 'nutrition',
        defaultUnitCostKopecks: 9000,
      });
      expect(await moved(org, { itemId: buckwheat.id, kind: 'receipt', quantity: 2.5 })).toMatchObject({
        quantity: 2.5,
        balance: 2.5,
        balanceValueKopecks: 22500,
      });
      const socks = await createItem(org, { unit: 'pair', category: 'hygiene' });
      const half = await move(org, { itemId: socks.id, kind: 'receipt', quantity: 1.5 });
      expect(half.statusCode).toBe(400);
      expect(fieldsOf(half)).toEqual(['quantity']);
      await moved(org, { itemId: socks.id, kind: 'receipt', quantity: 2 });
    });
  });

  describe('reading', () => {
    it('lists stocked items only, with zero for those never received, by sku and page by page', async () => {
      const target = await registerOrg(api.app);
      const b = await createItem(target, { sku: 'B', category: 'medication' });
      const a = await createItem(target, { sku: 'A' });
      await createItem(target, { sku: 'S', category: 'service', unit: 'visit' });
      const c = await createItem(target, { sku: 'C' });
      const archivedEmpty = await createItem(target, { sku: 'D' });
      await call('PATCH', `/orgs/${target.orgId}/items/${archivedEmpty.id}`, target.accessToken, {
        archived: true,
      });
      await moved(target, { itemId: b.id, kind: 'receipt', quantity: 1.5, unitCostKopecks: 1000 });
      await createItem(other, { sku: 'A0' });

      const first = await call('GET', `/orgs/${target.orgId}/stock?limit=2`, target.accessToken);
      expect(first.statusCode).toBe(200);
      expect(first.json().items).toEqual([
        expect.objectContaining({ itemId: a.id, sku: 'A', balance: 0, valueKopecks: 0 }),
        expect.objectContaining({ itemId: b.id, sku: 'B', balance: 1.5, valueKopecks: 1500 }),
      ]);
      const second = await call(
        'GET',
        `/orgs/${target.orgId}/stock?limit=2&cursor=${first.json().nextCursor}`,
        target.accessToken,
      );
      expect(second.json()).toEqual({ items: [expect.objectContaining({ itemId: c.id })], nextCursor: null });
      const medication = await call(
        'GET',
        `/orgs/${target.orgId}/stock?category=medication`,
        target.accessToken,
      );
      expect(medication.json().items.map((level: { sku: string }) => level.sku)).toEqual(['B']);
    });

    it('filters the ledger by item and time and pages through it newest first', async () => {
      const target = await registerOrg(api.app);
      const item = await createItem(target);
      const otherItem = await createItem(target);
      const times = [
        '2026-01-10T09:00:00Z',
        '2026-01-11T09:00:00Z',
        '2026-01-12T09:00:00Z',
        '2026-01-13T09:00:00Z',
      ];
      for (const occurredAt of times)
        await moved(target, { itemId: item.id, kind: 'receipt', quantity: 1, occurredAt });
      await moved(target, { itemId: otherItem.id, kind: 'receipt', quantity: 1, occurredAt: times[1] });

      const url = `/orgs/${target.orgId}/stock/movements`;
      const all = await call('GET', url, target.accessToken);
      expect(all.json().items).toHaveLength(5);

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { json(): { items: { occurredAt: string }[]; nextCursor: string | null } } = await call(
          'GET',
          `${url}?itemId=${item.id}&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
          target.accessToken,
        );
        seen.push(...page.json().items.map((movement) => movement.occurredAt));
        cursor = page.json().nextCursor;
      } while (cursor);
      expect(seen).toEqual([...times].reverse().map((time) => new Date(time).toISOString()));

      const window = await call(
        'GET',
        `${url}?from=2026-01-11T09:00:00Z&to=2026-01-13T09:00:00Z`,
        target.accessToken,
      );
      expect(window.json().items.map((movement: { occurredAt: string }) => movement.occurredAt)).toEqual([
        '2026-01-12T09:00:00.000Z',
        '2026-01-11T09:00:00.000Z',
        '2026-01-11T09:00:00.000Z',
      ]);

      const foreign = await call('GET', `${url}?itemId=${(await createItem(other)).id}`, target.accessToken);
      expect(foreign.json()).toEqual({ items: [], nextCursor: null });
      const bad = await call('GET', `${url}?itemId=x&from=yesterday&cursor=%%%`, target.accessToken);
      expect(bad.statusCode).toBe(400);
      expect(fieldsOf(bad)).toEqual(['from', 'itemId']);
      const badCursor = await call('GET', `${url}?cursor=bm90LWpzb24`, target.accessToken);
      expect(badCursor.statusCode).toBe(400);
      expect(fieldsOf(badCursor)).toEqual(['cursor']);
    });

    it('never shows another organisation’s stock or ledger', async () => {
      const item = await createItem(other);
      await moved(other, { itemId: item.id, kind: 'receipt', quantity: 7 });
      const stock = await call('GET', `/orgs/${org.orgId}/stock?limit=200`, org.accessToken);
      expect(stock.json().items.map((level: { itemId: string }) => level.itemId)).not.toContain(item.id);
      const ledger = await call('GET', `/orgs/${org.orgId}/stock/movements?limit=200`, org.accessToken);
      expect(ledger.json().items.map((movement: Movement) => movement.itemId)).not.toContain(item.id);
      expect((await call('GET', `/orgs/${other.orgId}/stock`, org.accessToken)).statusCode).toBe(404);
    });
  });

  describe('rollups', () => {
    it('counts receipts per UTC day, category and funding kind, unattributed without a source', async () => {
      const target = await registerOrg(api.app);
      const grant = await createFunding(target, 'government_contract');
      const item = await createItem(target, { category: 'nutrition' });
      // 01:00 in Moscow is the previous day in UTC
      const occurredAt = '2026-03-01T01:00:00+03:00';
      await moved(target, {
        itemId: item.id,
        kind: 'receipt',
        quantity: 2,
        unitCostKopecks: 150,
        fundingSourceId: grant.id,
        occurredAt,
      });
      await moved(target, {
        itemId: item.id,
        kind: 'receipt',
        quantity: 1.5,
        unitCostKopecks: 100,
        fundingSourceId: grant.id,
        occurredAt,
      });
      await moved(target, { itemId: item.id, kind: 'receipt', quantity: 1, unitCostKopecks: 99, occurredAt });
      await moved(target, { itemId: item.id, kind: 'write_off', quantity: 1, occurredAt });
      await moved(target, { itemId: item.id, kind: 'adjustment', quantity: 1, occurredAt });

      const rows = await api.db.asSuperuser<{
        day: string;
        category: string;
        funding_kind: string;
        received_quantity: string;
        received_kopecks: string;
      }>(
        `select day::text as day, category, funding_kind, received_quantity::text, received_kopecks::text
           from stock_daily_rollups where tenant_id = $1 order by funding_kind`,
        [target.orgId],
      );
      expect(rows).toEqual([
        {
          day: '2026-02-28',
          category: 'nutrition',
          funding_kind: 'government_contract',
          received_quantity: '3.500',
          received_kopecks: '450',
        },
        {
          day: '2026-02-28',
          category: 'nutrition',
          funding_kind: 'unattributed',
          received_quantity: '1.000',
          received_kopecks: '99',
        },
      ]);
    });
  });
});
