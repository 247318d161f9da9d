import { eventually } from '@careledger/testing';
import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from './support/api.js';
import {
  addMember,
  bearer,
  defaultPassword,
  login,
  Member,
  registerOrg,
  RegisteredOrg,
  verifyOrg,
} from './support/factories.js';
import { startTestWorker } from './support/worker.js';

/**
 * A cross-tenant and role probe generated from the api's own OpenAPI document: every operation with a path
 * parameter is called with organisation A's resources by callers who have no business with them (another
 * organisation's admin, viewer and API key, an authority of another region, a platform admin, nobody),
 * with A's ids under B's own organisation, and with A's ids in the body of B's own requests. Another
 * tenant's id is always 404, never 403 and never a 2xx; afterwards A's rows are exactly what they were.
 *
 * Each operation needs an entry in `probeTable` (its access level, a minimal valid body): a new operation
 * without one fails the suite until someone says how it should be probed.
 */

type Access = 'read' | 'write' | 'admin';
type Kind = 'public' | 'org' | 'platform' | 'authority' | 'self';
type Role = 'admin' | 'staff' | 'viewer';
type Caller = 'bAdmin' | 'bViewer' | 'bStaff' | 'bApiKey' | 'otherAuthority' | 'platformAdmin' | 'anonymous';

interface Tenant {
  label: string;
  org: RegisteredOrg;
  regionCode: string;
  viewer: Member;
  staff: Member;
  apiKey: { id: string; key: string };
  beneficiaryId: string;
  beneficiaryCode: string;
  beneficiaryName: string;
  consentId: string;
  noteId: string;
  followUpId: string;
  itemId: string;
  fundingSourceId: string;
  eventId: string;
  voidedEventId: string;
  reportId: string;
  publishedReportId: string;
  /** A pending invitation of the organisation, to an email without an account. */
  invitationId: string;
}

/** Which tenant's id goes into each path parameter (other than orgId). */
type PathOf = (name: string) => Tenant;

/** What the body of a request names: the tenant whose ids go into it. */
type BodyOf = (refs: Tenant) => unknown;

interface ProbeEntry {
  /** For routes under /orgs/{orgId}: the access level API.md gives the route. */
  access?: Access;
  /** For public routes: the answer anyone gets for A's resources (an unpublished report is 404). */
  publicStatus?: number;
  body?: BodyOf;
  /** Tenant ids the body names (probed with A's ids under B's own organisation). */
  refs?: string[];
  /** Path parameters that mean something else on this route than in `paramOf`. */
  params?: (t: Tenant) => Record<string, string>;
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
const occurredAt = () => daysAgo(3).toISOString();
const periodFrom = () => daysAgo(60).toISOString().slice(0, 10);
const periodTo = () => daysAgo(1).toISOString().slice(0, 10);
const year = String(daysAgo(1).getUTCFullYear());

const careEvent = (t: Tenant) => ({
  beneficiaryId: t.beneficiaryId,
  occurredAt: occurredAt(),
  kind: 'delivery',
  lines: [{ itemId: t.itemId, quantity: 1, fundingSourceId: t.fundingSourceId }],
});

/** Every operation with a path parameter, keyed by operationId. */
const probeTable: Record<string, ProbeEntry> = {
  OrganisationsController_get: { access: 'read' },
  OrganisationsController_update: {
    access: 'admin',
    body: () => ({ name: 'Перехвачено', publicDescription: 'probe' }),
  },
  OrganisationsController_putProfile: { access: 'admin', body: () => ({ staffFte: 99.5, volunteers: 999 }) },
  MembersController_list: { access: 'admin' },
  MembersController_invite: {
    access: 'admin',
    body: () => ({ email: `probe-${randomUUID()}@example.org`, role: 'admin' }),
  },
  OrganisationInvitationsController_list: { access: 'admin' },
  OrganisationInvitationsController_revoke: { access: 'admin' },
  MyInvitationsController_accept: {},
  MyInvitationsController_decline: {},
  MembersController_changeRole: { access: 'admin', body: () => ({ role: 'admin' }) },
  MembersController_remove: { access: 'admin' },
  ApiKeysController_create: { access: 'admin', body: () => ({ name: 'probe' }) },
  ApiKeysController_list: { access: 'admin' },
  ApiKeysController_revoke: { access: 'admin' },
  AuditController_list: { access: 'admin' },
  AuditController_verify: { access: 'admin' },
  BeneficiariesController_create: { access: 'write', body: () => ({ fullName: 'Зонд Зондов' }) },
  BeneficiariesController_list: { access: 'read' },
  BeneficiariesController_get: { access: 'read' },
  BeneficiariesController_update: {
    access: 'write',
    body: () => ({ fullName: 'Перезаписано', notes: 'probe' }),
  },
  BeneficiariesController_erase: { access: 'admin' },
  BeneficiariesController_giveConsent: {
    access: 'write',
    body: () => ({ scope: 'publication', givenAt: occurredAt() }),
  },
  BeneficiariesController_withdrawConsent: { access: 'write' },
  BeneficiariesController_export: { access: 'admin' },
  CaseworkController_addNote: { access: 'write', body: () => ({ text: 'probe' }) },
  CaseworkController_notes: { access: 'read' },
  CaseworkController_editNote: { access: 'write', body: () => ({ text: 'probe' }) },
  CaseworkController_addFollowUp: {
    access: 'write',
    body: (t) => ({ text: 'probe', dueOn: '2026-12-01', assigneeId: t.staff.userId }),
  },
  CaseworkController_followUps: { access: 'read' },
  CaseworkController_updateFollowUp: { access: 'write', body: () => ({ done: true }) },
  MyFollowUpsController_mine: { access: 'read' },
  CareEventsController_create: {
    access: 'write',
    refs: ['beneficiaryId', 'itemId', 'fundingSourceId'],
    body: careEvent,
  },
  CareEventsController_list: { access: 'read' },
  CareEventsController_createBatch: {
    access: 'write',
    refs: ['beneficiaryId', 'itemId', 'fundingSourceId'],
    body: (t) => ({ events: [careEvent(t)] }),
  },
  CareEventsController_get: { access: 'read' },
  CareEventsController_void: { access: 'write', body: () => ({ reason: 'probe' }) },
  NeedsController_replace: {
    access: 'write',
    refs: ['itemId'],
    body: (t) => ({ needs: [{ itemId: t.itemId, quantityPerMonth: 7, from: periodFrom() }] }),
  },
  NeedsController_care: { access: 'read' },
  ReportsController_request: {
    access: 'write',
    refs: ['fundingSourceId'],
    body: (t) => ({
      type: 'funding_source',
      fundingSourceId: t.fundingSourceId,
      periodFrom: periodFrom(),
      periodTo: periodTo(),
      language: 'ru',
    }),
  },
  ReportsController_list: { access: 'read' },
  ReportsController_get: { access: 'read' },
  ReportsController_file: { access: 'read' },
  ReportsController_publish: { access: 'admin' },
  ReportsController_schedule: {
    access: 'admin',
    body: () => ({ cadence: 'yearly', language: 'en', autoPublish: false }),
  },
  ReportsController_schedulesList: { access: 'read' },
  ReportsController_removeSchedule: { access: 'admin' },
  StatisticsController_organisationMetrics: { access: 'read' },
  FundingSourcesController_create: {
    access: 'admin',
    body: () => ({ name: 'Зонд', funderName: 'Зонд', kind: 'business' }),
  },
  FundingSourcesController_list: { access: 'read' },
  FundingSourcesController_get: { access: 'read' },
  FundingSourcesController_update: { access: 'admin', body: () => ({ name: 'Перехвачено' }) },
  ItemsController_create: {
    access: 'admin',
    body: () => ({
      sku: `PROBE-${randomUUID().slice(0, 8)}`,
      name: 'Зонд',
      unit: 'piece',
      category: 'other',
      defaultUnitCostKopecks: 100,
    }),
  },
  ItemsController_list: { access: 'read' },
  ItemsController_get: { access: 'read' },
  ItemsController_update: {
    access: 'admin',
    body: () => ({ name: 'Перехвачено', defaultUnitCostKopecks: 1 }),
  },
  StockController_levels: { access: 'read' },
  StockController_record: {
    access: 'write',
    refs: ['itemId'],
    body: (t) => ({ itemId: t.itemId, kind: 'write_off', quantity: 5, occurredAt: occurredAt() }),
  },
  StockController_movements: { access: 'read' },
  PlatformRolesController_grant: {
    body: () => ({ role: 'platform_admin' }),
    params: (t) => ({ userId: t.org.adminId }),
  },
  PlatformRolesController_revoke: { params: (t) => ({ userId: t.org.adminId, role: 'authority' }) },
  AdminOrganisationsController_setStatus: {
    body: () => ({ status: 'suspended', reason: 'Зонд' }),
    params: (t) => ({ id: t.org.orgId }),
  },
  AdminOrganisationsController_verify: {
    body: () => ({ regionCode: '48' }),
    params: (t) => ({ id: t.org.orgId }),
  },
  AdminOrganisationsController_unverify: {
    body: () => ({ reason: 'Зонд' }),
    params: (t) => ({ id: t.org.orgId }),
  },
  AdminUserStatusController_setStatus: {
    body: () => ({ status: 'suspended' }),
    params: (t) => ({ id: t.org.adminId }),
  },
  // A league recompute request belongs to the platform, not to a tenant: any id is 403 to all but its admins.
  LeagueController_recomputeState: { params: () => ({ id: randomUUID() }) },
  LeagueController_recomputeJob: { params: () => ({ jobId: randomUUID() }) },
  AdminPopulationsController_put: { body: () => ({ population: 1, source: 'probe' }) },
  AdminExternalIndicatorsController_replace: {
    body: () => 'regionCode,indicator,value,source\n48,grants_per_100k,99999,probe\n',
  },
  StatisticsController_authorityRegion: {},
  PublicReportsController_get: { publicStatus: 404 },
  PublicReportsController_file: { publicStatus: 404 },
  // what the page a report's QR code opens reads: for an unpublished report, only "genuine, not published"
  PublicReportsController_byNumber: { publicStatus: 200 },
  PublicRegionsController_organisations: { publicStatus: 200 },
  // a region's league standing: no table is computed in this suite
  LeagueController_region: { publicStatus: 404 },
  StatisticsController_publicOrganisation: { publicStatus: 200 },
  StatisticsController_publicRegion: { publicStatus: 200 },
};

/** Path parameters that name one tenant's row. */
const tenantParams = [
  'userId',
  'keyId',
  'beneficiaryId',
  'consentId',
  'noteId',
  'followUpId',
  'itemId',
  'id',
  'eventId',
  'reportId',
  'invitationId',
];

function paramOf(t: Tenant, name: string): string {
  const values: Record<string, string> = {
    orgId: t.org.orgId,
    userId: t.viewer.userId,
    keyId: t.apiKey.id,
    beneficiaryId: t.beneficiaryId,
    consentId: t.consentId,
    noteId: t.noteId,
    followUpId: t.followUpId,
    itemId: t.itemId,
    id: t.fundingSourceId,
    eventId: t.eventId,
    reportId: t.reportId,
    invitationId: t.invitationId,
    type: 'activity',
    code: t.regionCode,
    year,
    role: 'authority',
  };
  const value = values[name];
  if (value === undefined) throw new Error(`the probe has no value for the path parameter {${name}}`);
  return value;
}

/** Required query parameters of any operation. */
const queryValues: Record<string, string> = { year, granularity: 'month' };

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
}

interface OpenApiOperation {
  operationId?: string;
  parameters?: OpenApiParameter[];
  security?: Record<string, string[]>[];
  requestBody?: { content: Record<string, unknown> };
  responses?: Record<string, { description?: string; content?: Record<string, unknown> }>;
}

interface Operation {
  operationId: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  pathParams: string[];
  requiredQuery: string[];
  kind: Kind | undefined;
  acceptsApiKey: boolean;
  contentType?: string;
  accept?: string;
  documentedAccess?: Access;
  entry?: ProbeEntry;
}

function kindOf(path: string, operation: OpenApiOperation): Kind | undefined {
  if (!operation.security?.length) {
    return /^\/(health|metrics)(\/|$)|^\/api\/v1\/public\/|^\/reports\//.test(path) ? 'public' : undefined;
  }
  if (path.startsWith('/api/v1/orgs/{orgId}')) return 'org';
  if (path.startsWith('/api/v1/admin/')) return 'platform';
  if (path.startsWith('/api/v1/regions/{code}')) return 'authority';
  // The signed-in person's own things (their invitations): anyone else's are 404.
  if (path.startsWith('/api/v1/me/')) return 'self';
  return undefined;
}

function operationsOf(document: { paths: Record<string, Record<string, OpenApiOperation>> }): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => {
        const parameters = operation.parameters ?? [];
        const operationId = operation.operationId ?? `${method.toUpperCase()} ${path}`;
        const forbidden = operation.responses?.['403']?.description ?? '';
        const success = Object.entries(operation.responses ?? {}).find(([status]) => status.startsWith('2'));
        return {
          operationId,
          method: method.toUpperCase() as Operation['method'],
          path,
          pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]),
          requiredQuery: parameters.filter((p) => p.in === 'query' && p.required).map((p) => p.name),
          kind: kindOf(path, operation),
          acceptsApiKey: (operation.security ?? []).some((scheme) => 'api-key' in scheme),
          contentType: Object.keys(operation.requestBody?.content ?? {})[0],
          accept: Object.keys(success?.[1].content ?? {}).find((type) => type !== 'application/json'),
          documentedAccess: /needs the (read|write|admin) access level/.exec(forbidden)?.[1] as
            Access | undefined,
          entry: probeTable[operationId],
        };
      }),
  );
}

function roleAllows(role: Role, access: Access): boolean {
  return access === 'read' || (access === 'write' ? role !== 'viewer' : role === 'admin');
}

describe('isolation probe generated from the OpenAPI document', () => {
  let api: TestApi;
  let operations: Operation[];
  let probed: Operation[];
  let a: Tenant;
  let b: Tenant;
  let c: Tenant;
  let authority: RegisteredOrg;
  let platformAdminToken: string;
  let before: { a: unknown; b: unknown; global: unknown };
  const tally = new Map<string, number>();
  const platformAdminEmail = `platform-${randomUUID()}@example.org`;
  const otherRegion = '77';

  /** The role a caller holds in an organisation, if any. */
  function roleIn(caller: Caller, orgId: string): Role | undefined {
    const roles: Partial<Record<Caller, [string, Role]>> = {
      bAdmin: [b.org.orgId, 'admin'],
      bViewer: [b.org.orgId, 'viewer'],
      bStaff: [b.org.orgId, 'staff'],
      bApiKey: [b.org.orgId, 'staff'],
      otherAuthority: [authority.orgId, 'admin'],
    };
    const held = roles[caller];
    return held && held[0] === orgId ? held[1] : undefined;
  }

  function credentialsOf(caller: Caller): Record<string, string> {
    switch (caller) {
      case 'bAdmin':
        return bearer(b.org.accessToken);
      case 'bViewer':
        return bearer(b.viewer.accessToken);
      case 'bStaff':
        return bearer(b.staff.accessToken);
      case 'bApiKey':
        return { 'x-api-key': b.apiKey.key };
      case 'otherAuthority':
        return bearer(authority.accessToken);
      case 'platformAdmin':
        return bearer(platformAdminToken);
      case 'anonymous':
        return {};
    }
  }

  /**
   * The request for an operation, built from the document: `orgId` from one tenant, each other path
   * parameter from the tenant `pathOf` names for it, the ids a body names from a third.
   */
  function requestFor(operation: Operation, org: Tenant, pathOf: PathOf, refs: Tenant, caller: Caller) {
    const url = operation.path.replace(/\{(\w+)\}/g, (_match, name: string) => {
      const owner = name === 'orgId' ? org : pathOf(name);
      return encodeURIComponent(operation.entry?.params?.(owner)[name] ?? paramOf(owner, name));
    });
    const query = operation.requiredQuery.map((name) => {
      if (!(name in queryValues)) throw new Error(`the probe has no value for the query parameter ${name}`);
      return `${name}=${encodeURIComponent(queryValues[name])}`;
    });
    const body = operation.entry?.body?.(refs);
    return {
      method: operation.method,
      url: query.length ? `${url}?${query.join('&')}` : url,
      headers: {
        ...credentialsOf(caller),
        ...(operation.method === 'POST' ? { 'idempotency-key': randomUUID() } : {}),
        ...(operation.accept ? { accept: `${operation.accept}, application/problem+json` } : {}),
        ...(body !== undefined ? { 'content-type': operation.contentType ?? 'application/json' } : {}),
      },
      ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    };
  }

  /** What a caller must get for an operation on ids that are not theirs (undefined: not probed). */
  function expectedStatus(operation: Operation, caller: Caller, orgId: string): number | undefined {
    if (operation.kind === 'public') return operation.entry?.publicStatus;
    if (caller === 'anonymous') return 401;
    if (caller === 'bApiKey' && !operation.acceptsApiKey) return 401; // not a credential for this route
    switch (operation.kind) {
      case 'org': {
        const role = roleIn(caller, orgId);
        if (!role) return 404;
        return roleAllows(role, operation.entry?.access ?? 'admin') ? 404 : 403;
      }
      case 'platform':
        return caller === 'platformAdmin' ? undefined : 403;
      case 'authority':
        return 403;
      case 'self':
        return 404;
      default:
        return undefined;
    }
  }

  /** A's secrets that no answer to anyone else may contain. */
  function secretsOf(t: Tenant): string[] {
    return [
      t.beneficiaryName,
      t.beneficiaryCode,
      t.org.adminEmail,
      t.viewer.email,
      t.staff.email,
      t.apiKey.key,
    ];
  }

  interface Probe {
    operation: Operation;
    caller: Caller;
    org: Tenant;
    path: PathOf;
    refs: Tenant;
  }

  const all =
    (t: Tenant): PathOf =>
    () =>
      t;

  /** Runs the probes and returns one line per answer that was not what it must be. */
  async function run(variant: string, probes: Probe[]): Promise<string[]> {
    const failures: string[] = [];
    for (const { operation, caller, org, path, refs } of probes) {
      const expected = expectedStatus(operation, caller, org.org.orgId);
      if (expected === undefined) continue;
      tally.set(variant, (tally.get(variant) ?? 0) + 1);
      const request = requestFor(operation, org, path, refs, caller);
      const response = await api.app.inject(request);
      const where = `${caller} ${request.method} ${request.url} (${operation.operationId})`;
      if (response.statusCode !== expected) {
        failures.push(
          `${where}: ${response.statusCode}, expected ${expected}: ${response.body.slice(0, 300)}`,
        );
        continue;
      }
      if (expected >= 400 && !/^application\/problem\+json/.test(String(response.headers['content-type']))) {
        failures.push(`${where}: ${expected} is not application/problem+json`);
      }
      const leaked = secretsOf(a).filter((secret) => response.body.includes(secret));
      if (leaked.length) failures.push(`${where}: the answer reveals ${leaked.join(', ')}`);
    }
    return failures;
  }

  const probeCallers: Caller[] = [
    'bAdmin',
    'bViewer',
    'bApiKey',
    'otherAuthority',
    'platformAdmin',
    'anonymous',
  ];
  const bCallers: Caller[] = ['bAdmin', 'bViewer', 'bApiKey'];

  /** One organisation with one of every kind of object, made through the api as its admin. */
  async function buildTenant(label: string, regionCode: string): Promise<Tenant> {
    const org = await registerOrg(api.app, { name: `Фонд «${label}»`, regionCode });
    const call = async (method: 'POST' | 'PUT', path: string, payload: object) => {
      const response = await api.app.inject({
        method,
        url: `/api/v1/orgs/${org.orgId}${path}`,
        headers: {
          ...bearer(org.accessToken),
          ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}),
        },
        payload,
      });
      if (response.statusCode >= 300)
        throw new Error(`${method} ${path}: ${response.statusCode} ${response.body}`);
      return response.json();
    };
    const viewer = await addMember(api.app, org, 'viewer');
    const staff = await addMember(api.app, org, 'staff');
    const apiKey = await call('POST', '/api-keys', { name: 'integration' });
    const invitation = await call('POST', '/members', {
      email: `invited-${randomUUID()}@example.org`,
      role: 'staff',
    });
    const beneficiaryName = `Секретова ${label} ${randomUUID().slice(0, 8)}`;
    const beneficiaryCode = `${label}-${randomUUID().slice(0, 8)}`;
    const beneficiary = await call('POST', '/beneficiaries', {
      code: beneficiaryCode,
      fullName: beneficiaryName,
      birthDate: '2015-03-01',
      consents: [{ scope: 'care', givenAt: daysAgo(30).toISOString() }],
    });
    const item = await call('POST', '/items', {
      sku: `SKU-${label}-${randomUUID().slice(0, 6)}`,
      name: 'Мазь «Бепантен»',
      unit: 'tube',
      category: 'medication',
      defaultUnitCostKopecks: 45_000,
    });
    const funding = await call('POST', '/funding-sources', {
      name: 'Грант',
      funderName: 'Фонд президентских грантов',
      kind: 'presidential_grant',
    });
    await call('POST', '/stock/movements', {
      itemId: item.id,
      kind: 'receipt',
      quantity: 100,
      unitCostKopecks: 45_000,
      fundingSourceId: funding.id,
      occurredAt: daysAgo(10).toISOString(),
    });
    const ids = { beneficiaryId: beneficiary.id, itemId: item.id, fundingSourceId: funding.id } as Tenant;
    const event = await call('POST', '/care-events', careEvent(ids));
    const voided = await call('POST', '/care-events', careEvent(ids));
    await call('POST', `/care-events/${voided.id}/void`, { reason: 'ошибка ввода' });
    await call('PUT', `/beneficiaries/${beneficiary.id}/needs`, {
      needs: [{ itemId: item.id, quantityPerMonth: 2, from: periodFrom() }],
    });
    const note = await call('POST', `/beneficiaries/${beneficiary.id}/notes`, { text: `Запись ${label}` });
    const followUp = await call('POST', `/beneficiaries/${beneficiary.id}/follow-ups`, {
      text: `Задача ${label}`,
      dueOn: '2026-12-01',
      assigneeId: org.adminId,
    });
    await call('PUT', `/profile/${year}`, { staffFte: 2.5, volunteers: 12 });
    const report = await call('POST', '/reports', {
      type: 'activity',
      periodFrom: periodFrom(),
      periodTo: periodTo(),
      language: 'ru',
    });
    const published = await call('POST', '/reports', {
      type: 'funding_source',
      fundingSourceId: funding.id,
      periodFrom: periodFrom(),
      periodTo: periodTo(),
      language: 'en',
    });
    return {
      label,
      org,
      regionCode,
      viewer,
      staff,
      apiKey: { id: apiKey.id, key: apiKey.key },
      beneficiaryId: beneficiary.id,
      beneficiaryCode,
      beneficiaryName,
      consentId: beneficiary.consents[0].id,
      noteId: note.id,
      followUpId: followUp.id,
      itemId: item.id,
      fundingSourceId: funding.id,
      eventId: event.id,
      voidedEventId: voided.id,
      reportId: report.id,
      publishedReportId: published.id,
      invitationId: invitation.invitationId,
    };
  }

  /** Every row the tenant owns (a digest per table) and the global rows about it, read as superuser. */
  async function snapshotOf(t: Tenant) {
    const tables = await api.db.asSuperuser<{ table_name: string }>(
      `select table_name from information_schema.columns
        where table_schema = 'public' and column_name = 'tenant_id' order by table_name`,
    );
    const digests: Record<string, { rows: number; digest: string }> = {};
    for (const { table_name: table } of tables) {
      // last_used_at of an API key moves when the key is used (B's key is a caller); nothing else may.
      const [row] = await api.db.asSuperuser<{ rows: number; digest: string }>(
        `select count(*)::int as rows,
                md5(coalesce(string_agg((to_jsonb(t) - 'last_used_at')::text, '|' order by (to_jsonb(t) - 'last_used_at')::text), '')) as digest
           from "${table}" t where tenant_id = $1`,
        [t.org.orgId],
      );
      digests[table] = row;
    }
    const userIds = [t.org.adminId, t.viewer.userId, t.staff.userId];
    return {
      organisation: await api.db.asSuperuser('select * from organisations where id = $1', [t.org.orgId]),
      memberships: await api.db.asSuperuser(
        'select user_id, role from memberships where organisation_id = $1 order by user_id',
        [t.org.orgId],
      ),
      invitations: await api.db.asSuperuser(
        'select id, email, role, status, token_hash, expires_at from invitations where organisation_id = $1 order by id',
        [t.org.orgId],
      ),
      users: await api.db.asSuperuser(
        'select id, email, full_name from users where id = any($1) order by id',
        [userIds],
      ),
      platformRoles: await api.db.asSuperuser(
        'select user_id, role, region_codes from platform_roles where user_id = any($1) order by user_id, role',
        [userIds],
      ),
      personalData: await api.db.asSuperuser(
        'select beneficiary_id, full_name, birth_date from beneficiary_personal_data where tenant_id = $1',
        [t.org.orgId],
      ),
      beneficiaries: await api.db.asSuperuser(
        'select id, code, status from beneficiaries where tenant_id = $1',
        [t.org.orgId],
      ),
      stock: await api.db.asSuperuser(
        'select item_id, quantity, value_kopecks from stock_balances where tenant_id = $1 order by item_id',
        [t.org.orgId],
      ),
      reports: await api.db.asSuperuser(
        'select id, status, sha256, published_at from reports where tenant_id = $1 order by id',
        [t.org.orgId],
      ),
      digests,
    };
  }

  async function globalSnapshot() {
    return {
      populations: await api.db.asSuperuser(
        `select md5(coalesce(string_agg(to_jsonb(t)::text, '|' order by to_jsonb(t)::text), '')) as digest from region_populations t`,
      ),
      indicators: await api.db.asSuperuser(
        `select md5(coalesce(string_agg(to_jsonb(t)::text, '|' order by to_jsonb(t)::text), '')) as digest from external_indicators t`,
      ),
    };
  }

  beforeAll(async () => {
    // Thousands of requests from one address: the per-address rate limit is not what this suite is about.
    api = await startTestApi('isolation_probe', {
      RATE_LIMIT_PER_MINUTE: '1000000',
      PLATFORM_ADMIN_EMAIL: platformAdminEmail,
      PLATFORM_ADMIN_PASSWORD: defaultPassword,
    });
    const document = (await api.app.inject({ method: 'GET', url: '/api/docs-json' })).json();
    operations = operationsOf(document);
    probed = operations.filter((operation) => operation.pathParams.length > 0 && operation.entry);

    const worker = await startTestWorker(api.db);
    try {
      a = await buildTenant('A', '48');
      b = await buildTenant('B', '48');
      c = await buildTenant('C', '50');
      // Every report ready, then one of each organisation's published.
      for (const t of [a, b, c]) {
        for (const reportId of [t.reportId, t.publishedReportId]) {
          await eventually(
            async () => {
              const [row] = await api.db.asSuperuser<{ status: string }>(
                'select status from reports where id = $1',
                [reportId],
              );
              if (row.status !== 'ready') throw new Error(`report ${reportId} is ${row.status}`);
            },
            { timeoutMs: 60_000 },
          );
        }
        const published = await api.app.inject({
          method: 'POST',
          url: `/api/v1/orgs/${t.org.orgId}/reports/${t.publishedReportId}/publish`,
          headers: bearer(t.org.accessToken),
        });
        expect(published.statusCode).toBe(200);
      }
    } finally {
      // With the worker gone nothing but the probe's requests can change a row.
      await worker.close();
    }
    for (const t of [a, b, c]) {
      const schedule = await api.app.inject({
        method: 'PUT',
        url: `/api/v1/orgs/${t.org.orgId}/report-schedules/activity`,
        headers: bearer(t.org.accessToken),
        payload: { cadence: 'monthly', language: 'ru', autoPublish: false },
      });
      expect(schedule.statusCode).toBe(200);
    }

    platformAdminToken = await login(api.app, platformAdminEmail);
    // A's published report is listed publicly only once the platform has verified A.
    await verifyOrg(api.app, a.org, platformAdminToken);
    authority = await registerOrg(api.app, { name: 'Министерство', regionCode: otherRegion });
    const grant = await api.app.inject({
      method: 'POST',
      url: `/api/v1/admin/users/${authority.adminId}/platform-roles`,
      headers: bearer(platformAdminToken),
      payload: { role: 'authority', regionCodes: [otherRegion] },
    });
    expect(grant.statusCode).toBe(204);

    before = { a: await snapshotOf(a), b: await snapshotOf(b), global: await globalSnapshot() };
  }, 180_000);

  afterAll(() => api?.close());

  describe('coverage of the document', () => {
    it('has a probe entry for every operation with a path parameter, and none for operations that are gone', () => {
      const withParams = operations.filter((operation) => operation.pathParams.length > 0);
      const missing = withParams.filter((operation) => !operation.entry);
      expect(
        missing.map((operation) => `${operation.operationId} (${operation.method} ${operation.path})`),
      ).toEqual([]);
      const documented = new Set(withParams.map((operation) => operation.operationId));
      expect(Object.keys(probeTable).filter((operationId) => !documented.has(operationId))).toEqual([]);
      expect(probed.length).toBeGreaterThanOrEqual(55);
    });

    it('knows what every probed operation is: public, organisation, platform or authority', () => {
      const unknown = probed.filter((operation) => !operation.kind);
      expect(unknown.map((operation) => `${operation.operationId} ${operation.path}`)).toEqual([]);
      const publicWithoutAnswer = probed.filter(
        (operation) => operation.kind === 'public' && operation.entry?.publicStatus === undefined,
      );
      expect(publicWithoutAnswer.map((operation) => operation.operationId)).toEqual([]);
    });

    it('gives each organisation route the access level its document declares', () => {
      const disagreements = probed
        .filter((operation) => operation.kind === 'org')
        .filter((operation) => operation.entry?.access !== operation.documentedAccess)
        .map(
          (operation) =>
            `${operation.operationId}: probe table ${operation.entry?.access}, document ${operation.documentedAccess}`,
        );
      expect(disagreements).toEqual([]);
    });

    it('has a value for every path parameter and required query parameter of the document', () => {
      const problems: string[] = [];
      for (const operation of probed) {
        try {
          requestFor(operation, a, all(a), a, 'anonymous');
        } catch (error) {
          problems.push(`${operation.operationId}: ${(error as Error).message}`);
        }
      }
      expect(problems).toEqual([]);
    });
  });

  describe('control: the requests the probe builds work for their own organisation', () => {
    it('answers 2xx to C’s admin on C’s own resources for every organisation operation', async () => {
      // Reads first, then writes, erasures and removals last, so that no request spoils the next one.
      const rank = (operation: Operation) =>
        operation.method === 'GET' ? 0 : operation.method === 'DELETE' ? 2 : 1;
      const own = probed.filter((operation) => operation.kind === 'org').sort((x, y) => rank(x) - rank(y));
      const failures: string[] = [];
      for (const operation of own) {
        const request = requestFor(operation, c, all(c), c, 'anonymous');
        const response = await api.app.inject({
          ...request,
          headers: { ...request.headers, ...bearer(c.org.accessToken) },
        });
        if (response.statusCode < 200 || response.statusCode >= 300) {
          failures.push(
            `${operation.operationId} ${request.method} ${request.url}: ${response.statusCode} ${response.body}`,
          );
        }
      }
      expect(failures).toEqual([]);
    });

    it('shows a published report of A to anyone, and its region’s statistics to its authority', async () => {
      for (const path of [
        `/api/v1/public/reports/${a.publishedReportId}`,
        `/api/v1/public/reports/${a.publishedReportId}/file`,
      ]) {
        expect((await api.app.inject({ method: 'GET', url: path })).statusCode).toBe(200);
      }
      const stats = await api.app.inject({
        method: 'GET',
        url: `/api/v1/regions/${otherRegion}/stats?year=${year}`,
        headers: bearer(authority.accessToken),
      });
      expect(stats.statusCode).toBe(200);
    });
  });

  describe('probe', () => {
    it.each(probeCallers)(
      '%s gets 404 (or 401, or 403 above any organisation) for every operation on A',
      async (caller) => {
        const failures = await run(
          'A’s resources',
          probed.map((operation) => ({ operation, caller, org: a, path: all(a), refs: a })),
        );
        expect(failures).toEqual([]);
      },
    );

    it('B’s members get 404 for A’s ids under their own organisation (403 where their role is short)', async () => {
      const withTenantIds = probed.filter(
        (operation) =>
          operation.kind === 'org' && operation.pathParams.some((name) => tenantParams.includes(name)),
      );
      const failures = await run(
        'A’s ids under B',
        bCallers.flatMap((caller) =>
          withTenantIds.map((operation) => ({ operation, caller, org: b, path: all(a), refs: a })),
        ),
      );
      // One of A's ids among B's own: B's beneficiary with A's consent, and A's beneficiary with B's consent.
      const mixed: Probe[] = [];
      for (const operation of withTenantIds) {
        const ids = operation.pathParams.filter((name) => tenantParams.includes(name));
        if (ids.length < 2) continue;
        for (const foreign of ids) {
          const path: PathOf = (name) => (name === foreign ? a : b);
          mixed.push(...bCallers.map((caller) => ({ operation, caller, org: b, path, refs: b })));
        }
      }
      failures.push(...(await run('A’s ids among B’s', mixed)));
      expect(failures).toEqual([]);
    });

    it('B’s members get 404 for A’s ids in the body of a request to their own organisation', async () => {
      const withRefs = probed.filter(
        (operation) => operation.kind === 'org' && operation.entry?.refs?.length,
      );
      expect(withRefs.length).toBeGreaterThanOrEqual(5);
      const failures = await run(
        'A’s ids in B’s bodies',
        bCallers.flatMap((caller) =>
          withRefs.map((operation) => ({ operation, caller, org: b, path: all(b), refs: a })),
        ),
      );
      expect(failures).toEqual([]);
    });

    it('B’s viewer, staff and API key get 403 for what their role may not do in their own organisation', async () => {
      const probes = (['bViewer', 'bStaff', 'bApiKey'] as Caller[]).flatMap((caller) =>
        probed
          .filter((operation) => operation.kind === 'org')
          .filter(
            (operation) =>
              !roleAllows(roleIn(caller, b.org.orgId) as Role, operation.entry?.access ?? 'admin'),
          )
          .map((operation) => ({ operation, caller, org: b, path: all(b), refs: b })),
      );
      expect(probes.length).toBeGreaterThanOrEqual(40);
      const failures = await run('own organisation, role short', probes);
      expect(failures).toEqual([]);
    });

    it('public routes never reveal A’s unpublished report or personal data to anyone', async () => {
      const publicOperations = probed.filter((operation) => operation.kind === 'public');
      expect(publicOperations.map((operation) => operation.operationId).sort()).toEqual(
        expect.arrayContaining(['PublicReportsController_file', 'PublicReportsController_get']),
      );
      const profile = await api.app.inject({ method: 'GET', url: `/api/v1/public/orgs/${a.org.orgId}` });
      expect(profile.body).not.toContain(a.reportId);
      const list = await api.app.inject({
        method: 'GET',
        url: `/api/v1/public/reports?orgId=${a.org.orgId}`,
      });
      expect(list.json().items.map((item: { id: string }) => item.id)).toEqual([a.publishedReportId]);
    });
  });

  describe('after the probe', () => {
    it('A’s data is exactly what it was: every tenant table, the organisation, its people, stock and reports', async () => {
      expect(await snapshotOf(a)).toEqual(before.a);
    });

    it('B’s data is unchanged too: every refused request left no trace', async () => {
      expect(await snapshotOf(b)).toEqual(before.b);
      expect(await globalSnapshot()).toEqual(before.global);
    });

    it('probed every operation with a path parameter', () => {
      const total = [...tally.values()].reduce((sum, n) => sum + n, 0);
      // Printed for the record: how many operations and calls the probe made.
      console.log(
        `isolation probe: ${probed.length} operations, ${total} calls: ${[...tally].map(([v, n]) => `${v} ${n}`).join(', ')}`,
      );
      expect(total).toBeGreaterThan(probed.length * probeCallers.length);
    });
  });
});
