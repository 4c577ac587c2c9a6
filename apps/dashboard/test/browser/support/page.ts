import type { Page } from 'playwright-core';

/** Nothing wider than the window: no sideways scroll. */
export function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

/** Signs out through the profile menu and waits for the login page. */
export async function logOut(page: Page): Promise<void> {
  await page.locator('header').getByRole('button', { name: 'プロフィール' }).click();
  await page.getByRole('menuitem', { name: 'ログアウト' }).click();
  await page.getByRole('button', { name: 'ログイン' }).waitFor();
}
