import path from 'node:path';
import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { ExcelJS } from './support/exceljs';
import { layoutProblems } from './support/layout';
import { browserSuite, SCREENSHOTS } from './support/suite';

const OTARU_TITLE = '小樽市マイナンバーカード個人宅・福祉施設等出張申請受付予約受付等業務';
const STATUS_WORDS = /^(達成|順調|要注意|遅れ|未集計)$/;

describeInBrowser('programs (browser, real API)', () => {
  const suite = browserSuite({ viewport: { width: 1280, height: 900 } });
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });

  /** From the menu to the Otaru program's show page. */
  async function openOtaru() {
    await page.getByRole('menuitem', { name: '事業' }).click();
    // In the list: the list loads lazily, and the dashboard, which names the program too, stays up meanwhile.
    await page.locator('.RaList-main').getByText(OTARU_TITLE).click();
    await page.getByRole('tab', { name: '目標' }).waitFor();
  }

  async function openTab(name: string) {
    await page.getByRole('tab', { name }).click();
    await page.waitForLoadState('networkidle');
  }

  const visitDayCells = () => page.locator('td[data-visit-day]');

  it("shows a city administrator the Otaru program: settings, four targets, 42 visit days and the progress", async () => {
    await suite.logIn('city-admin@otaru.example.jp');
    await page.getByRole('menuitem', { name: '事業' }).click();
    await page.getByText('令和8年5月1日～令和9年1月8日').waitFor();
    await page.getByText('2026年度（令和8年度）').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'programs-list.png') });
    await openOtaru();

    // 概要・設定: the settings in Japanese.
    await page.getByTestId('period-visits').getByText('令和8年6月17日～令和8年12月24日').waitFor();
    await page.getByText('午前2・午後2', { exact: true }).waitFor();
    await page.getByText('6人以上の世帯は半日（その半日は1件のみ）').waitFor();
    await page.getByText('コールセンターで受け付ける', { exact: true }).waitFor();
    // The cards in newspaper columns: 期間と報告期限 right under 基本情報, not beside it above a blank.
    const card = (name: string) => page.getByRole('region', { name }).boundingBox();
    const [basics, periods] = [(await card('基本情報'))!, (await card('期間と報告期限'))!];
    expect(periods.x).toBe(basics.x);
    expect(periods.y - (basics.y + basics.height)).toBeLessThanOrEqual(17);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'programs-overview.png'), fullPage: true });

    // 目標: one group of four targets, all of which must be met.
    await openTab('目標');
    await page.getByText('すべて達成で達成', { exact: true }).waitFor();
    const goals = (await page.getByTestId('target-goal').allInnerTexts()).map((text) => Number(text.replace(/\D/g, '')));
    expect(goals).toEqual([144, 216, 6, 60]);
    await page.getByRole('button', { name: '目標を編集' }).waitFor();

    // 実施予定日: 42 days (36 home, 6 facility) in month grids, holidays named.
    await openTab('実施予定日');
    await page.getByTestId('visit-day-summary').waitFor();
    expect(await page.getByTestId('visit-day-summary').innerText()).toBe('実施予定日 42日（個人宅36日・福祉施設6日）');
    expect(await visitDayCells().count()).toBe(42);
    expect(await page.locator('td[data-visit-day="home_visit"]').count()).toBe(36);
    expect(await page.locator('td[data-visit-day="facility_visit"]').count()).toBe(6);
    expect(await page.getByTestId('month-calendar').count()).toBe(7);
    await page.locator('td[data-date="2026-07-20"]').getByText('海の日', { exact: true }).waitFor();
    // Every visit day is a button a keyboard reaches, named with its date, kind and bookings.
    const firstDay = visitDayCells().first().getByRole('button');
    expect(await firstDay.getAttribute('aria-label')).toMatch(/^6月\d+日\([月火水木金]\) (個人宅|福祉施設)訪問日 予約(なし|\d+件)$/);
    await page.getByRole('button', { name: '提案を作成' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'programs-calendar.png'), fullPage: true });

    // 進捗: each target with its status chip and its projection in words.
    await openTab('進捗');
    await page.getByTestId('target-progress').first().waitFor();
    expect(await page.getByTestId('target-progress').count()).toBe(4);
    const chips = await page.getByTestId('status-chip').allInnerTexts();
    expect(chips.length).toBeGreaterThanOrEqual(5); // the group's and one per target
    for (const chip of chips) expect(chip).toMatch(STATUS_WORDS);
    expect(await page.getByRole('progressbar').count()).toBe(4);
    expect(await page.getByRole('progressbar').first().getAttribute('aria-valuetext')).toMatch(/^個人宅 予約件数：実績 \d+ 件、目標 144 件の\d+%/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'programs-progress.png'), fullPage: true });
  });

  it('lets a calendar manager change a visit day and shows why the API refuses a move to a holiday', async () => {
    await suite.logIn('manager@vendor-a.example.jp');
    await openOtaru();
    await openTab('実施予定日');
    await page.getByTestId('visit-day-summary').waitFor();

    // Move a June day onto 海の日: the API's 422 message is shown in the dialog.
    const home = page.locator('td[data-visit-day="home_visit"]').first();
    const date = await home.getAttribute('data-date');
    await home.getByRole('button').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^日付/).fill('2026-07-20');
    await dialog.getByRole('button', { name: '変更を保存' }).click();
    expect(await dialog.getByRole('alert').innerText()).toContain('海の日');

    // Change its kind instead: the summary follows.
    await dialog.getByLabel(/^日付/).fill(date!);
    await dialog.getByLabel('福祉施設訪問').check();
    await dialog.getByRole('button', { name: '変更を保存' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('実施予定日 42日（個人宅35日・福祉施設7日）').waitFor();

    // The proposal previews the spec's 36 + 6 days; applying it puts the calendar back.
    await page.getByRole('button', { name: '提案を作成' }).click();
    const proposal = page.getByRole('dialog');
    await proposal.getByLabel('個人宅訪問の日数').fill('36');
    await proposal.getByLabel('福祉施設訪問の日数').fill('6');
    await proposal.getByRole('button', { name: '提案を表示' }).click();
    await proposal.getByText('提案 42日（個人宅36日・福祉施設6日）').waitFor();
    await proposal.getByRole('button', { name: 'この提案で置き換える' }).click();
    await proposal.waitFor({ state: 'detached' });
    await page.getByText('実施予定日 42日（個人宅36日・福祉施設6日）').waitFor();
  });

  it('shows a city viewer the calendar without editing it', async () => {
    await suite.logIn('city-viewer@otaru.example.jp');
    await openOtaru();
    await openTab('実施予定日');
    await page.getByTestId('visit-day-summary').waitFor();
    expect(await visitDayCells().count()).toBe(42);
    expect(await visitDayCells().getByRole('button').count()).toBe(0);
    expect(await page.getByRole('button', { name: '提案を作成' }).count()).toBe(0);
    await openTab('目標');
    await page.getByText('すべて達成で達成', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: '目標を編集' }).count()).toBe(0);
  });

  it('lets the city administrator add a target group in the editor; its progress shows', async () => {
    await suite.logIn('city-admin@otaru.example.jp');
    await openOtaru();
    await openTab('目標');
    await page.getByRole('button', { name: '目標を編集' }).click();

    // A second group: calls received, 500 in the period, met by either of its targets.
    const groups = page.locator('.RaSimpleFormIterator-list').first();
    await page.getByRole('button', { name: /追加|Add/ }).last().click();
    const group = groups.locator(':scope > li').nth(1);
    await group.getByLabel('グループ名').fill('受電');
    await group.getByLabel('いずれか達成で達成').check();
    await group.getByRole('button', { name: /追加|Add/ }).click();
    await group.getByLabel('指標').click();
    await page.getByRole('option', { name: '受電件数' }).click();
    await group.getByLabel('目標値').fill('500');
    // A second target counting two service kinds together (004 §7(1): facilities and homes).
    await group.getByRole('button', { name: /追加|Add/ }).last().click();
    await group.getByLabel('指標').last().click();
    await page.getByRole('option', { name: '実施回数' }).click();
    await group.getByLabel('目標値').last().fill('40');
    await group.getByRole('checkbox', { name: '福祉施設訪問' }).last().check();
    await group.getByRole('checkbox', { name: '個人宅訪問' }).last().check();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'programs-targets-editor.png'), fullPage: true });
    await page.getByRole('button', { name: '目標を保存' }).click();

    await page.getByTestId('target-group').nth(1).waitFor();
    expect(await page.getByTestId('target-group').count()).toBe(2);
    await page.getByTestId('target-group').nth(1).getByText('いずれか達成で達成', { exact: true }).waitFor();
    const twoKinds = page.getByTestId('target-group').nth(1).getByTestId('target-row').nth(1);
    expect(await twoKinds.locator('td').allInnerTexts()).toEqual(['福祉施設訪問・個人宅訪問 実施回数', '実施回数', '福祉施設訪問・個人宅訪問', '40回']);

    await openTab('進捗');
    const calls = page.getByTestId('target-progress').filter({ hasText: '受電件数' });
    await calls.waitFor();
    expect(await calls.getByTestId('status-chip').innerText()).toMatch(/^(達成|順調|要注意|遅れ)$/);
    expect(await calls.getByTestId('projection').innerText()).toMatch(/^(現在のペースでは期間末に|目標を達成しました)/);
  });

  it('lets the city administrator edit the settings, with the messages next to the fields', async () => {
    await suite.logIn('city-admin@otaru.example.jp');
    await openOtaru();
    await page.getByRole('link', { name: '編集' }).click();
    await page.getByRole('heading', { name: '予約のルール' }).waitFor();
    await page.getByLabel('終了時刻', { exact: true }).fill('08:00');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('終了時刻は開始時刻より後にしてください').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'programs-edit.png'), fullPage: true });

    await page.getByLabel('終了時刻', { exact: true }).fill('17:30');
    // The slot rules go while the program books no visits, and come back with their values.
    const takesBookings = page.getByLabel('コールセンターで訪問の予約を受け付ける');
    await takesBookings.uncheck();
    expect(await page.getByLabel('個人宅 午後の枠数', { exact: true }).count()).toBe(0);
    await takesBookings.check();
    expect(await page.getByLabel('個人宅 午後の枠数', { exact: true }).inputValue()).toBe('2');
    await page.getByLabel('個人宅 午後の枠数', { exact: true }).fill('3');
    // 社内確認 of daily reports: on by default, and the program may turn it off.
    const review = page.getByRole('combobox', { name: '日次報告の社内確認' });
    expect(await review.innerText()).toBe('スタッフの日次報告は受託者管理者が確認してから市へ提出');
    await review.click();
    await page.getByRole('option', { name: '社内確認なし（提出するとすぐ市へ）' }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('tab', { name: '目標' }).waitFor();
    await page.getByText('午前2・午後3', { exact: true }).waitFor();
    await page.getByText('9:00〜17:30', { exact: true }).waitFor();
    await page.getByText('社内確認なし（提出するとすぐ市へ）', { exact: true }).waitFor();
  });

  /** The page scrolls sideways: its content is wider than the window. */
  const scrollsSideways = () => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

  /** Each period's bar as [left, right] in pixels, by name. */
  async function bars(): Promise<Record<string, [number, number]>> {
    const out: Record<string, [number, number]> = {};
    for (const name of ['contract', 'callCenter', 'visits']) {
      const box = (await page.getByTestId(`period-${name}`).locator('[aria-hidden]').first().boundingBox())!;
      out[name] = [box.x, box.x + box.width];
    }
    return out;
  }

  it('shows the contract, call center and visits on one timeline with the completion date, on a laptop and a phone', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await suite.logIn('city-admin@otaru.example.jp');
    await openOtaru();
    const timeline = page.getByTestId('period-timeline');
    await timeline.waitFor();
    expect(await page.getByTestId('period-contract').innerText()).toMatch(/契約期間\s*令和8年5月1日～令和9年1月8日/);
    expect(await page.getByTestId('period-callCenter').innerText()).toMatch(/コールセンター開設期間\s*令和8年6月1日～令和8年12月24日/);
    expect(await page.getByTestId('period-visits').innerText()).toMatch(/実施期間\s*令和8年6月17日～令和8年12月24日/);
    await timeline.getByText('◆ 完了報告 令和9年1月8日まで').waitFor();
    // 003: the call center opens before the visits start; both close on 12-24, inside the contract.
    const wide = await bars();
    expect(wide.contract[0]).toBeLessThan(wide.callCenter[0]);
    expect(wide.callCenter[0]).toBeLessThan(wide.visits[0]);
    expect(Math.abs(wide.callCenter[1] - wide.visits[1])).toBeLessThan(2);
    expect(wide.visits[1]).toBeLessThan(wide.contract[1]);
    expect(await scrollsSideways()).toBe(false);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'programs-periods-1366.png'), fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    await timeline.getByText('◆ 完了報告 令和9年1月8日まで').waitFor();
    const narrow = await bars();
    expect(narrow.callCenter[0]).toBeLessThan(narrow.visits[0]);
    expect(narrow.contract[1]).toBeLessThanOrEqual(390);
    expect(await scrollsSideways()).toBe(false);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'programs-periods-390.png'), fullPage: true });
  });

  it('lets the city administrator set the periods, refusing visits outside the contract next to the field', async () => {
    await suite.logIn('city-admin@otaru.example.jp');
    await openOtaru();
    await page.getByRole('link', { name: '編集' }).click();
    await page.getByRole('heading', { name: '期間と報告期限' }).waitFor();
    await page.getByLabel('実施期間 開始日', { exact: true }).fill('2026-04-01');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('実施期間の開始日は契約期間（令和8年5月1日～令和9年1月8日）の中にしてください').waitFor();
    await page.getByLabel('実施期間 開始日', { exact: true }).fill('2026-06-22');
    await page.getByTestId('period-visits').getByText('令和8年6月22日～令和8年12月24日').waitFor();
    await page.getByLabel('月次報告の期限（翌月の日。空欄は月次報告なし）', { exact: true }).fill('10');
    await page.getByTestId('period-timeline').getByText('◆ 6月分の月次報告 令和8年7月10日まで').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'programs-periods-edit.png'), fullPage: true });
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('tab', { name: '目標' }).waitFor();
    await page.getByTestId('period-visits').getByText('令和8年6月22日～令和8年12月24日').waitFor();
    expect(await page.getByText('翌月10日まで（その月にない日は月末）', { exact: true }).count()).toBe(1);
  });

  it('lets the city administrator fill the travel matrix from Excel: bad cells named, nothing saved until 保存', async () => {
    const sheet = async (rows: Array<Array<string | number | null>>) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('移動時間');
      for (const row of rows) ws.addRow(row);
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    await suite.logIn('city-admin@otaru.example.jp');
    await page.goto(`${suite.api.url}/#/booking-settings`);
    const table = page.getByTestId('travel-matrix');
    await table.waitFor();
    const file = page.getByTestId('travel-matrix-file');
    await file.setInputFiles({ name: '移動時間.xlsx', mimeType: XLSX, buffer: await sheet([['地区（分）', '見本東', '見本西'], ['見本東', 0, 'すぐ'], ['見本西', null, 0]]) });
    await page.getByTestId('travel-matrix-file-errors').getByText('C2: 見本東→見本西: 移動時間は0〜300の整数（分）で入力してください').waitFor();
    await file.setInputFiles({ name: '移動時間.xlsx', mimeType: XLSX, buffer: await sheet([['地区（分）', '見本東', '見本西'], ['見本東', 0, 25], ['見本西', null, 0]]) });
    await page.getByText('Excelの内容を表に読み込みました。確認して「保存」を押してください').waitFor();
    expect(await page.getByTestId('travel-matrix-file-errors').count()).toBe(0);
    expect(await table.getByLabel('見本東から見本西までの移動時間（分）').inputValue()).toBe('25');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('移動時間を保存しました').waitFor();
    await page.reload();
    expect(await page.getByTestId('travel-matrix').getByLabel('見本東から見本西までの移動時間（分）').inputValue()).toBe('25');
    // On a phone the buttons wrap and nothing scrolls sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'booking-settings-phone.png'), fullPage: true });
    expect(await layoutProblems(page)).toEqual([]);
  });
});
