import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { startTestApi, TestApi } from './support/api.js';
import { CareFixtures } from './support/care-fixtures.js';
import {
  bearer,
  createApiKey,
  defaultPassword,
  login,
  registerOrg,
  RegisteredOrg,
  verifyOrg,
} from './support/factories.js';
import {
  AnswerValidator,
  clientTypes,
  compileAgainstClient,
  lintDocument,
  OpenApiDocument,
  operationsOf,
  untypedFacts,
} from './support/openapi-contract.js';

/**
 * The OpenAPI document the api serves is a contract a client can be generated from: it lints clean, its
 * generated types give every answer and parameter a type, and the api answers as it says.
 */

const platformAdminEmail = 'contract-admin@careledger.example';
const platformAdminPassword = 'contract admin passphrase';
const metricsToken = 'contract-metrics-token-of-at-least-32-characters';

/** A program a client author would write: it compiles only if the answers it reads are typed. */
const clientReader = `
import type { paths } from './client';
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type Answer<P extends keyof paths, M extends keyof paths[P], S extends number> =
  paths[P][M] extends { responses: infer R } ? (S extends keyof R ? Json<R[S]> : never) : never;

declare const me: Answer<'/api/v1/me', 'get', 200>;
const email: string = me.user.email;
const organisationId: string = me.memberships[0].organisationId;

declare const events: Answer<'/api/v1/orgs/{orgId}/care-events', 'get', 200>;
const next: string | null = events.nextCursor;
const cost: number = events.items[0].lines[0].costKopecks;

declare const item: Answer<'/api/v1/orgs/{orgId}/items', 'post', 201>;
const sku: string = item.sku;

declare const report: Answer<'/api/v1/orgs/{orgId}/reports', 'post', 202>;
const status: 'queued' | 'running' | 'ready' | 'failed' = report.status;

declare const tokens: Answer<'/api/v1/auth/login', 'post', 200>;
const accessToken: string = tokens.accessToken;

type Problem = paths['/api/v1/orgs/{orgId}/items']['post']['responses'][400]['content']['application/problem+json'];
declare const problem: Problem;
const field: string | undefined = problem.errors?.[0].field;

const orgId: paths['/api/v1/orgs/{orgId}']['get']['parameters']['path']['orgId'] = organisationId;
const year: paths['/api/v1/orgs/{orgId}/profile/{year}']['put']['parameters']['path']['year'] = 2026;

export const read = [email, next, cost, sku, status, accessToken, field, orgId, year];
`;

interface SampledOperation {
  parameters?: { name: string; in: string; schema?: { format?: string; type?: string; enum?: unknown[] } }[];
  requestBody?: { content: Record<string, unknown> };
}

/** The path with each parameter a value of its documented type (or the one given), so a request gets there. */
function urlOf(path: string, operation: SampledOperation, given: Record<string, string> = {}): string {
  let url = path;
  for (const { name, in: where, schema = {} } of operation.parameters ?? []) {
    if (where !== 'path') continue;
    const value = given[name] ?? (schema.enum ? String(schema.enum[0]) : undefined);
    const sampled = schema.format === 'uuid' ? randomUUID() : schema.type === 'integer' ? '2026' : '48';
    url = url.replace(`{${name}}`, value ?? sampled);
  }
  return url;
}

/** A body of the operation's first media type; an empty JSON object for JSON, so validation refuses it. */
function sampleRequest(operation: SampledOperation): { headers: Record<string, string>; payload?: string } {
  const mediaType = Object.keys(operation.requestBody?.content ?? {})[0];
  if (mediaType === undefined) return { headers: {} };
  const payload = mediaType === 'application/json' ? '{}' : 'not what the route wants';
  return { headers: { 'content-type': mediaType }, payload };
}

describe('the OpenAPI contract', () => {
  let api: TestApi;
  let document: OpenApiDocument;
  let validator: AnswerValidator;
  const departures: string[] = [];

  beforeAll(async () => {
    api = await startTestApi('openapi-contract', {
      PLATFORM_ADMIN_EMAIL: platformAdminEmail,
      PLATFORM_ADMIN_PASSWORD: platformAdminPassword,
      METRICS_TOKEN: metricsToken,
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    const served = await api.app.inject({ method: 'GET', url: '/api/docs-json' });
    expect(served.statusCode).toBe(200);
    document = served.json();
    validator = await AnswerValidator.of(document);
  });

  afterAll(() => api.close());

  /** A request whose answer is checked against the document; departures are collected, not thrown. */
  async function call(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    options: { headers?: Record<string, string>; payload?: object | string } = {},
  ) {
    const answer = await api.app.inject({ method, url, headers: options.headers, payload: options.payload });
    departures.push(...validator.problemsOf(method, url, answer));
    return answer;
  }

  it('passes redocly lint with the recommended rules: no error, no warning', async () => {
    const problems = await lintDocument(document);
    expect(problems.map(({ ruleId, message, pointer }) => `${ruleId} at ${pointer}: ${message}`)).toEqual([]);
  });

  it('generates a client (openapi-typescript) in which every success answer and parameter is typed', async () => {
    const types = await clientTypes(document);
    expect(await untypedFacts(document, types)).toEqual([]);
    expect(await compileAgainstClient(types, clientReader)).toEqual([]);
  });

  it('matches the committed client types (libs/api-client), so a changed contract is a reviewed change', async () => {
    const committed = 'libs/api-client/src/schema.d.ts';
    const types = await clientTypes(document);
    if (process.env.UPDATE_CONTRACT === '1') writeFileSync(committed, types);
    // On a difference: `npm run contract:update`, then review and commit the diff with the change.
    expect(readFileSync(committed, 'utf8')).toBe(types);
  });

  it('names every schema after one class: two classes of one name would share one schema, silently', () => {
    const sources = readdirSync('apps/api/src', { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
      .map((file) => readFileSync(`apps/api/src/${file}`, 'utf8'));
    const names = sources.flatMap((source) =>
      [...source.matchAll(/^export class (\w+)/gm)].map((match) => match[1]),
    );
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it('would name an answer documented without a schema and a parameter without a type', async () => {
    const careless = structuredClone(document);
    careless.paths['/api/v1/me'].get.responses['200'] = { description: 'the user' };
    const orgParameter = careless.paths['/api/v1/orgs/{orgId}'].get.parameters.find(
      ({ name }: { name: string }) => name === 'orgId',
    );
    orgParameter.schema = {};
    const facts = await untypedFacts(careless, await clientTypes(careless));
    expect(facts).toEqual([
      expect.stringContaining('GET /api/v1/me 200: no body'),
      expect.stringContaining('GET /api/v1/orgs/{orgId} orgId'),
    ]);
  });

  it('would name an answer that departs from the document', () => {
    const json = { 'content-type': 'application/json; charset=utf-8' };
    const wrongBody = { statusCode: 200, headers: json, body: JSON.stringify({ user: 1 }) };
    expect(validator.problemsOf('GET', '/api/v1/me', wrongBody)).toEqual(
      expect.arrayContaining([expect.stringContaining('/user must be object')]),
    );
    const wrongStatus = { statusCode: 418, headers: json, body: '{}' };
    expect(validator.problemsOf('GET', '/api/v1/me', wrongStatus)).toEqual([
      expect.stringContaining('status not documented'),
    ]);
    const wrongType = { statusCode: 200, headers: { 'content-type': 'text/plain' }, body: 'hello' };
    expect(validator.problemsOf('GET', '/api/v1/me', wrongType)).toEqual([
      expect.stringContaining('media type text/plain not documented'),
    ]);
  });

  it('documents its errors: a 4xx for every operation but the health probes, each with its body', () => {
    const withoutErrors = operationsOf(document)
      .filter(({ operation }) => !Object.keys(operation.responses).some((status) => /^4\d\d$/.test(status)))
      .map(({ method, path }) => `${method} ${path}`);
    expect(withoutErrors).toEqual(['get /health', 'get /health/ready']);
    // The human report page answers its 404 as a page; every other error is problem+json.
    const untypedErrors = operationsOf(document).flatMap(({ method, path, operation }) =>
      Object.entries<{ content?: Record<string, unknown> }>(operation.responses)
        .filter(([status]) => Number(status) >= 400)
        .filter(([, { content = {} }]) => !content['application/problem+json'] && !content['text/html'])
        .map(([status]) => `${method} ${path} ${status}`),
    );
    expect(untypedErrors).toEqual([]);
  });

  it('says which operations need credentials, as the api enforces it', async () => {
    const misdocumented: string[] = [];
    for (const { method, path, operation } of operationsOf(document)) {
      const answer = await call(
        method.toUpperCase() as 'GET',
        urlOf(path, operation),
        sampleRequest(operation),
      );
      const secured = operation.security.length > 0;
      if (secured !== (answer.statusCode === 401)) {
        misdocumented.push(
          `${method} ${path}: security ${JSON.stringify(operation.security)}, answered ${answer.statusCode}`,
        );
      }
    }
    expect(misdocumented).toEqual([]);
    expect(departures).toEqual([]);
  });

  describe('answers of the main routes, against their documented schemas', () => {
    let org: RegisteredOrg;
    let adminToken: string;
    let fixtures: CareFixtures;

    beforeAll(async () => {
      adminToken = await login(api.app, platformAdminEmail, platformAdminPassword);
      org = await registerOrg(api.app, { name: 'Фонд «Контракт»' });
      await verifyOrg(api.app, org, adminToken);
      fixtures = new CareFixtures(api.db, org.orgId);
    });

    beforeEach(() => departures.splice(0));

    function orgUrl(path: string): string {
      return `/api/v1/orgs/${org.orgId}${path}`;
    }

    // Security names how a caller authenticates; what a key may then do is its role's (403), as for anyone.
    it('says which operations take an API key as a credential, as the api enforces it', async () => {
      const apiKey = { 'x-api-key': await createApiKey(api.app, org) };
      const misdocumented: string[] = [];
      for (const { method, path, operation } of operationsOf(document)) {
        if (operation.security.length === 0) continue;
        const request = sampleRequest(operation);
        const answer = await call(
          method.toUpperCase() as 'GET',
          urlOf(path, operation, { orgId: org.orgId }),
          {
            ...request,
            headers: { ...request.headers, ...apiKey },
          },
        );
        const documented = operation.security.some((scheme: object) => 'api-key' in scheme);
        if (documented === (answer.statusCode === 401)) {
          misdocumented.push(
            `${method} ${path}: api-key ${documented ? '' : 'not '}documented, answered ${answer.statusCode}`,
          );
        }
      }
      expect(misdocumented).toEqual([]);
      expect(departures).toEqual([]);
    });

    it('accounts, organisation and catalogue', async () => {
      const member = bearer(org.accessToken);
      await call('GET', '/health');
      await call('GET', '/health/ready');
      await call('GET', '/api/v1/me', { headers: member });
      await call('GET', orgUrl(''), { headers: member });
      await call('PUT', orgUrl('/profile/2026'), {
        headers: member,
        payload: { staffFte: 2.5, volunteers: 4 },
      });
      const created = await call('POST', orgUrl('/items'), {
        headers: member,
        payload: {
          sku: 'MED-1',
          name: 'Мазь',
          unit: 'tube',
          category: 'medication',
          defaultUnitCostKopecks: 45000,
        },
      });
      expect(created.statusCode).toBe(201);
      const key = { ...member, 'idempotency-key': randomUUID() };
      const keyed = {
        sku: 'MED-2',
        name: 'Бинт',
        unit: 'piece',
        category: 'dressing',
        defaultUnitCostKopecks: 900,
      };
      expect((await call('POST', orgUrl('/items'), { headers: key, payload: keyed })).statusCode).toBe(201);
      const reused = await call('POST', orgUrl('/items'), {
        headers: key,
        payload: { ...keyed, sku: 'MED-3' },
      });
      expect(reused.statusCode).toBe(422);
      const invalid = await call('POST', orgUrl('/items'), { headers: member, payload: { sku: '' } });
      expect(invalid.statusCode).toBe(400);
      expect(invalid.json().errors.length).toBeGreaterThan(0);
      await call('GET', orgUrl('/items'), { headers: member });
      await call('GET', orgUrl(`/items/${created.json().id}`), { headers: member });
      expect((await call('GET', orgUrl(`/items/${randomUUID()}`), { headers: member })).statusCode).toBe(404);
      await call('GET', orgUrl('/members'), { headers: member });
      await call('POST', orgUrl('/members'), {
        headers: member,
        payload: { email: `member-${randomUUID()}@example.org`, role: 'staff' },
      });
      await call('GET', orgUrl('/invitations'), { headers: member });
      await call('POST', orgUrl('/api-keys'), { headers: member, payload: { name: 'integration' } });
      await call('GET', orgUrl('/api-keys'), { headers: member });
      await call('GET', orgUrl('/audit'), { headers: member });
      await call('GET', orgUrl('/audit/verify'), { headers: member });
      await call('GET', '/api/v1/me/invitations', { headers: member });
      expect(departures).toEqual([]);
    });

    it('beneficiaries, stock, care and reports', async () => {
      const member = bearer(org.accessToken);
      const beneficiaryId = await fixtures.beneficiary();
      const itemId = await fixtures.item();
      const fundingSourceId = await fixtures.fundingSource();
      await fixtures.receive(itemId, 100);
      await call('GET', orgUrl('/beneficiaries'), { headers: member });
      await call('GET', orgUrl(`/beneficiaries/${beneficiaryId}`), { headers: member });
      await call('GET', orgUrl(`/beneficiaries/${beneficiaryId}/export`), { headers: member });
      await call('GET', orgUrl('/funding-sources'), { headers: member });
      await call('GET', orgUrl(`/funding-sources/${fundingSourceId}`), { headers: member });
      await call('GET', orgUrl('/stock'), { headers: member });
      await call('GET', orgUrl('/stock/movements'), { headers: member });
      const event = await call('POST', orgUrl('/care-events'), {
        headers: { ...member, 'idempotency-key': randomUUID() },
        payload: {
          beneficiaryId,
          occurredAt: '2026-11-20T10:00:00+03:00',
          kind: 'delivery',
          lines: [{ itemId, quantity: 3, fundingSourceId }],
        },
      });
      expect(event.statusCode).toBe(201);
      await call('GET', orgUrl('/care-events'), { headers: member });
      await call('GET', orgUrl(`/care-events/${event.json().id}`), { headers: member });
      await call('GET', orgUrl(`/beneficiaries/${beneficiaryId}/care`), { headers: member });
      await call('GET', orgUrl('/metrics?year=2026'), { headers: member });
      const report = await call('POST', orgUrl('/reports'), {
        headers: member,
        payload: { type: 'activity', periodFrom: '2026-11-01', periodTo: '2026-11-30', language: 'ru' },
      });
      expect(report.statusCode).toBe(202);
      await call('GET', orgUrl('/reports'), { headers: member });
      await call('GET', orgUrl(`/reports/${report.json().id}`), { headers: member });
      expect(departures).toEqual([]);
    });

    it('public and platform routes', async () => {
      const platform = bearer(adminToken);
      await call('GET', '/api/v1/public/regions');
      await call('GET', `/api/v1/public/orgs/${org.orgId}`);
      await call('GET', '/api/v1/public/regions/48/stats?year=2026');
      await call('GET', '/api/v1/public/reports');
      await call('GET', '/api/v1/public/league-table/methodology');
      await call('GET', '/api/v1/public/league-table?year=2026');
      await call('GET', '/api/v1/admin/organisations', { headers: platform });
      await call('GET', `/api/v1/admin/users?email=${encodeURIComponent(org.adminEmail)}`, {
        headers: platform,
      });
      await call('GET', '/api/v1/admin/platform-roles', { headers: platform });
      await call('GET', '/metrics', { headers: bearer(metricsToken) });
      await call('GET', '/api/v1/public/league-table/inputs.csv?year=2026');
      await call('GET', `/api/v1/public/reports/${randomUUID()}/file`);
      await call('GET', `/api/v1/public/reports/${randomUUID()}/verification`);
      await call('POST', '/api/v1/public/reports/verify', {
        headers: { 'content-type': 'application/pdf' },
        payload: Buffer.from('%PDF-1.7 not a report'),
      });
      expect(departures).toEqual([]);
    });

    it('sign-in, tokens and key revocation', async () => {
      const credentials = { email: org.adminEmail, password: defaultPassword };
      const signedIn = await call('POST', '/api/v1/auth/login', { payload: credentials });
      expect(signedIn.statusCode).toBe(200);
      const wrong = await call('POST', '/api/v1/auth/login', {
        payload: { ...credentials, password: 'wrong' },
      });
      expect(wrong.statusCode).toBe(401);
      const refreshed = await call('POST', '/api/v1/auth/refresh', {
        payload: { refreshToken: signedIn.json().refreshToken },
      });
      await call('POST', '/api/v1/auth/logout', { payload: { refreshToken: refreshed.json().refreshToken } });
      await call('POST', '/api/v1/auth/password-reset', { payload: { email: org.adminEmail } });
      const key = await call('POST', orgUrl('/api-keys'), {
        headers: bearer(org.accessToken),
        payload: { name: 'revoked' },
      });
      expect(
        (await call('DELETE', orgUrl(`/api-keys/${key.json().id}`), { headers: bearer(org.accessToken) }))
          .statusCode,
      ).toBe(204);
      expect(departures).toEqual([]);
    });
  });
});
