import { createHash } from 'node:crypto';
import { canonicalAroundSeq, chainHash, genesisHash } from './audit-chain.js';
import { canonicalJson } from './canonical-json.js';

const content = {
  tenantId: '7d1f9c56-5a0e-4d1e-9d1c-0f6b3b1e2a10',
  id: 'c0c4f1a2-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
  seq: '1',
  occurredAt: new Date('2026-11-27T10:00:00.000Z'),
  actorId: null,
  actorKind: 'system',
  action: 'organisation.created',
  entityType: 'organisation',
  entityId: null,
  details: { b: 1, a: { d: [2, 1], c: 'x' } },
};

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: 'x' } })).toBe('{"a":{"c":"x","d":[2,1]},"b":1}');
  });
});

describe('chainHash', () => {
  it('does not depend on the order of keys in details', () => {
    const reordered = { ...content, details: { a: { c: 'x', d: [2, 1] }, b: 1 } };
    expect(chainHash(genesisHash, reordered)).toBe(chainHash(genesisHash, content));
  });

  it('changes when the previous hash or any field changes', () => {
    const base = chainHash(genesisHash, content);
    expect(chainHash('f'.repeat(64), content)).not.toBe(base);
    expect(chainHash(genesisHash, { ...content, action: 'organisation.updated' })).not.toBe(base);
    expect(chainHash(genesisHash, { ...content, details: { b: 2, a: { d: [2, 1], c: 'x' } } })).not.toBe(
      base,
    );
  });
});

describe('canonicalAroundSeq', () => {
  it('rebuilds the canonical text of chainHash when the seq is put between its halves', () => {
    const { seq, ...withoutSeq } = content;
    const { before, after } = canonicalAroundSeq({ ...withoutSeq, details: { seq: '', nested: '"seq":""' } });
    const hashed = createHash('sha256').update(`${genesisHash}\n${before}${seq}${after}`).digest('hex');
    expect(hashed).toBe(chainHash(genesisHash, { ...content, details: { seq: '', nested: '"seq":""' } }));
  });
});
