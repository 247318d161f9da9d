import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { publishedReport, t } from './support';

test('verify a file: the downloaded report is genuine, and not once one byte of it changes', async ({
  page,
  request,
}, testInfo) => {
  const report = await publishedReport(request);
  await page.goto(`/reports/${report.id}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: t('report.download') }).click(),
  ]);
  const saved = testInfo.outputPath('report.pdf');
  await download.saveAs(saved);
  const file = readFileSync(saved);
  expect(createHash('sha256').update(file).digest('hex')).toBe(report.sha256);

  const verify = page.getByRole('region', { name: t('verify.heading') });
  const input = verify.getByLabel(t('verify.dropHere'));
  await input.setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: file });
  await expect(verify).toContainText(t('verify.genuinePublished'));
  await expect(verify).toContainText(report.sha256); // the hash the browser computed

  const changed = Buffer.from(file);
  changed[Math.floor(changed.length / 2)] ^= 0x01;
  await input.setInputFiles({ name: 'report-changed.pdf', mimeType: 'application/pdf', buffer: changed });
  await expect(verify).toContainText(t('verify.unknown'));
  await expect(verify).not.toContainText(t('verify.genuinePublished'));
  await expect(verify).toContainText(createHash('sha256').update(changed).digest('hex'));
});
