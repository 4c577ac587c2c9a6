import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { browserSuite, SCREENSHOTS } from './support/suite';


/** The program screens, for everyone who reads a program (予約受付 comes first for those who take bookings). */
const PROGRAM_MENU = ['事業', '受電記録', '予約一覧', '施設', '受付一覧表', '受付票の共有', '個人情報削除記録', '契約終了の手続き', '受電週報告', '実施場所の承認', '業務計画書', '月次・完了報告', '実施記録', '日次報告', '引渡し', '不備対応', '問い合わせ・苦情', '個人情報の事故報告'];

/** The vendor's team also keeps 折り返し (call-backs), 前日確認 (confirmation calls) and チーム編成 (teams), right after the bookings (before 施設). */
const VENDOR_MENU = PROGRAM_MENU.flatMap((item) => (item === '予約一覧' ? [item, '折り返し', '前日確認', 'チーム編成'] : [item]));

/** What each demo role finds in the menu, between ダッシュボード and プロフィール (which everyone has); 帳票 for export.download. */
const MENU_BY_ROLE: Array<[role: string, email: string, resources: string[]]> = [
  ['system_admin', 'admin@example.jp', ['自治体', '組織', '利用者']],
  ['city_admin', 'city-admin@otaru.example.jp', [...PROGRAM_MENU, '組織', '利用者', '取扱記録', '帳票']],
  ['city_viewer', 'city-viewer@otaru.example.jp', [...PROGRAM_MENU, '取扱記録', '帳票']],
  ['vendor_manager', 'manager@vendor-a.example.jp', ['予約受付', ...VENDOR_MENU, '組織', '利用者', '取扱記録', '帳票']],
  ['vendor_staff', 'staff@vendor-a.example.jp', ['予約受付', ...VENDOR_MENU]],
];

describeInBrowser('dashboard shell (browser, real API)', () => {
  const suite = browserSuite({ viewport: { width: 1280, height: 800 } });
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });

  /** The sidebar's entries once every canAccess answer has arrived (the profile entry comes last). */
  async function menuEntries(): Promise<string[]> {
    const items = page.locator('.RaSidebar-fixed [role="menuitem"]');
    await items.filter({ hasText: 'プロフィール' }).waitFor();
    await page.waitForLoadState('networkidle');
    return (await items.allInnerTexts()).map((text) => text.trim());
  }

  it('logs a city administrator into the Japanese shell and out again', async () => {
    await suite.logIn('city-admin@otaru.example.jp', { until: 'none' });
    const appBar = page.locator('header');
    await appBar.getByText('アウトリーチデスク').waitFor();
    await appBar.getByText('ダッシュボード').waitFor();
    await page.getByText('所属組織').waitFor();
    await page.waitForLoadState('networkidle');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'shell-city-admin.png') });

    // The profile screen is loaded on first use, like every other screen.
    await page.locator('.RaSidebar-fixed [role="menuitem"]').filter({ hasText: 'プロフィール' }).click();
    await page.getByText('パスワードの変更').waitFor();
    await page.getByText('二要素認証', { exact: true }).waitFor();

    await appBar.getByRole('button', { name: 'プロフィール' }).click();
    await page.getByRole('menuitem', { name: 'ログアウト' }).click();
    await page.getByRole('button', { name: 'ログイン' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/login');
  });

  it('switches to English, whose labels arrive only then, and back to Japanese', async () => {
    await suite.logIn('city-admin@otaru.example.jp', { until: 'none' });
    const appBar = page.locator('header');
    await appBar.getByText('ダッシュボード').waitFor();
    await page.waitForLoadState('networkidle');
    // Our English labels live in their own chunks (i18n.en.ts), not in the JavaScript every login loads.
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));

    await appBar.getByRole('button', { name: '日本語' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await appBar.getByText('Outreach Desk').waitFor();
    await page.locator('.RaSidebar-fixed [role="menuitem"]').filter({ hasText: 'Dashboard' }).waitFor();
    expect(fetched.some((p) => /\/assets\/en-[\w-]+\.js$/.test(p))).toBe(true);

    await appBar.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: '日本語' }).click();
    await appBar.getByText('アウトリーチデスク').waitFor();
    await page.locator('.RaSidebar-fixed [role="menuitem"]').filter({ hasText: 'ダッシュボード' }).waitFor();
  });

  it('on a phone, shows the language switch as its icons, still named and working, beside the page title', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await suite.logIn('staff@vendor-a.example.jp', { until: 'none' });
    const appBar = page.locator('header');
    await appBar.getByText('ダッシュボード').waitFor();
    const language = appBar.getByRole('button', { name: '日本語' });
    // Its name in view took 106 px of the 390; the icons alone take 64, the rest goes to the title.
    expect((await language.boundingBox())?.width).toBeLessThanOrEqual(64);
    expect(await language.evaluate((button) => getComputedStyle(button).fontSize)).toBe('0px');
    await language.click();
    await page.getByRole('menuitem', { name: 'English' }).waitFor();
    await page.keyboard.press('Escape');
  });

  it('on a phone, lists each record as a block of its columns, label and value, opened from its first line; a laptop gets the table', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await suite.logIn('staff@vendor-a.example.jp');
    await page.goto(`${suite.api.url}/#/sessions`);
    const blocks = page.getByRole('list', { name: '実施記録' }).getByRole('listitem');
    const block = blocks.first();
    await block.waitFor();
    expect(await blocks.count()).toBeGreaterThan(1);
    // The columns the table hid past the phone's edge (状態, 申請件数 …) are in every block, as label and value.
    const terms = await block.locator('dt:visible').allInnerTexts();
    expect(terms).toEqual(expect.arrayContaining(['種別・申請方式', '場所', '状態', '申請件数', '相談件数']));
    const status = block.locator('dl > div').filter({ has: page.locator('dt', { hasText: /^状態$/ }) }).locator('dd');
    expect(await status.innerText()).toMatch(/^(予定|実施済み|中止)$/);
    // A column with nothing to show for a record (a planned visit's 時間) leaves no bare label.
    const blank = await page.locator('[data-testid="list-blocks"] dd').evaluateAll((dds) => dds.filter((dd) => dd.getClientRects().length > 0 && !(dd as HTMLElement).innerText.trim() && !dd.querySelector('svg')).length);
    expect(blank).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await page.locator('.RaDataTable-tableWrapper').count()).toBe(0);
    // 作成 floats as a round button on a phone; its empty toolbar no longer leaves a blank band under the app bar.
    await page.getByRole('link', { name: '作成' }).waitFor();
    const band = await page.evaluate(() => document.querySelector('.RaList-actions form')!.getBoundingClientRect().top - document.querySelector('header')!.getBoundingClientRect().bottom);
    expect(band).toBeLessThan(24);
    // The first line names the day and links to the record (the keyboard's way); a tap anywhere on the block opens
    // it too, as a click on a row of the table does.
    const title = block.getByRole('link').first();
    expect(await title.innerText()).toMatch(/^\d{4}\/\d{2}\/\d{2}\([日月火水木金土]\)$/);
    expect(await title.getAttribute('href')).toMatch(/^#\/sessions\/[^/]+$/);
    await block.locator('dd').first().click();
    await page.waitForURL(/#\/sessions\/[^/]+$/);

    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${suite.api.url}/#/sessions`);
    await page.getByRole('columnheader', { name: '状態' }).waitFor();
    expect(await page.getByRole('list', { name: '実施記録' }).count()).toBe(0);
  });

  it('on a phone, shows each month of the daily reports\' rates as a line of its figures, the rates within the screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await suite.logIn('staff@vendor-a.example.jp');
    await page.goto(`${suite.api.url}/#/daily-reports`);
    const months = page.getByRole('list', { name: '日次報告の提出状況' }).getByRole('listitem');
    await months.first().waitFor();
    // Every month, then the total, each with all six figures; the table showed 報告率 cut and 期限内提出率 not at all.
    expect(await months.last().locator('p').first().innerText()).toBe('合計');
    const figures = months.last().locator('dt');
    expect(await figures.allInnerTexts()).toEqual(['対象', '提出', '期限内', '期限前', '報告率', '期限内提出率']);
    for (const value of await months.locator('dd').all()) {
      const box = (await value.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    expect(await months.last().locator('dd').nth(5).innerText()).toMatch(/^\d+%$|^—$/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it.each(MENU_BY_ROLE)('shows %s (%s) exactly its menu', async (_role, email, resources) => {
    await suite.logIn(email, { until: 'none' });
    expect(await menuEntries()).toEqual(['ダッシュボード', ...resources, 'プロフィール']);
  });

  it('tells in Japanese that the e-mail address or password is wrong', async () => {
    await suite.logIn('city-admin@otaru.example.jp', { password: 'wrong-password', until: 'none' });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('メールアドレスまたはパスワードが正しくありません');
    expect(new URL(page.url()).hash).toBe('#/login');
  });
});
