// Every string on a page comes from the catalogue: both languages have the same keys, and every key
// the source code asks for with t('…') exists.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ru } from './ru';

const srcDir = join(import.meta.dirname, '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Keys passed literally to t(…) or tKey(…) anywhere in src. */
function keysUsedInSource(): Set<string> {
  const used = new Set<string>();
  for (const file of sourceFiles(srcDir))
    for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([^']+)'/g)) used.add(match[1]);
  return used;
}

describe('message catalogue', () => {
  it('has the same keys in Russian and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
  });

  it('has no empty message', () => {
    for (const catalogue of [ru, en])
      for (const [key, message] of Object.entries(catalogue)) expect(message.trim(), key).not.toBe('');
  });

  it('has every key the source code uses', () => {
    const used = keysUsedInSource();
    expect(used.size).toBeGreaterThan(10);
    const missing = [...used].filter((key) => !(key in ru) || !(key in en));
    expect(missing).toEqual([]);
  });

  it('uses the same parameters in both languages', () => {
    const parameters = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(ru) as (keyof typeof ru)[])
      expect(parameters(en[key]), key).toEqual(parameters(ru[key]));
  });
});
