import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

export const genesisHash = '0'.repeat(64);

/** The fields a row's hash covers, besides the previous hash. */
export interface ChainedContent {
  tenantId: string;
  id: string;
  seq: string;
  occurredAt: Date;
  actorId: string | null;
  actorKind: string;
  action: string;
  entityType: string;
  entityId: string | null;
  details: Record<string, unknown>;
}

export function chainHash(prevHash: string, content: ChainedContent): string {
  const canonical = canonicalJson({ ...content, occurredAt: content.occurredAt.toISOString() });
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

/**
 * A row's canonical text split around its sequence number, for chaining inside one INSERT: the
 * database appends the next seq and hashes `prevHash + "\n" + before + seq + after` itself, which
 * gives exactly `chainHash` without reading the previous row into the application first.
 */
export function canonicalAroundSeq(content: Omit<ChainedContent, 'seq'>): { before: string; after: string } {
  const canonical = canonicalJson({ ...content, seq: '', occurredAt: content.occurredAt.toISOString() });
  // Keys are sorted and quotes inside values are escaped, so the last `"seq":""` is the top-level one.
  const at = canonical.lastIndexOf('"seq":""') + '"seq":"'.length;
  return { before: canonical.slice(0, at), after: canonical.slice(at) };
}
