import { expect, test } from '@playwright/test';

test('the browser reaches the app, which is ready', async ({ page }) => {
  const answer = await page.goto('/health/ready');
  expect(answer?.status()).toBe(200);
});
