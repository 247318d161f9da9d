// Builds the web app (apps/web) with Vite and holds the league page to its JavaScript budget.
// scripts/build.mjs calls buildWeb() for every `npm run build`; since test runs build too, an unchanged
// web app (same sources, same lockfile) is copied from the previous build instead of rebuilt.
// `npm run build:web` (this file run directly) always rebuilds dist/web.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkBundle } from './check-bundle.mjs';

const root = resolve(import.meta.dirname, '..');
const webRoot = join(root, 'apps', 'web');
const fingerprintFile = '.vite/sources-sha256';

async function* filesUnder(folder) {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (!/\.test\.tsx?$/.test(entry.name)) yield path;
  }
}

/** A hash of everything the web build reads: the app's own files, the lockfile and this script's options. */
async function sourcesFingerprint() {
  const hash = createHash('sha256');
  const files = [join(root, 'package-lock.json'), import.meta.filename];
  for await (const file of filesUnder(webRoot)) files.push(file);
  for (const file of files.sort())
    hash
      .update(relative(root, file))
      .update('\0')
      .update(await readFile(file));
  return hash.digest('hex');
}

function readFingerprint(dir) {
  try {
    return readFileSync(join(dir, fingerprintFile), 'utf8');
  } catch {
    return null;
  }
}

async function viteBuild(outDir) {
  // Always React's production build: a NODE_ENV=development inherited from the caller (the browser tests
  // run the app that way) would otherwise bundle React's development build, three times the size.
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  await build({
    configFile: join(webRoot, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

/**
 * Writes the web app to outDir, reusing previousDir's copy when the sources have not changed since it
 * was built; fails (throws) when the league page's initial JavaScript is over budget.
 */
export async function buildWeb(outDir, { previousDir, force = false } = {}) {
  const fingerprint = await sourcesFingerprint();
  if (!force && previousDir && readFingerprint(previousDir) === fingerprint) {
    await cp(previousDir, outDir, { recursive: true });
    return { rebuilt: false, initialBytes: checkBundle(outDir) };
  }
  await viteBuild(outDir);
  const initialBytes = checkBundle(outDir);
  await writeFile(join(outDir, fingerprintFile), fingerprint);
  return { rebuilt: true, initialBytes };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const { initialBytes } = await buildWeb(join(root, 'dist', 'web'), { force: true });
    console.log(
      `built the web app; league page initial JavaScript ${(initialBytes / 1024).toFixed(1)} KB gzip`,
    );
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
