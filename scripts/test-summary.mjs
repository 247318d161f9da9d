// Sums the JSON results scripts/test.mjs left in a folder (TEST_JSON_DIR) into the one line .ci/run ends
// with, `tests: N passed, M failed`, and on a second line `true` when every runner that ran finished
// without a failure or an error outside its tests (a suite that did not load, a global setup that threw).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2];

/** jest and vitest write the same shape: counts of tests, and suites that failed to run. */
function jestLike(r) {
  return {
    passed: r.numPassedTests ?? 0,
    failed: r.numFailedTests ?? 0,
    clean: r.success === true && (r.numRuntimeErrorTestSuites ?? 0) === 0,
  };
}

/** Playwright: `expected` tests passed, `unexpected` failed; `errors` are failures outside any test. */
function playwright(r) {
  const stats = r.stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    clean: (stats.unexpected ?? 0) === 0 && (r.errors ?? []).length === 0,
  };
}

const readers = { jest: jestLike, vitest: jestLike, playwright };
const expected = (process.env.TESTS ?? 'jest,vitest,playwright').split(',').map((name) => name.trim());
const totals = { passed: 0, failed: 0, clean: true };
for (const runner of expected) {
  const file = join(folder, `${runner}.json`);
  if (!existsSync(file)) {
    totals.clean = false; // the runner did not get as far as writing its results
    continue;
  }
  let result;
  try {
    result = readers[runner](JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    totals.clean = false;
    continue;
  }
  totals.passed += result.passed;
  totals.failed += result.failed;
  totals.clean &&= result.clean;
}
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
console.log(totals.clean ? 'true' : 'false');
