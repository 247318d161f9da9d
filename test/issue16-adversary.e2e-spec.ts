import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import { CareFixtures } from './support/care-fixtures.js';
import { addMember, bearer, Member, RegisteredOrg, registerOrg } from './support/factories.js';

/**
 * An attacker's pass over issue 16's routes (register search and sort, case notes, follow-ups, care and
 * stock quantities and dates): crafted input is a 4xx naming the field, never a 500, and another
 * organisation's ids are 404 exactly like ids that do not exist.
 */

/** A cursor as the api encodes one, around whatever key and id an attacker chooses. */
const cursorOf = (key: string, id: string) =>
  encodeURIComponent(Buffer.from(JSON.stringify([key, id])).toString('base64url'));

interface Problem {
  status: number;
  detail: string;
  errors?: { field: string; message: string }[];
}

describe('issue 16 routes under attack', () => {
  let api: TestApi;
  let org: RegisteredOrg;
  let other: RegisteredOrg;
  let staff: Member;
  let outsider: Member;
  let fixtures: CareFixtures;
  let person: string;
  let theirPerson: string;
  let theirNote: string;
  let theirFollowUp: string;

  function send(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
    as = org,
  ) {
    return api.app.inject({
      method,
      url: `/api/v1/orgs/${as.orgId}${url}`,
      headers: {
        ...bearer(as.accessToken),
        ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}),
      },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  }

  /** The fields a 400 names, after checking it is one. */
  async function refusedFields(response: Awaited<ReturnType<typeof send>>): Promise<string[]> {
    expect({ status: response.statusCode, body: response.json<Problem>() }).toMatchObject({ status: 400 });
    return (response.json<Problem>().errors ?? []).map((error) => error.field);
  }

  async function created<T = { id: string }>(response: Awaited<ReturnType<typeof send>>): Promise<T> {
    expect({ status: response.statusCode, body: response.json() }).toMatchObject({ status: 201 });
    return response.json<T>();
  }

  beforeAll(async () => {
    api = await startTestApi('issue16_adversary', { RATE_LIMIT_PER_MINUTE: '100000' });
    org = await registerOrg(api.app);
    other = await registerOrg(api.app);
    staff = await addMember(api.app, org, 'staff');
    outsider = await addMember(api.app, other, 'staff');
    fixtures = new CareFixtures(api.db, org.orgId);
    person = (
      await created(
        await send('POST', '/beneficiaries', {
          fullName: 'Ёлкин Алексей',
          birthDate: '2012-05-01',
          contacts: { phone: '+7 900 111-22-33' },
          consents: [{ scope: 'care', givenAt: '2020-01-01T00:00:00Z' }],
        }),
      )
    ).id;
    theirPerson = (await created(await send('POST', '/beneficiaries', { fullName: 'Чужой Человек' }, other)))
      .id;
    theirNote = (
      await created(await send('POST', `/beneficiaries/${theirPerson}/notes`, { text: 'x' }, other))
    ).id;
    theirFollowUp = (
      await created(
        await send(
          'POST',
          `/beneficiaries/${theirPerson}/follow-ups`,
          { text: 'x', dueOn: '2026-12-01', assigneeId: outsider.userId },
          other,
        ),
      )
    ).id;
  });

  afterAll(() => api.close());

  describe('register search and sort', () => {
    const search = (query: string) => send('GET', `/beneficiaries?${query}`);

    it.each([
      ['sort', 'sort=name;drop%20table%20beneficiaries'],
      ['sort', 'sort=name%20desc'],
      ['sort', 'sort=full_name'],
      ['order', 'order=desc;select%201'],
      ['q', `q=${'а'.repeat(301)}`],
      ['q', 'q=%00'],
      ['q', 'q=%E2%80%AE%D0%95%D0%BB%D0%BA%D0%B8%D0%BD'],
      ['limit', 'limit=-1'],
      ['limit', 'limit=1e9'],
      ['cursor', 'sort=name&cursor=eyJrIjoxLCJpIjoieCJ9'],
      ['cursor', `sort=name&cursor=${cursorOf('\u0000', randomUUID())}`],
      ['cursor', `sort=name&cursor=${cursorOf('Ёлкин', "1' or '1'='1")}`],
      ['cursor', `sort=lastCare&cursor=${cursorOf('0000-01-01T00:00:00Z', randomUUID())}`],
      ['cursor', `sort=registeredAt&cursor=${cursorOf('2026-02-30T00:00:00Z', randomUUID())}`],
    ])('answers 400 naming %s for ?%s', async (field, query) => {
      expect(await refusedFields(await search(query))).toEqual([field]);
    });

    it('refuses a huge q before it reaches the database', async () => {
      const response = await search(`q=${encodeURIComponent('Ёлкин '.repeat(2000))}`);
      expect([400, 414]).toContain(response.statusCode);
    });

    it.each([
      ['%', []],
      ['_', []],
      ['%_\\', []],
      ["' or 1=1 --", []],
      ['Ё', ['Ёлкин Алексей']],
      ['ЕЛКИН', ['Ёлкин Алексей']],
      ['Е\u0308лкин', ['Ёлкин Алексей']],
      // an emoji or a zero-width space is no letter: the words around it are what is searched
      ['🙂 Ёлкин', ['Ёлкин Алексей']],
      ['Алексей\u200bЁлкин', ['Ёлкин Алексей']],
      ['ｅｌｋｉｎ', []],
      ['٩٠٠١١١', []],
      ['+7 900 111', ['Ёлкин Алексей']],
      ['01.05.2012', ['Ёлкин Алексей']],
      ['0001-01-01', []],
      ['9999-12-31', []],
      ['31.12.9999', []],
      ['(', []],
    ])('takes %j as plain search text, never a pattern or SQL', async (q, names) => {
      const response = await search(`q=${encodeURIComponent(q)}&limit=200`);
      expect(response.statusCode).toBe(200);
      expect(response.json<{ items: { fullName: string }[] }>().items.map((item) => item.fullName)).toEqual(
        names,
      );
    });

    it('pages by name through erased people (no name) and namesakes, one row at a time, each once', async () => {
      const target = await registerOrg(api.app);
      const add = async (body: object) =>
        (await created(await send('POST', '/beneficiaries', body, target))).id;
      const ids = [
        await add({ fullName: 'Тёзка Один' }),
        await add({ fullName: 'Тёзка Один', confirmDistinct: true }),
        await add({ fullName: 'Другой Человек' }),
        await add({ fullName: 'Стёртый Человек' }),
        await add({ fullName: 'Ещё Стёртый' }),
      ];
      for (const erased of ids.slice(3)) {
        expect((await send('DELETE', `/beneficiaries/${erased}`, undefined, target)).statusCode).toBe(204);
      }
      for (const order of ['asc', 'desc']) {
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const query = `sort=name&order=${order}&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
          const response = await send('GET', `/beneficiaries?${query}`, undefined, target);
          expect(response.statusCode).toBe(200);
          const page = response.json<{ items: { id: string }[]; nextCursor: string | null }>();
          seen.push(...page.items.map((item) => item.id));
          cursor = page.nextCursor;
        } while (cursor !== null && seen.length <= ids.length);
        expect([...seen].sort()).toEqual([...ids].sort());
      }
    });

    it.each(['name', 'code', 'registeredAt', 'lastCare'])(
      'refuses a cursor of another sort than %s with 400 naming cursor',
      async (sort) => {
        const first = await send('POST', '/beneficiaries', { fullName: `Сорт ${sort}` });
        expect(first.statusCode).toBe(201);
        const page = await search(`sort=${sort}&limit=1`);
        const cursor = page.json<{ nextCursor: string | null }>().nextCursor;
        expect(cursor).not.toBeNull();
        const otherSort = sort === 'name' ? 'registeredAt' : 'name';
        const crossed = await search(`sort=${otherSort}&limit=1&cursor=${encodeURIComponent(cursor!)}`);
        expect(crossed.statusCode).toBeLessThan(500);
        if (crossed.statusCode !== 200) expect(await refusedFields(crossed)).toEqual(['cursor']);
      },
    );
  });

  describe('case notes and follow-ups', () => {
    const notes = (beneficiaryId = person) => `/beneficiaries/${beneficiaryId}/notes`;
    const followUps = (beneficiaryId = person) => `/beneficiaries/${beneficiaryId}/follow-ups`;

    it.each([
      ['text', { text: 'a'.repeat(10001) }],
      ['text', { text: 'nul \u0000 here' }],
      ['text', { text: '\u202e' + 'перевёрнуто' }],
      ['text', { text: ['массив'] }],
      ['text', { text: '   ' }],
      ['notedAt', { text: 'x', notedAt: '0001-01-01T00:00:00+03:00' }],
      ['notedAt', { text: 'x', notedAt: '9999-12-31T00:00:00Z' }],
      ['notedAt', { text: 'x', notedAt: '2026-02-30T10:00:00Z' }],
      ['notedAt', { text: 'x', notedAt: '2026-11-01T10:00:00' }],
      ['notedAt', { text: 'x', notedAt: 1_700_000_000_000 }],
    ])('refuses a note naming %s', async (field, body) => {
      expect(await refusedFields(await send('POST', notes(), body))).toEqual([field]);
    });

    it.each([
      ['dueOn', { dueOn: '0001-01-01' }],
      ['dueOn', { dueOn: '0000-01-01' }],
      ['dueOn', { dueOn: '9999-12-31' }],
      ['dueOn', { dueOn: '2026-02-30' }],
      ['dueOn', { dueOn: '2026-12-01T00:00:00Z' }],
      ['dueOn', { dueOn: '+02026-12-01' }],
      ['assigneeId', { assigneeId: 'not-a-uuid' }],
      ['text', { text: 'x'.repeat(1001) }],
    ])('refuses a follow-up naming %s', async (field, change) => {
      const body = { text: 'Позвонить', dueOn: '2026-12-01', assigneeId: staff.userId, ...change };
      expect(await refusedFields(await send('POST', followUps(), body))).toEqual([field]);
    });

    it('refuses another organisation’s member as the assignee, naming assigneeId', async () => {
      const body = { text: 'Позвонить', dueOn: '2026-12-01', assigneeId: outsider.userId };
      expect(await refusedFields(await send('POST', followUps(), body))).toEqual(['assigneeId']);
    });

    it('answers another organisation’s person, note and follow-up exactly as unknown ones', async () => {
      const pairs: [string, string, 'GET' | 'POST' | 'PUT' | 'PATCH', unknown][] = [
        [notes(theirPerson), notes(randomUUID()), 'GET', undefined],
        [notes(theirPerson), notes(randomUUID()), 'POST', { text: 'x' }],
        [
          `${notes(theirPerson)}/${theirNote}`,
          `${notes(randomUUID())}/${randomUUID()}`,
          'PUT',
          { text: 'x' },
        ],
        [`${notes(person)}/${theirNote}`, `${notes(person)}/${randomUUID()}`, 'PUT', { text: 'x' }],
        [
          `${followUps(person)}/${theirFollowUp}`,
          `${followUps(person)}/${randomUUID()}`,
          'PATCH',
          { done: true },
        ],
        [followUps(theirPerson), followUps(randomUUID()), 'GET', undefined],
      ];
      for (const [theirs, unknown, method, body] of pairs) {
        const [foreign, missing] = [await send(method, theirs, body), await send(method, unknown, body)];
        expect({ url: theirs, status: foreign.statusCode }).toEqual({ url: theirs, status: 404 });
        expect(foreign.json<Problem>().detail).toBe(missing.json<Problem>().detail);
      }
      const [untouched] = await api.db.asSuperuser<{ text: string; done_at: Date | null }>(
        `select (select text from case_notes where id = $1) as text, (select done_at from follow_ups where id = $2) as done_at`,
        [theirNote, theirFollowUp],
      );
      expect(untouched).toEqual({ text: 'x', done_at: null });
    });
  });

  describe('quantities and dates of care and stock', () => {
    let pair: string;
    let tube: string;

    beforeAll(async () => {
      pair = await fixtures.item({ unit: 'pair', category: 'hygiene' });
      tube = await fixtures.item();
      await fixtures.receive(pair, 10);
      await fixtures.receive(tube, 10);
    });

    const care = (line: Record<string, unknown>, occurredAt = '2026-10-01T10:00:00Z') =>
      send('POST', '/care-events', {
        beneficiaryId: person,
        occurredAt,
        kind: 'delivery',
        lines: [{ itemId: tube, quantity: 1, ...line }],
      });

    it.each([
      ['lines[0].quantity', { quantity: -1 }],
      ['lines[0].quantity', { quantity: 0 }],
      ['lines[0].quantity', { quantity: 0.0001 }],
      ['lines[0].quantity', { quantity: 1e20 }],
      ['lines[0].quantity', { quantity: '1' }],
      ['lines[0].quantity', { quantity: Number.MAX_SAFE_INTEGER }],
      ['lines[0].unitCostKopecks', { unitCostKopecks: -5 }],
    ])('refuses a care line naming %s for %j', async (field, line) => {
      expect(await refusedFields(await care(line))).toEqual([field]);
    });

    it('refuses half a pair, naming the line’s quantity', async () => {
      expect(await refusedFields(await care({ itemId: pair, quantity: 1.5 }))).toEqual(['lines[0].quantity']);
    });

    it.each([
      ['0000-12-31T23:00:00-02:00', [400, 409]],
      ['0001-01-01T00:00:00+03:00', [400]],
      ['9999-12-31T00:00:00Z', [400]],
      ['2026-02-30T10:00:00Z', [400]],
      ['2026-10-01T10:00:00', [400]],
    ])('answers care dated %s with a 4xx, never a 500', async (occurredAt, statuses) => {
      const response = await care({}, occurredAt);
      expect(statuses).toContain(response.statusCode);
    });

    it.each([
      ['quantity', { kind: 'receipt', quantity: -1 }],
      ['quantity', { kind: 'write_off', quantity: -2 }],
      ['quantity', { kind: 'adjustment', quantity: 0 }],
      ['quantity', { kind: 'receipt', quantity: 1.0001 }],
      ['quantity', { kind: 'receipt', quantity: 1e15 }],
      ['occurredAt', { kind: 'receipt', quantity: 1, occurredAt: '0001-01-01T00:00:00+03:00' }],
      ['occurredAt', { kind: 'receipt', quantity: 1, occurredAt: '9999-12-31T00:00:00Z' }],
      ['unitCostKopecks', { kind: 'write_off', quantity: 1, unitCostKopecks: 1 }],
      ['kind', { kind: 'issue', quantity: 1 }],
    ])('refuses a stock movement naming %s for %j', async (field, movement) => {
      const response = await send('POST', '/stock/movements', {
        itemId: tube,
        occurredAt: '2026-10-01T10:00:00Z',
        ...movement,
      });
      expect(await refusedFields(response)).toEqual([field]);
    });

    it('refuses half a pair received, naming quantity', async () => {
      const response = await send('POST', '/stock/movements', {
        itemId: pair,
        kind: 'receipt',
        quantity: 0.5,
        occurredAt: '2026-10-01T10:00:00Z',
      });
      expect(await refusedFields(response)).toEqual(['quantity']);
    });

    it('answers another organisation’s item as an unknown one, naming the line’s itemId', async () => {
      const theirItem = await new CareFixtures(api.db, other.orgId).item();
      const [foreign, missing] = [await care({ itemId: theirItem }), await care({ itemId: randomUUID() })];
      expect([foreign.statusCode, missing.statusCode]).toEqual([404, 404]);
      expect(foreign.json()).toEqual(missing.json());
    });
  });

  describe('beneficiary dates', () => {
    it.each(['0001-01-01', '0000-01-01', '9999-12-31', '2012-02-30', '1899-12-31', '12-05-01'])(
      'refuses a birth date %s naming birthDate, on registering and on a change',
      async (birthDate) => {
        const registered = await send('POST', '/beneficiaries', { fullName: 'Дата Рождения', birthDate });
        expect(await refusedFields(registered)).toEqual(['birthDate']);
        const changed = await send('PATCH', `/beneficiaries/${person}`, { birthDate });
        expect(await refusedFields(changed)).toEqual(['birthDate']);
      },
    );

    it.each([
      ['0001-01-01T00:00:00+03:00', 400],
      ['9999-12-31T00:00:00Z', 400],
      ['2026-02-30T10:00:00Z', 400],
    ])('refuses a consent given at %s', async (givenAt, status) => {
      const response = await send('POST', `/beneficiaries/${person}/consents`, {
        scope: 'statistics',
        givenAt,
      });
      expect(response.statusCode).toBe(status);
    });
  });
});
