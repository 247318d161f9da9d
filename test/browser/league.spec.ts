import { expect, test, type Locator } from '@playwright/test';
import { settled, t } from './support';

const regions = 85;

function leagueTable(page: import('@playwright/test').Page): Locator {
  return page.getByRole('table', { name: t('league.tableCaption') });
}

/** The region names in the table's order (each row's header cell). */
async function regionOrder(table: Locator): Promise<string[]> {
  return table.locator('tbody tr th a').allTextContents();
}

test('the league page shows all 85 regions on the map and in the table, ranked and unranked', async ({
  page,
}) => {
  await page.goto('/');
  const map = page.getByRole('region', { name: t('league.mapHeading') });
  const tiles = map.getByRole('list').getByRole('link');
  await expect(tiles).toHaveCount(regions);
  const rows = leagueTable(page).locator('tbody tr');
  await expect(rows).toHaveCount(regions);
  const unranked = leagueTable(page).locator('tbody tr', { hasText: t('league.notRanked') });
  expect(await unranked.count()).toBeGreaterThan(0);
  expect(await unranked.count()).toBeLessThan(regions);
  const unrankedTiles = map.getByRole('list').getByRole('link', { name: t('league.tileUnranked') });
  await expect(unrankedTiles).toHaveCount(await unranked.count());
});

test('sorting a column reorders the table, and a second press reverses it', async ({ page }) => {
  await page.goto('/');
  const table = leagueTable(page);
  await expect(table.locator('tbody tr')).toHaveCount(regions);
  await settled(page);
  const byRank = await regionOrder(table);

  // Region names sort A→Z first; Enter on the focused header button (the keyboard) turns the order round.
  const regionHeader = table.getByRole('columnheader', { name: t('league.col.region') });
  await regionHeader.getByRole('button').click();
  await expect(regionHeader).toHaveAttribute('aria-sort', 'ascending');
  const byName = await regionOrder(table);
  expect(byName).not.toEqual(byRank);
  expect(byName).toEqual([...byName].sort(new Intl.Collator('ru').compare));

  await regionHeader.getByRole('button').press('Enter');
  await expect(regionHeader).toHaveAttribute('aria-sort', 'descending');
  expect(await regionOrder(table)).toEqual([...byName].reverse());
});
