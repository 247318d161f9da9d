import { jwtKeyId } from '@careledger/auth';
import { AppConfig, publishedSecrets } from '@careledger/config';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import jwt from 'jsonwebtoken';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiApp } from '../apps/api/src/bootstrap.js';
import { jwtSecretFile, keptJwtSecret } from '../scripts/jwt-secret.mjs';
import { startTestApi, TestApi } from './support/api.js';
import { bearer, login } from './support/factories.js';

/**
 * Issue 13, item 1: no secret that appears in the repository signs a token the api accepts, and keys
 * rotate through JWT_PREVIOUS_SECRETS with a `kid` in every token.
 */

const platformAdminEmail = 'platform-admin@careledger.example';
const platformAdminPassword = 'platform admin passphrase';
const audience = 'careledger-api';

/** Values given to JWT_SECRET in text: `JWT_SECRET = '…'`, `JWT_SECRET: "…"`, `JWT_SECRET=…`, `${JWT_SECRET:-…}`. */
const secretAssignments = [
  /JWT_SECRET\s*[:=]\s*(['"`])([^'"`\n]+)\1/g,
  /JWT_SECRET=([^\s'"`]+)/g,
  /\$\{JWT_SECRET:-([^}\s]+)\}/g,
  /JWT_PREVIOUS_SECRETS\s*[:=]\s*(['"`])([^'"`\n]+)\1/g,
];

function git(...args: string[]): string {
  return execFileSync('git', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** The values, and each part of a comma-separated list (JWT_PREVIOUS_SECRETS). */
function assignedSecrets(text: string): string[] {
  return secretAssignments.flatMap((pattern) =>
    [...text.matchAll(pattern)].flatMap((match) => {
      const value = match[match.length - 1];
      return [value, ...value.split(',').map((part) => part.trim())];
    }),
  );
}

/** Every value the tracked files and the git history give JWT_SECRET, literal or fallback. */
function secretsWrittenInTheRepository(): string[] {
  const files = git('ls-files', '-z').split('\0').filter(Boolean);
  const inFiles = files.flatMap((file) => {
    try {
      return assignedSecrets(readFileSync(file, 'utf8'));
    } catch {
      return []; // deleted in the working tree
    }
  });
  const inHistory = assignedSecrets(git('log', '-p', '--all', '--format=', '-S', 'JWT_SECRET'));
  return [...new Set([...inFiles, ...inHistory])];
}

describe('secrets', () => {
  let api: TestApi;
  let adminId: string;
  let adminSessionId: string;

  beforeAll(async () => {
    api = await startTestApi('secrets', {
      PLATFORM_ADMIN_EMAIL: platformAdminEmail,
      PLATFORM_ADMIN_PASSWORD: platformAdminPassword,
    });
    const claims = claimsOf(await login(api.app, platformAdminEmail, platformAdminPassword));
    adminId = claims.sub;
    adminSessionId = claims.sid;
  });

  afterAll(() => api.close());

  function claimsOf(token: string): { sub: string; sid: string } {
    return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
  }

  /** A well-formed platform admin token for the admin's live session: right alg, issuer, audience. */
  function platformAdminToken(secret: string, kid: string): string {
    return jwt.sign({ sub: adminId, sid: adminSessionId }, secret, {
      algorithm: 'HS256',
      keyid: kid,
      issuer: api.db.config.PUBLIC_BASE_URL,
      audience,
      expiresIn: 900,
    });
  }

  function adminList(token: string, app: NestFastifyApplication = api.app) {
    return app.inject({ method: 'GET', url: '/api/v1/admin/organisations', headers: bearer(token) });
  }

  describe('a forged token with any repository secret', () => {
    const written = secretsWrittenInTheRepository();
    const candidates = [...new Set([...publishedSecrets, ...written])];

    it('finds the secrets the repository has published, so the search itself works', () => {
      expect(written).toEqual(
        expect.arrayContaining([
          'careledger-development-secret-change-me-now',
          'change-me-to-32-or-more-random-characters',
        ]),
      );
    });

    it('lists every secret of 32 or more characters written in the repository as published', () => {
      // A comma-separated list is judged by its parts, which are in `written` too.
      const unlisted = written.filter(
        (secret) => secret.length >= 32 && !secret.includes(',') && !publishedSecrets.has(secret),
      );
      expect(unlisted).toEqual([]);
    });

    it.each(candidates)('is 401 when signed with %j, under its own kid or the api’s', async (secret) => {
      const realKid = jwtKeyId(api.db.config.JWT_SECRET as string);
      for (const kid of [jwtKeyId(secret), realKid]) {
        const response = await adminList(platformAdminToken(secret, kid));
        expect(response.statusCode).toBe(401);
      }
    });

    it('while the same token signed with the api’s own secret is accepted', async () => {
      const secret = api.db.config.JWT_SECRET as string;
      expect((await adminList(platformAdminToken(secret, jwtKeyId(secret)))).statusCode).toBe(200);
    });
  });

  describe('rotation', () => {
    const apps: NestFastifyApplication[] = [];

    afterAll(() => Promise.all(apps.map((app) => app.close())));

    /** Another api on the same database with other keys, as after a redeploy. */
    async function apiWithKeys(current: string, previous: string[] = []): Promise<NestFastifyApplication> {
      const config = { ...api.db.config, JWT_SECRET: current, JWT_PREVIOUS_SECRETS: previous } as AppConfig;
      const app = await createApiApp(config);
      await app.getHttpAdapter().getInstance().ready();
      apps.push(app);
      return app;
    }

    it('accepts a token of the previous secret while it is listed, and 401 once it is removed', async () => {
      const previous = api.db.config.JWT_SECRET as string;
      const next = randomBytes(32).toString('base64url');
      const issuedBefore = await login(api.app, platformAdminEmail, platformAdminPassword);
      expect(JSON.parse(Buffer.from(issuedBefore.split('.')[0], 'base64url').toString())).toEqual({
        alg: 'HS256',
        typ: 'JWT',
        kid: jwtKeyId(previous),
      });

      const rotated = await apiWithKeys(next, [previous]);
      expect((await adminList(issuedBefore, rotated)).statusCode).toBe(200);
      const issuedAfter = await login(rotated, platformAdminEmail, platformAdminPassword);
      expect(JSON.parse(Buffer.from(issuedAfter.split('.')[0], 'base64url').toString()).kid).toBe(
        jwtKeyId(next),
      );
      expect((await adminList(issuedAfter, rotated)).statusCode).toBe(200);

      const settled = await apiWithKeys(next);
      expect((await adminList(issuedBefore, settled)).statusCode).toBe(401);
      expect((await adminList(issuedAfter, settled)).statusCode).toBe(200);
      // The old process knows nothing of the new key: it is not a key, only a kid it has never seen.
      expect((await adminList(issuedAfter)).statusCode).toBe(401);
    });
  });

  describe('the secret npm start keeps', () => {
    it('is generated once, readable by its owner only, and the same after a restart', () => {
      const folder = mkdtempSync(join(tmpdir(), 'careledger-secret-'));
      try {
        const file = join(folder, 'nested', 'jwt-secret');
        const first = keptJwtSecret(file);
        expect(first.length).toBeGreaterThanOrEqual(64);
        expect(statSync(file).mode & 0o777).toBe(0o600);
        expect(keptJwtSecret(file)).toBe(first);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });

    it('lives in a file git ignores', () => {
      expect(git('check-ignore', jwtSecretFile).trim()).toBe(jwtSecretFile);
    });
  });
});
