import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startApi, type ApiServer } from './server';

/** The demo seed's password, the same for every demo user. */
export const DEMO_PASSWORD = 'demo-pass-2026';
/** Screenshots and downloads of the browser tests, kept for a reader (not compared). */
export const SCREENSHOTS = path.resolve(__dirname, '../../../test-results');

/**
 * The day every browser test starts on unless it sets its own clock: Thursday 2026-11-19, 09:30 in Japan — inside
 * the demo's real-dates window (apps/api/src/database/seed/demo-placement.ts), so the demo shows its real 2026 dates.
 */
export const BROWSER_TODAY = '2026-11-19T00:30:00.000Z';

/** The window a page lays out in; a file's tests can visit several (the layout sweep's phone, laptop, zoomed laptop). */
export interface PageScreen {
  viewport: { width: number; height: number };
  /** Device pixels per CSS pixel: 2 with a halved viewport is the browser zoomed to 200%. */
  deviceScaleFactor?: number;
}

/** Runs in the page before its scripts: `Date` (new Date(), Date.now(), Date()) reads the real time plus `offsetMs`. */
function shiftDate(offsetMs: number): void {
  const RealDate = Date;
  const now = () => RealDate.now() + offsetMs;
  function ShiftedDate(this: unknown, ...args: unknown[]): Date | string {
    if (!new.target) return new RealDate(now()).toString();
    return args.length === 0 ? new RealDate(now()) : new (RealDate as unknown as new (...a: unknown[]) => Date)(...args);
  }
  ShiftedDate.prototype = RealDate.prototype;
  Object.assign(ShiftedDate, { now, parse: RealDate.parse, UTC: RealDate.UTC });
  (globalThis as { Date: unknown }).Date = ShiftedDate;
}

export interface SuiteOptions extends PageScreen {
  /** Japan time unless a suite says otherwise. */
  timezoneId?: string;
  acceptDownloads?: boolean;
  /** Playwright's wait for each step (ms). */
  timeout?: number;
  /** false: the test opens its page itself with suite.newPage() (e.g. after arranging data). */
  pagePerTest?: boolean;
  /**
   * A clock standing still at this ISO instant for the API and the page; `suite.setClock` moves both on (a test
   * walking from a request to its visit a month later). Without it both run on from BROWSER_TODAY. The demo is
   * seeded, and placed, for the day the clock shows at the start.
   */
  clock?: string;
}

export interface LogInOptions {
  password?: string;
  /** What shows that the login went through: the app bar's title (default), the full sidebar, or nothing. */
  until?: 'dashboard' | 'menu' | 'none';
}

/** A fetch for arranging data outside the screen, signed in as one demo user (GET without body, POST with). */
export type ApiCall = <T>(pathname: string, body?: unknown) => Promise<{ status: number; json: T }>;

export interface BrowserSuite {
  /** The API serving the built dashboard, started once per file. */
  readonly api: ApiServer;
  /** The current test's page. */
  readonly page: Page;
  /** A fresh context and its page, becoming `suite.page`; on the suite's screen unless given another. */
  newPage(screen?: PageScreen): Promise<Page>;
  /** Signs in through the login page. */
  logIn(email: string, options?: LogInOptions): Promise<void>;
  apiSession(email: string): Promise<ApiCall>;
  /** The instant on the API's and the page's clock now (never the machine's today). */
  now(): Date;
  /** With `clock`: moves the API's and the page's clock to this instant. */
  setClock(iso: string): Promise<void>;
}

/** Signs in to the API with the demo password and returns calls carrying that session's cookie. */
export async function apiSession(url: string, email: string): Promise<ApiCall> {
  const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) });
  if (!login.ok) throw new Error(`login ${email}: ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return async <T>(pathname: string, body?: unknown) => {
    const res = await fetch(`${url}/api${pathname}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { Cookie: cookie, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as T };
  };
}

/**
 * The setup every browser test file shares, registered in the calling describe: the API and Chromium started
 * once, a fresh Japanese browser context per test (closed after it), and the login through the login page.
 */
export function browserSuite(options: SuiteOptions): BrowserSuite {
  let api: ApiServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  /** Every context the current test opened, closed after it. */
  let contexts: BrowserContext[] = [];
  // No test depends on today: the API reads its now from this file, the page's clock is set to the same instant.
  const clockDir = mkdtempSync(path.join(tmpdir(), 'outreach-clock-'));
  const clockFile = path.join(clockDir, 'now');
  let now = options.clock;
  writeFileSync(clockFile, now ?? BROWSER_TODAY);
  let startedAt = Date.now();

  const suite: BrowserSuite = {
    get api() {
      if (!api) throw new Error('the API is not started yet (use suite.api inside a test or hook)');
      return api;
    },
    get page() {
      if (!page) throw new Error('no page yet (with pagePerTest: false, call suite.newPage() first)');
      return page;
    },
    async newPage(screen = options) {
      if (!browser) throw new Error('the browser is not started yet');
      const context = await browser.newContext({
        locale: 'ja-JP',
        timezoneId: options.timezoneId ?? 'Asia/Tokyo',
        viewport: screen.viewport,
        deviceScaleFactor: screen.deviceScaleFactor,
        acceptDownloads: options.acceptDownloads,
      });
      contexts.push(context);
      if (now) await context.clock.setFixedTime(new Date(now));
      // The running clock moves the page's Date by a constant offset; its timers stay the browser's own (Playwright's
      // fake timers slowed react-admin's menu and debounced filters enough to race the tests).
      else await context.addInitScript(shiftDate, Date.parse(BROWSER_TODAY) - startedAt);
      page = await context.newPage();
      page.setDefaultTimeout(options.timeout ?? 15_000);
      return page;
    },
    async logIn(email, { password = DEMO_PASSWORD, until = 'dashboard' } = {}) {
      const p = suite.page;
      await p.goto(`${suite.api.url}/`);
      await p.getByLabel('メールアドレス').fill(email);
      await p.getByLabel(/^パスワード/).fill(password);
      await p.getByRole('button', { name: 'ログイン' }).click();
      if (until === 'dashboard') await p.locator('header').getByText('ダッシュボード').waitFor();
      if (until === 'menu') await p.locator('.RaSidebar-fixed [role="menuitem"]').filter({ hasText: 'プロフィール' }).waitFor();
    },
    apiSession: (email) => apiSession(suite.api.url, email),
    now: () => (now ? new Date(now) : new Date(Date.parse(BROWSER_TODAY) + Date.now() - startedAt)),
    async setClock(iso) {
      if (!options.clock) throw new Error('setClock needs the suite option clock');
      now = iso;
      writeFileSync(clockFile, iso);
      await page?.context().clock.setFixedTime(new Date(iso));
    },
  };

  beforeAll(async () => {
    startedAt = Date.now();
    [api, browser] = await Promise.all([startApi({ clockFile, clockRuns: !options.clock }), launchBrowser()]);
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    rmSync(clockDir, { recursive: true, force: true });
  });

  if (options.pagePerTest !== false) {
    beforeEach(async () => {
      await suite.newPage();
    });
  }

  afterEach(async () => {
    const opened = contexts;
    contexts = [];
    page = undefined;
    await Promise.all(opened.map((context) => context.close()));
  });

  return suite;
}
