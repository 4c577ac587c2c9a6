import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SlipShareWeek } from '@outreach/domain/booking-shares';
import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { runSql } from './support/database';
import { fitsWidth, logOut } from './support/page';
import { browserSuite, SCREENSHOTS } from './support/suite';

const STAFF = 'staff@vendor-a.example.jp';
const MANAGER = 'manager@vendor-a.example.jp';
const WIDE = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

describeInBrowser('weekly share of the reception slips (browser, real API)', () => {
  const suite = browserSuite({ viewport: WIDE, timeout: 20_000, acceptDownloads: true });
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });


  it('shows each visit week with its due date; staff prepare the file, a manager approves it and downloads it encrypted (1366 and 390 px)', async () => {
    // The city asks for the slips as a file too (a setting only the city's admin changes).
    await runSql(suite.api.sqlitePath, ['UPDATE program SET slip_share_file = 1']);
    const api = await suite.apiSession(MANAGER);
    const [program] = (await api<Array<{ id: string; title: string }>>('/programs')).json;
    const weeks = (await api<SlipShareWeek[]>(`/programs/${program.id}/slip-shares`)).json;
    const week = weeks.find((w) => w.unshared.length > 0)!;
    expect(week).toBeDefined();
    const numbers = week.unshared.map((u) => u.receptionNumber).join('、');

    // Staff: the week's card in Japanese, with its due date in 和暦 and the numbers not yet shared; they prepare the file.
    await suite.logIn(STAFF, { until: 'menu' });
    await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: '受付票の共有' }).click();
    const card = page.locator(`[data-week="${week.weekStart}"]`);
    await card.waitFor();
    // The weeks still to share come first (the next due first), before the shared ones since the summer.
    const order = await page.getByTestId('slip-share-weeks').locator('[data-week]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-week')));
    expect(order[0]).toBe(week.weekStart);
    const text = await card.innerText();
    expect(text).toContain('共有期限');
    expect(text).toMatch(/令和\d+年\d+月\d+日/);
    expect(text).toContain(numbers);
    expect(await card.getByTestId('week-state').innerText()).toMatch(/^(未共有（期限前）|期限超過)$/);
    await card.getByRole('button', { name: 'ファイルを準備' }).click();
    await page.getByText(/の週の受付票のファイルを準備しました/).waitFor();
    const file = page.getByTestId('share-files').locator('li').first();
    await file.getByText('承認待ち').waitFor();
    expect(await file.innerText()).toMatch(/準備\s+受託 スタッフ（\d{4}\/\d\d\/\d\d \d\d:\d\d）/);
    // The one who prepared it cannot approve it (nor can staff at all), and nothing is downloadable yet.
    expect(await file.getByRole('button', { name: '承認' }).count()).toBe(0);
    expect(await file.getByRole('button', { name: 'ダウンロード' }).count()).toBe(0);
    await card.getByText('承認待ちのファイルがあります').waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await logOut(page);

    // The manager approves it; then it is released and downloaded once, encrypted, with its password shown once.
    await suite.logIn(MANAGER, { until: 'menu' });
    await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: '受付票の共有' }).click();
    await file.getByText('承認待ち').waitFor();
    await file.getByRole('button', { name: '承認' }).click();
    await page.getByRole('dialog').getByText(numbers).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: '確認' }).click();
    await file.getByText('承認済み（ダウンロード可）').waitFor();
    expect(await file.innerText()).toMatch(/承認\s+受託 管理（\d{4}\/\d\d\/\d\d \d\d:\d\d）/);
    expect(await file.innerText()).toContain('ダウンロード期限');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'slip-shares-1366.png'), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), file.getByRole('button', { name: 'ダウンロード' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^小樽市_受付票_.+からの週\.xlsx$/);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 4).toString('hex')).toBe('d0cf11e0'); // an encrypted Office file, not a plain zip
    expect(await page.getByTestId('share-password').innerText()).toMatch(/^[A-Za-z2-9]{16}$/);
    await page.getByRole('dialog').getByRole('button', { name: '閉じる' }).click();
    await file.getByText(/^1 回（最後: \d{4}\/\d\d\/\d\d \d\d:\d\d）$/).waitFor();
    expect(await file.innerText()).toMatch(/ダウンロード\s+1 回/);
    // The download is the share: the week is shared now.
    await card.getByTestId('week-state').getByText('共有済み').waitFor();
    expect(await fitsWidth(page)).toBe(true);

    await page.setViewportSize(PHONE);
    await card.waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'slip-shares-390.png'), fullPage: true });

    // The booking's screen shows its history from the handling record, each step in words.
    await page.goto(`${suite.api.url}/#/bookings/${week.unshared[0].bookingId}/show`);
    const history = page.getByTestId('booking-history');
    await history.getByText('受付票の市への共有').waitFor();
    expect(await history.innerText()).toContain('受託 管理（');
    expect(await fitsWidth(page)).toBe(true);
  });
});
