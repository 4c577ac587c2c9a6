import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser } from './support/browser';
import { startApi, type ApiServer } from './support/server';

const DEMO_PASSWORD = 'demo-pass-2026';
const SCREENSHOTS = path.resolve(__dirname, '../../test-results');

/** The program screens, for everyone who reads a program (予約受付 comes first for those who take bookings). */
const PROGRAM_MENU = ['事業', '受電記録', '予約一覧', '受付一覧表', '受電週報告', '実施記録', '日次報告', '不備対応', '問い合わせ・苦情'];

/** What each demo role finds in the menu, between ダッシュボード and プロフィール (which everyone has); 帳票 for export.download. */
const MENU_BY_ROLE: Array<[role: string, email: string, resources: string[]]> = [
  ['system_admin', 'admin@example.jp', ['自治体', '組織', 'ユーザー']],
  ['city_admin', 'city-admin@otaru.example.jp', [...PROGRAM_MENU, '組織', 'ユーザー', '取扱記録', '帳票']],
  ['city_viewer', 'city-viewer@otaru.example.jp', [...PROGRAM_MENU, '帳票']],
  ['vendor_manager', 'manager@vendor-a.example.jp', ['予約受付', ...PROGRAM_MENU, '組織', 'ユーザー', '取扱記録', '帳票']],
  ['vendor_staff', 'staff@vendor-a.example.jp', ['予約受付', ...PROGRAM_MENU]],
];

describeInBrowser('dashboard shell (browser, real API)', () => {
  let api: ApiServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi(), launchBrowser()]);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  beforeEach(async () => {
    page = await (await browser.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 800 } })).newPage();
    page.setDefaultTimeout(15_000);
  });

  afterEach(async () => {
    await page.context().close();
  });

  async function logIn(email: string, password = DEMO_PASSWORD) {
    await page.goto(`${api.url}/`);
    await page.getByLabel('メールアドレス').fill(email);
    await page.getByLabel(/^パスワード/).fill(password);
    await page.getByRole('button', { name: 'ログイン' }).click();
  }

  /** The sidebar's entries once every canAccess answer has arrived (the profile entry comes last). */
  async function menuEntries(): Promise<string[]> {
    const items = page.locator('.RaSidebar-fixed [role="menuitem"]');
    await items.filter({ hasText: 'プロフィール' }).waitFor();
    await page.waitForLoadState('networkidle');
    return (await items.allInnerTexts()).map((text) => text.trim());
  }

  it('logs a city administrator into the Japanese shell and out again', async () => {
    await logIn('city-admin@otaru.example.jp');
    const appBar = page.locator('header');
    await appBar.getByText('アウトリーチデスク').waitFor();
    await appBar.getByText('ダッシュボード').waitFor();
    await page.getByText('所属組織').waitFor();
    await page.waitForLoadState('networkidle');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'shell-city-admin.png') });

    await appBar.getByRole('button', { name: 'プロフィール' }).click();
    await page.getByRole('menuitem', { name: 'ログアウト' }).click();
    await page.getByRole('button', { name: 'ログイン' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/login');
  });

  it.each(MENU_BY_ROLE)('shows %s (%s) exactly its menu', async (_role, email, resources) => {
    await logIn(email);
    expect(await menuEntries()).toEqual(['ダッシュボード', ...resources, 'プロフィール']);
  });

  it('tells in Japanese that the e-mail address or password is wrong', async () => {
    await logIn('city-admin@otaru.example.jp', 'wrong-password');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('メールアドレスまたはパスワードが正しくありません');
    expect(new URL(page.url()).hash).toBe('#/login');
  });
});
