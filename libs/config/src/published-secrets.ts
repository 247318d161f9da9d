/**
 * Secrets that are, or once were, written in this repository (code, docker-compose, README, tests,
 * bench, git history) or in well-known examples: anyone can read them, so anyone could sign a token
 * with them. None is accepted as JWT_SECRET or JWT_PREVIOUS_SECRETS, in any mode. Add a value here
 * whenever one is found in the repository; the secrets suite searches the tracked files for more.
 */
export const publishedSecrets: ReadonlySet<string> = new Set([
  // the development default of libs/config until issue 13
  'careledger-development-secret-change-me-now',
  // the docker-compose fallback until issue 13
  'change-me-to-32-or-more-random-characters',
  // jwt.io's example secret
  'your-256-bit-secret',
]);

export function isPublishedSecret(secret: string): boolean {
  return publishedSecrets.has(secret.trim());
}
