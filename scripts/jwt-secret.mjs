// The JWT secret `npm start` uses when JWT_SECRET is not set: generated once, kept in a git-ignored file
// only its owner can read, so sessions survive a restart. A file rather than a database row: the api's
// database role never reads the signing key, so not even an SQL injection could reveal it.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const jwtSecretFile = '.secrets/jwt-secret';

/** The secret kept in `file`, created (48 random bytes, mode 0600) when there is none yet. */
export function keptJwtSecret(file = jwtSecretFile) {
  try {
    const kept = readFileSync(file, 'utf8').trim();
    if (kept.length >= 32) return kept;
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600); // the mode above only applies when the file is new
  return secret;
}
