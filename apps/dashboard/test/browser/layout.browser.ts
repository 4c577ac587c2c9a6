import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { accessibilityProblems } from './support/a11y';
import { layoutProblems, networkQuiet } from './support/layout';
import { browserSuite, SCREENSHOTS } from './support/suite';

/**
 * Field staff on a phone, a city office on a 1366×768 laptop, and that laptop zoomed to 200% (WCAG 1.4.4): the page
 * then lays out in 683×384 CSS pixels, drawn at twice the density, which is what the browser's zoom does.
 */
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844, scale: 1, axe: true },
  { name: 'laptop', width: 1366, height: 768, scale: 1, axe: true },
  // At 200% the same screens reflow (what layoutProblems checks); their markup is the phone's or the laptop's, which
  // axe has already read, so the zoom sweep leaves it out (CI's budget).
  { name: 'laptop-zoom200', width: 683, height: 384, scale: 2, axe: false },
] as const;

/**
 * The demo roles, on Otaru's program; the Shimonoseki vendor manager only for the screens Otaru's program does not use
 * (the city's approval of sites and of the business plan: the menu offers them where a program asks for it).
 */
// Every row has its three entries (`null`: the whole menu): jest.each hands a shorter row's test a `done` callback.
const ROLES: Array<[role: string, email: string, only: readonly string[] | null]> = [
  ['vendor_staff', 'staff@vendor-a.example.jp', null],
  ['vendor_manager', 'manager@vendor-a.example.jp', null],
  ['city_admin', 'city-admin@otaru.example.jp', null],
  ['city_viewer', 'city-viewer@otaru.example.jp', null],
  ['system_admin', 'admin@example.jp', null],
  ['vendor_manager_shimonoseki', 'manager@vendor-b.example.jp', ['#/site-approvals', '#/business-plans']],
];
/**
 * Which roles each viewport visits. The roles whose menus hold every screen (the vendor manager's holds the staff's,
 * the city admin's the viewer's) and the system admin go everywhere; vendor staff on the phone they carry in the
 * field, city viewers on the office laptop — the widths those people work at (each sweep costs CI 15–40 s).
 */
const ROLES_AT: Record<(typeof VIEWPORTS)[number]['name'], ReadonlySet<string>> = {
  phone: new Set(['vendor_staff', 'vendor_manager', 'city_admin', 'system_admin', 'vendor_manager_shimonoseki']),
  laptop: new Set(['vendor_manager', 'city_admin', 'city_viewer', 'system_admin', 'vendor_manager_shimonoseki']),
  'laptop-zoom200': new Set(['vendor_manager', 'city_admin', 'system_admin']),
};


/** What a screen shows while it is still loading: progress bars and circles, react-admin's loading page, skeletons. */
const LOADERS = '.MuiLinearProgress-indeterminate, #main-content .MuiCircularProgress-indeterminate, .RaLoading-root, .MuiSkeleton-root';

/** A title never shows a record's id (a uuid or its first characters after 「#」). */
const ID_IN_TITLE = /#\s*[0-9a-f]{4,}|[0-9a-f]{8}-[0-9a-f]{4}-/i;

const SHOTS = path.join(SCREENSHOTS, 'layout');
/**
 * A screen with a problem is photographed (test-results/layout/<role>-<viewport>-<route>.png); with LAYOUT_SHOTS=1
 * every screen is, for a reader comparing them (each full-page shot costs the sweep 0.1–0.4 s).
 */
const EVERY_SHOT = process.env.LAYOUT_SHOTS === '1';
/** One role's every screen, tab, record and 作成 page: about 60 pages, two minutes and more on two busy cores. */
const ROLE_TIMEOUT_MS = 420_000;

/** Screens of one role visited at once, each on its own tab of the signed-in context: the sweep mostly waits. */
const TABS = 2;

/** One tab's checks: waits for its screen to settle, measures it, and walks a route's tabs, first record and 作成. */
function sweeper(page: Page, viewport: (typeof VIEWPORTS)[number], baseUrl: string) {
  const quiet = networkQuiet(page);

  /** Waits until the screen has drawn: no request in flight and no loading indicator left. */
  async function settle(): Promise<void> {
    await quiet(200);
    await page.waitForFunction(() => (document.querySelector('#main-content, main')?.textContent ?? '').trim().length > 0);
    // A placeholder can appear after the data it stands in for (a lazy chart's skeleton, drawn once its rows came):
    // the screen is at rest when, after a quiet moment, none is left.
    const loaders = page.locator(LOADERS);
    do {
      await loaders.first().waitFor({ state: 'detached' });
      await quiet(150);
    } while ((await loaders.count()) > 0);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
  }

  async function check(label: string, shot: string): Promise<string[]> {
    await settle();
    // Read at once: a locator would wait its whole timeout (15 s) on the login page, which has no title.
    const title = (await page.evaluate(() => (document.querySelector<HTMLElement>('#react-admin-title')?.innerText ?? '').trim()));
    const found = await layoutProblems(page);
    if (ID_IN_TITLE.test(title)) found.push(`title shows an id: 「${title}」`);
    if (viewport.axe) found.push(...(await accessibilityProblems(page)));
    if (found.length > 0 || EVERY_SHOT) await page.screenshot({ path: path.join(SHOTS, `${shot}.png`), fullPage: true });
    return found.map((problem) => `${label}: ${problem}`);
  }

  /**
   * Clicks a list's first row until its record opens (three tries): on a loaded CI machine the handling records' list,
   * still settling under the pointer, once swallowed the click. A row that never opens still fails the test.
   */
  async function openFirstRecord(row: Locator, route: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      await row.click();
      try {
        await page.waitForURL((url) => url.hash !== route, { timeout: 5000 });
        return;
      } catch (e) {
        if (attempt === 3) throw e;
      }
    }
  }

  /** The screen itself, each of its tabs, its first record (a list's row opens it) and the page its 作成 opens. */
  async function visit(route: string, shotBase: string): Promise<string[]> {
    await page.goto(`${baseUrl}/${route}`);
    const found = await check(route, shotBase);
    const tabs = page.locator('main [role="tab"]');
    const tabCount = await tabs.count();
    for (let i = 1; i < tabCount; i++) {
      const tab = tabs.nth(i);
      if (!(await tab.isVisible())) continue;
      const name = (await tab.innerText()).trim();
      await tab.click();
      found.push(...(await check(`${route} tab 「${name}」`, `${shotBase}-tab${i}`)));
    }
    const create = await page.locator('.RaTopToolbar a[href$="/create"], .RaList-actions a[href$="/create"]').first().getAttribute('href', { timeout: 1 }).catch(() => null);
    const row = page.locator('.RaDataTable-clickableRow').first();
    if ((await row.count()) > 0) {
      await openFirstRecord(row, route);
      found.push(...(await check(`${route} first record`, `${shotBase}-record`)));
    }
    if (create) {
      await page.goto(`${baseUrl}/${create}`);
      found.push(...(await check(create, `${shotBase}-create`)));
    }
    return found;
  }

  return { check, visit };
}

// One API (and its demo) for the three screens: each start seeds the demo afresh, 15–40 s of CI's budget.
describeInBrowser('every screen (browser, real API)', () => {
  const suite = browserSuite({ viewport: VIEWPORTS[0], pagePerTest: false });
  beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

  describe.each(VIEWPORTS)('on a $name ($width×$height)', (viewport) => {
    const screen = { viewport: { width: viewport.width, height: viewport.height }, deviceScaleFactor: viewport.scale };
    const roles = ROLES.filter(([role]) => ROLES_AT[viewport.name].has(role));

    /** The sidebar's links once every canAccess answer has arrived (the profile entry comes last). */
    async function menuRoutes(page: Page): Promise<string[]> {
      const items = page.locator('.RaSidebar-paper a[role="menuitem"]');
      if (viewport.width < 600) await page.locator('header .RaAppBar-menuButton').click(); // the phone's menu is a drawer
      await items.filter({ hasText: 'プロフィール' }).waitFor();
      await page.waitForLoadState('networkidle');
      const hrefs = await items.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      if (viewport.width < 600) {
        await page.keyboard.press('Escape');
        // Nothing hovered or focused afterwards: the menu button's tooltip, opening under the pointer or on the focus
        // the drawer hands back, was caught halfway through its fade by the contrast check of the next screen.
        await page.locator('header h1').hover();
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      }
      return hrefs.filter((href) => href.startsWith('#/'));
    }

    it(`the login page: fits${viewport.axe ? ', and meets WCAG 2.1 AA' : ''}`, async () => {
      const page = await suite.newPage(screen);
      await page.goto(`${suite.api.url}/`);
      await page.getByLabel('メールアドレス').waitFor();
      expect(await sweeper(page, viewport, suite.api.url).check('login', `login-${viewport.name}`)).toEqual([]);
    });

    it.each(roles)(`%s (%s): no sideways scroll, primary actions in view, labels fit${viewport.axe ? ', WCAG 2.1 AA' : ''}`, async (role, email, only) => {
      const page = await suite.newPage(screen);
      await suite.logIn(email);
      const menu = await menuRoutes(page);
      expect(menu.length).toBeGreaterThan(2);
      const routes = only ? menu.filter((route) => only.includes(route)) : menu;
      expect(routes.length).toBe(only ? only.length : menu.length);
      // The tabs share the login's session; each takes the next screen not yet taken, and the problems are listed in
      // the menu's order whichever tab found them.
      const problems: string[][] = [];
      let next = 0;
      const tabs = [page, ...(await Promise.all(Array.from({ length: TABS - 1 }, () => page.context().newPage())))];
      await Promise.all(
        tabs.map(async (tab) => {
          const { visit } = sweeper(tab, viewport, suite.api.url);
          for (let i = next++; i < routes.length; i = next++) {
            const route = routes[i];
            const shotBase = `${role}-${viewport.name}-${route.replace(/^#\//, '').replace(/[^a-z0-9-]+/gi, '_') || 'dashboard'}`;
            problems[i] = await visit(route, shotBase);
          }
        }),
      );
      expect(routes.filter((_, i) => problems[i] === undefined)).toEqual([]); // every screen visited
      expect(problems.flat()).toEqual([]);
    }, ROLE_TIMEOUT_MS);
  });
});
