import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { runSql } from './support/database';
import { fitsWidth, logOut } from './support/page';
import { browserSuite, SCREENSHOTS } from './support/suite';

const STAFF = 'staff@vendor-a.example.jp';
const MANAGER = 'manager@vendor-a.example.jp';
const CITY_VIEWER = 'city-viewer@otaru.example.jp';
const WIDE = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

/** The API's exceljs reads the certificate back. */
const apiRequire = createRequire(path.resolve(__dirname, '../../../api/package.json'));
type Workbook = { xlsx: { load(b: Buffer): Promise<unknown> }; worksheets: Array<{ eachRow(cb: (row: { values: unknown[] }) => void): void }> };
const ExcelJS = apiRequire('exceljs') as { Workbook: new () => Workbook };

describeInBrowser('closing a contract (browser, real API)', () => {
  const suite = browserSuite({ viewport: WIDE, timeout: 20_000, acceptDownloads: true });
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });

  const openClosing = async () => {
    await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: '契約終了の手続き' }).click();
    await page.getByTestId('closing-summary').waitFor();
  };

  it('hands one reservation over, deletes the rest, closes the program and issues the certificate; the city reads it (1366 and 390 px)', async () => {
    // The contract ended yesterday (Japan time, on the suite's clock): the closing can start.
    const yesterday = new Date(suite.now().getTime() + 9 * 3600_000 - 86_400_000).toISOString().slice(0, 10);
    await runSql(suite.api.sqlitePath, [`UPDATE program SET period_end = '${yesterday}' WHERE title LIKE '小樽市%'`]);

    // Staff: the checklist in words; they may prepare a handover file, not delete nor close.
    await suite.logIn(STAFF, { until: 'menu' });
    await openClosing();
    const items = page.getByTestId('closing-items').locator('li');
    await items.first().waitFor();
    const total = await items.count();
    // A home reservation (the list runs by reception number; the demo's facility requests may come first).
    const home = items.filter({ hasText: /^受付番号\d+（個人宅・/ }).first();
    expect(await home.innerText()).toMatch(/^受付番号\d+（個人宅・令和\d+年\d+月\d+日訪問・/);
    expect(await page.getByTestId('closing-items').innerText()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(await page.getByRole('button', { name: '選んだ受付の個人情報を削除' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '事業を終了する' }).count()).toBe(0);
    const handed = (await home.innerText()).match(/^受付番号\d+/)![0];
    await home.getByRole('checkbox').check();
    await page.getByRole('button', { name: '選んだ受付を市へ引き渡すファイルを準備' }).click();
    await page.getByText(/引渡しファイルを準備しました/).waitFor();
    await page.getByTestId('share-files').locator('li').first().getByText('承認待ち').waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await logOut(page);

    // The manager approves and downloads the handover file: the slip goes to the city and leaves the checklist.
    await suite.logIn(MANAGER, { until: 'menu' });
    await openClosing();
    await page.getByText('引渡しファイルの承認・ダウンロード待ち').waitFor();
    const file = page.getByTestId('share-files').locator('li').first();
    await file.getByRole('button', { name: '承認' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '確認' }).click();
    await file.getByText('承認済み（ダウンロード可）').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), file.getByRole('button', { name: 'ダウンロード' }).click()]);
    expect(download.suggestedFilename()).toMatch(/受付票_引渡し_.+\.xlsx$/);
    await page.getByRole('dialog').getByRole('button', { name: '閉じる' }).click();
    await page.waitForFunction(() => /市へ引渡し済み\s*1 件/.test(document.querySelector('[data-testid="closing-summary"]')?.textContent ?? ''));
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="closing-items"] li').length === n, total - 1);
    expect(await page.getByTestId('closing-items').innerText()).not.toContain(`${handed}（`);

    // Closing is refused while records remain; the manager deletes the rest, then closes.
    expect(await page.getByTestId('close-problem').innerText()).toMatch(/^個人情報が残っている記録が\d+件あります/);
    await page.getByLabel('すべて選ぶ').check();
    await page.getByRole('button', { name: '選んだ受付の個人情報を削除' }).click();
    await page.getByRole('dialog').getByText('元に戻せません', { exact: false }).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: '確認' }).click();
    await page.getByText('個人情報が残っている記録はありません').waitFor();
    await page.getByRole('button', { name: '事業を終了する' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '確認' }).click();
    await page.getByText('事業の終了の手続きが済みました').waitFor();
    expect(await page.getByTestId('closing-summary').innerText()).toMatch(/終了の手続き\s+\d{4}\/\d\d\/\d\d \d\d:\d\d に終了しました/);
    expect(await page.getByRole('button', { name: '事業を終了する' }).count()).toBe(0);

    // 削除証明書: the Excel, read back: its title and 和暦 dates.
    const href = await page.getByRole('link', { name: '削除証明書（Excel）' }).getAttribute('href');
    const res = await page.request.get(`${suite.api.url}${href}`);
    expect(res.status()).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.body());
    const cells: string[] = [];
    workbook.worksheets[0].eachRow((row) => cells.push(row.values.map((v) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v))).join(' ')));
    const sheet = cells.join('\n');
    expect(sheet).toContain('削除証明書');
    expect(sheet).toMatch(/令和\d+年\d+月\d+日/);
    expect(sheet).toContain(handed.replace('受付番号', ''));
    expect(await fitsWidth(page)).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'program-closing-1366.png'), fullPage: true });
    await logOut(page);

    // The city's viewer reads the closing and takes the certificate, with no action of the vendor's, at 390 px.
    await page.setViewportSize(PHONE);
    await suite.logIn(CITY_VIEWER);
    await page.goto(`${suite.api.url}/#/program-closing`);
    await page.getByTestId('closing-summary').getByText(/に終了しました/).waitFor();
    expect(await page.getByRole('link', { name: '削除証明書（Excel）' }).count()).toBe(1);
    for (const name of ['選んだ受付の個人情報を削除', '選んだ受付を市へ引き渡すファイルを準備', '事業を終了する']) expect(await page.getByRole('button', { name }).count()).toBe(0);
    expect(await fitsWidth(page)).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'program-closing-city-390.png'), fullPage: true });
  });
});
