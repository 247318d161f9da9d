import { COUNT_MAX_NOISE } from '@careledger/disclosure';
import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import { CareFixtures } from './support/care-fixtures.js';
import { bearer, defaultPassword, logCareBatch, login, registerOrg, verifyOrg } from './support/factories.js';

/** Issue 14 item 2: the authority view counts distinct people per organisation, not person-months. */
describe('authority view people', () => {
  let api: TestApi;
  const adminEmail = `platform-${randomUUID()}@example.org`;

  beforeAll(async () => {
    api = await startTestApi('authority_people', {
      PLATFORM_ADMIN_EMAIL: adminEmail,
      PLATFORM_ADMIN_PASSWORD: defaultPassword,
      SUPPRESSION_K: '5',
    });
  });

  afterAll(() => api.close());

  it('counts one person served in three months once for the year', async () => {
    const adminToken = await login(api.app, adminEmail);
    const org = await registerOrg(api.app, { regionCode: '48' });
    await verifyOrg(api.app, org, adminToken);
    const fixtures = new CareFixtures(api.db, org.orgId);
    const item = await fixtures.item();
    await fixtures.receive(item, 100);
    const regular = await fixtures.beneficiary();
    const others = [];
    for (let i = 0; i < 4; i++) others.push(await fixtures.beneficiary());
    const event = (beneficiaryId: string, month: string) => ({
      beneficiaryId,
      occurredAt: `2026-${month}-10T10:00:00Z`,
      kind: 'delivery',
      lines: [{ itemId: item, quantity: 1 }],
    });
    const events = [
      ...['01', '02', '03'].map((month) => event(regular, month)),
      ...others.map((id) => event(id, '01')),
    ];
    await logCareBatch(api.app, org, events);

    const official = await registerOrg(api.app, { regionCode: '77' });
    const granted = await api.app.inject({
      method: 'POST',
      url: `/api/v1/admin/users/${official.adminId}/platform-roles`,
      headers: bearer(adminToken),
      payload: { role: 'authority', regionCodes: ['48'] },
    });
    expect(granted.statusCode).toBe(204);
    const view = await api.app.inject({
      method: 'GET',
      url: '/api/v1/regions/48/stats?year=2026',
      headers: bearer(official.accessToken),
    });
    expect(view.statusCode).toBe(200);
    const row = view
      .json()
      .byOrganisation.find((candidate: { organisationId: string }) => candidate.organisationId === org.orgId);
    // Five people, seven person-months, seven care events. A count of exactly k is never perturbed, so
    // 5 is the distinct people; the events are perturbed (or withheld with the months of one person).
    expect(row.beneficiariesServed).toBe(5);
    if (row.careEvents !== null) expect(Math.abs(row.careEvents - 7)).toBeLessThanOrEqual(COUNT_MAX_NOISE);
    expect(row.months[0]).toMatchObject({ month: '2026-01', beneficiariesServed: 5 });
    expect(row.months.slice(1)).toEqual([
      { month: '2026-02', beneficiariesServed: null, careEvents: null },
      { month: '2026-03', beneficiariesServed: null, careEvents: null },
    ]);
  });
});
