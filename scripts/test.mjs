// `npm test [-- jest args]`: jest with the arguments given, then the web app's component tests (vitest),
// then the browser tests (Playwright, test/browser); exits non-zero when any of them failed. Each runs
// even when an earlier one failed, so one run reports everything.
//   TESTS=jest,vitest,playwright   which runners (default: all three), e.g. TESTS=jest npm test -- test/x.e2e-spec.ts
//   TEST_JSON_DIR=<folder>         each runner also writes its JSON results there (jest.json, vitest.json,
//                                  playwright.json); scripts/test-summary.mjs sums them into one line (.ci/run)
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const vitestConfig = 'apps/web/vitest.config.ts';
const selected = new Set(
  (process.env.TESTS ?? 'jest,vitest,playwright').split(',').map((name) => name.trim()),
);
const jsonDir = process.env.TEST_JSON_DIR ? resolve(process.env.TEST_JSON_DIR) : undefined;
if (jsonDir) mkdirSync(jsonDir, { recursive: true });

/** Runs a package's binary from node_modules/.bin in the repository root; answers whether it passed. */
function run(name, binary, args, env = {}) {
  console.log(`\n--- ${name}: ${binary} ${args.join(' ')}`);
  const result = spawnSync(join(root, 'node_modules/.bin', binary), args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.error) console.error(`${name} could not start: ${result.error.message}`);
  return result.status === 0;
}

const runners = {
  jest: () => run('jest', 'jest', [...process.argv.slice(2), ...jsonArgs('jest')]),
  vitest: () => {
    const json = jsonDir
      ? ['--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile('vitest')}`]
      : [];
    return run('vitest', 'vitest', ['run', '--config', vitestConfig, ...json]);
  },
  playwright: () =>
    run(
      'playwright',
      'playwright',
      ['test'],
      jsonDir ? { PLAYWRIGHT_JSON_OUTPUT_NAME: jsonFile('playwright') } : {},
    ),
};

function jsonFile(runner) {
  return join(jsonDir, `${runner}.json`);
}

function jsonArgs(runner) {
  return jsonDir ? ['--json', `--outputFile=${jsonFile(runner)}`] : [];
}

const unknown = [...selected].filter((name) => !(name in runners));
if (unknown.length > 0) {
  console.error(`TESTS names ${unknown.join(', ')}: the runners are ${Object.keys(runners).join(', ')}`);
  process.exit(2);
}

const failed = Object.entries(runners)
  .filter(([name]) => selected.has(name))
  .filter(([, runner]) => !runner())
  .map(([name]) => name);
if (failed.length > 0) console.error(`\nfailed: ${failed.join(', ')}`);
process.exit(failed.length > 0 ? 1 : 0);
