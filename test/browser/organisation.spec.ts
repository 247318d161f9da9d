import { expect, test } from '@playwright/test';
import { publishedReport, settled } from './support';

test('an organisation page lists its published report, which links to the report page', async ({
  page,
  request,
}) => {
  const report = await publishedReport(request);
  await page.goto(`/orgs/${report.organisation.id}`);
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(report.organisation.name);
  const link = page.getByRole('main').locator(`a[href="/reports/${report.id}"]`);
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/reports/${report.id}$`));
});
