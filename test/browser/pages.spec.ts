// Every page of the web app, as a reader first sees it: axe-core finds no serious or critical violation,
// and a full-page screenshot lands in test-results/screenshots/ at this project's width (360 and 1280 px).
// The authority dashboard is scanned and photographed signed in, by authority.spec.ts.
import { expect, test } from '@playwright/test';
import {
  demoOfficial,
  expectNoSeriousAxeViolations,
  publishedReport,
  saveScreenshot,
  settled,
} from './support';

interface PageCase {
  name: string;
  path: (ids: { orgId: string; reportId: string }) => string;
}

const pages: PageCase[] = [
  { name: 'league', path: () => '/' },
  { name: 'methodology', path: () => '/methodology' },
  { name: 'region', path: () => `/regions/${demoOfficial.regionCode}` },
  { name: 'organisation', path: ({ orgId }) => `/orgs/${orgId}` },
  { name: 'reports', path: () => '/reports' },
  { name: 'report', path: ({ reportId }) => `/reports/${reportId}` },
  { name: 'signin', path: () => '/signin' },
  { name: 'verify-email', path: () => '/verify-email?token=not-a-real-token' },
  { name: 'reset-password', path: () => '/reset-password?token=not-a-real-token' },
  { name: 'accept-invitation', path: () => '/invitations/accept?token=not-a-real-token' },
  { name: 'not-found', path: () => '/no-such-page' },
];

for (const { name, path } of pages) {
  test(`the ${name} page passes axe and is photographed`, async ({ page, request }, testInfo) => {
    const report = await publishedReport(request);
    await page.goto(path({ orgId: report.organisation.id, reportId: report.id }));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await settled(page);
    await expectNoSeriousAxeViolations(page);
    await saveScreenshot(page, name, testInfo);
  });
}
