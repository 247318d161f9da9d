import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  demoOfficial,
  expectNoSeriousAxeViolations,
  publicRegions,
  saveScreenshot,
  settled,
  t,
} from './support';

test('an official signs in and sees only their region', async ({ page, request }, testInfo) => {
  const regions = await publicRegions(request);
  const own = regions.find((region) => region.code === demoOfficial.regionCode)!;

  await page.goto('/authority');
  await expect(page).toHaveURL(/\/signin/);
  await page.getByLabel(t('form.email')).fill(demoOfficial.email);
  await page.getByLabel(t('form.password')).fill(demoOfficial.password);
  await page.getByRole('button', { name: t('signin.submit') }).click();

  await expect(page).toHaveURL(/\/authority/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('authority.title'));
  const regionHeadings = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(regionHeadings).toHaveText([t('authority.region', { name: own.nameRu, code: own.code })]);
  await settled(page);

  // Every organisation the dashboard lists is one of the region's own (its public figures name them).
  const stats = await (
    await request.get(`/api/v1/public/regions/${own.code}/stats?year=${new Date().getFullYear()}`)
  ).json();
  const ownOrganisations: string[] = stats.perOrganisation.map((row: { name: string }) => row.name);
  const listed = await page
    .getByRole('table', { name: t('authority.byOrganisation') })
    .locator('tbody th')
    .allTextContents();
  expect(listed.length).toBeGreaterThan(0);
  for (const name of listed) expect(ownOrganisations).toContain(name.trim());
  for (const other of regions.filter((region) => region.code !== own.code))
    await expect(page.getByRole('main')).not.toContainText(other.nameRu);

  await expectNoSeriousAxeViolations(page);
  await saveScreenshot(page, 'authority', testInfo);
});

test('the dashboard’s tables download as CSV (UTF-8 with a BOM) and XLSX, built in the browser', async ({
  page,
}) => {
  await page.goto('/signin?next=%2Fauthority');
  await page.getByLabel(t('form.email')).fill(demoOfficial.email);
  await page.getByLabel(t('form.password')).fill(demoOfficial.password);
  await page.getByRole('button', { name: t('signin.submit') }).click();
  await expect(page).toHaveURL(/\/authority$/);
  await settled(page);

  const caption = t('authority.byOrganisation');
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: t('authority.downloadCsv', { table: caption }), exact: true }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(
    new RegExp(`^careledger-${demoOfficial.regionCode}-\\d{4}-organisations\\.csv$`),
  );
  const text = readFileSync(await csv.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...rows] = text.slice(1).trimEnd().split('\r\n');
  expect(header).toBe(
    [
      t('authority.col.organisation'),
      t('authority.col.beneficiaries'),
      t('authority.col.careEvents'),
      `"${t('authority.col.spendRoubles')}"`,
    ].join(','),
  );
  const shown = await page.getByRole('table', { name: caption, exact: true }).locator('tbody tr').count();
  expect(rows).toHaveLength(shown);

  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: t('authority.downloadXlsx') }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = readFileSync(await xlsx.path());
  expect(workbook.subarray(0, 2).toString('latin1')).toBe('PK'); // an XLSX is a zip archive
});
