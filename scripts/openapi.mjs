// `npm run openapi:lint` and `npm run openapi:client`: check the OpenAPI document of a running api (or a
// saved one) with redocly lint and redocly.yaml, or generate TypeScript client types from it.
//   node scripts/openapi.mjs lint   [source]
//   node scripts/openapi.mjs client [source] [out]
// source: a URL or a file, http://localhost:3000/api/docs-json by default; out: client.d.ts by default.
/* global fetch -- Node's own, since 18 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const [command, source = 'http://localhost:3000/api/docs-json', out = 'client.d.ts'] = process.argv.slice(2);

/** The CLI of a package in node_modules, run with this node; answers its exit status. */
function run(bin, args) {
  return spawnSync(process.execPath, [join(root, 'node_modules', bin), ...args], { stdio: 'inherit' }).status;
}

/** redocly reads a file: a URL is fetched into a temporary one first. */
async function asFile(location) {
  if (!/^https?:/.test(location)) return { file: location, done() {} };
  const response = await fetch(location).catch((error) => {
    console.error(`cannot fetch ${location}: ${error.cause?.message ?? error.message} (is the api running?)`);
    process.exit(1);
  });
  if (!response.ok) {
    console.error(`${location} answered ${response.status}`);
    process.exit(1);
  }
  const folder = mkdtempSync(join(tmpdir(), 'careledger-openapi-'));
  const file = join(folder, 'openapi.json');
  writeFileSync(file, await response.text());
  return { file, done: () => rmSync(folder, { recursive: true, force: true }) };
}

if (command === 'lint') {
  const { file, done } = await asFile(source);
  const status = run('@redocly/cli/bin/cli.js', ['lint', '--config', join(root, 'redocly.yaml'), file]);
  done();
  process.exit(status ?? 1);
} else if (command === 'client') {
  process.exit(run('openapi-typescript/bin/cli.js', [source, '-o', out]) ?? 1);
} else {
  console.error('usage: node scripts/openapi.mjs lint [source] | client [source] [out]');
  process.exit(2);
}
