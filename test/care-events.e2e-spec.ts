import { superuserUrl } from '@careledger/database';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { startTestApi, TestApi } from './support/api.js';
import { CareFixtures } from './support/care-fixtures.js';
import { addMember, bearer, RegisteredOrg, registerOrg } from './support/factories.js';

describe('care events', () => {
  let api: TestApi;
  let org: RegisteredOrg;
  let other: RegisteredOrg;
  let fixtures: CareFixtures;
  let otherFixtures: CareFixtures;

  beforeAll(async () => {
    api = await startTestApi('care_events', { RATE_LIMIT_PER_MINUTE: '100000' });
    org = await registerOrg(api.app);
    other = await registerOrg(api.app);
    fixtures = new CareFixtures(api.db, org.orgId);
    otherFixtures = new CareFixtures(api.db, other.orgId);
  });

  afterAll(() => api.close());

  function post(path: string, payload: unknown, key: string | null = randomUUID(), token = org.accessToken) {
    return api.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.orgId}${path}`,
      headers: { ...bearer(token), ...(key ? { 'idempotency-key': key } : {}) },
      payload: payload as object,
    });
  }

  function get(path: string) {
    return api.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${org.orgId}${path}`,
      headers: bearer(org.accessToken),
    });
  }

  const yesterday = () => new Date(Date.now() - 86_400_000).toISOString();

  /** One delivery of one unit of the item, yesterday. */
  const delivery = (beneficiaryId: string, itemId: string) => ({
    beneficiaryId,
    occurredAt: yesterday(),
    kind: 'delivery',
    lines: [{ itemId, quantity: 1 }],
  });

  async function stockedSetup(quantity: number) {
    const beneficiaryId = await fixtures.beneficiary();
    const itemId = await fixtures.item();
    await fixtures.receive(itemId, quantity);
    return { beneficiaryId, itemId };
  }

  it('logs an event: lines at the item’s default cost, stock issued, rollups written', async () => {
    const { beneficiaryId, itemId } = await stockedSetup(100);
    const fundingSourceId = await fixtures.fundingSource();
    const occurredAt = '2026-11-20T10:00:00+03:00';
    const response = await post('/care-events', {
      beneficiaryId,
      occurredAt,
      kind: 'delivery',
      lines: [{ itemId, quantity: 3, fundingSourceId }],
    });
    expect(response.statusCode).toBe(201);
    const event = response.json();
    expect(event).toMatchObject({
      beneficiaryId,
      occurredAt: '2026-11-20T07:00:00.000Z',
      kind: 'delivery',
      reversesEventId: null,
      voidedByEventId: null,
      totalCostKopecks: 135000,
      lines: [
        { lineNo: 1, itemId, quantity: 3, unitCostKopecks: 45000, costKopecks: 135000, fundingSourceId },
      ],
    });
    expect((await get(`/care-events/${event.id}`)).json()).toEqual(event);
    expect(await fixtures.balance(itemId)).toEqual({ quantity: 97, value: 97 * 45000, movements: 97 });
    const [daily] = await api.db.asSuperuser(
      `select quantity, spend_kopecks, events from care_daily_rollups where tenant_id = $1 and day = '2026-11-20' and funding_kind = 'presidential_grant'`,
      [org.orgId],
    );
    expect(daily).toEqual({ quantity: '3.000', spend_kopecks: '135000', events: 1 });
    const [monthly] = await api.db.asSuperuser(
      `select events, quantity, spend_kopecks from care_monthly_beneficiary_rollups where tenant_id = $1 and beneficiary_id = $2`,
      [org.orgId, beneficiaryId],
    );
    expect(monthly).toEqual({ events: 1, quantity: '3.000', spend_kopecks: '135000' });
    // The rollup carries the beneficiary's secret record key for the cell key method, never the API.
    const [keys] = await api.db.asSuperuser(
      `select b.record_key as beneficiary, m.record_key as rollup
         from beneficiaries b join care_monthly_beneficiary_rollups m on m.tenant_id = b.tenant_id and m.beneficiary_id = b.id
        where b.tenant_id = $1 and b.id = $2`,
      [org.orgId, beneficiaryId],
    );
    expect(keys.rollup).toBe(keys.beneficiary);
    expect(BigInt(keys.beneficiary)).toBeLessThan(2n ** 32n);
    expect(JSON.stringify((await get(`/beneficiaries/${beneficiaryId}`)).json())).not.toMatch(/record_?key/i);
  });

  it('takes a service without stock, at a cost given on the line', async () => {
    const beneficiaryId = await fixtures.beneficiary();
    const visit = await fixtures.item({ category: 'service', unit: 'visit', costKopecks: 150000 });
    const response = await post('/care-events', {
      beneficiaryId,
      occurredAt: yesterday(),
      kind: 'home_visit',
      lines: [{ itemId: visit, quantity: 1.5, unitCostKopecks: 100001 }],
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().lines[0]).toMatchObject({
      quantity: 1.5,
      unitCostKopecks: 100001,
      costKopecks: 150002,
    });
    expect((await get(`/care-events/${response.json().id}`)).json()).toEqual(response.json());
    expect(await fixtures.balance(visit)).toEqual({ quantity: 0, value: 0, movements: 0 });
  });

  it('refuses stock that is short with 409 naming the line, and changes nothing', async () => {
    const { beneficiaryId, itemId } = await stockedSetup(2);
    const response = await post('/care-events', {
      beneficiaryId,
      occurredAt: yesterday(),
      kind: 'delivery',
      lines: [
        { itemId, quantity: 1 },
        { itemId, quantity: 2 },
      ],
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().errors).toEqual([{ field: 'lines[1].quantity', message: 'only 1 in stock' }]);
    expect(await fixtures.balance(itemId)).toEqual({ quantity: 2, value: 90000, movements: 2 });
    const [{ count }] = await api.db.asSuperuser(
      `select count(*)::int as count from care_events where beneficiary_id = $1`,
      [beneficiaryId],
    );
    expect(count).toBe(0);
  });

  it('gives exactly 10 of 20 parallel events for an item with 10 in stock, and ends at 0', async () => {
    const { beneficiaryId, itemId } = await stockedSetup(10);
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => post('/care-events', delivery(beneficiaryId, itemId))),
    );
    const statuses = responses.map((response) => response.statusCode).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(10);
    expect(statuses.filter((status) => status === 409)).toHaveLength(10);
    expect(await fixtures.balance(itemId)).toEqual({ quantity: 0, value: 0, movements: 0 });
  });

  it('keeps balance = movements when care and receipts race on a new item with negative stock allowed', async () => {
    const target = await registerOrg(api.app);
    await api.db.asSuperuser('update organisations set allow_negative_stock = true where id = $1', [
      target.orgId,
    ]);
    const targetFixtures = new CareFixtures(api.db, target.orgId);
    const beneficiaryId = await targetFixtures.beneficiary();
    const itemId = await targetFixtures.item();
    const send = (path: string, payload: object) =>
      api.app.inject({
        method: 'POST',
        url: `/api/v1/orgs/${target.orgId}${path}`,
        headers: { ...bearer(target.accessToken), 'idempotency-key': randomUUID() },
        payload,
      });
    // no balance row exists yet: each path must create it before it locks it
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        index % 2 === 0
          ? send('/care-events', { ...delivery(beneficiaryId, itemId), lines: [{ itemId, quantity: 2 }] })
          : send('/stock/movements', { itemId, kind: 'receipt', quantity: 1, occurredAt: yesterday() }),
      ),
    );
    expect(responses.map((response) => response.statusCode)).toEqual(Array(20).fill(201));
    const balance = await targetFixtures.balance(itemId);
    expect(balance.quantity).toBe(-10);
    expect(balance.movements).toBe(-10);
  });

  it('refuses another organisation’s beneficiary, item and funding source with 404 naming the field', async () => {
    const { beneficiaryId, itemId } = await stockedSetup(5);
    const foreignBeneficiary = await otherFixtures.beneficiary();
    const foreignItem = await otherFixtures.item();
    const foreignFunding = await otherFixtures.fundingSource();
    const cases: [object, string][] = [
      [{ beneficiaryId: foreignBeneficiary, lines: [{ itemId, quantity: 1 }] }, 'beneficiaryId'],
      [{ beneficiaryId, lines: [{ itemId: foreignItem, quantity: 1 }] }, 'lines[0].itemId'],
      [
        { beneficiaryId, lines: [{ itemId, quantity: 1, fundingSourceId: foreignFunding }] },
        'lines[0].fundingSourceId',
      ],
    ];
    for (const [body, field] of cases) {
      const response = await post('/care-events', { occurredAt: yesterday(), kind: 'delivery', ...body });
      expect({ field, status: response.statusCode }).toEqual({ field, status: 404 });
      expect(response.json().errors[0].field).toBe(field);
    }
    expect(await fixtures.balance(itemId)).toMatchObject({ quantity: 5 });
  });

  it('rejects bad input with 400 naming every field', async () => {
    const { beneficiaryId, itemId } = await stockedSetup(5);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const futureResponse = await post('/care-events', {
      beneficiaryId,
      occurredAt: future,
      kind: 'delivery',
      lines: [{ itemId, quantity: 1 }],
    });
    expect(futureResponse.statusCode).toBe(400);
    expect(futureResponse.json().errors).toEqual([
      { field: 'occurredAt', message: 'may not be in the future' },
    ]);

    const bad = await post('/care-events', {
      beneficiaryId: 'nope',
      occurredAt: '2026-13-45',
      kind: 'teleport',
      lines: [{ itemId, quantity: -1, extra: true }],
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining(['beneficiaryId', 'occurredAt', 'kind', 'lines[0].quantity', 'lines[0].extra']),
    );

    // 1e-7 is how JavaScript writes 0.0000001; class-validator's own decimal check threw on it (500).
    for (const quantity of [1e-7, 0.0001, 0.1 + 0.2]) {
      const tooPrecise = await post('/care-events', {
        beneficiaryId,
        occurredAt: yesterday(),
        kind: 'delivery',
        lines: [{ itemId, quantity }],
      });
      expect(tooPrecise.statusCode).toBe(400);
      expect(tooPrecise.json().errors).toEqual([expect.objectContaining({ field: 'lines[0].quantity' })]);
    }

    const noLines = await post('/care-events', {
      beneficiaryId,
      occurredAt: yesterday(),
      kind: 'delivery',
      lines: [],
    });
    expect(noLines.json().errors).toEqual([{ field: 'lines', message: 'must contain at least 1 elements' }]);

    const noOffset = await post('/care-events', {
      beneficiaryId,
      occurredAt: '2026-11-20T10:00:00',
      kind: 'delivery',
      lines: [{ itemId, quantity: 1 }],
    });
    expect(noOffset.json().errors).toEqual([
      { field: 'occurredAt', message: 'must carry a time zone offset' },
    ]);
  });

  describe('Idempotency-Key', () => {
    it('is required', async () => {
      const { beneficiaryId, itemId } = await stockedSetup(5);
      const response = await post('/care-events', delivery(beneficiaryId, itemId), null);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([
        { field: 'Idempotency-Key', message: 'header is required on this request' },
      ]);
    });

    it('replays the first answer for the same key and body, creating one event', async () => {
      const { beneficiaryId, itemId } = await stockedSetup(5);
      const body = delivery(beneficiaryId, itemId);
      const key = randomUUID();
      const first = await post('/care-events', body, key);
      const second = await post('/care-events', body, key);
      expect(first.statusCode).toBe(201);
      expect(second.statusCode).toBe(201);
      expect(second.headers['idempotent-replayed']).toBe('true');
      expect(second.json()).toEqual(first.json());
      const [{ count }] = await api.db.asSuperuser(
        `select count(*)::int as count from care_events where beneficiary_id = $1`,
        [beneficiaryId],
      );
      expect(count).toBe(1);
      expect(await fixtures.balance(itemId)).toMatchObject({ quantity: 4 });
    });

    it('answers 422 for the same key with a different body', async () => {
      const { beneficiaryId, itemId } = await stockedSetup(5);
      const key = randomUUID();
      await post('/care-events', delivery(beneficiaryId, itemId), key);
      const response = await post(
        '/care-events',
        { beneficiaryId, occurredAt: yesterday(), kind: 'delivery', lines: [{ itemId, quantity: 2 }] },
        key,
      );
      expect(response.statusCode).toBe(422);
      expect(await fixtures.balance(itemId)).toMatchObject({ quantity: 4 });
    });

    it('answers 409 while a request with the same key is in flight', async () => {
      const { beneficiaryId, itemId } = await stockedSetup(5);
      const body = delivery(beneficiaryId, itemId);
      const responses = await Promise.all(
        Array.from({ length: 5 }, () => post('/care-events', body, 'same-key-in-flight')),
      );
      const statuses = responses.map((response) => response.statusCode);
      expect(statuses.filter((status) => status === 201).length).toBeGreaterThanOrEqual(1);
      expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
      expect(await fixtures.balance(itemId)).toMatchObject({ quantity: 4 });
    });

    it('answers 409 for a key whose first request has not finished, and creates nothing', async () => {
      const { beneficiaryId, itemId } = await stockedSetup(5);
      const body = delivery(beneficiaryId, itemId);
      const key = randomUUID();
      // The first request has claimed the key and is still running: its row has no answer yet.
      const first = await post('/care-events', body, key);
      await api.db.asSuperuser(
        `update idempotency_keys set response_status = null, response_body = null where tenant_id = $1 and key = $2`,
        [org.orgId, key],
      );
      const second = await post('/care-events', body, key);
      expect(first.statusCode).toBe(201);
      expect(second.statusCode).toBe(409);
      expect(second.json().detail).toBe('a request with this Idempotency-Key is still in progress');
      expect(await fixtures.balance(itemId)).toMatchObject({ quantity: 4 });
    });

    it('is claimed with the event: a request that failed leaves the key free for its retry', async () => {
      const { beneficiaryId, itemId } = await stockedSetup(1);
      const body = {
        beneficiaryId,
        occurredAt: yesterday(),
        kind: 'delivery',
        lines: [{ itemId, quantity: 2 }],
      };
      const key = randomUUID();
      expect((await post('/care-events', body, key)).statusCode).toBe(409);
      const keys = `select count(*)::int as count from idempotency_keys where tenant_id = $1 and key = $2`;
      expect(await api.db.asSuperuser(keys, [org.orgId, key])).toEqual([{ count: 0 }]);
      await fixtures.receive(itemId, 1);
      const retry = await post('/care-events', body, key);
      expect(retry.statusCode).toBe(201);
      expect(retry.headers['idempotent-replayed']).toBeUndefined();
      const [stored] = await api.db.asSuperuser(
        `select response_status, response_body from idempotency_keys where tenant_id = $1 and key = $2`,
        [org.orgId, key],
      );
      expect(stored).toEqual({ response_status: 201, response_body: retry.json() });
    });

    it('replays a batch for the same key and body, creating its events once', async () => {
      const { beneficiaryId, itemId } = await stockedSetup(10);
      const body = {
        events: Array.from({ length: 3 }, () => delivery(beneficiaryId, itemId)),
      };
      const key = randomUUID();
      const first = await post('/care-events/batch', body, key);
      const second = await post('/care-events/batch', body, key);
      expect(first.statusCode).toBe(201);
      expect(second.statusCode).toBe(201);
      expect(second.headers['idempotent-replayed']).toBe('true');
      expect(second.json()).toEqual(first.json());
      expect(await fixtures.balance(itemId)).toMatchObject({ quantity: 7 });
    });

    it('is scoped to the organisation', async () => {
      const { beneficiaryId, itemId } = await stockedSetup(5);
      const key = randomUUID();
      expect((await post('/care-events', delivery(beneficiaryId, itemId), key)).statusCode).toBe(201);
      const theirs = new CareFixtures(api.db, other.orgId);
      const theirBeneficiary = await theirs.beneficiary();
      const theirItem = await theirs.item();
      await theirs.receive(theirItem, 5);
      const response = await api.app.inject({
        method: 'POST',
        url: `/api/v1/orgs/${other.orgId}/care-events`,
        headers: { ...bearer(other.accessToken), 'idempotency-key': key },
        payload: {
          beneficiaryId: theirBeneficiary,
          occurredAt: yesterday(),
          kind: 'delivery',
          lines: [{ itemId: theirItem, quantity: 1 }],
        },
      });
      expect(response.statusCode).toBe(201);
      expect(response.headers['idempotent-replayed']).toBeUndefined();
    });
  });

  describe('group commit', () => {
    /**
     * Holds the organisation's audit chain while `send` fires its requests: the first event waits at its
     * audit step, and the rest queue behind it in the api. When the lock is let go they are written as
     * one group. Answers what `send` answered.
     */
    async function whileChainIsHeld<T>(send: () => Promise<T>): Promise<T> {
      const holder = new pg.Client({ connectionString: superuserUrl(api.db.config) });
      await holder.connect();
      try {
        await holder.query('begin');
        await holder.query(`select pg_advisory_xact_lock(hashtextextended('audit:' || $1, 0))`, [org.orgId]);
        const sent = send();
        await waitForWaitingLock(holder);
        // The others are past their guards and queued in the api well before this.
        await new Promise((resolve) => setTimeout(resolve, 300));
        await holder.query('commit');
        return await sent;
      } finally {
        await holder.end();
      }
    }

    async function waitForWaitingLock(client: pg.Client): Promise<void> {
      for (let attempt = 0; attempt < 200; attempt++) {
        const { rows } = await client.query(
          `select 1 from pg_locks
            where locktype = 'advisory' and not granted
              and database = (select oid from pg_database where datname = current_database())
            limit 1`,
        );
        if (rows.length > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error('no event came to wait for the audit chain');
    }

    async function transactionsOf(ids: string[]): Promise<number> {
      const [{ count }] = await api.db.asSuperuser<{ count: number }>(
        `select count(distinct created_at)::int as count from care_events where id = any($1::uuid[])`,
        [ids],
      );
      return count;
    }

    it('writes the events that queue behind each other in one transaction, each with its own answer, key and audit row', async () => {
      const { beneficiaryId, itemId } = await stockedSetup(100);
      const staff = await addMember(api.app, org, 'staff');
      const posters = Array.from({ length: 12 }, (_, index) =>
        index % 2 === 0
          ? { token: org.accessToken, userId: org.adminId }
          : { token: staff.accessToken, userId: staff.userId },
      );
      const keys = posters.map(() => randomUUID());
      const responses = await whileChainIsHeld(() =>
        Promise.all(
          posters.map((poster, index) =>
            post(
              '/care-events',
              { ...delivery(beneficiaryId, itemId), note: `доставка ${index}` },
              keys[index],
              poster.token,
            ),
          ),
        ),
      );
      expect(responses.map((response) => response.statusCode)).toEqual(posters.map(() => 201));
      const events = responses.map((response) => response.json());
      const ids = events.map((event) => event.id);
      expect(new Set(ids).size).toBe(12);
      // The first event ran alone; the eleven that queued behind it shared a transaction.
      expect(await transactionsOf(ids)).toBeLessThanOrEqual(3);
      for (const [index, event] of events.entries()) {
        expect(event).toMatchObject({ note: `доставка ${index}`, loggedBy: posters[index].userId });
        expect((await get(`/care-events/${event.id}`)).json()).toEqual(event);
      }
      expect(await fixtures.balance(itemId)).toEqual({ quantity: 88, value: 88 * 45000, movements: 88 });
      const movements = await api.db.asSuperuser(
        `select m.care_event_id from stock_movements m join care_events e on e.id = m.care_event_id
          where m.care_event_id = any($1::uuid[]) and m.created_by = e.logged_by`,
        [ids],
      );
      expect(movements).toHaveLength(12);
      const stored = await api.db.asSuperuser<{ key: string; response_body: { id: string } }>(
        `select key, response_body from idempotency_keys where tenant_id = $1 and key = any($2::text[])`,
        [org.orgId, keys],
      );
      expect(new Map(stored.map((row) => [row.key, row.response_body]))).toEqual(
        new Map(keys.map((key, index) => [key, events[index]])),
      );
      const audited = await api.db.asSuperuser<{ entity_id: string; actor_id: string }>(
        `select entity_id, actor_id from audit_log where tenant_id = $1 and action = 'care_event.created' and entity_id = any($2::uuid[])`,
        [org.orgId, ids],
      );
      expect(new Map(audited.map((row) => [row.entity_id, row.actor_id]))).toEqual(
        new Map(events.map((event) => [event.id, event.loggedBy])),
      );
      const verified = await api.app.inject({
        method: 'GET',
        url: `/api/v1/orgs/${org.orgId}/audit/verify`,
        headers: bearer(org.accessToken),
      });
      expect(verified.json()).toMatchObject({ valid: true });
    });

    it('answers a request it cannot take into the group as if it came alone', async () => {
      const { beneficiaryId, itemId } = await stockedSetup(100);
      const body = (note: string) => ({ ...delivery(beneficiaryId, itemId), note });
      const usedKey = randomUUID();
      expect((await post('/care-events', body('первая'), usedKey)).statusCode).toBe(201);
      const twiceKey = randomUUID();
      const twiceBody = body('дважды'); // one body: yesterday() moves with the clock
      const [first, good, unknown, twice, again, reused] = await whileChainIsHeld(() =>
        Promise.all([
          post('/care-events', body('одна')),
          post('/care-events', body('две')),
          post('/care-events', { ...body('чужая'), beneficiaryId: randomUUID() }),
          post('/care-events', twiceBody, twiceKey),
          post('/care-events', twiceBody, twiceKey),
          post('/care-events', body('другая'), usedKey),
        ]),
      );
      expect([first.statusCode, good.statusCode, twice.statusCode, again.statusCode]).toEqual([
        201, 201, 201, 201,
      ]);
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().errors).toEqual([
        { field: 'beneficiaryId', message: 'no such beneficiary in this organisation' },
      ]);
      expect(again.json()).toEqual(twice.json());
      expect([twice.headers['idempotent-replayed'], again.headers['idempotent-replayed']]).toContain('true');
      expect(reused.statusCode).toBe(422);
      // What it could not take did not break the group: the good events share at most two transactions.
      expect(
        await transactionsOf([first, good, twice].map((response) => response.json().id)),
      ).toBeLessThanOrEqual(2);
      // 1 before, then one, two and "twice" once.
      expect(await fixtures.balance(itemId)).toMatchObject({ quantity: 96 });
    });

    it('falls back to one by one when stock runs short in a group, giving exactly what there is', async () => {
      const { beneficiaryId, itemId } = await stockedSetup(5);
      const responses = await whileChainIsHeld(() =>
        Promise.all(Array.from({ length: 8 }, () => post('/care-events', delivery(beneficiaryId, itemId)))),
      );
      const statuses = responses.map((response) => response.statusCode);
      expect(statuses.filter((status) => status === 201)).toHaveLength(5);
      const refused = responses.filter((response) => response.statusCode === 409);
      expect(refused).toHaveLength(3);
      for (const response of refused)
        expect(response.json().errors).toEqual([{ field: 'lines[0].quantity', message: 'only 0 in stock' }]);
      expect(await fixtures.balance(itemId)).toEqual({ quantity: 0, value: 0, movements: 0 });
    });
  });

  describe('void', () => {
    it('writes a reversing entry with the reason, returns the stock and takes the rollups back', async () => {
      const { beneficiaryId, itemId } = await stockedSetup(10);
      const created = (
        await post('/care-events', {
          beneficiaryId,
          occurredAt: '2026-10-05T12:00:00Z',
          kind: 'delivery',
          lines: [{ itemId, quantity: 4 }],
        })
      ).json();
      const response = await post(`/care-events/${created.id}/void`, { reason: 'Ошибка ввода' });
      expect(response.statusCode).toBe(201);
      const reversal = response.json();
      expect(reversal).toMatchObject({
        reversesEventId: created.id,
        voidReason: 'Ошибка ввода',
        totalCostKopecks: -180000,
      });
      expect(reversal.lines[0]).toMatchObject({ itemId, quantity: -4, costKopecks: -180000 });
      expect(await fixtures.balance(itemId)).toEqual({ quantity: 10, value: 450000, movements: 10 });
      const original = (await get(`/care-events/${created.id}`)).json();
      expect(original.voidedByEventId).toBe(reversal.id);
      const [monthly] = await api.db.asSuperuser(
        `select events, quantity, spend_kopecks from care_monthly_beneficiary_rollups where tenant_id = $1 and beneficiary_id = $2`,
        [org.orgId, beneficiaryId],
      );
      expect(monthly).toEqual({ events: 0, quantity: '0.000', spend_kopecks: '0' });
    });

    it('refuses to void twice, or to void a reversing entry, with 409', async () => {
      const { beneficiaryId, itemId } = await stockedSetup(10);
      const created = (await post('/care-events', delivery(beneficiaryId, itemId))).json();
      const reversal = (await post(`/care-events/${created.id}/void`, { reason: 'дубль' })).json();
      expect((await post(`/care-events/${created.id}/void`, { reason: 'ещё раз' })).statusCode).toBe(409);
      expect((await post(`/care-events/${reversal.id}/void`, { reason: 'отмена отмены' })).statusCode).toBe(
        409,
      );
      expect(await fixtures.balance(itemId)).toMatchObject({ quantity: 10 });
    });

    it('answers 404 for another organisation’s event and 400 without a reason', async () => {
      const theirs = new CareFixtures(api.db, other.orgId);
      const theirBeneficiary = await theirs.beneficiary();
      const theirItem = await theirs.item();
      await theirs.receive(theirItem, 5);
      const theirEvent = await api.app.inject({
        method: 'POST',
        url: `/api/v1/orgs/${other.orgId}/care-events`,
        headers: { ...bearer(other.accessToken), 'idempotency-key': randomUUID() },
        payload: {
          beneficiaryId: theirBeneficiary,
          occurredAt: yesterday(),
          kind: 'delivery',
          lines: [{ itemId: theirItem, quantity: 1 }],
        },
      });
      expect((await post(`/care-events/${theirEvent.json().id}/void`, { reason: 'чужое' })).statusCode).toBe(
        404,
      );
      expect((await get(`/care-events/${theirEvent.json().id}`)).statusCode).toBe(404);
      expect((await post(`/care-events/${theirEvent.json().id}/void`, {})).statusCode).toBe(400);
    });
  });

  describe('batch', () => {
    it('creates every event in one go and answers their ids', async () => {
      const { beneficiaryId, itemId } = await stockedSetup(1000);
      const events = Array.from({ length: 300 }, (_, i) => ({
        beneficiaryId,
        occurredAt: new Date(Date.UTC(2026, 9, 1 + (i % 28), 9)).toISOString(),
        kind: 'delivery',
        lines: [
          { itemId, quantity: 1 },
          { itemId, quantity: 0.5 },
          { itemId, quantity: 1.5 },
        ],
      }));
      const response = await post('/care-events/batch', { events });
      expect(response.statusCode).toBe(201);
      expect(response.json().created).toBe(300);
      expect(new Set(response.json().ids).size).toBe(300);
      expect(await fixtures.balance(itemId)).toMatchObject({ quantity: 1000 - 900, movements: 100 });
    });

    it('is all or nothing and names the first bad event by index', async () => {
      const { beneficiaryId, itemId } = await stockedSetup(10);
      const good = delivery(beneficiaryId, itemId);
      const unknownItem = await post('/care-events/batch', {
        events: [good, good, { ...good, lines: [{ itemId: randomUUID(), quantity: 1 }] }, good],
      });
      expect(unknownItem.statusCode).toBe(404);
      expect(unknownItem.json().errors).toEqual([
        { field: 'events[2].lines[0].itemId', message: 'no such item in this organisation' },
      ]);
      const short = await post('/care-events/batch', { events: Array.from({ length: 12 }, () => good) });
      expect(short.statusCode).toBe(409);
      expect(short.json().errors[0].field).toBe('events[10].lines[0].quantity');
      expect(await fixtures.balance(itemId)).toMatchObject({ quantity: 10 });
      const [{ count }] = await api.db.asSuperuser(
        `select count(*)::int as count from care_events where beneficiary_id = $1`,
        [beneficiaryId],
      );
      expect(count).toBe(0);
    });

    it('refuses more than 1,000 events', async () => {
      const response = await post('/care-events/batch', { events: Array.from({ length: 1001 }, () => ({})) });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0]).toEqual({
        field: 'events',
        message: 'must contain no more than 1000 elements',
      });
    });
  });

  it('lists events newest first with filters and pages', async () => {
    const { beneficiaryId, itemId } = await stockedSetup(10);
    for (const day of [1, 2, 3]) {
      await post('/care-events', {
        beneficiaryId,
        occurredAt: `2026-09-0${day}T10:00:00Z`,
        kind: day === 2 ? 'consultation' : 'delivery',
        lines: [{ itemId, quantity: 1 }],
      });
    }
    const first = (await get(`/care-events?beneficiaryId=${beneficiaryId}&limit=2`)).json();
    expect(first.items.map((event: { occurredAt: string }) => event.occurredAt)).toEqual([
      '2026-09-03T10:00:00.000Z',
      '2026-09-02T10:00:00.000Z',
    ]);
    const second = (
      await get(`/care-events?beneficiaryId=${beneficiaryId}&limit=2&cursor=${first.nextCursor}`)
    ).json();
    expect(second.items.map((event: { occurredAt: string }) => event.occurredAt)).toEqual([
      '2026-09-01T10:00:00.000Z',
    ]);
    expect(second.nextCursor).toBeNull();
    const consultations = (await get(`/care-events?beneficiaryId=${beneficiaryId}&kind=consultation`)).json();
    expect(consultations.items).toHaveLength(1);
  });

  it('lets a viewer read but not log care', async () => {
    const viewer = await addMember(api.app, org, 'viewer');
    const { beneficiaryId, itemId } = await stockedSetup(1);
    const response = await post(
      '/care-events',
      delivery(beneficiaryId, itemId),
      randomUUID(),
      viewer.accessToken,
    );
    expect(response.statusCode).toBe(403);
  });

  it('shows a person’s care and needs coverage', async () => {
    const { beneficiaryId, itemId } = await stockedSetup(100);
    const needs = await api.app.inject({
      method: 'PUT',
      url: `/api/v1/orgs/${org.orgId}/beneficiaries/${beneficiaryId}/needs`,
      headers: bearer(org.accessToken),
      payload: { needs: [{ itemId, quantityPerMonth: 30, from: '2026-11-01' }] },
    });
    expect(needs.statusCode).toBe(200);
    const given = (
      await post('/care-events', {
        beneficiaryId,
        occurredAt: '2026-11-10T10:00:00Z',
        kind: 'delivery',
        lines: [{ itemId, quantity: 15 }],
      })
    ).json();
    await post('/care-events', {
      beneficiaryId,
      occurredAt: '2026-11-11T10:00:00Z',
      kind: 'delivery',
      lines: [{ itemId, quantity: 6 }],
    });
    await post(`/care-events/${given.id}/void`, { reason: 'ошибка' });
    const care = (await get(`/beneficiaries/${beneficiaryId}/care`)).json();
    expect(care.needs).toEqual([{ itemId, quantityPerMonth: 30, from: '2026-11-01', to: null }]);
    expect(care.coverage).toEqual([{ itemId, needed: 30, delivered: 6, coverage: 0.2 }]);
    expect(care.events).toHaveLength(3);
  });
  describe('the ledger tells the truth', () => {
    function stockMove(payload: object) {
      return post('/stock/movements', payload);
    }

    async function person(consents: object[] = []) {
      const response = await post('/beneficiaries', {
        fullName: `Анна Петрова ${randomUUID().slice(0, 8)}`,
        consents,
      });
      expect(response.statusCode).toBe(201);
      return response.json() as { id: string; code: string; consents: { id: string }[] };
    }

    it('records on the care line the cost the stock movement took, and reports add up the ledger', async () => {
      const beneficiaryId = await fixtures.beneficiary();
      const itemId = await fixtures.item({ costKopecks: 45000 });
      for (const [quantity, unitCostKopecks] of [
        [2, 40000],
        [1, 43000],
      ]) {
        const receipt = await stockMove({
          itemId,
          kind: 'receipt',
          quantity,
          unitCostKopecks,
          occurredAt: '2026-10-01T09:00:00Z',
        });
        expect(receipt.statusCode).toBe(201);
      }
      const response = await post('/care-events', {
        beneficiaryId,
        occurredAt: '2026-10-02T09:00:00Z',
        kind: 'delivery',
        lines: [{ itemId, quantity: 2 }],
      });
      expect(response.statusCode).toBe(201);
      // (2 × 400 ₽ + 430 ₽) / 3 = 410 ₽ a tube, not the item’s price of 450 ₽
      expect(response.json().lines[0]).toMatchObject({ unitCostKopecks: 41000, costKopecks: 82000 });
      const [movement] = await api.db.asSuperuser(
        `select quantity, unit_cost_kopecks from stock_movements where tenant_id = $1 and care_event_id = $2`,
        [org.orgId, response.json().id],
      );
      expect(movement).toEqual({ quantity: '-2.000', unit_cost_kopecks: '41000' });
      const [{ spend }] = await api.db.asSuperuser(
        `select sum(spend_kopecks)::text as spend from care_monthly_beneficiary_rollups where tenant_id = $1 and beneficiary_id = $2`,
        [org.orgId, beneficiaryId],
      );
      expect(spend).toBe('82000');
      expect(await fixtures.balance(itemId)).toEqual({ quantity: 1, value: 123000 - 82000, movements: 1 });
    });

    it('refuses a cost on a line of a stocked item with 400 naming it', async () => {
      const { beneficiaryId, itemId } = await stockedSetup(5);
      const response = await post('/care-events', {
        ...delivery(beneficiaryId, itemId),
        lines: [{ itemId, quantity: 1, unitCostKopecks: 1 }],
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors.map((error: { field: string }) => error.field)).toEqual([
        'lines[0].unitCostKopecks',
      ]);
    });

    it('refuses an issue dated before the stock was received with 409 naming the line, the date and the balance', async () => {
      const beneficiaryId = await fixtures.beneficiary();
      const itemId = await fixtures.item();
      await fixtures.receive(itemId, 5, 45000, '2026-10-10T09:00:00Z');
      const response = await post('/care-events', {
        beneficiaryId,
        occurredAt: '2026-10-01T09:00:00Z',
        kind: 'delivery',
        lines: [{ itemId, quantity: 1 }],
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().errors).toEqual([
        { field: 'lines[0].quantity', message: 'only 0 in stock on 2026-10-01T09:00:00.000Z' },
      ]);
      expect(await fixtures.balance(itemId)).toMatchObject({ quantity: 5, movements: 5 });
    });

    it('returns a voided issue on its own date, so the history stays whole', async () => {
      const { beneficiaryId, itemId } = await stockedSetup(3);
      const given = (
        await post('/care-events', {
          beneficiaryId,
          occurredAt: '2026-10-05T09:00:00Z',
          kind: 'delivery',
          lines: [{ itemId, quantity: 3 }],
        })
      ).json();
      await post(`/care-events/${given.id}/void`, { reason: 'ошибка' });
      const returned = await api.db.asSuperuser(
        `select occurred_at from stock_movements where tenant_id = $1 and item_id = $2 and kind = 'return'`,
        [org.orgId, itemId],
      );
      expect(returned).toEqual([{ occurred_at: new Date('2026-10-05T09:00:00Z') }]);
      const earlier = await post('/care-events', {
        beneficiaryId,
        occurredAt: '2026-10-04T09:00:00Z',
        kind: 'delivery',
        lines: [{ itemId, quantity: 3 }],
      });
      expect(earlier.statusCode).toBe(201);
    });

    it('refuses care without a care consent with 409 naming the beneficiary’s code', async () => {
      const { itemId } = await stockedSetup(5);
      const nobody = await person();
      const response = await post('/care-events', delivery(nobody.id, itemId));
      expect(response.statusCode).toBe(409);
      expect(response.json().errors).toEqual([
        {
          field: 'beneficiaryId',
          message: expect.stringContaining(`${nobody.code} has no care consent in force at`),
        },
      ]);
    });

    it('stops care from the moment a care consent is withdrawn, and takes care from before it', async () => {
      const { itemId } = await stockedSetup(5);
      const anna = await person([{ scope: 'care', givenAt: '2026-09-01T09:00:00Z' }]);
      const beforeConsent = await post('/care-events', {
        ...delivery(anna.id, itemId),
        occurredAt: '2026-08-31T09:00:00Z',
      });
      expect(beforeConsent.statusCode).toBe(409);
      const withdrawn = await post(`/beneficiaries/${anna.id}/consents/${anna.consents[0].id}/withdraw`, {});
      expect(withdrawn.statusCode).toBeLessThan(300);
      expect((await post('/care-events', delivery(anna.id, itemId))).statusCode).toBe(201);
      const afterwards = await post('/care-events', {
        ...delivery(anna.id, itemId),
        occurredAt: new Date().toISOString(),
      });
      expect(afterwards.statusCode).toBe(409);
    });

    it('refuses a line funded outside its funding source’s period with 409 naming it', async () => {
      const { beneficiaryId, itemId } = await stockedSetup(5);
      const grant = await post('/funding-sources', {
        name: 'Грант 2026',
        funderName: 'Фонд президентских грантов',
        kind: 'presidential_grant',
        periodFrom: '2026-10-01',
        periodTo: '2026-10-31',
      });
      expect(grant.statusCode).toBe(201);
      const line = (occurredAt: string) =>
        post('/care-events', {
          beneficiaryId,
          occurredAt,
          kind: 'delivery',
          lines: [{ itemId, quantity: 1, fundingSourceId: grant.json().id }],
        });
      const outside = await line('2026-11-01T09:00:00Z');
      expect(outside.statusCode).toBe(409);
      expect(outside.json().errors).toEqual([
        {
          field: 'lines[0].fundingSourceId',
          message: 'the funding source runs 2026-10-01 to 2026-10-31, which does not include 2026-11-01',
        },
      ]);
      expect((await line('2026-10-31T09:00:00Z')).statusCode).toBe(201);
    });

    it('gives 2.5 kg of buckwheat, and whole pairs only', async () => {
      const beneficiaryId = await fixtures.beneficiary();
      const buckwheat = await fixtures.item({ category: 'nutrition', unit: 'kg', costKopecks: 9000 });
      await fixtures.receive(buckwheat, 10, 9000);
      const socks = await fixtures.item({ category: 'hygiene', unit: 'pair', costKopecks: 20000 });
      await fixtures.receive(socks, 10, 20000);
      const given = await post('/care-events', {
        beneficiaryId,
        occurredAt: yesterday(),
        kind: 'delivery',
        lines: [{ itemId: buckwheat, quantity: 2.5 }],
      });
      expect(given.statusCode).toBe(201);
      expect(given.json().lines[0]).toMatchObject({
        quantity: 2.5,
        unitCostKopecks: 9000,
        costKopecks: 22500,
      });
      const half = await post('/care-events', {
        beneficiaryId,
        occurredAt: yesterday(),
        kind: 'delivery',
        lines: [{ itemId: socks, quantity: 1.5 }],
      });
      expect(half.statusCode).toBe(400);
      expect(half.json().errors.map((error: { field: string }) => error.field)).toEqual([
        'lines[0].quantity',
      ]);
    });
  });
});
