// Sign-in in the browser: refusals shown where they belong, the refresh token in an httpOnly cookie
// that no script reads and that restores the session after a reload, sign-out that ends it, and the
// pages a mailed link opens, each scanned by axe.
import { expect, test, type Page } from '@playwright/test';
import { demoOfficial, expectNoSeriousAxeViolations, settled, t } from './support';

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel(t('form.email')).fill(email);
  await page.getByLabel(t('form.password'), { exact: true }).fill(password);
  await page.getByRole('button', { name: t('signin.submit') }).click();
}

test('a wrong password is refused with the api’s words, and the reader stays on the sign-in page', async ({
  page,
}) => {
  await page.goto('/signin');
  await signIn(page, demoOfficial.email, 'not the password at all');
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('alert')).not.toBeEmpty();
  await expect(page).toHaveURL(/\/signin$/);
  await expectNoSeriousAxeViolations(page);
});

test('an address that is no email is named beside the email field', async ({ page }) => {
  await page.goto('/signin');
  await signIn(page, 'not-an-email', 'whatever it is');
  const email = page.getByLabel(t('form.email'));
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(/\S/);
  await expect(page.getByLabel(t('form.password'), { exact: true })).not.toHaveAttribute(
    'aria-invalid',
    'true',
  );
});

test('the refresh cookie is httpOnly, survives a reload that restores the session, and sign-out ends it', async ({
  page,
  context,
}) => {
  await page.goto('/signin');
  await signIn(page, demoOfficial.email, demoOfficial.password);
  await expect(page).toHaveURL(/\/authority$/);

  const [cookie] = (await context.cookies()).filter((candidate) => candidate.name === 'careledger_refresh');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth' });
  expect(await page.evaluate(() => document.cookie)).not.toContain('careledger_refresh');
  // The access token lives in memory only: nothing of the session is in the page's storage.
  const stored = await page.evaluate(
    () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
  );
  expect(stored).not.toMatch(/eyJ/);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('authority.title'));
  await expect(page).toHaveURL(/\/authority$/);

  await page.getByRole('button', { name: t('auth.signOut') }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('link', { name: t('auth.signIn') })).toBeVisible();
  expect((await context.cookies()).filter((candidate) => candidate.name === 'careledger_refresh')).toEqual(
    [],
  );

  await page.goto('/authority');
  await expect(page).toHaveURL(/\/signin\?next=%2Fauthority$/);
});

test('a reset link can be asked for, with the same answer whether or not the address has an account', async ({
  page,
}) => {
  await page.goto('/reset-password');
  await page.getByLabel(t('form.email')).fill('nobody-here@example.org');
  await page.getByRole('button', { name: t('resetPassword.requestSubmit') }).click();
  await expect(page.getByRole('status')).toHaveText(t('resetPassword.linkSent'));
  await expectNoSeriousAxeViolations(page);
});

test('a new password form shows the rules, refuses two different passwords, and a spent link', async ({
  page,
}) => {
  await page.goto('/reset-password?token=not-a-real-token');
  const password = page.getByLabel(t('resetPassword.newPassword'), { exact: true });
  await expect(password).toHaveAccessibleDescription(/10/);
  await password.fill('a long and unusual passphrase 2026');
  await page.getByLabel(t('resetPassword.repeat')).fill('a different passphrase entirely');
  await page.getByRole('button', { name: t('resetPassword.submit') }).click();
  await expect(page.getByText(t('resetPassword.mismatch'))).toBeVisible();

  await page.getByLabel(t('resetPassword.repeat')).fill('a long and unusual passphrase 2026');
  await page.getByRole('button', { name: t('resetPassword.submit') }).click();
  await expect(page.getByRole('alert')).toContainText('token');
  await expectNoSeriousAxeViolations(page);
});

test('a verification link that is not valid says so, and nothing is spent before the button', async ({
  page,
}) => {
  await page.goto('/verify-email?token=not-a-real-token');
  await settled(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: t('verifyEmail.submit') }).click();
  await expect(page.getByRole('alert')).toContainText('token');
  await expectNoSeriousAxeViolations(page);
});

test('an invitation link that is not current is refused on the newcomer form', async ({ page }) => {
  await page.goto('/invitations/accept?token=not-a-real-token');
  await page.getByLabel(t('invitation.fullName')).fill('Анна Петрова');
  await page.getByLabel(t('form.password'), { exact: true }).fill('a long and unusual passphrase 2026');
  await page.getByRole('button', { name: t('invitation.accept') }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
