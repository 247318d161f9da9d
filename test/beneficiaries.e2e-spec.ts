import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import { addMember, bearer, createApiKey, Member, registerOrg, RegisteredOrg } from './support/factories.js';

/**
 * The beneficiary register (API.md "Beneficiaries"): create, list and search, read, change, consents,
 * erasure and the subject access export; who may do which; and what reaches the audit log.
 */

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface Consent {
  id: string;
  scope: string;
  givenAt: string;
  withdrawnAt: string | null;
  createdAt: string;
}

interface Beneficiary {
  id: string;
  code: string;
  status: string;
  createdAt: string;
  fullName: string | null;
  birthDate: string | null;
  sex: string | null;
  regionCode: string | null;
  contacts: Record<string, string>;
  diagnoses: { system: string; code: string }[];
  notes: string | null;
  consents: Consent[];
  updatedAt: string;
  erasedAt: string | null;
}

interface AuditRow {
  action: string;
  actor_id: string | null;
  actor_kind: string;
  entity_type: string;
  entity_id: string | null;
  details: Record<string, unknown>;
}

const pastTime = '2026-01-15T10:00:00+03:00';

/** A full, valid body; `unique` keeps names apart between tests. */
function person(unique = randomUUID().slice(0, 8)): Record<string, unknown> {
  return {
    fullName: `Мария Иванова ${unique}`,
    birthDate: '2015-04-23',
    sex: 'female',
    regionCode: '48',
    contacts: {
      phone: '+7 900 123-45-67',
      email: `family-${unique}@example.org`,
      address: `Липецк, ул. Ленина, д. ${unique}`,
      guardianName: `Елена Иванова ${unique}`,
    },
    diagnoses: [
      { system: 'icd10', code: 'Q81.2' },
      { system: 'orpha', code: '5580137' },
    ],
    notes: `Нуждается в перевязках ежедневно ${unique}`,
    consents: [{ scope: 'care', givenAt: pastTime }],
  };
}

describe('beneficiaries', () => {
  let api: TestApi;
  let org: RegisteredOrg;
  let other: RegisteredOrg;
  let staff: Member;
  let viewer: Member;

  function call(token: string, method: Method, url: string, payload?: unknown) {
    return api.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: bearer(token),
      ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
    });
  }

  function path(target: RegisteredOrg, rest = ''): string {
    return `/orgs/${target.orgId}/beneficiaries${rest}`;
  }

  async function create(
    target: RegisteredOrg = org,
    body: Record<string, unknown> = person(),
    token = target.accessToken,
  ): Promise<Beneficiary> {
    const response = await call(token, 'POST', path(target), body);
    expect({ status: response.statusCode, body: response.json() }).toEqual({
      status: 201,
      body: expect.anything(),
    });
    return response.json();
  }

  async function read(id: string, target: RegisteredOrg = org): Promise<Beneficiary> {
    const response = await call(target.accessToken, 'GET', path(target, `/${id}`));
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  async function list(query: string, target: RegisteredOrg = org, token = target.accessToken) {
    const response = await call(token, 'GET', `${path(target)}?${query}`);
    expect(response.statusCode).toBe(200);
    return response.json() as {
      items: {
        id: string;
        code: string;
        status: string;
        createdAt: string;
        lastCareAt: string | null;
        fullName?: string | null;
        birthDate?: string | null;
      }[];
      nextCursor: string | null;
    };
  }

  /** Adds a case note or a follow-up through the api. */
  async function casework(
    target: RegisteredOrg,
    beneficiaryId: string,
    kind: 'notes' | 'follow-ups',
    body: Record<string, unknown>,
  ): Promise<Record<string, unknown> & { id: string; notedAt: string; updatedAt: string }> {
    const response = await call(target.accessToken, 'POST', path(target, `/${beneficiaryId}/${kind}`), body);
    expect({ status: response.statusCode, body: response.json() }).toEqual({
      status: 201,
      body: expect.anything(),
    });
    return response.json();
  }

  function fieldsOf(response: { json(): { errors?: { field: string }[] } }): string[] {
    return (response.json().errors ?? []).map((error) => error.field).sort();
  }

  function auditRows(orgId: string, entityId: string, action?: string): Promise<AuditRow[]> {
    return api.db.asSuperuser<AuditRow>(
      `select action, actor_id, actor_kind, entity_type, entity_id, details from audit_log
        where tenant_id = $1 and (entity_id = $2 or details->>'beneficiaryId' = $2::text)
          and ($3::text is null or action = $3)
        order by seq`,
      [orgId, entityId, action ?? null],
    );
  }

  /** The audit log of an organisation as text, every column of every row but the hex hashes. */
  async function auditText(orgId: string): Promise<string> {
    const rows = await api.db.asSuperuser<{ text: string }>(
      `select (to_jsonb(a) - 'hash' - 'prev_hash')::text as text from audit_log a where tenant_id = $1 order by seq`,
      [orgId],
    );
    return rows.map((row) => row.text).join('\n');
  }

  /** Care history written as superuser: an item, two events (one reversing the other), lines, needs, rollups. */
  async function seedCare(target: RegisteredOrg, beneficiaryId: string, day: string) {
    const [item] = await api.db.asSuperuser<{ id: string }>(
      `insert into items (tenant_id, id, sku, name, unit, category, default_unit_cost_kopecks)
       values ($1, gen_random_uuid(), $2, 'Мазь «Бепантен»', 'tube', 'medication', 45000) returning id`,
      [target.orgId, `OINT-${randomUUID().slice(0, 8)}`],
    );
    const [event] = await api.db.asSuperuser<{ id: string }>(
      `insert into care_events (tenant_id, id, beneficiary_id, occurred_at, kind, note)
       values ($1, gen_random_uuid(), $2, $3::date + time '12:00', 'delivery', 'выдача на месяц') returning id`,
      [target.orgId, beneficiaryId, day],
    );
    const [reversal] = await api.db.asSuperuser<{ id: string }>(
      `insert into care_events (tenant_id, id, beneficiary_id, occurred_at, kind, reverses_event_id, void_reason)
       values ($1, gen_random_uuid(), $2, $3::date + time '13:00', 'delivery', $4, 'ошибка в количестве') returning id`,
      [target.orgId, beneficiaryId, day, event.id],
    );
    await api.db.asSuperuser(
      `insert into care_lines (tenant_id, id, event_id, line_no, item_id, quantity, unit_cost_kopecks, cost_kopecks, category, funding_kind)
       values ($1, gen_random_uuid(), $2, 1, $4, 2.5, 45000, 112500, 'medication', 'unattributed'),
              ($1, gen_random_uuid(), $3, 1, $4, -2.5, 45000, -112500, 'medication', 'unattributed')`,
      [target.orgId, event.id, reversal.id, item.id],
    );
    const [need] = await api.db.asSuperuser<{ id: string }>(
      `insert into needs (tenant_id, id, beneficiary_id, item_id, quantity_per_month, valid_from)
       values ($1, gen_random_uuid(), $2, $3, 30, '2026-01-01') returning id`,
      [target.orgId, beneficiaryId, item.id],
    );
    await api.db.asSuperuser(
      `insert into care_daily_rollups (tenant_id, day, category, funding_kind, unit, quantity, spend_kopecks, events)
       values ($1, $2, 'medication', 'unattributed', 'tube', 0, 0, 0)`,
      [target.orgId, day],
    );
    await api.db.asSuperuser(
      `insert into care_monthly_beneficiary_rollups (tenant_id, month, beneficiary_id, statistics_consent, events, quantity, spend_kopecks, record_key)
       values ($1, date_trunc('month', $2::date)::date, $3, false, 0, 0, 0, 0)`,
      [target.orgId, day, beneficiaryId],
    );
    return { itemId: item.id, eventId: event.id, reversalId: reversal.id, needId: need.id };
  }

  /** Every care-history and rollup row of an organisation, as text, to compare before and after. */
  async function careSnapshot(orgId: string): Promise<Record<string, string[]>> {
    const snapshot: Record<string, string[]> = {};
    for (const table of [
      'care_events',
      'care_lines',
      'needs',
      'care_daily_rollups',
      'care_monthly_beneficiary_rollups',
    ]) {
      const rows = await api.db.asSuperuser<{ text: string }>(
        `select row_to_json(t)::text as text from ${table} t where tenant_id = $1 order by 1`,
        [orgId],
      );
      snapshot[table] = rows.map((row) => row.text);
    }
    return snapshot;
  }

  beforeAll(async () => {
    // Many requests from one address: the per-address rate limit is not what this suite is about.
    api = await startTestApi('beneficiaries', { RATE_LIMIT_PER_MINUTE: '100000' });
    org = await registerOrg(api.app, { regionCode: '48' });
    other = await registerOrg(api.app, { regionCode: '77' });
    staff = await addMember(api.app, org, 'staff');
    viewer = await addMember(api.app, org, 'viewer');
  });

  afterAll(() => api.close());

  describe('POST /orgs/{orgId}/beneficiaries', () => {
    it('registers a beneficiary with personal data and consents, and generates sequential codes', async () => {
      const fresh = await registerOrg(api.app);
      const body = person('create');
      const first = await create(fresh, body);
      expect(first).toEqual({
        id: expect.any(String),
        code: 'П-000001',
        status: 'active',
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        erasedAt: null,
        fullName: body.fullName,
        birthDate: '2015-04-23',
        sex: 'female',
        regionCode: '48',
        contacts: body.contacts,
        diagnoses: body.diagnoses,
        notes: body.notes,
        consents: [
          {
            id: expect.any(String),
            scope: 'care',
            givenAt: new Date(pastTime).toISOString(),
            withdrawnAt: null,
            createdAt: expect.any(String),
          },
        ],
      });
      const second = await create(fresh, { fullName: 'Пётр Сидоров' });
      expect(second).toMatchObject({
        code: 'П-000002',
        fullName: 'Пётр Сидоров',
        birthDate: null,
        sex: null,
        regionCode: null,
        contacts: {},
        diagnoses: [],
        notes: null,
        consents: [],
      });
      expect(await read(first.id, fresh)).toEqual(first);
    });

    it('gives distinct sequential codes to beneficiaries registered at the same moment', async () => {
      const fresh = await registerOrg(api.app);
      const created = await Promise.all(
        Array.from({ length: 8 }, (_, index) => create(fresh, { fullName: `Одновременный ${index}` })),
      );
      expect(created.map((beneficiary) => beneficiary.code).sort()).toEqual(
        Array.from({ length: 8 }, (_, index) => `П-00000${index + 1}`),
      );
    });

    it('keeps a given code, answers 409 naming code for a duplicate, and lets another organisation use it', async () => {
      const code = `ДР-${randomUUID().slice(0, 6)}`;
      const given = await create(org, { fullName: 'Анна Кузнецова', code });
      expect(given.code).toBe(code);

      const duplicate = await call(org.accessToken, 'POST', path(org), { fullName: 'Другой человек', code });
      expect(duplicate.statusCode).toBe(409);
      expect(duplicate.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(fieldsOf(duplicate)).toEqual(['code']);
      const [{ count }] = await api.db.asSuperuser<{ count: number }>(
        `select count(*)::int as count from beneficiaries where tenant_id = $1 and code = $2`,
        [org.orgId, code],
      );
      expect(count).toBe(1);

      expect((await create(other, { fullName: 'Анна Кузнецова', code })).code).toBe(code);
    });

    it('continues the generated sequence after a given code of the same form', async () => {
      const fresh = await registerOrg(api.app);
      await create(fresh, { fullName: 'Первый', code: 'П-000041' });
      expect((await create(fresh, { fullName: 'Второй' })).code).toBe('П-000042');
    });

    it('answers 400 naming every offending field, and registers nothing', async () => {
      const fresh = await registerOrg(api.app);
      const response = await call(fresh.accessToken, 'POST', path(fresh), {
        code: 'bad code with spaces',
        fullName: '',
        birthDate: '2999-01-01',
        sex: 'unknown',
        regionCode: '99',
        contacts: { phone: 'call me', email: 'not-an-email', twitter: '@someone' },
        diagnoses: [
          { system: 'icd10', code: '12345' },
          { system: 'orpha', code: 'ORPHA:79361' },
          { system: 'snomed', code: '1' },
        ],
        notes: 'x'.repeat(5001),
        consents: [{ scope: 'marketing', givenAt: 'yesterday' }],
        colour: 'blue',
      });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(fieldsOf(response)).toEqual(
        [
          'code',
          'fullName',
          'birthDate',
          'sex',
          'regionCode',
          'contacts.phone',
          'contacts.email',
          'contacts.twitter',
          'diagnoses[0].code',
          'diagnoses[1].code',
          'diagnoses[2].system',
          'notes',
          'consents[0].scope',
          'consents[0].givenAt',
          'colour',
        ].sort(),
      );
      const [{ count }] = await api.db.asSuperuser<{ count: number }>(
        `select count(*)::int as count from beneficiaries where tenant_id = $1`,
        [fresh.orgId],
      );
      expect(count).toBe(0);
    });

    it.each([
      ['fullName', { fullName: 'x'.repeat(301) }],
      ['fullName', { fullName: '   ' }],
      ['fullName', {}],
      ['birthDate', { fullName: 'Имя', birthDate: '2015-02-30' }],
      ['birthDate', { fullName: 'Имя', birthDate: '23.04.2015' }],
      [
        'diagnoses',
        {
          fullName: 'Имя',
          diagnoses: Array.from({ length: 51 }, () => ({ system: 'icd10', code: 'Q81.2' })),
        },
      ],
      ['contacts', { fullName: 'Имя', contacts: 'phone 123' }],
      [
        'consents[0].givenAt',
        { fullName: 'Имя', consents: [{ scope: 'care', givenAt: '2999-01-01T00:00:00Z' }] },
      ],
      [
        'consents[0].givenAt',
        { fullName: 'Имя', consents: [{ scope: 'care', givenAt: '2026-01-15T10:00:00' }] },
      ],
      [
        'consents[1].scope',
        {
          fullName: 'Имя',
          consents: [
            { scope: 'care', givenAt: pastTime },
            { scope: 'care', givenAt: pastTime },
          ],
        },
      ],
    ])('answers 400 naming %s for %j', async (field, body) => {
      const response = await call(org.accessToken, 'POST', path(org), body);
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response)).toEqual([field]);
    });

    it('lets staff and an API key register, and refuses a viewer with 403', async () => {
      await create(org, { fullName: 'От сотрудника' }, staff.accessToken);
      const key = await createApiKey(api.app, org);
      const byKey = await api.app.inject({
        method: 'POST',
        url: `/api/v1${path(org)}`,
        headers: { 'x-api-key': key },
        payload: { fullName: 'Из интеграции' },
      });
      expect(byKey.statusCode).toBe(201);

      const name = `Не должен появиться ${randomUUID()}`;
      const refused = await call(viewer.accessToken, 'POST', path(org), { fullName: name });
      expect(refused.statusCode).toBe(403);
      expect((await list(`q=${encodeURIComponent(name)}`)).items).toEqual([]);
    });

    it('answers 404 to a member of another organisation', async () => {
      const response = await call(other.accessToken, 'POST', path(org), { fullName: 'Чужой' });
      expect(response.statusCode).toBe(404);
    });

    it('writes ids and field names to the audit log, never personal data', async () => {
      const body = person('audited');
      const created = await create(org, body, staff.accessToken);
      const rows = await auditRows(org.orgId, created.id);
      expect(rows).toEqual([
        {
          action: 'beneficiary.created',
          actor_id: staff.userId,
          actor_kind: 'user',
          entity_type: 'beneficiary',
          entity_id: created.id,
          details: {
            code: created.code,
            fields: ['fullName', 'birthDate', 'sex', 'regionCode', 'contacts', 'diagnoses', 'notes'],
          },
        },
        {
          action: 'consent.given',
          actor_id: staff.userId,
          actor_kind: 'user',
          entity_type: 'consent',
          entity_id: created.consents[0].id,
          details: { beneficiaryId: created.id, scope: 'care' },
        },
      ]);
    });
  });

  describe('GET /orgs/{orgId}/beneficiaries', () => {
    let fresh: RegisteredOrg;
    let people: Beneficiary[];

    beforeAll(async () => {
      fresh = await registerOrg(api.app);
      people = [];
      for (const fullName of [
        'Алексей Ёлкин',
        'Борис Смирнов',
        'Вера Смирнова',
        'Галина Петрова',
        'Дмитрий Орлов',
      ])
        people.push(await create(fresh, { fullName, birthDate: '2010-01-01' }));
      const inactive = await call(fresh.accessToken, 'PATCH', path(fresh, `/${people[4].id}`), {
        status: 'inactive',
      });
      expect(inactive.statusCode).toBe(200);
    });

    it('shows a viewer pseudonymous rows only: id, code, status, createdAt and lastCareAt, never a name', async () => {
      const viewerOfFresh = await addMember(api.app, fresh, 'viewer');
      const auditBefore = await auditText(fresh.orgId);
      const response = await list('', fresh, viewerOfFresh.accessToken);
      expect(response.nextCursor).toBeNull();
      expect(response.items.map((item) => item.code)).toEqual(people.map((beneficiary) => beneficiary.code));
      for (const item of response.items)
        expect(Object.keys(item).sort()).toEqual(['code', 'createdAt', 'id', 'lastCareAt', 'status']);
      expect(JSON.stringify(response)).not.toMatch(/Смирнов|2010-01-01/);
      // no personal data shown, so no read to audit
      expect(await auditText(fresh.orgId)).toBe(auditBefore);
    });

    it('pages with limit and cursor without repeating or skipping a row', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = await list(`limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, fresh);
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor && pages < 10);
      expect(pages).toBe(3);
      expect(seen).toEqual(people.map((beneficiary) => beneficiary.id));
    });

    it('finds by part of the name, ignoring case and ё', async () => {
      const byName = await list(`q=${encodeURIComponent('смирнов')}`, fresh);
      expect(byName.items.map((item) => item.id)).toEqual([people[1].id, people[2].id]);
      const byYo = await list(`q=${encodeURIComponent('елкин')}`, fresh);
      expect(byYo.items.map((item) => item.id)).toEqual([people[0].id]);
    });

    it('finds by code, ignoring case', async () => {
      const byCode = await list(`q=${encodeURIComponent(people[2].code.toLowerCase())}`, fresh);
      expect(byCode.items.map((item) => item.id)).toEqual([people[2].id]);
    });

    it('filters by status, also together with a search', async () => {
      expect((await list('status=inactive', fresh)).items.map((item) => item.id)).toEqual([people[4].id]);
      expect((await list('status=active', fresh)).items).toHaveLength(4);
      expect((await list(`status=inactive&q=${encodeURIComponent('смирнов')}`, fresh)).items).toEqual([]);
    });

    it('treats % and _ in a search as plain characters', async () => {
      expect((await list(`q=${encodeURIComponent('%')}`, fresh)).items).toEqual([]);
      expect((await list(`q=${encodeURIComponent('_')}`, fresh)).items).toEqual([]);
    });

    it('shows another organisation none of these beneficiaries', async () => {
      const theirs = await list(`q=${encodeURIComponent('смирнов')}`, other);
      expect(theirs.items.map((item) => item.id)).not.toEqual(expect.arrayContaining([people[1].id]));
      const refused = await call(other.accessToken, 'GET', path(fresh));
      expect(refused.statusCode).toBe(404);
    });

    it.each([
      ['status', 'status=deleted'],
      ['limit', 'limit=0'],
      ['limit', 'limit=201'],
      ['cursor', 'cursor=bm90LWpzb24'],
      ['q', 'q='],
    ])('answers 400 naming %s for ?%s', async (field, query) => {
      const response = await call(fresh.accessToken, 'GET', `${path(fresh)}?${query}`);
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response)).toEqual([field]);
    });
  });

  describe('GET /orgs/{orgId}/beneficiaries/{id}', () => {
    it('answers the full record to staff and admins, and audits each read once, naming the reader', async () => {
      const created = await create(org);
      for (const reader of [staff, org]) {
        const response = await call(reader.accessToken, 'GET', path(org, `/${created.id}`));
        expect(response.statusCode).toBe(200);
        expect(response.json()).toEqual(created);
      }
      const reads = await auditRows(org.orgId, created.id, 'beneficiary.personal_data_read');
      expect(reads).toEqual([
        {
          action: 'beneficiary.personal_data_read',
          actor_id: staff.userId,
          actor_kind: 'user',
          entity_type: 'beneficiary',
          entity_id: created.id,
          details: { via: 'view' },
        },
        expect.objectContaining({ actor_id: org.adminId, entity_id: created.id }),
      ]);
    });

    it('answers a viewer the record without personal data, and that read reads none', async () => {
      const created = await create(org);
      const response = await call(viewer.accessToken, 'GET', path(org, `/${created.id}`));
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        ...created,
        fullName: null,
        birthDate: null,
        sex: null,
        regionCode: null,
        contacts: {},
        diagnoses: [],
        notes: null,
      });
      expect(JSON.stringify(response.json())).not.toContain(created.fullName);
      expect(await auditRows(org.orgId, created.id, 'beneficiary.personal_data_read')).toEqual([]);
    });

    it('answers another organisation’s beneficiary exactly as one that does not exist, and audits nothing', async () => {
      const theirs = await create(other);
      const [foreign, missing] = await Promise.all(
        [theirs.id, randomUUID()].map((id) => call(org.accessToken, 'GET', path(org, `/${id}`))),
      );
      expect(foreign.statusCode).toBe(404);
      expect(missing.statusCode).toBe(404);
      expect(foreign.json()).toEqual(missing.json());
      expect(await auditRows(other.orgId, theirs.id, 'beneficiary.personal_data_read')).toEqual([]);
      expect(await auditRows(org.orgId, theirs.id)).toEqual([]);
    });

    it('answers 400 naming beneficiaryId for a malformed id', async () => {
      const response = await call(org.accessToken, 'GET', path(org, '/not-a-uuid'));
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response)).toEqual(['beneficiaryId']);
    });

    it('answers 401 without credentials', async () => {
      const created = await create(org);
      const response = await api.app.inject({ method: 'GET', url: `/api/v1${path(org, `/${created.id}`)}` });
      expect(response.statusCode).toBe(401);
    });
  });

  describe('PATCH /orgs/{orgId}/beneficiaries/{id}', () => {
    it('changes only the given fields, clears a field given as null, and audits the field names', async () => {
      const created = await create(org, person('patch'), staff.accessToken);
      const response = await call(staff.accessToken, 'PATCH', path(org, `/${created.id}`), {
        fullName: 'Мария Петровна Иванова',
        birthDate: null,
        diagnoses: [{ system: 'icd10', code: 'L40.0' }],
        contacts: { phone: '+7 900 000-00-00' },
        status: 'inactive',
      });
      expect(response.statusCode).toBe(200);
      const expected = {
        ...created,
        fullName: 'Мария Петровна Иванова',
        birthDate: null,
        diagnoses: [{ system: 'icd10', code: 'L40.0' }],
        contacts: { phone: '+7 900 000-00-00' },
        status: 'inactive',
        updatedAt: expect.any(String),
      };
      expect(response.json()).toEqual(expected);
      expect(await read(created.id)).toEqual(expected);

      const updates = await auditRows(org.orgId, created.id, 'beneficiary.updated');
      expect(updates).toEqual([
        expect.objectContaining({
          actor_id: staff.userId,
          details: { fields: ['birthDate', 'contacts', 'diagnoses', 'fullName', 'status'] },
        }),
      ]);
    });

    it('answers 400 naming every offending field, and changes nothing', async () => {
      const created = await create(org);
      const response = await call(org.accessToken, 'PATCH', path(org, `/${created.id}`), {
        fullName: null,
        contacts: null,
        diagnoses: [{ system: 'icd10', code: 'q81.2' }],
        sex: 'other',
        regionCode: '00',
        status: 'erased',
        code: 'NEW-1',
      });
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response)).toEqual(
        ['code', 'contacts', 'diagnoses[0].code', 'fullName', 'regionCode', 'sex', 'status'].sort(),
      );
      expect(await read(created.id)).toEqual(created);
    });

    it('refuses a viewer with 403 and another organisation with 404, and changes nothing', async () => {
      const created = await create(org);
      const byViewer = await call(viewer.accessToken, 'PATCH', path(org, `/${created.id}`), {
        notes: 'чужая правка',
      });
      expect(byViewer.statusCode).toBe(403);
      const asOther = await call(other.accessToken, 'PATCH', path(other, `/${created.id}`), {
        notes: 'чужая правка',
      });
      expect(asOther.statusCode).toBe(404);
      const viaOurs = await call(other.accessToken, 'PATCH', path(org, `/${created.id}`), {
        notes: 'чужая правка',
      });
      expect(viaOurs.statusCode).toBe(404);
      expect((await read(created.id)).notes).toBe(created.notes);
      expect(await auditRows(org.orgId, created.id, 'beneficiary.updated')).toEqual([]);
    });
  });

  describe('consents', () => {
    it('records, withdraws once and keeps the history', async () => {
      const created = await create(org, { fullName: 'Согласие Тестовое' });
      const given = await call(staff.accessToken, 'POST', path(org, `/${created.id}/consents`), {
        scope: 'statistics',
        givenAt: pastTime,
      });
      expect(given.statusCode).toBe(201);
      const consent: Consent = given.json();
      expect(consent).toEqual({
        id: expect.any(String),
        scope: 'statistics',
        givenAt: new Date(pastTime).toISOString(),
        withdrawnAt: null,
        createdAt: expect.any(String),
      });

      const again = await call(staff.accessToken, 'POST', path(org, `/${created.id}/consents`), {
        scope: 'statistics',
        givenAt: pastTime,
      });
      expect(again.statusCode).toBe(409);
      expect(fieldsOf(again)).toEqual(['scope']);

      const withdrawn = await call(
        staff.accessToken,
        'POST',
        path(org, `/${created.id}/consents/${consent.id}/withdraw`),
      );
      expect(withdrawn.statusCode).toBe(200);
      expect(withdrawn.json()).toEqual({ ...consent, withdrawnAt: expect.any(String) });

      const twice = await call(
        staff.accessToken,
        'POST',
        path(org, `/${created.id}/consents/${consent.id}/withdraw`),
      );
      expect(twice.statusCode).toBe(409);

      const renewed = await call(staff.accessToken, 'POST', path(org, `/${created.id}/consents`), {
        scope: 'statistics',
        givenAt: new Date().toISOString(),
      });
      expect(renewed.statusCode).toBe(201);

      const history = (await read(created.id)).consents;
      expect(history).toEqual([
        { ...consent, withdrawnAt: withdrawn.json().withdrawnAt },
        { ...renewed.json() },
      ]);
      expect((await auditRows(org.orgId, created.id)).map((row) => row.action)).toEqual(
        expect.arrayContaining(['consent.given', 'consent.withdrawn', 'consent.given']),
      );
      const withdrawal = (await auditRows(org.orgId, created.id, 'consent.withdrawn'))[0];
      expect(withdrawal).toEqual({
        action: 'consent.withdrawn',
        actor_id: staff.userId,
        actor_kind: 'user',
        entity_type: 'consent',
        entity_id: consent.id,
        details: { beneficiaryId: created.id, scope: 'statistics' },
      });
    });

    it('answers 400 naming scope and givenAt for a bad consent', async () => {
      const created = await create(org);
      const response = await call(org.accessToken, 'POST', path(org, `/${created.id}/consents`), {
        scope: 'everything',
        givenAt: '2999-01-01T00:00:00+03:00',
        note: 'x',
      });
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response)).toEqual(['givenAt', 'note', 'scope']);
    });

    it('answers 404 for a consent of another beneficiary or organisation, and 403 to a viewer', async () => {
      const mine = await create(org);
      const sibling = await create(org);
      const theirs = await create(other);
      const siblingConsent = sibling.consents[0].id;
      const theirConsent = theirs.consents[0].id;

      const cases: [string, string, number][] = [
        [org.accessToken, path(org, `/${mine.id}/consents/${siblingConsent}/withdraw`), 404],
        [org.accessToken, path(org, `/${mine.id}/consents/${theirConsent}/withdraw`), 404],
        [org.accessToken, path(org, `/${theirs.id}/consents/${theirConsent}/withdraw`), 404],
        [org.accessToken, path(org, `/${theirs.id}/consents`), 404],
        [viewer.accessToken, path(org, `/${mine.id}/consents/${mine.consents[0].id}/withdraw`), 403],
        [viewer.accessToken, path(org, `/${mine.id}/consents`), 403],
      ];
      for (const [token, url, status] of cases) {
        const payload = url.endsWith('/consents') ? { scope: 'publication', givenAt: pastTime } : undefined;
        const response = await call(token, 'POST', url, payload);
        expect({ url, status: response.statusCode }).toEqual({ url, status });
      }
      expect((await read(sibling.id)).consents[0].withdrawnAt).toBeNull();
      expect((await read(theirs.id, other)).consents).toEqual(theirs.consents);
      expect((await read(mine.id)).consents).toEqual(mine.consents);
    });

    it('answers 400 naming consentId for a malformed id', async () => {
      const created = await create(org);
      const response = await call(
        org.accessToken,
        'POST',
        path(org, `/${created.id}/consents/nope/withdraw`),
      );
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response)).toEqual(['consentId']);
    });
  });

  describe('GET /orgs/{orgId}/beneficiaries/{id}/export', () => {
    it('holds everything of the person and nothing of anyone else, and is audited', async () => {
      const fresh = await registerOrg(api.app);
      const body = person('export');
      const subject = await create(fresh, body);
      const neighbour = await create(fresh, person('neighbour'));
      const care = await seedCare(fresh, subject.id, '2026-02-10');
      const neighbourCare = await seedCare(fresh, neighbour.id, '2026-02-11');
      const note = await casework(fresh, subject.id, 'notes', { text: 'Первая запись о звонке' });
      const edited = await call(fresh.accessToken, 'PUT', path(fresh, `/${subject.id}/notes/${note.id}`), {
        text: 'Исправленная запись о звонке',
      });
      expect(edited.statusCode).toBe(200);
      const followUp = await casework(fresh, subject.id, 'follow-ups', {
        text: 'Перезвонить маме',
        dueOn: '2026-12-01',
        assigneeId: fresh.adminId,
      });
      const neighbourNote = await casework(fresh, neighbour.id, 'notes', { text: 'Запись соседа' });

      const response = await call(fresh.accessToken, 'GET', path(fresh, `/${subject.id}/export`));
      expect(response.statusCode).toBe(200);
      const exported = response.json();
      expect(exported).toEqual({
        exportedAt: expect.any(String),
        beneficiary: {
          id: subject.id,
          code: subject.code,
          status: 'active',
          createdAt: subject.createdAt,
          updatedAt: subject.updatedAt,
          erasedAt: null,
        },
        personalData: {
          fullName: body.fullName,
          birthDate: '2015-04-23',
          sex: 'female',
          regionCode: '48',
          contacts: body.contacts,
          diagnoses: body.diagnoses,
          notes: body.notes,
          updatedAt: expect.any(String),
        },
        consents: subject.consents,
        careEvents: [
          {
            id: care.eventId,
            occurredAt: expect.stringMatching(/^2026-02-10T/),
            kind: 'delivery',
            note: 'выдача на месяц',
            reversesEventId: null,
            voidReason: null,
            createdAt: expect.any(String),
            lines: [
              {
                id: expect.any(String),
                lineNo: 1,
                itemId: care.itemId,
                itemSku: expect.stringMatching(/^OINT-/),
                itemName: 'Мазь «Бепантен»',
                unit: 'tube',
                quantity: 2.5,
                unitCostKopecks: 45000,
                costKopecks: 112500,
                fundingSourceId: null,
              },
            ],
          },
          expect.objectContaining({
            id: care.reversalId,
            reversesEventId: care.eventId,
            voidReason: 'ошибка в количестве',
            lines: [expect.objectContaining({ quantity: -2.5, costKopecks: -112500 })],
          }),
        ],
        needs: [
          {
            id: care.needId,
            itemId: care.itemId,
            itemName: 'Мазь «Бепантен»',
            unit: 'tube',
            quantityPerMonth: 30,
            validFrom: '2026-01-01',
            validTo: null,
          },
        ],
        caseNotes: [
          {
            ...note,
            text: 'Исправленная запись о звонке',
            version: 2,
            updatedAt: expect.any(String),
            previousVersions: [
              {
                version: 1,
                text: 'Первая запись о звонке',
                notedAt: note.notedAt,
                writtenBy: { kind: 'user', id: fresh.adminId },
                writtenAt: note.updatedAt,
              },
            ],
          },
        ],
        followUps: [followUp],
      });
      const text = response.body;
      for (const foreign of [
        neighbour.id,
        neighbour.code,
        neighbour.fullName as string,
        neighbour.contacts.email,
        neighbour.consents[0].id,
        neighbourCare.eventId,
        neighbourCare.reversalId,
        neighbourCare.needId,
        neighbourNote.id,
        'Запись соседа',
      ])
        expect(text).not.toContain(foreign);

      const rows = await auditRows(fresh.orgId, subject.id);
      expect(rows.slice(-2)).toEqual([
        expect.objectContaining({
          action: 'beneficiary.personal_data_read',
          actor_id: fresh.adminId,
          entity_id: subject.id,
          details: { via: 'export' },
        }),
        expect.objectContaining({
          action: 'beneficiary.exported',
          actor_id: fresh.adminId,
          entity_id: subject.id,
          details: { careEvents: 2, consents: 1, needs: 1, caseNotes: 1, followUps: 1 },
        }),
      ]);
      expect(await auditRows(fresh.orgId, subject.id, 'beneficiary.personal_data_read')).toHaveLength(1);
    });

    it('is for admins only: staff and viewers get 403, another organisation 404', async () => {
      const created = await create(org);
      for (const [token, status] of [
        [staff.accessToken, 403],
        [viewer.accessToken, 403],
        [other.accessToken, 404],
      ] as const) {
        const response = await call(token, 'GET', path(org, `/${created.id}/export`));
        expect(response.statusCode).toBe(status);
      }
      const viaTheirs = await call(other.accessToken, 'GET', path(other, `/${created.id}/export`));
      expect(viaTheirs.statusCode).toBe(404);
      expect(await auditRows(org.orgId, created.id, 'beneficiary.personal_data_read')).toEqual([]);
    });
  });

  describe('DELETE /orgs/{orgId}/beneficiaries/{id} (erasure)', () => {
    it('is for admins only: staff and viewers get 403, another organisation 404, and nothing is erased', async () => {
      const created = await create(org);
      for (const [token, url, status] of [
        [staff.accessToken, path(org, `/${created.id}`), 403],
        [viewer.accessToken, path(org, `/${created.id}`), 403],
        [other.accessToken, path(org, `/${created.id}`), 404],
        [other.accessToken, path(other, `/${created.id}`), 404],
      ] as const) {
        const response = await call(token, 'DELETE', url);
        expect({ url, status: response.statusCode }).toEqual({ url, status });
      }
      expect(await read(created.id)).toEqual(created);
    });

    it('removes every personal field for good and keeps the code and the care history', async () => {
      const fresh = await registerOrg(api.app);
      const body = person('erased');
      const subject = await create(fresh, body);
      const neighbour = await create(fresh, person('stays'));
      await seedCare(fresh, subject.id, '2026-03-02');
      await seedCare(fresh, neighbour.id, '2026-03-03');
      const note = await casework(fresh, subject.id, 'notes', { text: 'Запись до удаления' });
      await call(fresh.accessToken, 'PUT', path(fresh, `/${subject.id}/notes/${note.id}`), {
        text: 'Правка до удаления',
      });
      await casework(fresh, subject.id, 'follow-ups', {
        text: 'Задача до удаления',
        dueOn: '2026-12-01',
        assigneeId: fresh.adminId,
      });
      const neighbourNote = await casework(fresh, neighbour.id, 'notes', { text: 'Запись соседа остаётся' });
      // reads and a change before erasure put rows about the person into the audit log
      await read(subject.id, fresh);
      const patched = await call(fresh.accessToken, 'PATCH', path(fresh, `/${subject.id}`), {
        notes: `${body.notes} (2)`,
      });
      expect(patched.statusCode).toBe(200);
      const careBefore = await careSnapshot(fresh.orgId);

      const erased = await call(fresh.accessToken, 'DELETE', path(fresh, `/${subject.id}`));
      expect(erased.statusCode).toBe(204);
      expect(erased.body).toBe('');

      // through the api: get, list, search, export
      const after = await read(subject.id, fresh);
      expect(after).toEqual({
        ...subject,
        status: 'erased',
        erasedAt: expect.any(String),
        updatedAt: expect.any(String),
        fullName: null,
        birthDate: null,
        sex: null,
        regionCode: null,
        contacts: {},
        diagnoses: [],
        notes: null,
        consents: [{ ...subject.consents[0], withdrawnAt: expect.any(String) }],
      });
      const listed = await list('', fresh);
      expect(listed.items).toContainEqual({
        id: subject.id,
        code: subject.code,
        status: 'erased',
        createdAt: subject.createdAt,
        lastCareAt: null,
        fullName: null,
        birthDate: null,
      });
      expect((await list(`q=${encodeURIComponent(body.fullName as string)}`, fresh)).items).toEqual([]);
      expect((await list(`q=${encodeURIComponent('erased')}`, fresh)).items).toEqual([]);
      expect(
        (await list(`q=${encodeURIComponent(subject.code)}`, fresh)).items.map((item) => item.id),
      ).toEqual([subject.id]);
      const exported = await call(fresh.accessToken, 'GET', path(fresh, `/${subject.id}/export`));
      expect(exported.statusCode).toBe(200);
      expect(exported.json()).toMatchObject({
        beneficiary: { id: subject.id, code: subject.code, status: 'erased' },
        personalData: null,
      });
      expect(exported.json().careEvents).toHaveLength(2);
      expect(exported.json()).toMatchObject({ caseNotes: [], followUps: [] });
      const notesAfter = await call(fresh.accessToken, 'GET', path(fresh, `/${subject.id}/notes`));
      expect(notesAfter.json()).toEqual([]);

      const personalValues = [
        body.fullName as string,
        '2015-04-23',
        ...Object.values(body.contacts as Record<string, string>),
        'Q81.2',
        '5580137',
        body.notes as string,
        'Запись до удаления',
        'Правка до удаления',
        'Задача до удаления',
      ];
      const subjectListed = listed.items.filter((item) => item.id === subject.id);
      const everythingServed = [JSON.stringify(after), JSON.stringify(subjectListed), exported.body].join(
        '\n',
      );
      for (const value of personalValues) expect(everythingServed).not.toContain(value);

      // in the database, as superuser
      expect(
        await api.db.asSuperuser(
          `select 1 from beneficiary_personal_data where tenant_id = $1 and beneficiary_id = $2`,
          [fresh.orgId, subject.id],
        ),
      ).toHaveLength(0);
      for (const table of ['case_notes', 'follow_ups', 'beneficiary_search_terms'])
        expect({
          table,
          rows: await api.db.asSuperuser(
            `select * from ${table} where tenant_id = $1 and beneficiary_id = $2`,
            [fresh.orgId, subject.id],
          ),
        }).toEqual({ table, rows: [] });
      expect(
        await api.db.asSuperuser(`select * from case_note_versions where note_id = $1`, [note.id]),
      ).toEqual([]);
      const [row] = await api.db.asSuperuser<{ code: string; status: string; erased_at: Date | null }>(
        `select code, status, erased_at from beneficiaries where tenant_id = $1 and id = $2`,
        [fresh.orgId, subject.id],
      );
      expect(row).toEqual({ code: subject.code, status: 'erased', erased_at: expect.any(Date) });
      const audit = await auditText(fresh.orgId);
      for (const value of personalValues) expect(audit).not.toContain(value);
      expect(await careSnapshot(fresh.orgId)).toEqual(careBefore);
      expect(careBefore.care_events).toHaveLength(4);
      expect(careBefore.care_monthly_beneficiary_rollups).toHaveLength(2);

      // the neighbour is untouched
      expect((await read(neighbour.id, fresh)).fullName).toBe(neighbour.fullName);
      const neighbourNotes = await call(fresh.accessToken, 'GET', path(fresh, `/${neighbour.id}/notes`));
      expect(neighbourNotes.json()).toEqual([neighbourNote]);

      const logged = await auditRows(fresh.orgId, subject.id, 'beneficiary.erased');
      expect(logged).toEqual([
        {
          action: 'beneficiary.erased',
          actor_id: fresh.adminId,
          actor_kind: 'user',
          entity_type: 'beneficiary',
          entity_id: subject.id,
          details: { code: subject.code, caseNotes: 1, followUps: 1 },
        },
      ]);
    });

    it('refuses changes and new consents after erasure with 409, and erasing again changes nothing', async () => {
      const created = await create(org);
      expect((await call(org.accessToken, 'DELETE', path(org, `/${created.id}`))).statusCode).toBe(204);

      const patch = await call(org.accessToken, 'PATCH', path(org, `/${created.id}`), { fullName: 'Снова' });
      expect(patch.statusCode).toBe(409);
      const status = await call(org.accessToken, 'PATCH', path(org, `/${created.id}`), { status: 'active' });
      expect(status.statusCode).toBe(409);
      const consent = await call(org.accessToken, 'POST', path(org, `/${created.id}/consents`), {
        scope: 'care',
        givenAt: pastTime,
      });
      expect(consent.statusCode).toBe(409);
      const withdraw = await call(
        org.accessToken,
        'POST',
        path(org, `/${created.id}/consents/${created.consents[0].id}/withdraw`),
      );
      expect(withdraw.statusCode).toBe(409);

      expect((await call(org.accessToken, 'DELETE', path(org, `/${created.id}`))).statusCode).toBe(204);
      expect(await auditRows(org.orgId, created.id, 'beneficiary.erased')).toHaveLength(1);
      expect(
        await api.db.asSuperuser(`select 1 from beneficiary_personal_data where beneficiary_id = $1`, [
          created.id,
        ]),
      ).toHaveLength(0);
    });
  });

  it('never writes personal data to the audit log', async () => {
    const body = person('never-audited');
    const created = await create(org, body, staff.accessToken);
    await read(created.id);
    await call(staff.accessToken, 'PATCH', path(org, `/${created.id}`), {
      fullName: 'Новое Имя Никогда',
      notes: 'секретная заметка никогда',
    });
    await call(org.accessToken, 'GET', path(org, `/${created.id}/export`));
    await call(org.accessToken, 'DELETE', path(org, `/${created.id}`));
    const audit = await auditText(org.orgId);
    for (const value of [
      body.fullName as string,
      'Новое Имя Никогда',
      'секретная заметка никогда',
      '2015-04-23',
      '+7 900 123-45-67',
      ...Object.values(body.contacts as Record<string, string>),
      'Q81.2',
      '5580137',
      body.notes as string,
    ])
      expect(audit).not.toContain(value);
    expect((await auditRows(org.orgId, created.id)).map((row) => row.action)).toEqual([
      'beneficiary.created',
      'consent.given',
      'beneficiary.personal_data_read',
      'beneficiary.updated',
      'beneficiary.personal_data_read',
      'beneficiary.personal_data_read',
      'beneficiary.exported',
      'beneficiary.erased',
    ]);
  });
});
