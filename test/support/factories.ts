import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';

export const defaultPassword = 'correct horse battery staple';

export interface RegisteredOrg {
  orgId: string;
  adminId: string;
  adminEmail: string;
  accessToken: string;
  refreshToken: string;
}

export interface Member {
  userId: string;
  email: string;
  accessToken: string;
}

type Inject = NestFastifyApplication['inject'];

function call(app: NestFastifyApplication): Inject {
  return app.inject.bind(app);
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

/** Registers a new organisation with its admin through the api; override only what a test is about. */
export async function registerOrg(
  app: NestFastifyApplication,
  overrides: { regionCode?: string; name?: string; email?: string } = {},
): Promise<RegisteredOrg> {
  const adminEmail = overrides.email ?? `admin-${randomUUID()}@example.org`;
  const response = await call(app)({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: {
      email: adminEmail,
      password: defaultPassword,
      fullName: 'Ольга Смирнова',
      organisation: {
        name: overrides.name ?? 'Фонд «Добрые руки»',
        regionCode: overrides.regionCode ?? '48',
      },
    },
  });
  if (response.statusCode !== 201)
    throw new Error(`registration failed: ${response.statusCode} ${response.body}`);
  const body = response.json();
  return {
    orgId: body.organisation.id,
    adminId: body.user.id,
    adminEmail,
    accessToken: body.accessToken,
    refreshToken: body.refreshToken,
  };
}

export async function login(
  app: NestFastifyApplication,
  email: string,
  password = defaultPassword,
): Promise<string> {
  const response = await call(app)({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  return response.json().accessToken;
}

/** Adds a member with a role (as the organisation's admin) and signs them in. */
export async function addMember(
  app: NestFastifyApplication,
  org: RegisteredOrg,
  role: 'admin' | 'staff' | 'viewer',
): Promise<Member> {
  const email = `${role}-${randomUUID()}@example.org`;
  const response = await call(app)({
    method: 'POST',
    url: `/api/v1/orgs/${org.orgId}/members`,
    headers: bearer(org.accessToken),
    payload: { email, fullName: 'Иван Петров', role, password: defaultPassword },
  });
  if (response.statusCode !== 201)
    throw new Error(`adding a member failed: ${response.statusCode} ${response.body}`);
  return { userId: response.json().userId, email, accessToken: await login(app, email) };
}

export async function createApiKey(app: NestFastifyApplication, org: RegisteredOrg): Promise<string> {
  const response = await call(app)({
    method: 'POST',
    url: `/api/v1/orgs/${org.orgId}/api-keys`,
    headers: bearer(org.accessToken),
    payload: { name: 'integration' },
  });
  if (response.statusCode !== 201)
    throw new Error(`creating a key failed: ${response.statusCode} ${response.body}`);
  return response.json().key;
}
