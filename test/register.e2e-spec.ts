import { randomUUID } from 'node:crypto';
import { phoneDigits } from '../libs/beneficiaries/src/register-search.js';
import { startTestApi, TestApi } from './support/api.js';
import { addMember, bearer, createApiKey, Member, registerOrg, RegisteredOrg } from './support/factories.js';

/**
 * A register staff can use (issue 16, item 8): names in the list for those who may read personal data,
 * each page audited as one read; search by words in any order, ё/е, phone and birth date, on indexes;
 * sorting with a cursor that stays correct; the duplicate guard.
 */

interface Item {
  id: string;
  code: string;
  status: string;
  createdAt: string;
  lastCareAt: string | null;
  fullName?: string | null;
  birthDate?: string | null;
}

interface Page {
  items: Item[];
  nextCursor: string | null;
}

interface Person {
  id: string;
  code: string;
  fullName: string;
}

describe('the register', () => {
  let api: TestApi;
  let org: RegisteredOrg;
  let staff: Member;
  let viewer: Member;
  let apiKey: string;
  /** Ёлкин, Смирнова, Смирнов, Орлова, Абрамов, registered in this order */
  let people: Person[];

  function get(url: string, headers: Record<string, string> = bearer(org.accessToken)) {
    return api.app.inject({ method: 'GET', url: `/api/v1/orgs/${org.orgId}/beneficiaries${url}`, headers });
  }

  function register(body: Record<string, unknown>, target: RegisteredOrg = org) {
    return api.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${target.orgId}/beneficiaries`,
      headers: bearer(target.accessToken),
      payload: body,
    });
  }

  async function page(query: string, headers?: Record<string, string>): Promise<Page> {
    const response = await get(`?${query}`, headers);
    expect({ status: response.statusCode, body: response.json() }).toEqual({
      status: 200,
      body: expect.anything(),
    });
    return response.json();
  }

  async function found(q: string): Promise<string[]> {
    return (await page(`q=${encodeURIComponent(q)}`)).items.map((item) => item.fullName as string);
  }

  /** Every row of a listing, walked page by page with a small limit. */
  async function walk(query: string, limit = 2): Promise<Item[]> {
    const items: Item[] = [];
    let cursor: string | null = null;
    do {
      const next: Page = await page(
        `${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      items.push(...next.items);
      cursor = next.nextCursor;
    } while (cursor !== null && items.length < 100);
    return items;
  }

  async function care(beneficiaryId: string, occurredAt: string, voided = false): Promise<void> {
    const [event] = await api.db.asSuperuser<{ id: string }>(
      `insert into care_events (tenant_id, id, beneficiary_id, occurred_at, kind)
       values ($1, gen_random_uuid(), $2, $3, 'delivery') returning id`,
      [org.orgId, beneficiaryId, occurredAt],
    );
    if (voided)
      await api.db.asSuperuser(
        `insert into care_events (tenant_id, id, beneficiary_id, occurred_at, kind, reverses_event_id, void_reason)
         values ($1, gen_random_uuid(), $2, $3, 'delivery', $4, 'ошибка')`,
        [org.orgId, beneficiaryId, occurredAt, event.id],
      );
  }

  function auditRows(action: string) {
    return api.db.asSuperuser<{ actor_id: string; details: Record<string, unknown> }>(
      `select actor_id, details from audit_log where tenant_id = $1 and action = $2 order by seq`,
      [org.orgId, action],
    );
  }

  beforeAll(async () => {
    api = await startTestApi('register', { RATE_LIMIT_PER_MINUTE: '100000' });
    org = await registerOrg(api.app, { regionCode: '48' });
    staff = await addMember(api.app, org, 'staff');
    viewer = await addMember(api.app, org, 'viewer');
    apiKey = await createApiKey(api.app, org);
    people = [];
    for (const body of [
      { fullName: 'Ёлкин Алексей', birthDate: '2012-05-01', contacts: { phone: '+7 900 111-22-33' } },
      { fullName: 'Смирнова Вера', birthDate: '2011-03-15', contacts: { phone: '8 (912) 345-67-89' } },
      { fullName: 'Смирнов Борис', birthDate: '2011-03-15' },
      { fullName: 'Орлова Галина', birthDate: '2009-12-31', contacts: { phone: '+375 29 123 45 67' } },
      { fullName: 'Абрамов Денис' },
    ]) {
      const response = await register(body);
      expect(response.statusCode).toBe(201);
      people.push(response.json());
    }
    const [elkin, smirnova, , orlova] = people;
    await care(elkin.id, '2026-09-01T10:00:00Z');
    await care(elkin.id, '2026-11-01T10:00:00Z', true);
    await care(smirnova.id, '2026-10-01T10:00:00Z');
    await care(orlova.id, '2026-10-01T10:00:00Z');
  });

  afterAll(() => api.close());

  describe('names in the list', () => {
    it('shows admins, staff and API keys the name and birth date of each row, and a viewer codes only', async () => {
      for (const headers of [bearer(org.accessToken), bearer(staff.accessToken), { 'x-api-key': apiKey }]) {
        const { items } = await page('limit=200', headers);
        expect(items.map((item) => [item.code, item.fullName, item.birthDate])).toEqual([
          [people[0].code, 'Ёлкин Алексей', '2012-05-01'],
          [people[1].code, 'Смирнова Вера', '2011-03-15'],
          [people[2].code, 'Смирнов Борис', '2011-03-15'],
          [people[3].code, 'Орлова Галина', '2009-12-31'],
          [people[4].code, 'Абрамов Денис', null],
        ]);
      }
      const { items } = await page('limit=200', bearer(viewer.accessToken));
      expect(items.map((item) => item.code)).toEqual(people.map((person) => person.code));
      for (const item of items) expect(item).not.toHaveProperty('fullName');
      for (const item of items) expect(item).not.toHaveProperty('birthDate');
    });

    it('lets a viewer search codes only, so a name, phone or birth date cannot test who is registered', async () => {
      const asViewer = async (q: string) =>
        (await page(`q=${encodeURIComponent(q)}`, bearer(viewer.accessToken))).items.map((item) => item.code);
      expect(await asViewer('Ёлкин')).toEqual([]);
      expect(await asViewer('+7 900 111-22-33')).toEqual([]);
      expect(await asViewer('2012-05-01')).toEqual([]);
      expect(await asViewer(people[0].code)).toEqual([people[0].code]);
      // the same searches find the person for staff
      expect((await page(`q=${encodeURIComponent('Ёлкин')}`, bearer(staff.accessToken))).items).toHaveLength(
        1,
      );
    });

    it('audits each page that shows names as one read, naming whose, and never the names', async () => {
      const before = (await auditRows('beneficiary.listed')).length;
      const items = await walk('sort=code', 2);
      expect(items).toHaveLength(5);
      const rows = (await auditRows('beneficiary.listed')).slice(before);
      expect(rows).toEqual([
        {
          actor_id: org.adminId,
          details: { shown: 2, continued: false, namesShownOf: [people[0].id, people[1].id] },
        },
        {
          actor_id: org.adminId,
          details: { shown: 2, continued: true, namesShownOf: [people[2].id, people[3].id] },
        },
        { actor_id: org.adminId, details: { shown: 1, continued: true, namesShownOf: [people[4].id] } },
      ]);
      expect(JSON.stringify(rows)).not.toMatch(/Ёлкин|Смирнов|2011-03-15/);
    });

    it('audits a search that shows names as one row with the count and whose, never the search text', async () => {
      const before = (await auditRows('beneficiary.searched')).length;
      await page(`q=${encodeURIComponent('смирнов')}&limit=1`, bearer(staff.accessToken));
      const rows = (await auditRows('beneficiary.searched')).slice(before);
      expect(rows).toEqual([
        {
          actor_id: staff.userId,
          details: { matched: 2, shown: 1, continued: false, namesShownOf: [people[1].id] },
        },
      ]);
      expect(JSON.stringify(rows)).not.toMatch(/смирнов/i);
    });
  });

  describe('search', () => {
    it('matches the words of a name in any order, ignoring case and ё', async () => {
      for (const q of ['Алексей Ёлкин', 'алексей елкин', 'ЕЛКИН', ' Ёлкин   Алексей '])
        expect({ q, found: await found(q) }).toEqual({ q, found: ['Ёлкин Алексей'] });
      expect(await found('Смирнов')).toEqual(['Смирнова Вера', 'Смирнов Борис']);
      expect(await found('Вера Смирнова')).toEqual(['Смирнова Вера']);
      expect(await found('Смирнова Борис')).toEqual([]);
    });

    it('finds a phone number whatever its format, with +7 or 8, whole or in part', async () => {
      for (const q of ['8 900 111 22 33', '+79001112233', '+7 (900) 111-22-33', '9001112233', '111-22'])
        expect({ q, found: await found(q) }).toEqual({ q, found: ['Ёлкин Алексей'] });
      for (const q of ['+7 912 345 67 89', '89123456789', '345-67-89'])
        expect({ q, found: await found(q) }).toEqual({ q, found: ['Смирнова Вера'] });
      expect(await found('+375 29 123')).toEqual(['Орлова Галина']);
      expect(await found('+7 999 000 00 00')).toEqual([]);
    });

    it('finds by birth date written either way, and takes an impossible date as plain text', async () => {
      expect(await found('15.03.2011')).toEqual(['Смирнова Вера', 'Смирнов Борис']);
      expect(await found('2011-03-15')).toEqual(['Смирнова Вера', 'Смирнов Борис']);
      expect(await found('31.02.2011')).toEqual([]);
    });

    it('answers 400 naming q for a blank search', async () => {
      const response = await get(`?q=${encodeURIComponent('   ')}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors.map((error: { field: string }) => error.field)).toEqual(['q']);
    });

    it('finds names, phones, birth dates and duplicates with index conditions the tenant policy allows', async () => {
      // Under forced row-level security only leakproof conditions reach an index: the search must not
      // depend on LIKE or on a function of a column.
      const client = await api.db.pool('app').connect();
      try {
        await client.query('begin');
        await client.query(`select set_config('app.tenant_id', $1, true)`, [org.orgId]);
        await client.query('set local enable_seqscan = off');
        const plan = async (sql: string) =>
          (await client.query<{ 'QUERY PLAN': string }>(`explain ${sql}`)).rows
            .map((row) => row['QUERY PLAN'])
            .join('\n');
        const terms = 'select beneficiary_id from beneficiary_search_terms where tenant_id = $1 and';
        for (const condition of [
          `term >= 'w:' || search_fold('Ёлк') and term < 'w:' || search_fold('Ёлк') || chr(1114111)`,
          `term >= 'p:1112233' and term < 'p:1112233' || chr(1114111)`,
          `term = 'k:' || person_name_key('Алексей Ёлкин')`,
        ])
          expect(await plan(`${terms} ${condition}`.replace('$1', `'${org.orgId}'`))).toMatch(
            /Index Cond: .*term [>=]/,
          );
        expect(
          await plan(
            `select beneficiary_id from beneficiary_personal_data where tenant_id = '${org.orgId}' and birth_date = '2011-03-15'`,
          ),
        ).toMatch(/Index Cond: .*birth_date = /);
        await client.query('rollback');
      } finally {
        client.release();
      }
    });
  });

  describe('sort', () => {
    const order = (indexes: number[]) => indexes.map((index) => people[index].code);

    it.each([
      ['sort=name', [4, 0, 3, 2, 1]],
      ['sort=name&order=desc', [1, 2, 3, 0, 4]],
      ['sort=code', [0, 1, 2, 3, 4]],
      ['sort=code&order=desc', [4, 3, 2, 1, 0]],
      ['sort=registeredAt', [0, 1, 2, 3, 4]],
      ['sort=registeredAt&order=desc', [4, 3, 2, 1, 0]],
    ])('pages %s one row at a time in the same order as one page', async (query, expected) => {
      expect((await walk(query, 1)).map((item) => item.code)).toEqual(order(expected));
      expect((await page(`${query}&limit=200`)).items.map((item) => item.code)).toEqual(order(expected));
    });

    it('sorts by the latest care not voided, ties by id, never cared for as the longest ago', async () => {
      const byId = (a: Person, b: Person) => (a.id < b.id ? -1 : 1);
      const tiedOctober = [people[1], people[3]].sort(byId);
      const neverCared = [people[2], people[4]].sort(byId);
      const ascending = [...neverCared, people[0], ...tiedOctober].map((person) => person.code);
      for (const limit of [1, 2, 200])
        expect((await walk('sort=lastCare', limit)).map((item) => item.code)).toEqual(ascending);
      const descending = await walk('sort=lastCare&order=desc', 2);
      expect(descending.map((item) => item.code)).toEqual([...ascending].reverse());
      expect(descending.map((item) => item.lastCareAt)).toEqual([
        '2026-10-01T10:00:00.000Z',
        '2026-10-01T10:00:00.000Z',
        '2026-09-01T10:00:00.000Z',
        null,
        null,
      ]);
    });

    it('keeps sort and search together', async () => {
      const items = await walk(`q=${encodeURIComponent('смирнов')}&sort=name`, 1);
      expect(items.map((item) => item.fullName)).toEqual(['Смирнов Борис', 'Смирнова Вера']);
    });

    it.each([
      ['sort', 'sort=age'],
      ['order', 'order=up'],
      [
        'cursor',
        `sort=registeredAt&cursor=${Buffer.from(JSON.stringify(['П-000001', randomUUID()])).toString('base64url')}`,
      ],
      [
        'cursor',
        `sort=lastCare&cursor=${Buffer.from(JSON.stringify(['2026-13-01T00:00:00Z', randomUUID()])).toString('base64url')}`,
      ],
    ])('answers 400 naming %s for ?%s', async (field, query) => {
      const response = await get(`?${query}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors.map((error: { field: string }) => error.field)).toEqual([field]);
    });
  });

  describe('duplicate guard', () => {
    async function count(): Promise<number> {
      const [{ n }] = await api.db.asSuperuser<{ n: number }>(
        `select count(*)::int as n from beneficiaries where tenant_id = $1`,
        [org.orgId],
      );
      return n;
    }

    it('answers 409 naming the existing code for the same name in any order, case and ё, and the same birth date', async () => {
      const before = await count();
      for (const fullName of ['Ёлкин Алексей', 'алексей  ЕЛКИН', 'Елкин Алексей']) {
        const response = await register({ fullName, birthDate: '2012-05-01' });
        expect(response.statusCode).toBe(409);
        expect(response.json().detail).toContain(people[0].code);
        expect(response.json().errors).toEqual([
          { field: 'confirmDistinct', message: expect.stringContaining(people[0].code) },
        ]);
      }
      const withoutBirthDate = await register({ fullName: 'Денис Абрамов' });
      expect(withoutBirthDate.statusCode).toBe(409);
      expect(withoutBirthDate.json().detail).toContain(people[4].code);
      expect(await count()).toBe(before);
    });

    it('registers the same name with another birth date, or in another organisation', async () => {
      const otherBirthDate = await register({ fullName: 'Ёлкин Алексей', birthDate: '2013-05-01' });
      expect(otherBirthDate.statusCode).toBe(201);
      const elsewhere = await registerOrg(api.app);
      const otherOrg = await register({ fullName: 'Ёлкин Алексей', birthDate: '2012-05-01' }, elsewhere);
      expect(otherOrg.statusCode).toBe(201);
    });

    it('registers a different person with the same name and birth date when confirmDistinct is true, and audits it', async () => {
      const response = await register({
        fullName: 'Смирнов Борис',
        birthDate: '2011-03-15',
        confirmDistinct: true,
      });
      expect(response.statusCode).toBe(201);
      const [created] = await api.db.asSuperuser<{ details: Record<string, unknown> }>(
        `select details from audit_log where tenant_id = $1 and action = 'beneficiary.created' and entity_id = $2`,
        [org.orgId, response.json().id],
      );
      expect(created.details).toMatchObject({ confirmedDistinctFrom: people[2].code });
    });

    it('guards a change of name or birth date the same way, never against the person themself', async () => {
      const patch = (id: string, body: Record<string, unknown>) =>
        api.app.inject({
          method: 'PATCH',
          url: `/api/v1/orgs/${org.orgId}/beneficiaries/${id}`,
          headers: bearer(staff.accessToken),
          payload: body,
        });
      const registered = async (body: Record<string, unknown>) => {
        const response = await register(body);
        expect(response.statusCode).toBe(201);
        return response.json<Person>();
      };
      const first = await registered({ fullName: 'Иванов Пётр', birthDate: '2010-01-01' });
      const second = await registered({ fullName: 'Петров Иван', birthDate: '2010-01-01' });
      const third = await registered({ fullName: 'Иванов Пётр', birthDate: '2010-02-02' });

      const renamed = await patch(second.id, { fullName: 'пётр  ИВАНОВ' });
      expect(renamed.statusCode).toBe(409);
      expect(renamed.json()).toMatchObject({
        type: expect.stringContaining('duplicate'),
        detail: expect.stringContaining(first.code),
        errors: [{ field: 'confirmDistinct', message: expect.stringContaining(first.code) }],
      });
      const redated = await patch(third.id, { birthDate: '2010-01-01', notes: 'не сохранится' });
      expect(redated.statusCode).toBe(409);
      expect(redated.json().detail).toContain(first.code);
      const unchanged = await get(`/${third.id}`);
      expect(unchanged.json()).toMatchObject({
        fullName: 'Иванов Пётр',
        birthDate: '2010-02-02',
        notes: null,
      });

      expect((await patch(first.id, { fullName: 'Иванов Пётр', birthDate: '2010-01-01' })).statusCode).toBe(
        200,
      );
      const confirmed = await patch(second.id, { fullName: 'Иванов Пётр', confirmDistinct: true });
      expect(confirmed.statusCode).toBe(200);
      expect(confirmed.json().fullName).toBe('Иванов Пётр');
      const [updated] = await api.db.asSuperuser<{ details: Record<string, unknown> }>(
        `select details from audit_log where tenant_id = $1 and action = 'beneficiary.updated' and entity_id = $2`,
        [org.orgId, second.id],
      );
      expect(updated.details).toEqual({ fields: ['fullName'], confirmedDistinctFrom: first.code });
    });

    it('answers 400 naming confirmDistinct when it is not a boolean', async () => {
      const response = await register({ fullName: 'Новый Человек', confirmDistinct: 'yes' });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors.map((error: { field: string }) => error.field)).toEqual([
        'confirmDistinct',
      ]);
    });
  });

  describe('phone numbers', () => {
    // The database keeps a stored number's digits (phone_key); a search reads what is typed (phoneDigits).
    it.each([
      '+7 900 111-22-33',
      '8 (900) 111-22-33',
      '89001112233',
      '79001112233',
      '9001112233',
      '+375 29 123 45 67',
      '8-800-555-35-35',
      '+7(4742)22-33-44',
      '(4742) 22-33-44',
      '+44 20 7946 0958',
    ])('reads a whole number %s the same in TypeScript and SQL', async (phone) => {
      const [{ key }] = await api.db.asSuperuser<{ key: string }>(`select phone_key($1) as key`, [phone]);
      expect(phoneDigits(phone)).toBe(key);
    });

    it.each([
      ['+7 900 111', '+7 900 111-22-33'],
      ['8 (900) 11', '8 (900) 111-22-33'],
      ['111-22-33', '+7 900 111-22-33'],
    ])('finds what %s begins among the stored digits of %s', async (typed, stored) => {
      const [{ key }] = await api.db.asSuperuser<{ key: string }>(`select phone_key($1) as key`, [stored]);
      expect(key).toContain(phoneDigits(typed));
    });
  });

  // last: it adds a person (erased in the end) to the organisation the other tests count
  describe('terms after a change', () => {
    it('finds a person by their new name and phone after a change, and not by the old ones', async () => {
      const response = await register({
        fullName: 'Временная Фамилия',
        contacts: { phone: '+7 901 000-00-01' },
      });
      const id = response.json().id;
      const changed = await api.app.inject({
        method: 'PATCH',
        url: `/api/v1/orgs/${org.orgId}/beneficiaries/${id}`,
        headers: bearer(org.accessToken),
        payload: { fullName: 'Постоянная Фамилия', contacts: { phone: '+7 902 000-00-02' } },
      });
      expect(changed.statusCode).toBe(200);
      expect(await found('Временная')).toEqual([]);
      expect(await found('9010000001')).toEqual([]);
      expect(await found('Постоянная')).toEqual(['Постоянная Фамилия']);
      expect(await found('902 000')).toEqual(['Постоянная Фамилия']);
      const erased = await api.app.inject({
        method: 'DELETE',
        url: `/api/v1/orgs/${org.orgId}/beneficiaries/${id}`,
        headers: bearer(org.accessToken),
      });
      expect(erased.statusCode).toBe(204);
      expect(await found('Постоянная')).toEqual([]);
      const [{ terms }] = await api.db.asSuperuser<{ terms: number }>(
        `select count(*)::int as terms from beneficiary_search_terms where beneficiary_id = $1`,
        [id],
      );
      expect(terms).toBe(0);
    });
  });
});
