import type { Locator, Page } from 'playwright-core';

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

/**
 * A record of a resource list holding `text`: its row in the table on a laptop, its block on a phone
 * (`common/ListTable.tsx` turns each row into a block below 900 px).
 */
export function listRecord(page: Page, text: string): Locator {
  return page.getByRole('row').or(page.getByTestId('list-blocks').getByRole('listitem')).filter({ hasText: text });
}
