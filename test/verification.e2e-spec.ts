import { COUNT_MAX_NOISE } from '@careledger/disclosure';
import { LeagueService } from '@careledger/statistics';
import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import { CareFixtures } from './support/care-fixtures.js';
import {
  bearer,
  defaultPassword,
  logCareBatch,
  login,
  RegisteredOrg,
  registerOrg,
  verifyOrg,
} from './support/factories.js';

/**
 * Issue 14 item 7: a newly registered organisation sees its own figures at once, but counts in public
 * statistics (region figures, public profile, region directory, open data) and the league only while a
 * platform admin has verified it; verification and its withdrawal are audited.
 */
describe('organisation verification', () => {
  let api: TestApi;
  let adminToken: string;
  let adminId: string;
  let established: RegisteredOrg;
  let newcomer: RegisteredOrg;
  const adminEmail = `platform-${randomUUID()}@example.org`;
  const region = '31';

  async function giveCare(org: RegisteredOrg, people: number): Promise<void> {
    const fixtures = new CareFixtures(api.db, org.orgId);
    const item = await fixtures.item();
    await fixtures.receive(item, 1000);
    const funding = await fixtures.fundingSource('presidential_grant');
    const events = [];
    for (let i = 0; i < people; i++) {
      events.push({
        beneficiaryId: await fixtures.beneficiary(),
        occurredAt: '2026-03-10T10:00:00Z',
        kind: 'delivery',
        lines: [{ itemId: item, quantity: 2, fundingSourceId: funding }],
      });
    }
    await logCareBatch(api.app, org, events);
  }

  function admin(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, token = adminToken) {
    return api.app.inject({ method, url: `/api/v1${url}`, headers: bearer(token), payload });
  }

  /** Everything public that the newcomer's care could move, plus the league's inputs for the region. */
  async function publicFigures() {
    const stats = (
      await api.app.inject({ method: 'GET', url: `/api/v1/public/regions/${region}/stats?year=2026` })
    ).json();
    const directory = (
      await api.app.inject({ method: 'GET', url: '/api/v1/public/regions?limit=200' })
    ).json();
    const profile = await api.app.inject({ method: 'GET', url: `/api/v1/public/orgs/${newcomer.orgId}` });
    const inputs = await api.app.get(LeagueService).inputs(2026);
    return {
      stats: {
        organisations: stats.organisations,
        beneficiariesServed: stats.beneficiariesServed,
        careEvents: stats.careEvents,
        spendKopecks: stats.spendKopecks,
      },
      listed: directory.items.find((row: { code: string }) => row.code === region).organisations,
      profileStatus: profile.statusCode,
      leagueInput: inputs.find((input) => input.regionCode === region),
    };
  }

  async function auditActions(org: RegisteredOrg, action: string) {
    const response = await api.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${org.orgId}/audit?action=${action}`,
      headers: bearer(org.accessToken),
    });
    expect(response.statusCode).toBe(200);
    return response.json().items;
  }

  beforeAll(async () => {
    api = await startTestApi('verification', {
      PLATFORM_ADMIN_EMAIL: adminEmail,
      PLATFORM_ADMIN_PASSWORD: defaultPassword,
      PUBLIC_STATS_CACHE_SECONDS: '0',
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    adminToken = await login(api.app, adminEmail);
    adminId = (await admin('GET', '/me')).json().user.id;
    established = await registerOrg(api.app, { regionCode: region, name: 'Фонд «Давний»' });
    await verifyOrg(api.app, established, adminToken);
    await giveCare(established, 6);
    newcomer = await registerOrg(api.app, { regionCode: region, name: 'АНО «Новичок»' });
  });

  afterAll(() => api.close());

  function expectNear(published: Record<string, unknown>, truth: Record<string, number>) {
    for (const [field, value] of Object.entries(truth)) {
      const error = Math.abs(Number(published[field]) - value);
      expect({ field, withinNoise: error <= COUNT_MAX_NOISE }).toEqual({ field, withinNoise: true });
    }
  }

  it('counts an organisation publicly only while it is verified, and audits both changes', async () => {
    const before = await publicFigures();
    // Published counts carry the cell-key noise (at most COUNT_MAX_NOISE either way), so they are near the truth.
    expect(before.stats).toMatchObject({ organisations: 1 });
    expectNear(before.stats, { beneficiariesServed: 6, careEvents: 6 });
    expect(before.profileStatus).toBe(404);

    await giveCare(newcomer, 7);
    const own = await api.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${newcomer.orgId}/metrics?year=2026`,
      headers: bearer(newcomer.accessToken),
    });
    expect(own.json()).toMatchObject({ beneficiariesServed: 7, careEvents: 7 });
    const ownOrganisation = () =>
      api.app.inject({
        method: 'GET',
        url: `/api/v1/orgs/${newcomer.orgId}`,
        headers: bearer(newcomer.accessToken),
      });
    expect((await ownOrganisation()).json().verifiedAt).toBeNull();
    expect(await publicFigures()).toEqual(before);

    await verifyOrg(api.app, newcomer, adminToken);
    const verified = await publicFigures();
    expect((await ownOrganisation()).json().verifiedAt).toEqual(expect.any(String));
    expect(verified.stats).toMatchObject({ organisations: 2 });
    expectNear(verified.stats, { beneficiariesServed: 13, careEvents: 13 });
    expect(verified.listed).toBe(before.listed + 1);
    expect(verified.profileStatus).toBe(200);
    expect(verified.leagueInput).not.toEqual(before.leagueInput);
    expect(verified.leagueInput?.indicators.A2?.value).toBeGreaterThan(
      before.leagueInput?.indicators.A2?.value ?? 0,
    );
    expect(await auditActions(newcomer, 'organisation.verified')).toEqual([
      expect.objectContaining({ actorKind: 'user', actorId: adminId, entityId: newcomer.orgId }),
    ]);

    const withdrawn = await admin('POST', `/admin/organisations/${newcomer.orgId}/unverify`, {
      reason: 'ОГРН принадлежит другой организации',
    });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({ id: newcomer.orgId, verifiedAt: null });
    expect(await publicFigures()).toEqual(before);
    expect(await auditActions(newcomer, 'organisation.unverified')).toEqual([
      expect.objectContaining({
        actorKind: 'user',
        actorId: adminId,
        details: expect.objectContaining({ reason: 'ОГРН принадлежит другой организации' }),
      }),
    ]);
  });

  it('verifies only with valid registry numbers and the region it registered in', async () => {
    const org = await registerOrg(api.app, { regionCode: region });
    const withoutNumbers = await admin('POST', `/admin/organisations/${org.orgId}/verify`, {
      regionCode: region,
    });
    expect(withoutNumbers.statusCode).toBe(400);
    expect(withoutNumbers.json().errors).toEqual([expect.objectContaining({ field: 'inn' })]);

    // A number stored without its checksum (entered before the api checked it) is refused as well.
    await api.db.asSuperuser(
      `update organisations set inn = '7707083894', ogrn = '1027700132195' where id = $1`,
      [org.orgId],
    );
    const badChecksum = await admin('POST', `/admin/organisations/${org.orgId}/verify`, {
      regionCode: region,
    });
    expect(badChecksum.statusCode).toBe(400);
    expect(badChecksum.json().errors).toEqual([expect.objectContaining({ field: 'inn' })]);

    await api.db.asSuperuser(`update organisations set inn = '7707083893' where id = $1`, [org.orgId]);
    const elsewhere = await admin('POST', `/admin/organisations/${org.orgId}/verify`, { regionCode: '77' });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().errors).toEqual([expect.objectContaining({ field: 'regionCode' })]);

    const byMember = await admin(
      'POST',
      `/admin/organisations/${org.orgId}/verify`,
      { regionCode: region },
      org.accessToken,
    );
    expect(byMember.statusCode).toBe(403);
    expect(await auditActions(org, 'organisation.verified')).toEqual([]);

    const queue = (await admin('GET', `/admin/organisations?verified=false&regionCode=${region}`)).json();
    expect(queue.items.map((item: { id: string }) => item.id)).toContain(org.orgId);
    expect(queue.items.map((item: { id: string }) => item.id)).not.toContain(established.orgId);
    const verified = await admin('POST', `/admin/organisations/${org.orgId}/verify`, { regionCode: region });
    expect(verified.statusCode).toBe(200);
    expect(verified.json().verifiedAt).toEqual(expect.any(String));
    const done = (await admin('GET', `/admin/organisations?verified=true&regionCode=${region}`)).json();
    expect(done.items.map((item: { id: string }) => item.id)).toContain(org.orgId);
    expect((await admin('GET', '/admin/organisations?verified=maybe')).statusCode).toBe(400);

    // A reason is optional: withdrawing needs no body at all.
    const withdrawn = await admin('POST', `/admin/organisations/${org.orgId}/unverify`);
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().verifiedAt).toBeNull();
  });

  it('withdraws verification when the organisation moves to another region', async () => {
    const org = await registerOrg(api.app, { regionCode: region });
    await verifyOrg(api.app, org, adminToken);
    const moved = await api.app.inject({
      method: 'PATCH',
      url: `/api/v1/orgs/${org.orgId}`,
      headers: bearer(org.accessToken),
      payload: { regionCode: '77' },
    });
    expect(moved.statusCode).toBe(200);
    const listed = (await admin('GET', `/admin/organisations?regionCode=77`)).json().items;
    expect(listed).toEqual([expect.objectContaining({ id: org.orgId, verifiedAt: null })]);
    expect(await auditActions(org, 'organisation.updated')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ details: expect.objectContaining({ verificationWithdrawn: true }) }),
      ]),
    );
  });
});
