import { createRequire } from 'node:module';
import path from 'node:path';
import type { ReportSubmissionView } from '@outreach/domain/reports';
import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { fitsWidth, logOut } from './support/page';
import { browserSuite, SCREENSHOTS } from './support/suite';

/** exceljs is the API's dependency: the saved workbook is read back with it (only the members used are typed). */
interface Workbook {
  xlsx: { readFile(file: string): Promise<unknown> };
  worksheets: Array<{ name: string; columnCount: number; getRow(n: number): { getCell(c: number | string): { value: unknown } } }>;
}
const { Workbook } = createRequire(path.resolve(__dirname, '../../../api/package.json'))('exceljs') as { Workbook: new () => Workbook };

const VENDOR = 'manager@vendor-b.example.jp';
const CITY = 'city-admin@shimonoseki.example.jp';
const WIDE = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

describeInBrowser('monthly report submission (browser, real API)', () => {
  // On 5 November the demo's October report is not in yet (the demo submits a month's report two days before the 10th).
  const suite = browserSuite({ viewport: WIDE, timeout: 30_000, acceptDownloads: true, clock: '2026-11-05T01:00:00Z' });
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });

  const open = async () => {
    await page.goto(`${suite.api.url}/#/report-submissions`);
    await page.getByLabel('報告書', { exact: true }).selectOption('2026-10');
    await page.getByRole('heading', { name: '月次報告書（令和8年10月分）', exact: true }).waitFor();
  };

  it('the vendor submits the October report, the city returns it, the vendor resubmits, the city accepts (390 px and 1366 px)', async () => {
    // The vendor's manager on a phone: the draft's figures, remarks, 提出.
    await page.setViewportSize(PHONE);
    await suite.logIn(VENDOR);
    await open();
    await page.getByTestId('draft-figures').getByRole('cell', { name: '実施回数', exact: true }).waitFor();
    await page.getByLabel('特記事項').fill('10月は台風で1回延期しました。');
    await page.getByRole('button', { name: '提出' }).click();
    await page.getByText('月次報告書（令和8年10月分）（第1版）を提出しました').waitFor();
    const first = page.locator('[data-report-version="1"]');
    expect(await first.getByTestId('report-status').innerText()).toBe('未受理');
    expect(await first.innerText()).toContain('特記事項: 10月は台風で1回延期しました。');
    // While it waits, no second submission.
    await page.getByText('この報告は市の受理を待っています', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: '提出' }).count()).toBe(0);
    expect(await fitsWidth(page)).toBe(true);
    await logOut(page);

    // The city admin at 1366 px returns it with a reason.
    await page.setViewportSize(WIDE);
    await suite.logIn(CITY);
    await open();
    await first.getByRole('button', { name: '差し戻し' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('差し戻しの理由').fill('申請件数を実施記録と照合してください');
    await dialog.getByRole('button', { name: '差し戻し' }).click();
    await first.getByTestId('report-status').getByText('差戻し').waitFor();
    expect(await first.innerText()).toContain('理由: 申請件数を実施記録と照合してください');
    expect(await fitsWidth(page)).toBe(true);
    await logOut(page);

    // The vendor resubmits on the phone: version 2.
    await page.setViewportSize(PHONE);
    await suite.logIn(VENDOR);
    await open();
    await page.getByLabel('特記事項').fill('申請件数を照合しました。');
    await page.getByRole('button', { name: '提出' }).click();
    await page.getByText('月次報告書（令和8年10月分）（第2版）を提出しました').waitFor();
    const second = page.locator('[data-report-version="2"]');
    expect(await second.getByTestId('report-status').innerText()).toBe('未受理');
    // Nothing changed in the records between the versions: the comparison says so.
    expect(await second.innerText()).toContain('前の版から数値の変更はありません');
    expect(await fitsWidth(page)).toBe(true);
    await logOut(page);

    // The city accepts version 2.
    await page.setViewportSize(WIDE);
    await suite.logIn(CITY);
    await open();
    await second.getByRole('button', { name: '受理' }).click();
    await page.getByText('月次報告書（令和8年10月分）（第2版）を受理しました').waitFor();
    await second.getByTestId('report-status').getByText('受理済').waitFor();
    const cityApi = await suite.apiSession(CITY);
    const [program] = (await cityApi<Array<{ id: string }>>('/programs')).json;
    const versions = (await cityApi<ReportSubmissionView[]>(`/programs/${program.id}/report-submissions?kind=monthly&month=2026-10`)).json;
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'accepted'],
      [1, 'returned'],
    ]);
  });

  it('the city sets the agreed form (sheet order, document number); the vendor reads it and downloads the draft built with it (issue 20 item 4)', async () => {
    await suite.logIn(CITY);
    const [program] = (await (await suite.apiSession(CITY))<Array<{ id: string }>>('/programs')).json;
    await page.goto(`${suite.api.url}/#/programs/${program.id}/show/report-forms`);
    const monthly = page.getByTestId('report-form-monthly');
    await monthly.getByText('標準の様式').waitFor();
    await monthly.getByRole('button', { name: '実施一覧を上へ' }).click();
    await monthly.getByLabel('文書番号（1枚目の右上に印刷）').fill('下総第45号');
    await monthly.getByRole('button', { name: '様式を保存' }).click();
    await page.getByText('月次報告書の様式を保存しました').waitFor();
    await page.getByTestId('report-form-monthly').getByText('協議した様式').waitFor();
    expect((await page.getByTestId('report-form-monthly').getByTestId('report-form-sheet').allInnerTexts()).slice(0, 2)).toEqual(['実施一覧', '概要']);
    await page.setViewportSize(PHONE);
    expect(await fitsWidth(page)).toBe(true);
    await page.setViewportSize(WIDE);
    await logOut(page);

    // The vendor's manager sees the form and cannot change it.
    await suite.logIn(VENDOR);
    await page.goto(`${suite.api.url}/#/programs/${program.id}/show/report-forms`);
    await page.getByText('様式は市の担当者（管理）が設定します。').waitFor();
    expect(await page.getByLabel('文書番号（1枚目の右上に印刷）').first().inputValue()).toBe('下総第45号');
    expect(await page.getByRole('button', { name: '様式を保存' }).count()).toBe(0);

    // Its draft download is built with the form.
    await open();
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: '帳票（下書き）をダウンロード' }).click();
    const download = await downloading;
    const saved = path.join(SCREENSHOTS, 'report-form-monthly-2026-10.xlsx');
    await download.saveAs(saved);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(saved);
    expect(workbook.worksheets.map((s) => s.name).slice(0, 2)).toEqual(['実施一覧', '概要']);
    const first = workbook.worksheets[0];
    expect(first.getRow(1).getCell('A').value).toBe('月次報告書（令和8年10月分） 実施一覧');
    expect(first.getRow(1).getCell(first.columnCount).value).toBe('下総第45号');
  });

  it('takes today from the API, not from a PC whose clock is off: a new inquiry is dated the API’s day', async () => {
    // This PC thinks it is Christmas Eve; the API (the suite's clock) says 5 November.
    await page.context().clock.setFixedTime(new Date('2026-12-24T01:00:00Z'));
    await suite.logIn(VENDOR);
    await page.goto(`${suite.api.url}/#/inquiries/create`);
    const date = page.getByLabel('受付日');
    await date.waitFor();
    expect(await date.inputValue()).toBe('2026-11-05');
  });
});
