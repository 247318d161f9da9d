import { PasswordHasher, UsersRepository } from '@careledger/accounts';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { followVerificationLink } from './mail.js';
import { DataSource } from 'typeorm';

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

/**
 * Registers a new organisation with its admin through the api and follows the mailed verification
 * link, so the admin is signed in; override only what a test is about.
 */
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
  if (response.statusCode !== 202)
    throw new Error(`registration failed: ${response.statusCode} ${response.body}`);
  const tokens = await followVerificationLink(app, adminEmail);
  const me = await call(app)({ method: 'GET', url: '/api/v1/me', headers: bearer(tokens.accessToken) });
  if (me.statusCode !== 200) throw new Error(`reading /me failed: ${me.statusCode} ${me.body}`);
  const profile = me.json();
  return {
    orgId: profile.memberships[0].organisationId,
    adminId: profile.user.id,
    adminEmail,
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
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

let defaultPasswordHash: Promise<string> | undefined;

/**
 * An account made directly, with its email verified and `defaultPassword`, as if the person had signed
 * up some other way: for a test about what an existing account meets. The hash is computed once.
 */
export async function createAccount(
  app: NestFastifyApplication,
  email: string,
  fullName = 'Иван Петров',
): Promise<{ id: string }> {
  defaultPasswordHash ??= app.get(PasswordHasher).hash(defaultPassword);
  const user = await app
    .get(UsersRepository)
    .create(app.get(DataSource).manager, { email, fullName, passwordHash: await defaultPasswordHash });
  return { id: user.id };
}

/**
 * Adds a member with a role the way people join: the organisation's admin invites an email, the person
 * (with an account of their own) signs in and accepts under /me/invitations.
 */
export async function addMember(
  app: NestFastifyApplication,
  org: RegisteredOrg,
  role: 'admin' | 'staff' | 'viewer',
): Promise<Member> {
  const email = `${role}-${randomUUID()}@example.org`;
  const invited = await call(app)({
    method: 'POST',
    url: `/api/v1/orgs/${org.orgId}/members`,
    headers: bearer(org.accessToken),
    payload: { email, role },
  });
  if (invited.statusCode !== 202)
    throw new Error(`inviting a member failed: ${invited.statusCode} ${invited.body}`);
  const user = await createAccount(app, email);
  const accessToken = await login(app, email);
  const accepted = await call(app)({
    method: 'POST',
    url: `/api/v1/me/invitations/${invited.json().invitationId}/accept`,
    headers: bearer(accessToken),
  });
  if (accepted.statusCode !== 200)
    throw new Error(`accepting an invitation failed: ${accepted.statusCode} ${accepted.body}`);
  return { userId: user.id, email, accessToken };
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

/**
 * Makes an organisation count in public statistics and the league the way production does: its admin
 * enters registry numbers (a real pair with valid checksums), a platform admin verifies it.
 */
export async function verifyOrg(
  app: NestFastifyApplication,
  org: RegisteredOrg,
  platformAdminToken: string,
): Promise<void> {
  const patched = await call(app)({
    method: 'PATCH',
    url: `/api/v1/orgs/${org.orgId}`,
    headers: bearer(org.accessToken),
    payload: { inn: '7707083893', ogrn: '1027700132195' },
  });
  if (patched.statusCode !== 200)
    throw new Error(`entering registry numbers failed: ${patched.statusCode} ${patched.body}`);
  const verified = await call(app)({
    method: 'POST',
    url: `/api/v1/admin/organisations/${org.orgId}/verify`,
    headers: bearer(platformAdminToken),
    payload: { regionCode: patched.json().regionCode },
  });
  if (verified.statusCode !== 200)
    throw new Error(`verifying an organisation failed: ${verified.statusCode} ${verified.body}`);
}

/** Logs care events through the api as one batch (with an Idempotency-Key); the test fails unless it is 201. */
export async function logCareBatch(
  app: NestFastifyApplication,
  org: { orgId: string; accessToken: string },
  events: object[],
): Promise<void> {
  const response = await call(app)({
    method: 'POST',
    url: `/api/v1/orgs/${org.orgId}/care-events/batch`,
    headers: { ...bearer(org.accessToken), 'idempotency-key': randomUUID() },
    payload: { events },
  });
  if (response.statusCode !== 201)
    throw new Error(`logging care failed: ${response.statusCode} ${response.body}`);
}
