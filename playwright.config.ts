// Browser tests: Debian's chromium against the app as `npm start` runs it (built api, worker and web app,
// demo data), started by test/browser/global-setup.ts on a database and port of its own.
import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';

/** A port nothing listens on now: asked of the kernel in a child, since the config is read synchronously. */
function freePort(): string {
  const script = `const s = require('node:net').createServer().listen(0, '127.0.0.1', () => {
    process.stdout.write(String(s.address().port)); s.close(); });`;
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
}

// Set once in the runner; its workers inherit the environment, so all of them read the same port.
process.env.BROWSER_TEST_PORT ??= freePort();
const baseURL = `http://localhost:${process.env.BROWSER_TEST_PORT}`;

// `PLAYWRIGHT_JSON_OUTPUT_NAME=<file>` (scripts/test.mjs sets it for .ci/run) adds the JSON report.
const jsonReport = process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['json'] as const] : [];

const measured = 'league-usable.spec.ts';

export default defineConfig({
  testDir: 'test/browser',
  testMatch: '*.spec.ts',
  outputDir: 'test-results',
  globalSetup: './test/browser/global-setup.ts',
  workers: 2,
  retries: 0,
  fullyParallel: false,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ...jsonReport],
  use: {
    baseURL,
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' },
  },
  // Every spec at a phone's and a laptop's width; then, alone on the machine, the league page's timing.
  projects: [
    { name: 'phone', testIgnore: measured, use: { viewport: { width: 360, height: 740 } } },
    { name: 'desktop', testIgnore: measured, use: { viewport: { width: 1280, height: 800 } } },
    { name: 'timing', testMatch: measured, dependencies: ['phone', 'desktop'] },
  ],
});
