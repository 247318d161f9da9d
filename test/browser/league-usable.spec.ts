// How soon the league page is usable: from navigation start to the frame that paints the table's rows,
// in Chromium over loopback, at 360 and 1280 px, with an empty cache and again with the cache warm.
// Measured and written to docs/benchmarks.md (section "Web"), never asserted: the target (1.5 s) is
// read there. Runs once per `playwright test`, in its own project (playwright.config.ts).
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { t } from './support';

const runs = 5;
const viewports = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
const benchmarksFile = 'docs/benchmarks.md';

declare global {
  interface Window {
    usableAt?: number;
  }
}

/** Before the app's scripts: note the frame in which the first league table row is on screen. */
function noteWhenRowsShow() {
  new MutationObserver((_, observer) => {
    if (!document.querySelector('#league-table tbody tr')) return;
    observer.disconnect();
    requestAnimationFrame(() => (window.usableAt = performance.now()));
  }).observe(document, { childList: true, subtree: true });
}

async function usableMs(page: Page): Promise<number> {
  await page.goto('/');
  await page.waitForFunction(() => window.usableAt !== undefined);
  await expect(page.getByRole('table', { name: t('league.tableCaption') }).locator('tbody tr')).toHaveCount(
    85,
  );
  return page.evaluate(() => window.usableAt!);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function summary(values: number[]): string {
  const ms = (value: number) => `${Math.round(value)} ms`;
  return `${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`;
}

test("the league page's usable time is measured and written to docs/benchmarks.md", async ({ browser }) => {
  test.setTimeout(300_000);
  const lines: string[] = [];
  for (const viewport of viewports) {
    const cold: number[] = [];
    const warm: number[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport, locale: 'ru-RU' });
      const page = await context.newPage();
      await page.addInitScript(noteWhenRowsShow);
      cold.push(await usableMs(page));
      warm.push(await usableMs(page));
      await context.close();
    }
    lines.push(`| ${viewport.width} × ${viewport.height} | ${summary(cold)} | ${summary(warm)} | ${runs} |`);
  }
  console.log(`league page usable (cold | warm):\n${lines.join('\n')}`);
  writeWebSection(lines, browser.version());
});

/** The checked-out commit, or a note when the tree is no git checkout (an unpacked archive). */
function currentCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: 'pipe' }).trim();
  } catch {
    return 'unknown (not a git checkout)';
  }
}

function writeWebSection(rows: string[], chromium: string): void {
  const commit = currentCommit();
  const section = `## Web

Written by the browser tests (test/browser/league-usable.spec.ts) on every \`npx playwright test\`:
the league page (\`/\`, demo data) is usable when the frame that paints its table's rows is drawn,
counted from navigation start, in Chromium over loopback against the built app (\`npm start\`). Cold:
a new browser context (empty cache); warm: the same context loading the page again. Median (min–max) of
${runs} runs; measured, not asserted. Target: usable within 1.5 s.

- date: ${new Date().toISOString()}
- commit: ${commit}
- machine: ${cpus().length} cores (load average ${loadavg()[0].toFixed(1)} when written: other work shares it), Chromium ${chromium}, Node ${process.version}

| viewport | cold | warm | runs |
| --- | --- | --- | --- |
${rows.join('\n')}
`;
  const current = readFileSync(benchmarksFile, 'utf8');
  const existing = /\n## Web\n[\s\S]*?(?=\n## |$)/;
  const next = existing.test(current)
    ? current.replace(existing, `\n${section}`)
    : `${current.trimEnd()}\n\n${section}`;
  writeFileSync(benchmarksFile, next);
}
