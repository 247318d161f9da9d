import { describe, expect, it } from 'vitest';
import { safeNextPath, signInPath } from './next-page';

describe('safeNextPath', () => {
  it('returns to a page of this app with its query and hash', () => {
    expect(safeNextPath('/authority?year=2025#48', '/')).toBe('/authority?year=2025#48');
  });

  it.each([
    ['absent', null],
    ['empty', ''],
    ['an absolute URL', 'https://evil.example/authority'],
    ['protocol-relative', '//evil.example/authority'],
    ['a backslash host', '/\\evil.example'],
    ['a relative path', 'authority'],
    ['a javascript: URL', 'javascript:alert(1)'],
  ])('falls back when next is %s', (_case, next) => {
    expect(safeNextPath(next, '/authority')).toBe('/authority');
  });

  it('undoes what signInPath encoded', () => {
    const next = new URL(`https://x.test${signInPath('/authority?year=2025&x=a b')}`).searchParams.get(
      'next',
    );
    expect(safeNextPath(next, '/')).toBe('/authority?year=2025&x=a%20b');
  });
});
