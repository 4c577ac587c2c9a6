import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { networkQuiet } from './support/layout';
import { browserSuite } from './support/suite';

const ROLES: Array<[role: string, email: string]> = [
  ['system_admin', 'admin@example.jp'],
  ['city_admin', 'city-admin@otaru.example.jp'],
  ['city_viewer', 'city-viewer@otaru.example.jp'],
  ['vendor_manager', 'manager@vendor-a.example.jp'],
  ['vendor_staff', 'staff@vendor-a.example.jp'],
];

/**
 * A normal path logs nothing red in the browser: no 4xx from the API while the login page loads or while a user's
 * dashboard draws (a refused request there is a screen asking for what its user may not see).
 */
describeInBrowser('normal paths without 401/403 noise (browser, real API)', () => {
  const suite = browserSuite({ viewport: { width: 1366, height: 768 } });
  let page: Page;
  let refused: string[];
  let quiet: (quietMs?: number) => Promise<void>;
  beforeEach(() => {
    page = suite.page;
    refused = [];
    quiet = networkQuiet(page);
    page.on('response', (response) => {
      if (response.status() >= 400) refused.push(`${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`);
    });
  });

  it('loads the login page without a 401', async () => {
    await page.goto(`${suite.api.url}/`);
    await page.getByRole('button', { name: 'ログイン' }).waitFor();
    await quiet();
    expect(refused).toEqual([]);
  });

  it.each(ROLES)('draws the %s dashboard without a refused request', async (_role, email) => {
    await suite.logIn(email, { until: 'menu' });
    await quiet();
    await page.locator('.MuiLinearProgress-indeterminate, .MuiSkeleton-root').first().waitFor({ state: 'detached' });
    expect(refused).toEqual([]);
  });

  it('shows a progress bar at once when a menu click waits for its screen', async () => {
    await suite.logIn('staff@vendor-a.example.jp', { until: 'menu' });
    await quiet();
    // Hold the next screen's code back, as a slow connection would, until the bar has been seen.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/.*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.locator('.RaSidebar-fixed a[role="menuitem"]').filter({ hasText: '受電週報告' }).click();
    const bar = page.getByTestId('navigation-progress');
    await bar.waitFor();
    expect(await bar.getAttribute('role')).toBe('progressbar');
    expect(await page.locator('#react-admin-title').innerText()).not.toContain('受電週報告'); // the old screen is still up
    release();
    await page.locator('#react-admin-title').getByText('受電週報告').waitFor();
    await page.getByTestId('navigation-progress').waitFor({ state: 'detached' });
  });
});
