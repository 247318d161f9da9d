// Helpers the browser specs share: the web app's own Russian catalogue (so selectors follow its words),
// an axe-core scan, full-page screenshots per viewport, and the demo data found through the public api.
import { expect, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import { ru } from '../../apps/web/src/i18n/ru';

/** A catalogue string with its `{name}` parameters filled, as the app's t() does. */
export function t(key: keyof typeof ru, params: Record<string, string | number> = {}): string {
  return ru[key].replace(/\{(\w+)\}/g, (_: string, name: string) => String(params[name] ?? `{${name}}`));
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core on the page as it is now; fails on any serious or critical violation, naming each. */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  // Evaluated rather than added as a <script>: the app's Content-Security-Policy rightly refuses inline scripts.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  const serious = violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  expect(serious, `axe on ${page.url()}`).toEqual([]);
}

/** A full-page screenshot in test-results/screenshots/<name>-<viewport width>.png. */
export async function saveScreenshot(page: Page, name: string, testInfo: TestInfo): Promise<void> {
  const width = page.viewportSize()?.width ?? testInfo.project.name;
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/${name}-${width}.png`, fullPage: true });
}

/** Waits until the page's data has arrived: no request in flight, and no loading notice left. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.getByText(ru['common.loading'], { exact: true })).toHaveCount(0);
}

interface PublicReport {
  id: string;
  sha256: string;
  organisation: { id: string; name: string };
}

/** A published demo report and its organisation, from the public reports list. */
export async function publishedReport(request: APIRequestContext): Promise<PublicReport> {
  const answer = await request.get('/api/v1/public/reports?limit=1');
  expect(answer.status()).toBe(200);
  const [report] = (await answer.json()).items as PublicReport[];
  expect(report, 'the demo data publishes reports').toBeDefined();
  return report;
}

/** The demo official (apps/cli/src/demo/demo-organisations.ts: demoOfficial, demoPassword). */
export const demoOfficial = { email: 'official@lipetsk.demo', password: 'careledger-demo', regionCode: '48' };

interface PublicRegion {
  code: string;
  nameRu: string;
  organisations: number;
}

export async function publicRegions(request: APIRequestContext): Promise<PublicRegion[]> {
  const answer = await request.get('/api/v1/public/regions?limit=200');
  expect(answer.status()).toBe(200);
  return (await answer.json()).items;
}

/** The latest year the league table was computed for: the year the public pages open on. */
export async function latestYear(request: APIRequestContext): Promise<number> {
  const answer = await request.get('/api/v1/public/league-table');
  expect(answer.status()).toBe(200);
  return (await answer.json()).year;
}
