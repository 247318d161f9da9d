import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import { addMember, bearer, Member, registerOrg, RegisteredOrg } from './support/factories.js';

/**
 * Who may call which route of the accounts / organisation area (API.md "Organisation (tenant)"):
 * every route × every kind of caller, then the rules the admin routes enforce.
 */

type Caller = 'admin' | 'staff' | 'viewer' | 'otherOrgAdmin' | 'apiKey' | 'anonymous';
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const callers: Caller[] = ['admin', 'staff', 'viewer', 'otherOrgAdmin', 'apiKey', 'anonymous'];

/** One request of a matrix row, built afresh for the row, and what it would have changed. */
interface Attempt {
  method: Method;
  url: string;
  payload?: Record<string, unknown>;
  /** Asserts the request left no trace; run when the caller was refused. */
  assertNoEffect?: () => Promise<void>;
  /** Fixtures the row acted on, for the checks after the matrix. */
  memberId?: string;
  keyId?: string;
}

interface RouteCase {
  route: string;
  /** The status the organisation's admin gets. */
  adminStatus: number;
  /** Only GET /orgs/{orgId} is open to every member. */
  adminOnly: boolean;
  prepare(caller: Caller, row: number): Promise<Attempt>;
}

function expectedStatus(route: RouteCase, caller: Caller): number {
  switch (caller) {
    case 'admin':
      return route.adminStatus;
    case 'anonymous':
      return 401;
    case 'otherOrgAdmin':
      return 404;
    case 'staff':
    case 'viewer':
    case 'apiKey':
      return route.adminOnly ? 403 : 200;
  }
}

describe('access to the organisation routes', () => {
  let api: TestApi;
  let org: RegisteredOrg;
  let other: RegisteredOrg;
  let staff: Member;
  let viewer: Member;
  let apiKey: { id: string; key: string };
  /** The organisation's last audit row before the matrix (staff and viewer accepting their invitations). */
  let seqBeforeMatrix: number;
  const attempts: { caller: Caller; attempt: Attempt }[] = [];

  const orgName = 'Фонд «Добрые руки»';
  const otherName = 'АНО «Свет»';

  function headersOf(caller: Caller): Record<string, string> {
    switch (caller) {
      case 'admin':
        return bearer(org.accessToken);
      case 'staff':
        return bearer(staff.accessToken);
      case 'viewer':
        return bearer(viewer.accessToken);
      case 'otherOrgAdmin':
        return bearer(other.accessToken);
      case 'apiKey':
        return { 'x-api-key': apiKey.key };
      case 'anonymous':
        return {};
    }
  }

  function base(): string {
    return `/api/v1/orgs/${org.orgId}`;
  }

  async function superuserCount(sql: string, params: unknown[]): Promise<number> {
    const [{ count }] = await api.db.asSuperuser<{ count: number }>(sql, params);
    return count;
  }

  /** A viewer of the organisation, invited by its admin, who accepted. */
  async function freshMember(target: RegisteredOrg = org): Promise<{ userId: string; email: string }> {
    const { userId, email } = await addMember(api.app, target, 'viewer');
    return { userId, email };
  }

  async function freshKey(target: RegisteredOrg = org): Promise<{ id: string; key: string }> {
    const response = await api.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${target.orgId}/api-keys`,
      headers: bearer(target.accessToken),
      payload: { name: `fixture ${randomUUID()}` },
    });
    expect(response.statusCode).toBe(201);
    return { id: response.json().id, key: response.json().key };
  }

  async function roleInOrg(orgId: string, userId: string): Promise<string | null> {
    const rows = await api.db.asSuperuser<{ role: string }>(
      'select role from memberships where organisation_id = $1 and user_id = $2',
      [orgId, userId],
    );
    return rows[0]?.role ?? null;
  }

  async function keyRevokedAt(keyId: string): Promise<Date | null> {
    const [row] = await api.db.asSuperuser<{ revoked_at: Date | null }>(
      'select revoked_at from api_keys where id = $1',
      [keyId],
    );
    expect(row).toBeDefined();
    return row.revoked_at;
  }

  const routes: RouteCase[] = [
    {
      route: 'GET /orgs/{orgId}',
      adminStatus: 200,
      adminOnly: false,
      prepare: async () => ({ method: 'GET', url: base() }),
    },
    {
      route: 'PATCH /orgs/{orgId}',
      adminStatus: 200,
      adminOnly: true,
      prepare: async (caller, row) => {
        const publicDescription = `written by ${caller} in row ${row}`;
        return {
          method: 'PATCH',
          url: base(),
          payload: { publicDescription },
          assertNoEffect: async () => {
            expect(
              await superuserCount(
                'select count(*)::int as count from organisations where public_description = $1',
                [publicDescription],
              ),
            ).toBe(0);
          },
        };
      },
    },
    {
      route: 'PUT /orgs/{orgId}/profile/2026',
      adminStatus: 200,
      adminOnly: true,
      prepare: async (_caller, row) => {
        const volunteers = 1000 + row;
        return {
          method: 'PUT',
          url: `${base()}/profile/2026`,
          payload: { staffFte: 4.5, volunteers },
          assertNoEffect: async () => {
            expect(
              await superuserCount(
                'select count(*)::int as count from organisation_profiles where volunteers = $1',
                [volunteers],
              ),
            ).toBe(0);
          },
        };
      },
    },
    {
      route: 'GET /orgs/{orgId}/members',
      adminStatus: 200,
      adminOnly: true,
      prepare: async () => ({ method: 'GET', url: `${base()}/members` }),
    },
    {
      route: 'POST /orgs/{orgId}/members',
      adminStatus: 202,
      adminOnly: true,
      prepare: async () => {
        const email = `newcomer-${randomUUID()}@example.org`;
        return {
          method: 'POST',
          url: `${base()}/members`,
          payload: { email, role: 'staff' },
          assertNoEffect: async () => {
            expect(
              await superuserCount('select count(*)::int as count from invitations where email = $1', [
                email,
              ]),
            ).toBe(0);
          },
        };
      },
    },
    {
      route: 'PATCH /orgs/{orgId}/members/{userId}',
      adminStatus: 200,
      adminOnly: true,
      prepare: async () => {
        const member = await freshMember();
        return {
          method: 'PATCH',
          url: `${base()}/members/${member.userId}`,
          payload: { role: 'admin' },
          memberId: member.userId,
          assertNoEffect: async () => {
            expect(await roleInOrg(org.orgId, member.userId)).toBe('viewer');
          },
        };
      },
    },
    {
      route: 'DELETE /orgs/{orgId}/members/{userId}',
      adminStatus: 204,
      adminOnly: true,
      prepare: async () => {
        const member = await freshMember();
        return {
          method: 'DELETE',
          url: `${base()}/members/${member.userId}`,
          memberId: member.userId,
          assertNoEffect: async () => {
            expect(await roleInOrg(org.orgId, member.userId)).toBe('viewer');
          },
        };
      },
    },
    {
      route: 'POST /orgs/{orgId}/api-keys',
      adminStatus: 201,
      adminOnly: true,
      prepare: async (caller, row) => {
        const name = `key asked for by ${caller} in row ${row}`;
        return {
          method: 'POST',
          url: `${base()}/api-keys`,
          payload: { name },
          assertNoEffect: async () => {
            expect(
              await superuserCount('select count(*)::int as count from api_keys where name = $1', [name]),
            ).toBe(0);
          },
        };
      },
    },
    {
      route: 'GET /orgs/{orgId}/api-keys',
      adminStatus: 200,
      adminOnly: true,
      prepare: async () => ({ method: 'GET', url: `${base()}/api-keys` }),
    },
    {
      route: 'DELETE /orgs/{orgId}/api-keys/{keyId}',
      adminStatus: 204,
      adminOnly: true,
      prepare: async () => {
        const key = await freshKey();
        return {
          method: 'DELETE',
          url: `${base()}/api-keys/${key.id}`,
          keyId: key.id,
          assertNoEffect: async () => {
            expect(await keyRevokedAt(key.id)).toBeNull();
          },
        };
      },
    },
    {
      route: 'GET /orgs/{orgId}/audit',
      adminStatus: 200,
      adminOnly: true,
      prepare: async () => ({ method: 'GET', url: `${base()}/audit` }),
    },
    {
      route: 'GET /orgs/{orgId}/audit/verify',
      adminStatus: 200,
      adminOnly: true,
      prepare: async () => ({ method: 'GET', url: `${base()}/audit/verify` }),
    },
  ];

  const matrix = routes.flatMap((route) =>
    callers.map((caller) => {
      const status = expectedStatus(route, caller);
      return { title: `${caller}: ${route.route} answers ${status}`, route, caller, status };
    }),
  );

  beforeAll(async () => {
    // Hundreds of requests from one address: the per-address rate limit is not what this suite is about.
    api = await startTestApi('access_roles', { RATE_LIMIT_PER_MINUTE: '100000' });
    org = await registerOrg(api.app, { name: orgName, regionCode: '48' });
    other = await registerOrg(api.app, { name: otherName, regionCode: '77' });
    staff = await addMember(api.app, org, 'staff');
    viewer = await addMember(api.app, org, 'viewer');
    apiKey = await freshKey(org);
    seqBeforeMatrix = await superuserCount(
      'select coalesce(max(seq), 0)::int as count from audit_log where tenant_id = $1',
      [org.orgId],
    );
  });

  afterAll(() => api.close());

  describe('route × caller matrix', () => {
    it.each(matrix.map((row, index) => ({ ...row, index })))(
      '$title',
      async ({ route, caller, status, index }) => {
        const attempt = await route.prepare(caller, index);
        attempts.push({ caller, attempt });
        const response = await api.app.inject({
          method: attempt.method,
          url: attempt.url,
          headers: headersOf(caller),
          ...(attempt.payload ? { payload: attempt.payload } : {}),
        });
        expect({ status: response.statusCode, body: status >= 400 ? response.json() : undefined }).toEqual({
          status,
          body: status >= 400 ? expect.objectContaining({ status }) : undefined,
        });
        if (status >= 400) {
          expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
          await attempt.assertNoEffect?.();
        }
      },
    );

    it('covers every route for every caller', () => {
      expect(matrix).toHaveLength(12 * 6);
      expect(new Set(matrix.map((row) => row.title)).size).toBe(matrix.length);
    });
  });

  describe('after the matrix', () => {
    it('the other organisation’s admin changed nothing in either organisation', async () => {
      const mine = attempts.filter(({ caller }) => caller === 'otherOrgAdmin').map(({ attempt }) => attempt);
      expect(mine).toHaveLength(routes.length);

      const organisation = await api.app.inject({
        method: 'GET',
        url: base(),
        headers: bearer(org.accessToken),
      });
      expect(organisation.json()).toMatchObject({ id: org.orgId, name: orgName, regionCode: '48' });
      expect(organisation.json().publicDescription ?? '').not.toMatch(/otherOrgAdmin/);

      const memberIds = mine.flatMap((attempt) => (attempt.memberId ? [attempt.memberId] : []));
      expect(memberIds).toHaveLength(2);
      for (const memberId of memberIds) expect(await roleInOrg(org.orgId, memberId)).toBe('viewer');
      const keyIds = mine.flatMap((attempt) => (attempt.keyId ? [attempt.keyId] : []));
      expect(keyIds).toHaveLength(1);
      for (const keyId of keyIds) expect(await keyRevokedAt(keyId)).toBeNull();

      // Not a single audit row in the target organisation names them as the actor ...
      expect(
        await superuserCount(
          'select count(*)::int as count from audit_log where tenant_id = $1 and actor_id = $2',
          [org.orgId, other.adminId],
        ),
      ).toBe(0);
      // ... and their own organisation holds only what registering it wrote.
      const ownLog = await api.db.asSuperuser<{ action: string }>(
        'select action from audit_log where tenant_id = $1 order by seq',
        [other.orgId],
      );
      expect(ownLog.map((row) => row.action)).toEqual(['organisation.created', 'member.added']);
      expect(
        await superuserCount('select count(*)::int as count from memberships where organisation_id = $1', [
          other.orgId,
        ]),
      ).toBe(1);
      const otherOrganisation = await api.app.inject({
        method: 'GET',
        url: `/api/v1/orgs/${other.orgId}`,
        headers: bearer(other.accessToken),
      });
      expect(otherOrganisation.json()).toMatchObject({ name: otherName, publicDescription: null });
    });

    it('no refused caller left a row in the organisation’s audit log', async () => {
      expect(attempts).toHaveLength(matrix.length);
      const refusedActors = [staff.userId, viewer.userId, apiKey.id, other.adminId];
      expect(
        await superuserCount(
          'select count(*)::int as count from audit_log where tenant_id = $1 and actor_id = any($2::uuid[]) and seq > $3',
          [org.orgId, refusedActors, seqBeforeMatrix],
        ),
      ).toBe(0);
    });

    it('every change the admin made in the matrix is in place', async () => {
      const admin = attempts.filter(({ caller }) => caller === 'admin').map(({ attempt }) => attempt);
      const patched = admin.find((attempt) => attempt.method === 'PATCH' && attempt.memberId);
      const deleted = admin.find((attempt) => attempt.method === 'DELETE' && attempt.memberId);
      const revoked = admin.find((attempt) => attempt.keyId);
      expect(await roleInOrg(org.orgId, patched?.memberId as string)).toBe('admin');
      expect(await roleInOrg(org.orgId, deleted?.memberId as string)).toBeNull();
      expect(await keyRevokedAt(revoked?.keyId as string)).not.toBeNull();
    });
  });
});

describe('organisation rules', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('access_rules', { RATE_LIMIT_PER_MINUTE: '100000' });
  });

  afterAll(() => api.close());

  async function roleOf(org: RegisteredOrg, userId: string): Promise<string | undefined> {
    const response = await api.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${org.orgId}/members?limit=200`,
      headers: bearer(org.accessToken),
    });
    expect(response.statusCode).toBe(200);
    return response.json().items.find((member: { userId: string }) => member.userId === userId)?.role;
  }

  function patchOrg(org: RegisteredOrg, payload: Record<string, unknown>) {
    return api.app.inject({
      method: 'PATCH',
      url: `/api/v1/orgs/${org.orgId}`,
      headers: bearer(org.accessToken),
      payload,
    });
  }

  describe('an organisation always keeps one admin', () => {
    it('refuses to demote the only admin with 409 and keeps them admin', async () => {
      const org = await registerOrg(api.app);
      await addMember(api.app, org, 'staff');
      for (const role of ['staff', 'viewer']) {
        const response = await api.app.inject({
          method: 'PATCH',
          url: `/api/v1/orgs/${org.orgId}/members/${org.adminId}`,
          headers: bearer(org.accessToken),
          payload: { role },
        });
        expect(response.statusCode).toBe(409);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
      expect(await roleOf(org, org.adminId)).toBe('admin');
    });

    it('refuses to delete the only admin with 409 and keeps them a member', async () => {
      const org = await registerOrg(api.app);
      await addMember(api.app, org, 'viewer');
      const response = await api.app.inject({
        method: 'DELETE',
        url: `/api/v1/orgs/${org.orgId}/members/${org.adminId}`,
        headers: bearer(org.accessToken),
      });
      expect(response.statusCode).toBe(409);
      expect(await roleOf(org, org.adminId)).toBe('admin');
    });

    it('with two admins demotes one, then refuses to demote the last', async () => {
      const org = await registerOrg(api.app);
      const second = await addMember(api.app, org, 'admin');
      const demoted = await api.app.inject({
        method: 'PATCH',
        url: `/api/v1/orgs/${org.orgId}/members/${second.userId}`,
        headers: bearer(org.accessToken),
        payload: { role: 'staff' },
      });
      expect(demoted.statusCode).toBe(200);
      expect(demoted.json()).toMatchObject({ userId: second.userId, role: 'staff' });
      expect(await roleOf(org, second.userId)).toBe('staff');

      const last = await api.app.inject({
        method: 'PATCH',
        url: `/api/v1/orgs/${org.orgId}/members/${org.adminId}`,
        headers: bearer(org.accessToken),
        payload: { role: 'viewer' },
      });
      expect(last.statusCode).toBe(409);
    });

    it('with two admins lets one remove the other', async () => {
      const org = await registerOrg(api.app);
      const second = await addMember(api.app, org, 'admin');
      const removed = await api.app.inject({
        method: 'DELETE',
        url: `/api/v1/orgs/${org.orgId}/members/${org.adminId}`,
        headers: bearer(second.accessToken),
      });
      expect(removed.statusCode).toBe(204);
      expect(await roleOf({ ...org, accessToken: second.accessToken }, org.adminId)).toBeUndefined();
    });
  });

  it('answers an existing member added again as it answers anyone (202), and changes nothing', async () => {
    const org = await registerOrg(api.app);
    const member = await addMember(api.app, org, 'viewer');
    const response = await api.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.orgId}/members`,
      headers: bearer(org.accessToken),
      payload: { email: member.email, role: 'admin' },
    });
    expect(response.statusCode).toBe(202);
    expect(await roleOf(org, member.userId)).toBe('viewer');
    const [{ count }] = await api.db.asSuperuser<{ count: number }>(
      'select count(*)::int as count from memberships where organisation_id = $1',
      [org.orgId],
    );
    expect(count).toBe(2);
  });

  it('invites a person without an account without creating one', async () => {
    const org = await registerOrg(api.app);
    const email = `nobody-${randomUUID()}@example.org`;
    const response = await api.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.orgId}/members`,
      headers: bearer(org.accessToken),
      payload: { email, role: 'staff' },
    });
    expect(response.statusCode).toBe(202);
    expect(await api.db.asSuperuser('select 1 from users where email = $1', [email])).toHaveLength(0);
    expect(await api.db.asSuperuser('select 1 from invitations where email = $1', [email])).toHaveLength(1);
  });

  it('refuses a revoked API key with 401', async () => {
    const org = await registerOrg(api.app);
    const created = await api.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${org.orgId}/api-keys`,
      headers: bearer(org.accessToken),
      payload: { name: 'soon revoked' },
    });
    const { id, key } = created.json();
    const before = await api.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${org.orgId}`,
      headers: { 'x-api-key': key },
    });
    expect(before.statusCode).toBe(200);

    const revoked = await api.app.inject({
      method: 'DELETE',
      url: `/api/v1/orgs/${org.orgId}/api-keys/${id}`,
      headers: bearer(org.accessToken),
    });
    expect(revoked.statusCode).toBe(204);

    const after = await api.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${org.orgId}`,
      headers: { 'x-api-key': key },
    });
    expect(after.statusCode).toBe(401);
    expect(after.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it.each(['not-a-uuid', '12345', '00000000-0000-0000-0000-00000000000g'])(
    'answers 404 for a malformed orgId %s in the path',
    async (orgId) => {
      const org = await registerOrg(api.app);
      for (const url of [`/api/v1/orgs/${orgId}`, `/api/v1/orgs/${orgId}/members`]) {
        const response = await api.app.inject({ method: 'GET', url, headers: bearer(org.accessToken) });
        expect({ url, status: response.statusCode }).toEqual({ url, status: 404 });
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
    },
  );

  it('answers each of many concurrent callers by their own membership (lookups are answered together)', async () => {
    const org = await registerOrg(api.app);
    const other = await registerOrg(api.app);
    const people: { caller: Caller; token: string }[] = [
      { caller: 'admin', token: org.accessToken },
      { caller: 'staff', token: (await addMember(api.app, org, 'staff')).accessToken },
      { caller: 'viewer', token: (await addMember(api.app, org, 'viewer')).accessToken },
      { caller: 'otherOrgAdmin', token: other.accessToken },
    ];
    const cases = Array.from({ length: 10 }, () =>
      people.flatMap(({ caller, token }) => [
        {
          caller,
          token,
          path: `/api/v1/orgs/${org.orgId}`,
          expected: caller === 'otherOrgAdmin' ? 404 : 200,
        },
        {
          caller,
          token,
          path: `/api/v1/orgs/${org.orgId}/members`,
          expected: { admin: 200, staff: 403, viewer: 403, otherOrgAdmin: 404 }[caller as string],
        },
        {
          caller,
          token,
          path: `/api/v1/orgs/${other.orgId}`,
          expected: caller === 'otherOrgAdmin' ? 200 : 404,
        },
      ]),
    ).flat();
    const responses = await Promise.all(
      cases.map(({ token, path }) => api.app.inject({ method: 'GET', url: path, headers: bearer(token) })),
    );
    expect(
      responses.map(
        (response, index) => `${cases[index].caller} ${cases[index].path}: ${response.statusCode}`,
      ),
    ).toEqual(cases.map(({ caller, path, expected }) => `${caller} ${path}: ${expected}`));
  });

  it('answers another organisation’s id exactly as an id that does not exist', async () => {
    const mine = await registerOrg(api.app);
    const theirs = await registerOrg(api.app);
    const [existing, missing] = await Promise.all(
      [theirs.orgId, randomUUID()].map((orgId) =>
        api.app.inject({ method: 'GET', url: `/api/v1/orgs/${orgId}`, headers: bearer(mine.accessToken) }),
      ),
    );
    expect(existing.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(existing.json()).toEqual(missing.json());
  });

  it('answers 404 to an API key used on another organisation', async () => {
    const mine = await registerOrg(api.app);
    const theirs = await registerOrg(api.app);
    const created = await api.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${mine.orgId}/api-keys`,
      headers: bearer(mine.accessToken),
      payload: { name: 'integration' },
    });
    const response = await api.app.inject({
      method: 'GET',
      url: `/api/v1/orgs/${theirs.orgId}`,
      headers: { 'x-api-key': created.json().key },
    });
    expect(response.statusCode).toBe(404);
  });

  it('answers 404 when an admin names another organisation’s member or key under their own organisation', async () => {
    const mine = await registerOrg(api.app);
    const theirs = await registerOrg(api.app);
    const theirMember = await addMember(api.app, theirs, 'viewer');
    const theirKey = await api.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${theirs.orgId}/api-keys`,
      headers: bearer(theirs.accessToken),
      payload: { name: 'theirs' },
    });
    const keyId = theirKey.json().id;

    const requests = [
      { method: 'PATCH' as const, url: `members/${theirMember.userId}`, payload: { role: 'admin' } },
      { method: 'DELETE' as const, url: `members/${theirMember.userId}` },
      { method: 'DELETE' as const, url: `members/${theirs.adminId}` },
      { method: 'DELETE' as const, url: `api-keys/${keyId}` },
      { method: 'PATCH' as const, url: `members/${randomUUID()}`, payload: { role: 'staff' } },
      { method: 'DELETE' as const, url: `api-keys/${randomUUID()}` },
    ];
    for (const request of requests) {
      const response = await api.app.inject({
        method: request.method,
        url: `/api/v1/orgs/${mine.orgId}/${request.url}`,
        headers: bearer(mine.accessToken),
        ...(request.payload ? { payload: request.payload } : {}),
      });
      expect({ request, status: response.statusCode }).toEqual({ request, status: 404 });
    }

    const [member] = await api.db.asSuperuser<{ role: string }>(
      'select role from memberships where organisation_id = $1 and user_id = $2',
      [theirs.orgId, theirMember.userId],
    );
    expect(member?.role).toBe('viewer');
    const [key] = await api.db.asSuperuser<{ revoked_at: Date | null }>(
      'select revoked_at from api_keys where id = $1',
      [keyId],
    );
    expect(key.revoked_at).toBeNull();
  });

  it('answers 400 naming keyId for a malformed keyId', async () => {
    const org = await registerOrg(api.app);
    const response = await api.app.inject({
      method: 'DELETE',
      url: `/api/v1/orgs/${org.orgId}/api-keys/not-a-uuid`,
      headers: bearer(org.accessToken),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'keyId' })]);
  });

  it.each(['PATCH', 'DELETE'] as const)(
    'answers 400 naming userId for a malformed userId on %s',
    async (method) => {
      const org = await registerOrg(api.app);
      const response = await api.app.inject({
        method,
        url: `/api/v1/orgs/${org.orgId}/members/not-a-uuid`,
        headers: bearer(org.accessToken),
        ...(method === 'PATCH' ? { payload: { role: 'staff' } } : {}),
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'userId' })]);
    },
  );

  describe('PATCH /orgs/{orgId} checks registry numbers and the region', () => {
    let org: RegisteredOrg;

    beforeAll(async () => {
      org = await registerOrg(api.app, { regionCode: '48' });
    });

    it('rejects an INN with a wrong check digit with 400 naming inn', async () => {
      const response = await patchOrg(org, { inn: '7707083894' });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'inn' })]);
    });

    it('rejects an OGRN with a wrong check digit with 400 naming ogrn', async () => {
      const response = await patchOrg(org, { ogrn: '1027700132196' });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'ogrn' })]);
    });

    it('names both inn and ogrn when both are wrong, and changes nothing', async () => {
      const response = await patchOrg(org, { inn: '500100732258', ogrn: '304500116000158' });
      expect(response.statusCode).toBe(400);
      expect(
        response
          .json()
          .errors.map((error: { field: string }) => error.field)
          .sort(),
      ).toEqual(['inn', 'ogrn']);
      const current = await api.app.inject({
        method: 'GET',
        url: `/api/v1/orgs/${org.orgId}`,
        headers: bearer(org.accessToken),
      });
      expect(current.json()).toMatchObject({ inn: null, ogrn: null });
    });

    it('accepts an INN and an OGRN with correct check digits', async () => {
      const response = await patchOrg(org, { inn: '7707083893', ogrn: '1027700132195' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ inn: '7707083893', ogrn: '1027700132195' });
    });

    it('rejects an unknown regionCode with 400 naming regionCode, and keeps the region', async () => {
      const response = await patchOrg(org, { regionCode: '99' });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'regionCode' })]);
      const current = await api.app.inject({
        method: 'GET',
        url: `/api/v1/orgs/${org.orgId}`,
        headers: bearer(org.accessToken),
      });
      expect(current.json().regionCode).toBe('48');
    });

    it('names every offending field: a wrong INN and an unknown regionCode together', async () => {
      const response = await patchOrg(org, { inn: '7707083894', regionCode: '99' });
      expect(response.statusCode).toBe(400);
      expect(
        response
          .json()
          .errors.map((error: { field: string }) => error.field)
          .sort(),
      ).toEqual(['inn', 'regionCode']);
    });

    it('accepts a known regionCode', async () => {
      const response = await patchOrg(org, { regionCode: '77' });
      expect(response.statusCode).toBe(200);
      expect(response.json().regionCode).toBe('77');
    });
  });
});
