import type { Page } from 'playwright-core';

/** Nothing wider than the window: no sideways scroll. */
export function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

/** Signs out through the profile menu and waits for the login page. */
export async function logOut(page: Page): Promise<void> {
  // The app bar hides while the page is scrolled down (react-admin): back to the top first.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('header').getByRole('button', { name: 'プロフィール' }).click();
  await page.getByRole('menuitem', { name: 'ログアウト' }).click();
  await page.getByRole('button', { name: 'ログイン' }).waitFor();
}
