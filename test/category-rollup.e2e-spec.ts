import { rebuildRollups } from '@careledger/care';
import { tenantId } from '@careledger/common';
import { TenantTransactions } from '@careledger/database';
import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import { CareFixtures } from './support/care-fixtures.js';
import { bearer, RegisteredOrg, registerOrg } from './support/factories.js';

/**
 * The per-beneficiary rollup by month × category × funding kind × unit × statistics consent (issues 14
 * and 16): kept in the transaction of every event and void, and equal to what a rebuild makes of the
 * ledger.
 */
describe('care per beneficiary by category and funding kind', () => {
  let api: TestApi;
  let org: RegisteredOrg;

  beforeAll(async () => {
    api = await startTestApi('category_rollup');
    org = await registerOrg(api.app, { regionCode: '48' });
  });

  afterAll(() => api.close());

  function post(path: string, payload: object) {
    return api.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.orgId}${path}`,
      headers: { ...bearer(org.accessToken), 'idempotency-key': randomUUID() },
      payload,
    });
  }

  function rows() {
    return api.db.asSuperuser<Record<string, string | number>>(
      `select to_char(month, 'YYYY-MM') as month, beneficiary_id, category, funding_kind, unit,
              statistics_consent, events, quantity::text, spend_kopecks::text, record_key::text
         from care_beneficiary_category_rollups where tenant_id = $1 order by 1, 2, 3, 4, 5, 6`,
      [org.orgId],
    );
  }

  it('adds each line to its person’s cell, takes a voided event away again, and agrees with the ledger', async () => {
    const fixtures = new CareFixtures(api.db, org.orgId);
    const ointment = await fixtures.item({ category: 'medication', costKopecks: 45000 });
    const soap = await fixtures.item({ category: 'hygiene', unit: 'piece', costKopecks: 10000 });
    await fixtures.receive(ointment, 100, 45000);
    await fixtures.receive(soap, 100, 10000);
    const grant = await fixtures.fundingSource('presidential_grant');
    const person = await fixtures.beneficiary();
    const event = (occurredAt: string) => ({
      beneficiaryId: person,
      occurredAt,
      kind: 'delivery',
      lines: [
        { itemId: ointment, quantity: 2, fundingSourceId: grant },
        { itemId: ointment, quantity: 1 },
        { itemId: soap, quantity: 3, fundingSourceId: grant },
      ],
    });
    const kept = await post('/care-events', event('2026-03-10T10:00:00Z'));
    expect(kept.statusCode).toBe(201);
    const voided = await post('/care-events', event('2026-03-20T10:00:00Z'));
    expect((await post(`/care-events/${voided.json().id}/void`, { reason: 'Ошибка ввода' })).statusCode).toBe(
      201,
    );
    const [{ record_key: recordKey }] = await api.db.asSuperuser<{ record_key: string }>(
      `select record_key::text from beneficiaries where tenant_id = $1 and id = $2`,
      [org.orgId, person],
    );
    const cell = (category: string, fundingKind: string, quantity: string, spend: string) => ({
      month: '2026-03',
      beneficiary_id: person,
      category,
      funding_kind: fundingKind,
      unit: category === 'hygiene' ? 'piece' : 'tube',
      statistics_consent: expect.any(Boolean), // whether the fixture gave one: the rebuild agrees below
      events: 1,
      quantity,
      spend_kopecks: spend,
      record_key: recordKey,
    });
    const live = await rows();
    expect(live).toEqual([
      cell('hygiene', 'presidential_grant', '3.000', '30000'),
      cell('medication', 'presidential_grant', '2.000', '90000'),
      cell('medication', 'unattributed', '1.000', '45000'),
    ]);

    await api.app.get(TenantTransactions).run(tenantId(org.orgId), (tx) => rebuildRollups(tx));
    expect(await rows()).toEqual(live);
  });

  it('is a tenant table the statistics role reads and the app role sees only for its own tenant', async () => {
    const [table] = await api.db.asSuperuser<{ rowsecurity: boolean; forced: boolean }>(
      `select relrowsecurity as rowsecurity, relforcerowsecurity as forced from pg_class
        where relname = 'care_beneficiary_category_rollups'`,
    );
    expect(table).toEqual({ rowsecurity: true, forced: true });
    const { rows: visible } = await api.db
      .pool('stats')
      .query(`select count(*)::int as count from care_beneficiary_category_rollups`);
    expect(visible[0].count).toBeGreaterThan(0);
    const app = await api.db.pool('app').connect();
    try {
      await app.query('begin');
      await app.query(`select set_config('app.tenant_id', $1, true)`, [randomUUID()]);
      const { rows: others } = await app.query(
        `select count(*)::int as count from care_beneficiary_category_rollups`,
      );
      expect(others[0].count).toBe(0);
      await app.query('rollback');
    } finally {
      app.release();
    }
  });
});
