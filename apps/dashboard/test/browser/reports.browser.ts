import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { layoutProblems } from './support/layout';
import { browserSuite, SCREENSHOTS } from './support/suite';

const CITY_ADMIN = 'city-admin@otaru.example.jp';
const STAFF = 'staff@vendor-a.example.jp';

/**
 * exceljs is the API's dependency (it writes the reports); the test reads the saved file with the same library
 * rather than adding it to the dashboard. Only the few members used here are typed.
 */
interface Workbook {
  xlsx: { readFile(file: string): Promise<unknown> };
  worksheets: Array<{ name: string; getCell(address: string): { value: unknown } }>;
}
const apiRequire = createRequire(path.resolve(__dirname, '../../../api/package.json'));
const { Workbook } = apiRequire('exceljs') as { Workbook: new () => Workbook };
/** jszip, the API's dependency too, reads the 全件データ's zip. */
interface Zip {
  files: Record<string, unknown>;
  file(name: string): { async(type: 'nodebuffer'): Promise<Buffer> } | null;
}
const JSZip = apiRequire('jszip') as { loadAsync(data: Buffer): Promise<Zip> };

/**
 * What the API writes for the 月次報告書 of September 2026 of Otaru (packages/domain/src/reports/period-reports.ts:
 * MONTHLY_REPORT_SHEETS, the title `月次報告書（${month}分）` in wareki, the program's default era style;
 * report-params.ts reportFilename with the western year).
 */
const MONTHLY_SHEETS = ['概要', '実施一覧', '日別集計', '受電件数（週別）', '写真統計', '不備対応', '問い合わせ・苦情', '活動写真', '特記事項'];
const MONTHLY_TITLE = '月次報告書（令和8年9月分）';
const MONTHLY_FILENAME = '小樽市_月次報告書_2026年9月.xlsx';

describeInBrowser('reports page (browser, real API)', () => {
  const suite = browserSuite({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });

  const card = (name: string) => page.getByRole('region', { name, exact: true });

  it('lets a city administrator download the monthly report of a chosen month, with its progress, and lists the download', async () => {
    await suite.logIn(CITY_ADMIN, { until: 'menu' });
    await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: '帳票' }).click();
    expect(new URL(page.url()).hash).toBe('#/reports');

    // One card per report, the city-wide summary included.
    for (const name of ['日次報告書', '受電件数報告', '月次報告書', '委託業務完了報告書', '受付一覧表', '事業別集計']) await card(name).waitFor();

    // The month picker, with the keyboard: open, move to 令和8年9月, choose.
    const monthly = card('月次報告書');
    const month = monthly.getByRole('combobox', { name: '対象月' });
    await month.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: '令和8年9月' }).focus();
    await page.keyboard.press('Enter');
    expect(await month.innerText()).toBe('令和8年9月');
    expect(await monthly.getByTestId('report-help').innerText()).toBe('9月1日(火)〜9月30日(水)');

    const downloading = page.waitForEvent('download');
    await monthly.getByRole('button', { name: '月次報告書をダウンロード' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(MONTHLY_FILENAME);
    const saved = path.join(SCREENSHOTS, 'reports-monthly-2026-09.xlsx');
    await download.saveAs(saved);
    await monthly.getByRole('status').getByText(`保存を開始しました: ${MONTHLY_FILENAME}`).waitFor();

    const workbook = new Workbook();
    await workbook.xlsx.readFile(saved);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(MONTHLY_SHEETS);
    expect(workbook.worksheets[0].name).toBe('概要');
    expect(workbook.worksheets[0].getCell('A1').value).toBe(MONTHLY_TITLE);

    // The download is listed at the bottom: who, which report, which month.
    const row = page.getByTestId('report-downloads').getByRole('row').filter({ hasText: '令和8年9月' });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/月次報告書/);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'reports-city-admin.png'), fullPage: true });
  });

  it('saves the city-wide summary under its Japanese name (a file the API answers directly)', async () => {
    await suite.logIn(CITY_ADMIN, { until: 'menu' });
    await page.goto(`${suite.api.url}/#/reports`);
    const summary = card('事業別集計');
    const downloading = page.waitForEvent('download');
    await summary.getByRole('button', { name: '事業別集計をダウンロード' }).click();
    const download = await downloading;
    const [y, m, d] = new Date(suite.now().getTime() + 9 * 3600_000).toISOString().slice(0, 10).split('-').map(Number);
    expect(download.suggestedFilename()).toBe(`小樽市_事業別集計_${y}年${m}月${d}日.xlsx`);
    const saved = path.join(SCREENSHOTS, 'reports-city-summary.xlsx');
    await download.saveAs(saved);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(saved);
    expect(workbook.worksheets.length).toBeGreaterThan(0);
    await page.getByTestId('report-downloads').getByRole('row').filter({ hasText: '事業別集計' }).filter({ hasText: '時点' }).waitFor();
  });

  it('shows a slow report’s percent while it is made, then saves it', async () => {
    await suite.logIn(CITY_ADMIN, { until: 'menu' });
    await page.goto(`${suite.api.url}/#/reports`);
    // The demo report is made in a moment: the first polls are held at 42 % so that the progress can be seen.
    let held = 0;
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/report-jobs/*', async (route) => {
      if (held++ >= 3) await released;
      if (held > 3) return route.fallback();
      const job = { id: new URL(route.request().url()).pathname.split('/').pop(), status: 'running', percent: 42, filename: null };
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(job) });
    });

    const completion = card('委託業務完了報告書');
    const downloading = page.waitForEvent('download');
    await completion.getByRole('button', { name: '委託業務完了報告書をダウンロード' }).click();
    const bar = completion.getByRole('progressbar', { name: '委託業務完了報告書を作成中 42%' });
    await bar.waitFor();
    expect(await bar.getAttribute('aria-valuenow')).toBe('42');
    await completion.getByRole('status').getByText('作成中… 42%').waitFor();
    expect(await completion.getByRole('button', { name: '委託業務完了報告書をダウンロード' }).isDisabled()).toBe(true);
    await completion.screenshot({ path: path.join(SCREENSHOTS, 'reports-progress.png') });

    release();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('小樽市_委託業務完了報告書_令和8年度.xlsx');
    await completion.getByRole('status').getByText('保存を開始しました: 小樽市_委託業務完了報告書_令和8年度.xlsx').waitFor();
    expect(await completion.getByRole('progressbar').count()).toBe(0);
  });

  it('says a 全件データ waiting for the export started before it is waiting its turn, not stuck at 0 %', async () => {
    // On the phone first: logged in at 390 px, the menu is a closed drawer (opened on a wide screen, it would cover the page).
    await page.setViewportSize({ width: 390, height: 844 });
    await suite.logIn(CITY_ADMIN);
    await page.goto(`${suite.api.url}/#/reports`);
    // Another export holds this server's turn: until released, the polls answer as the API does while the job waits.
    let waiting = true;
    await page.route('**/api/report-jobs/*', async (route) => {
      if (!waiting) return route.fallback();
      const id = new URL(route.request().url()).pathname.split('/').pop();
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ id, status: 'running', percent: 0, waiting: true, filename: null }) });
    });
    const fullData = card('全件データ');
    const downloading = page.waitForEvent('download');
    await fullData.getByRole('button', { name: '全件データをダウンロード' }).click();
    await fullData.getByRole('status').getByText('順番待ち… 先に始まった全件データの作成が終わると始まります').waitFor();
    expect(await fullData.getByRole('button', { name: '全件データをダウンロード' }).isDisabled()).toBe(true);
    // The office's laptop and a phone: the waiting line wraps inside its card, nothing cut or scrolled sideways.
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 844 });
      await page.getByText(/^順番待ち…/).scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SCREENSHOTS, `reports-full-data-waiting-${width}.png`) });
      expect(await layoutProblems(page)).toEqual([]);
      // Beside the button on the laptop; under it, the card's full width, on the phone (beside it, it wrapped word by word).
      const button = (await fullData.getByRole('button', { name: '全件データをダウンロード' }).boundingBox())!;
      const line = (await fullData.getByRole('status').boundingBox())!;
      expect({ width, under: line.y >= button.y + button.height }).toEqual({ width, under: width === 390 });
    }
    await page.setViewportSize({ width: 1280, height: 1000 });
    waiting = false;
    await downloading;
    await fullData.getByRole('status').getByText(/^保存を開始しました: /).waitFor();
  });

  it('retries a start whose answer was lost with the same Idempotency-Key: the retry follows the first job, not a second one', async () => {
    await suite.logIn(CITY_ADMIN, { until: 'menu' });
    await page.goto(`${suite.api.url}/#/reports`);
    // The first start reaches the API, which starts the job; its answer never reaches the page (a dropped connection).
    const starts: { key: string | undefined; jobId: string }[] = [];
    await page.route('**/api/programs/*/report-jobs', async (route) => {
      const key = route.request().headers()['idempotency-key'];
      const answer = await route.fetch();
      starts.push({ key, jobId: ((await answer.json()) as { id: string }).id });
      if (starts.length === 1) return route.abort('connectionreset');
      return route.fulfill({ response: answer });
    });
    const completion = card('委託業務完了報告書');
    const button = completion.getByRole('button', { name: '委託業務完了報告書をダウンロード' });
    await button.click();
    await completion.getByRole('alert').waitFor();
    const downloading = page.waitForEvent('download');
    await button.click();
    expect((await downloading).suggestedFilename()).toBe('小樽市_委託業務完了報告書_令和8年度.xlsx');
    expect(starts).toHaveLength(2);
    expect(starts[0].key).toMatch(/^[\w-]{8,100}$/);
    expect(starts[1]).toEqual(starts[0]);
  });

  it('exports the 全件データ of every program of the city as CSV files in a zip and lists the download, at 390 px and 1366 px', async () => {
    // On the phone first: logged in at 390 px, the menu is a closed drawer (opened on a wide screen, it would cover the page).
    await page.setViewportSize({ width: 390, height: 844 });
    await suite.logIn(CITY_ADMIN);
    for (const viewport of [{ width: 390, height: 844 }, { width: 1366, height: 900 }]) {
      await page.setViewportSize(viewport);
      await page.goto(`${suite.api.url}/#/reports`);
      await page.reload(); // the same hash does not navigate: a fresh page at this width
      const fullData = card('全件データ');
      await fullData.waitFor();
      // Nothing wider than the screen: the pickers wrap on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      const scope = fullData.getByRole('combobox', { name: '対象' });
      expect(await scope.innerText()).toBe('この事業');
      await scope.click();
      await page.getByRole('option', { name: '市のすべての事業' }).click();
      await fullData.getByRole('combobox', { name: '形式' }).click();
      await page.getByRole('option', { name: 'CSV（.zip・UTF-8）' }).click();
      await fullData.screenshot({ path: path.join(SCREENSHOTS, `reports-full-data-${viewport.width}.png`) });

      const downloading = page.waitForEvent('download');
      await fullData.getByRole('button', { name: '全件データをダウンロード' }).click();
      const download = await downloading;
      const [y, m, d] = new Date(suite.now().getTime() + 9 * 3600_000).toISOString().slice(0, 10).split('-').map(Number);
      const filename = `小樽市_全件データ_${y}年${m}月${d}日.zip`;
      expect(download.suggestedFilename()).toBe(filename);
      await fullData.getByRole('status').getByText(`保存を開始しました: ${filename}`).waitFor();
      const saved = path.join(SCREENSHOTS, `reports-full-data-${viewport.width}.zip`);
      await download.saveAs(saved);
      const zip = await JSZip.loadAsync(fs.readFileSync(saved));
      expect(Object.keys(zip.files)).toEqual(['実施記録.csv', '受電記録.csv', '予約.csv', '日次報告.csv', '活動写真統計.csv']);
      const calls = await zip.file('受電記録.csv')!.async('nodebuffer');
      expect([...calls.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM, so that Excel reads UTF-8
      expect(calls.subarray(3).toString('utf8').startsWith('市区町村,事業名,受付日,時刻')).toBe(true);
    }
    await page.getByTestId('report-downloads').getByRole('row').filter({ hasText: '全件データ' }).filter({ hasText: 'CSV' }).first().waitFor();
  });

  it('names the picker at fault: the page’s own check, then the API’s 400', async () => {
    await suite.logIn(CITY_ADMIN, { until: 'menu' });
    await page.goto(`${suite.api.url}/#/reports`);

    const calls = card('受電件数報告');
    await calls.getByLabel('開始週').fill('2026-11-16');
    await calls.getByLabel('終了週').fill('2026-11-01');
    await calls.getByLabel('終了週').press('Enter'); // Enter in a picker downloads, as the button does
    await calls.getByText('終了週は開始週以降にしてください').waitFor();

    // A Saturday: no session, so no daily report; the API refuses and says why under the date.
    const daily = card('日次報告書');
    const date = daily.getByLabel('対象日');
    await page.waitForFunction(() => !(document.querySelector('input[type="date"]') as HTMLInputElement | null)?.disabled);
    await date.fill('2026-06-06');
    await daily.getByRole('button', { name: '日次報告書をダウンロード' }).click();
    await daily.getByText('実施のない日には日次報告書がありません').waitFor();
    expect(await date.getAttribute('aria-invalid')).toBe('true');
  });

  it('has no 帳票 for vendor staff, who may not download', async () => {
    await suite.logIn(STAFF, { until: 'menu' });
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: '帳票' }).count()).toBe(0);
    await page.goto(`${suite.api.url}/#/reports`);
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('button', { name: /をダウンロード$/ }).count()).toBe(0);
  });
});
