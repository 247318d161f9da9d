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
