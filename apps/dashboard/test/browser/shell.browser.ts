import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { browserSuite, SCREENSHOTS } from './support/suite';


/** The menu's sections as the test reads them: a heading (a named separator) is 【name】. */
const section = (name: string, entries: string[]) => (entries.length ? [`【${name}】`, ...entries] : []);

/**
 * The menu of someone who reads a program, by section: the vendor's team also has 予約受付 (first), 折り返し and
 * 前日確認 among the reception entries and チーム編成 among the visits; 帳票 for export.download; 取扱記録 and the
 * administration for those who read them. 実施場所の承認 and 業務計画書 only where the program asks for the city's
 * approval of them, and no screen of booked visits where its call center books none (Shimonoseki, not Otaru).
 */
function programMenu(o: { vendor: boolean; reports: boolean; handling: boolean; admin: boolean; approvals: boolean; bookings: boolean }): string[] {
  const booked = (entries: string[]) => (o.bookings ? entries : []);
  return [
    '事業',
    ...section('受付', [
      ...(o.vendor ? booked(['予約受付']) : []),
      '受電記録',
      ...booked(['予約一覧']),
      ...(o.vendor ? ['折り返し', ...booked(['前日確認'])] : []),
      ...booked(['受付一覧表', '受付票の共有']),
      '受電週報告',
    ]),
    ...section('訪問・実施', ['施設', ...(o.vendor ? ['チーム編成'] : []), '実施記録', '日次報告', '引渡し']),
    ...section('不備・問い合わせ', ['不備対応', '問い合わせ・苦情', '個人情報の事故報告']),
    ...section('報告', ['月次・完了報告', ...(o.approvals ? ['実施場所の承認', '業務計画書'] : []), ...(o.reports ? ['帳票'] : [])]),
    ...section('個人情報', ['個人情報削除記録', ...(o.handling ? ['取扱記録'] : []), '契約終了の手続き']),
    ...section('管理', o.admin ? ['組織', '利用者'] : []),
  ];
}

/** What each demo role finds in the menu, between ダッシュボード and プロフィール (which everyone has). */
const MENU_BY_ROLE: Array<[role: string, email: string, entries: string[]]> = [
  ['system_admin', 'admin@example.jp', section('管理', ['自治体', '組織', '利用者'])],
  ['city_admin', 'city-admin@otaru.example.jp', programMenu({ vendor: false, reports: true, handling: true, admin: true, approvals: false, bookings: true })],
  ['city_viewer', 'city-viewer@otaru.example.jp', programMenu({ vendor: false, reports: true, handling: true, admin: false, approvals: false, bookings: true })],
  ['vendor_manager', 'manager@vendor-a.example.jp', programMenu({ vendor: true, reports: true, handling: true, admin: true, approvals: false, bookings: true })],
  ['vendor_staff', 'staff@vendor-a.example.jp', programMenu({ vendor: true, reports: false, handling: false, admin: false, approvals: false, bookings: true })],
  ['city_admin of Shimonoseki', 'city-admin@shimonoseki.example.jp', programMenu({ vendor: false, reports: true, handling: true, admin: true, approvals: true, bookings: false })],
  ['vendor_manager of Shimonoseki', 'manager@vendor-b.example.jp', programMenu({ vendor: true, reports: true, handling: true, admin: true, approvals: true, bookings: false })],
];


/** The boxes of the elements a locator finds, each with whether it reaches past a 390 px phone's right edge. */
async function boxes(values: Locator): Promise<Array<{ text: string; height: number; past390: boolean }>> {
  return values.evaluateAll((els) => els.map((el) => {
    const box = el.getBoundingClientRect();
    return { text: (el as HTMLElement).innerText, height: box.height, past390: box.right > 390 };
  }));
}
describeInBrowser('dashboard shell (browser, real API)', () => {
  const suite = browserSuite({ viewport: { width: 1280, height: 800 } });
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });

  /** The sidebar's entries once every canAccess answer has arrived (the profile entry comes last). */
  async function menuEntries(): Promise<string[]> {
    const items = page.locator('.RaSidebar-fixed [role="menuitem"], .RaSidebar-fixed [role="separator"]');
    await items.filter({ hasText: 'プロフィール' }).waitFor();
    await page.waitForLoadState('networkidle');
    return items.evaluateAll((nodes) => nodes.map((n) => (n.getAttribute('role') === 'separator' ? `【${n.getAttribute('aria-label') ?? ''}】` : (n as HTMLElement).innerText.trim())));
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
    // The columns the table hid past the phone's edge (状態, 申請件数 …) are in the blocks, as label and value: a held
    // session's counts and city staff; a planned one has none yet (no 「申請件数 0」, no ✗ for city staff its team
    // will bring, for a visit still to come).
    // (The newest first: the coming visits, planned.)
    const planned = blocks.filter({ has: page.locator('dd', { hasText: /^予定$/ }) }).first();
    const plannedTerms = await planned.locator('dt:visible').allInnerTexts();
    expect(plannedTerms).toEqual(expect.arrayContaining(['種別・申請方式', '場所', '状態']));
    expect(plannedTerms.filter((term) => ['申請件数', '相談件数', '市職員立会い'].includes(term))).toEqual([]);
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
    await page.goBack();
    await page.getByRole('combobox', { name: '状態' }).click();
    await page.getByRole('option', { name: '実施済み' }).click();
    const held = blocks.filter({ has: page.locator('dd', { hasText: /^実施済み$/ }) }).first();
    await held.waitFor();
    expect(await held.locator('dt:visible').allInnerTexts()).toEqual(expect.arrayContaining(['種別・申請方式', '場所', '状態', '市職員立会い', '申請件数', '相談件数']));
    // No headers to tap on a phone: the columns the table sorts by are offered in 並び順, the list follows.
    const firstDays = () => page.locator('[data-testid="list-blocks"] > li').evaluateAll((items) => items.map((li) => li.querySelector('a')?.textContent ?? ''));
    const newestFirst = await firstDays();
    await page.getByRole('combobox', { name: '並び順' }).click();
    await page.getByRole('option', { name: '実施日（昇順）' }).click();
    await page.waitForURL(/order=ASC/);
    await page.waitForFunction((newest) => document.querySelector('[data-testid="list-blocks"] > li a')?.textContent !== newest, newestFirst[0]);
    const oldestFirst = await firstDays();
    expect(oldestFirst).toEqual([...oldestFirst].sort());
    expect(oldestFirst[0] < newestFirst[newestFirst.length - 1]).toBe(true);

    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${suite.api.url}/#/sessions`);
    await page.getByRole('columnheader', { name: '状態' }).waitFor();
    expect(await page.getByRole('list', { name: '実施記録' }).count()).toBe(0);
  });

  /** Vendor staff on a 390 px phone, at a screen: the items of its list named `name`, once the first is drawn. */
  async function staffListOnPhone(route: string, name: string): Promise<Locator> {
    await page.setViewportSize({ width: 390, height: 844 });
    await suite.logIn('staff@vendor-a.example.jp');
    await page.goto(`${suite.api.url}/${route}`);
    const items = page.getByRole('list', { name }).getByRole('listitem');
    await items.first().waitFor();
    return items;
  }

  it('on a phone, shows each month of the daily reports\' rates as a line of its figures, the rates within the screen', async () => {
    const months = await staffListOnPhone('#/daily-reports', '日次報告の提出状況');
    // Every month, then the total, each with all six figures; the table showed 報告率 cut and 期限内提出率 not at all.
    expect(await months.last().locator('p').first().innerText()).toBe('合計');
    const figures = months.last().locator('dt');
    expect(await figures.allInnerTexts()).toEqual(['対象', '提出', '期限内', '期限前', '報告率', '期限内提出率']);
    expect(await boxes(months.locator('dd'))).toEqual(expect.not.arrayContaining([expect.objectContaining({ past390: true })]));
    expect(await months.last().locator('dd').nth(5).innerText()).toMatch(/^\d+%$|^—$/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('on a phone, shows the reception list as a block per number, every date within the screen, the latest first on request', async () => {
    const blocks = await staffListOnPhone('#/reception-list', '受付一覧表');
    // Seven columns of 和暦 dates wrapped each date onto three lines and hid the last four past the phone's edge.
    expect(await blocks.first().locator('dt').allInnerTexts()).toEqual(['受付日', '訪問日', '申請予定件数', '市への共有日', '訪問完了日', '個人情報削除日']);
    // Each value within the screen and on one line (「令和8年8月5日」 whole).
    expect((await boxes(blocks.first().locator('dd'))).filter((box) => box.past390 || box.height >= 30)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const numbers = () => blocks.evaluateAll((items) => items.map((li) => Number(li.querySelector('a')?.textContent ?? li.textContent?.match(/\d+/)?.[0])));
    const ascending = await numbers();
    expect(ascending.length).toBeGreaterThan(10);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    // Staff in the field look for the latest: 並び順 turns the list round.
    await page.getByRole('combobox', { name: '並び順' }).click();
    await page.getByRole('option', { name: '受付番号（降順）' }).click();
    expect(await numbers()).toEqual([...ascending].reverse());
    // The number opens its booking, as in the table.
    const latest = blocks.first().getByRole('link');
    await latest.click();
    await page.waitForURL(/#\/bookings\/[^/]+\/show$/);

    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${suite.api.url}/#/reception-list`);
    await page.getByRole('table', { name: '受付一覧表' }).getByRole('columnheader', { name: '個人情報削除日' }).waitFor();
    expect(await page.getByRole('list', { name: '受付一覧表' }).count()).toBe(0);
  });

  it.each(MENU_BY_ROLE)('shows %s (%s) exactly its menu, in its sections', async (_role, email, entries) => {
    await suite.logIn(email, { until: 'none' });
    expect(await menuEntries()).toEqual(['ダッシュボード', ...entries, 'プロフィール']);
  });

  it("leaves the screens of booked visits out where the program books none (下関市): no funnel, the desk's address explains, no 予約 column, no 受付一覧表 report, an empty calendar explained", async () => {
    await suite.logIn('manager@vendor-b.example.jp');
    await page.getByRole('heading', { name: '実施件数と申請件数' }).first().waitFor();
    await page.getByRole('heading', { name: '申請の種類' }).waitFor();
    expect(await page.getByRole('heading', { name: '予約から申請まで' }).count()).toBe(0);

    await page.goto(`${suite.api.url}/#/bookings/create`);
    expect(await page.getByRole('alert').innerText()).toContain('この事業はコールセンターで訪問の予約を受け付けない設定です');
    expect(await page.getByLabel('電話番号').count()).toBe(0);

    await page.goto(`${suite.api.url}/#/sessions`);
    await page.locator('table tbody tr').first().waitFor();
    const headers = await page.locator('table thead th').allInnerTexts();
    expect(headers).toContain('実施日');
    expect(headers.map((h) => h.trim())).not.toContain('予約');

    // A held visit's 申請台帳 takes its applicants on the day (当日受付): it has no booking or list to take them from.
    const api = await suite.apiSession('manager@vendor-b.example.jp');
    const [program] = (await api<Array<{ id: string }>>('/programs')).json;
    const [held] = (await api<Array<{ id: string }>>(`/sessions?filter=${encodeURIComponent(JSON.stringify({ programId: program.id, status: 'held' }))}&range=[0,0]`)).json;
    await page.goto(`${suite.api.url}/#/sessions/${held.id}`);
    const register = page.getByRole('region', { name: '申請台帳' });
    await register.getByText(/^予約・申請者名簿のない実施です。申請者ごとに「当日受付を追加」から/).waitFor();
    await register.getByRole('button', { name: '当日受付を追加' }).waitFor();
    expect(await register.getByText('受付待ち', { exact: true }).count()).toBe(0);

    // 個人情報削除記録 says its reservations' part is empty because the program takes none, not that nothing was deleted
    // (the register's deletions after the hand-overs have their own card).
    await page.goto(`${suite.api.url}/#/personal-data-deletions`);
    await page.getByRole('heading', { name: '予約（受付票・施設の依頼）' }).waitFor();
    await page.getByText('この事業は予約を受け付けないため、予約の個人情報はありません').waitFor();
    expect(await page.getByText(/まだ削除した/).count()).toBe(0);

    // 施設 has none yet and says how they come without the desk it does not have.
    await page.goto(`${suite.api.url}/#/facilities`);
    await page.getByText('この事業は予約を受け付けないため、訪問する施設は受託者が「施設を登録」から登録します', { exact: false }).waitFor();
    expect(await page.getByText(/予約受付の「施設」/).count()).toBe(0);

    // 帳票: the program's reports, without the reception list of reservations it never takes.
    await page.goto(`${suite.api.url}/#/reports`);
    await page.getByRole('heading', { name: '日次報告書' }).waitFor();
    expect(await page.getByRole('heading', { name: '受付一覧表' }).count()).toBe(0);

    // 実施予定日 (the days the desk books into) says why it is empty.
    await page.goto(`${suite.api.url}/#/programs/${program.id}/show/calendar`);
    await page.getByText(/実施予定日（予約を受け付ける日）は使いません/).waitFor();
  });

  it('tells in Japanese that the e-mail address or password is wrong', async () => {
    await suite.logIn('city-admin@otaru.example.jp', { password: 'wrong-password', until: 'none' });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('メールアドレスまたはパスワードが正しくありません');
    expect(new URL(page.url()).hash).toBe('#/login');
  });
});
