import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import { CareFixtures } from './support/care-fixtures.js';
import { addMember, bearer, Member, RegisteredOrg, registerOrg } from './support/factories.js';

/**
 * Issue 16, item 11 for the refusals of issue 16's own features: each is said by the message catalogue,
 * in English by default and in Russian with `Accept-Language: ru` — the detail and every field message,
 * not only the title. The values a message names (codes, dates, quantities) are Latin or digits here, so
 * any Cyrillic in an answer comes from the catalogue.
 */

interface Problem {
  title: string;
  status: number;
  detail: string;
  errors?: { field: string; message: string }[];
}

interface Refusal {
  method: 'POST' | 'PUT' | 'PATCH' | 'GET';
  path: string;
  payload?: object;
  token?: string;
}

const cyrillic = /[А-Яа-яЁё]/;

describe('issue 16 refusals in English and Russian', () => {
  let api: TestApi;
  let org: RegisteredOrg;
  let suspended: RegisteredOrg;
  let colleague: Member;
  let fixtures: CareFixtures;

  beforeAll(async () => {
    api = await startTestApi('messages_ru', { RATE_LIMIT_PER_MINUTE: '100000' });
    org = await registerOrg(api.app);
    suspended = await registerOrg(api.app);
    colleague = await addMember(api.app, org, 'staff');
    fixtures = new CareFixtures(api.db, org.orgId);
  });

  afterAll(() => api.close());

  function send(refusal: Refusal, language?: string) {
    return api.app.inject({
      method: refusal.method,
      url: `/api/v1/orgs/${refusal.path.startsWith('/') ? `${org.orgId}${refusal.path}` : refusal.path}`,
      headers: {
        ...bearer(refusal.token ?? org.accessToken),
        ...(refusal.method === 'POST' ? { 'idempotency-key': randomUUID() } : {}),
        ...(language ? { 'accept-language': language } : {}),
      },
      ...(refusal.payload ? { payload: refusal.payload } : {}),
    });
  }

  /** Sends the refusal in English and in Russian and checks both answers; answers the English one. */
  async function expectBothLanguages(refusal: Refusal, status: number): Promise<Problem> {
    const english = await send(refusal);
    const russian = await send(refusal, 'ru-RU,ru;q=0.9,en;q=0.5');
    expect([english.statusCode, russian.statusCode]).toEqual([status, status]);
    const en = english.json<Problem>();
    const ru = russian.json<Problem>();
    expect(en.detail).not.toMatch(cyrillic);
    for (const error of en.errors ?? []) expect(error.message).not.toMatch(cyrillic);
    expect(ru.title).toMatch(cyrillic);
    expect(ru.detail).toMatch(cyrillic);
    expect(ru.detail).not.toBe(en.detail);
    expect(ru.errors?.map((error) => error.field)).toEqual(en.errors?.map((error) => error.field));
    for (const error of ru.errors ?? []) expect(error.message).toMatch(cyrillic);
    return en;
  }

  async function person(code: string, consents: object[] = []): Promise<string> {
    const created = await send({
      method: 'POST',
      path: '/beneficiaries',
      payload: { code, fullName: `Person ${code}`, birthDate: '1990-05-05', consents },
    });
    expect(created.statusCode).toBe(201);
    return created.json<{ id: string }>().id;
  }

  const consented = (code: string) => person(code, [{ scope: 'care', givenAt: '2020-01-01T00:00:00Z' }]);

  const issue = (beneficiaryId: string, itemId: string, occurredAt: string, fundingSourceId?: string) => ({
    method: 'POST' as const,
    path: '/care-events',
    payload: {
      beneficiaryId,
      occurredAt,
      kind: 'delivery',
      lines: [{ itemId, quantity: 1, ...(fundingSourceId ? { fundingSourceId } : {}) }],
    },
  });

  it('says a stock shortage, naming the line and what is in stock', async () => {
    const itemId = await fixtures.item();
    const en = await expectBothLanguages(
      issue(await consented('MSG-STOCK'), itemId, '2026-10-01T09:00:00Z'),
      409,
    );
    expect(en.errors).toEqual([{ field: 'lines[0].quantity', message: 'only 0 in stock' }]);
  });

  it('says a backdated shortage, naming the line, the date and the balance then', async () => {
    const itemId = await fixtures.item();
    await fixtures.receive(itemId, 5, 45000, '2026-10-10T09:00:00Z');
    const en = await expectBothLanguages(
      issue(await consented('MSG-THEN'), itemId, '2026-10-01T09:00:00Z'),
      409,
    );
    expect(en.errors).toEqual([
      { field: 'lines[0].quantity', message: 'only 0 in stock on 2026-10-01T09:00:00.000Z' },
    ]);
  });

  it('says care without a care consent, naming the code', async () => {
    const itemId = await fixtures.item();
    await fixtures.receive(itemId, 5);
    const en = await expectBothLanguages(
      issue(await person('MSG-NOCONSENT'), itemId, '2026-10-01T09:00:00Z'),
      409,
    );
    expect(en.detail).toMatch(/^beneficiaryId: MSG-NOCONSENT has no care consent in force at 2026-10-01/);
  });

  it('says a line funded outside its funding source’s period', async () => {
    const itemId = await fixtures.item();
    await fixtures.receive(itemId, 5);
    const grant = await send({
      method: 'POST',
      path: '/funding-sources',
      payload: {
        name: 'Grant 2026',
        funderName: 'Presidential grants fund',
        kind: 'presidential_grant',
        periodFrom: '2026-10-01',
        periodTo: '2026-10-31',
      },
    });
    expect(grant.statusCode).toBe(201);
    const beneficiaryId = await consented('MSG-FUNDING');
    const en = await expectBothLanguages(
      issue(beneficiaryId, itemId, '2026-11-15T09:00:00Z', grant.json<{ id: string }>().id),
      409,
    );
    expect(en.errors?.map((error) => error.field)).toEqual(['lines[0].fundingSourceId']);
  });

  it('says a taken sku, an item of another organisation and a stocked item that may not become a service', async () => {
    const item = {
      sku: 'MSG-SKU',
      name: 'Ointment',
      unit: 'tube',
      category: 'medication',
      defaultUnitCostKopecks: 100,
    };
    const created = await send({ method: 'POST', path: '/items', payload: item });
    expect(created.statusCode).toBe(201);
    const itemId = created.json<{ id: string }>().id;
    const taken = await expectBothLanguages({ method: 'POST', path: '/items', payload: item }, 409);
    expect(taken.errors).toEqual([
      { field: 'sku', message: 'is already used by another item of this organisation' },
    ]);
    const theirs = await new CareFixtures(api.db, suspended.orgId).item();
    const foreign = await expectBothLanguages(
      {
        method: 'POST',
        path: '/stock/movements',
        payload: { itemId: theirs, kind: 'receipt', quantity: 1, occurredAt: '2026-10-01T09:00:00Z' },
      },
      404,
    );
    expect(foreign.errors?.map((error) => error.field)).toEqual(['itemId']);
    await fixtures.receive(itemId, 1);
    await expectBothLanguages(
      { method: 'PATCH', path: `/items/${itemId}`, payload: { category: 'service' } },
      409,
    );
  });

  it('says a duplicate person, naming the code registered first', async () => {
    await person('MSG-FIRST');
    const en = await expectBothLanguages(
      {
        method: 'POST',
        path: '/beneficiaries',
        payload: { fullName: 'msg-first person', birthDate: '1990-05-05' },
      },
      409,
    );
    expect(en.detail).toBe('a beneficiary with this name and birth date is already registered as MSG-FIRST');
    expect(en.errors).toEqual([{ field: 'confirmDistinct', message: expect.stringContaining('MSG-FIRST') }]);
  });

  it('says a consent already in force', async () => {
    const beneficiaryId = await consented('MSG-TWICE');
    await expectBothLanguages(
      {
        method: 'POST',
        path: `/beneficiaries/${beneficiaryId}/consents`,
        payload: { scope: 'care', givenAt: '2021-01-01T00:00:00Z' },
      },
      409,
    );
  });

  it('says who may edit a case note, a missing note and an assignee who is no member', async () => {
    const beneficiaryId = await person('MSG-NOTES');
    const note = await send({
      method: 'POST',
      path: `/beneficiaries/${beneficiaryId}/notes`,
      payload: { text: 'Note' },
    });
    expect(note.statusCode).toBe(201);
    const notePath = `/beneficiaries/${beneficiaryId}/notes`;
    await expectBothLanguages(
      {
        method: 'PUT',
        path: `${notePath}/${note.json<{ id: string }>().id}`,
        payload: { text: 'Changed' },
        token: colleague.accessToken,
      },
      403,
    );
    await expectBothLanguages(
      { method: 'PUT', path: `${notePath}/${randomUUID()}`, payload: { text: 'x' } },
      404,
    );
    const en = await expectBothLanguages(
      {
        method: 'POST',
        path: `/beneficiaries/${beneficiaryId}/follow-ups`,
        payload: { text: 'Call', dueOn: '2026-12-01', assigneeId: randomUUID() },
      },
      400,
    );
    expect(en.errors).toEqual([{ field: 'assigneeId', message: 'is not a member of this organisation' }]);
  });

  it('says a suspension, with its date and reason, to a write of a suspended organisation', async () => {
    await api.db.asSuperuser(
      `update organisations set status = 'suspended', suspended_at = '2026-11-02T10:00:00Z', suspension_reason = 'unpaid audit' where id = $1`,
      [suspended.orgId],
    );
    const en = await expectBothLanguages(
      {
        method: 'POST',
        path: `${suspended.orgId}/beneficiaries`,
        payload: { fullName: 'Someone' },
        token: suspended.accessToken,
      },
      403,
    );
    expect(en.detail).toBe(
      'this organisation is suspended since 2026-11-02 (unpaid audit): its data can be read and exported, not changed',
    );
  });
});
