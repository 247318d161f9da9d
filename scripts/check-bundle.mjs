// Fails when the JavaScript the league page (the front page, `/`) loads before it can show anything is
// over its budget: the entry chunk and every chunk it imports statically, gzipped, from the manifest Vite
// writes (dist/web/.vite/manifest.json). Lazily loaded chunks (other pages, charts) are not counted.
// `node scripts/check-bundle.mjs [dir]` checks dist/web or the given build; scripts/build.mjs calls it too.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const budgetBytes = 200 * 1024;

/** The files of the entry chunk's static import graph, each once. */
function initialChunks(manifest) {
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entryKey) throw new Error('the web build has no entry chunk in its manifest');
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);
  return [...files].filter((file) => file.endsWith('.js'));
}

/** Returns the gzip size of the league page's initial JavaScript; throws a sentence when over budget. */
export function checkBundle(webDir) {
  const manifest = JSON.parse(readFileSync(join(webDir, '.vite', 'manifest.json'), 'utf8'));
  const sizes = initialChunks(manifest).map((file) => ({
    file,
    bytes: gzipSync(readFileSync(join(webDir, file)), { level: 9 }).length,
  }));
  const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0);
  if (total > budgetBytes) {
    const list = sizes.map(({ file, bytes }) => `  ${file}: ${(bytes / 1024).toFixed(1)} KB`).join('\n');
    throw new Error(
      `The league page's initial JavaScript is ${(total / 1024).toFixed(1)} KB gzip, over the budget of ` +
        `${budgetBytes / 1024} KB. Load the rest lazily (import()) instead of statically:\n${list}`,
    );
  }
  return total;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const webDir = resolve(process.argv[2] ?? join(import.meta.dirname, '..', 'dist', 'web'));
  try {
    const total = checkBundle(webDir);
    console.log(
      `league page initial JavaScript: ${(total / 1024).toFixed(1)} KB gzip (budget ${budgetBytes / 1024} KB)`,
    );
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
