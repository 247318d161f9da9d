import { expect, test } from '@playwright/test';
import { latestYear, publicRegions, settled, t } from './support';

test('a region page shows a withheld figure as "< 5" with its explanation', async ({ page, request }) => {
  const year = await latestYear(request);
  // The first demo region whose public figures for the year have a cell withheld (fewer than five people).
  let withheldIn: string | undefined;
  for (const region of (await publicRegions(request)).filter((candidate) => candidate.organisations > 0)) {
    const stats = await (
      await request.get(`/api/v1/public/regions/${region.code}/stats?year=${year}`)
    ).json();
    if (stats.suppressed?.length > 0) {
      withheldIn = region.code;
      break;
    }
  }
  expect(withheldIn, 'the demo data has a region with a withheld cell').toBeDefined();

  await page.goto(`/regions/${withheldIn}`);
  await settled(page);
  const withheld = page.getByRole('main').getByText('< 5', { exact: true });
  expect(await withheld.count()).toBeGreaterThan(0);
  await expect(withheld.first()).toBeVisible();
  await expect(page.getByRole('main')).toContainText(t('common.withheldExplained'));
});
