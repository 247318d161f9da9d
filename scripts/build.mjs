// Compiles every TypeScript source of the monorepo to dist/ with swc, rewriting the @careledger/* path
// aliases to relative ESM imports. Type checking is `npm run typecheck`; this only transpiles, fast.
// The web app (apps/web) is Vite's: scripts/web-build.mjs writes it to dist/web, which the api serves.
import { readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import swc from '@swc/core';
import { buildWeb } from './web-build.mjs';

const root = resolve(import.meta.dirname, '..');
const sourceFolders = ['apps', 'libs', 'migrations', 'bench'];
const outDir = join(root, 'dist');
// Built beside dist/ and swapped in at the end, so a process started from dist/ while another build runs
// (parallel test runs, `npm start` during tests) never finds it half-written or gone.
const nextDir = join(root, `dist.next-${process.pid}`);
const baseOptions = JSON.parse(readFileSync(join(root, '.swcrc.json'), 'utf8'));
const webApp = join(root, 'apps', 'web');

async function* typescriptSources(folder) {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (path === webApp) continue; // built by Vite, see web-build.mjs
    if (entry.isDirectory()) yield* typescriptSources(path);
    else if (/\.ts$/.test(entry.name) && !/\.(spec|d)\.ts$/.test(entry.name)) yield path;
  }
}

async function compile(file) {
  const { code, map } = await swc.transformFile(file, {
    ...baseOptions,
    swcrc: false,
    filename: file,
    jsc: {
      ...baseOptions.jsc,
      baseUrl: root,
      paths: {
        '@careledger/migrations': ['./migrations/index.ts'],
        '@careledger/*': ['./libs/*/src/index.ts'],
      },
    },
    module: { type: 'es6', resolveFully: true },
  });
  const target = join(nextDir, relative(root, file)).replace(/\.ts$/, '.js');
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
  if (map) await writeFile(`${target}.map`, map);
}

const started = Date.now();
const files = [];
for (const folder of sourceFolders)
  for await (const file of typescriptSources(join(root, folder))) files.push(file);
await Promise.all(files.map(compile));
const web = await buildWeb(join(nextDir, 'web'), { previousDir: join(outDir, 'web') });
const oldDir = join(root, `dist.old-${process.pid}`);
await rename(outDir, oldDir).catch((error) => {
  if (error.code !== 'ENOENT') throw error;
});
await rename(nextDir, outDir);
await rm(oldDir, { recursive: true, force: true });
console.log(
  `built ${files.length} files and ${web.rebuilt ? 'rebuilt' : 'kept'} the web app ` +
    `(league page initial JavaScript ${(web.initialBytes / 1024).toFixed(1)} KB gzip) in ${Date.now() - started} ms`,
);
