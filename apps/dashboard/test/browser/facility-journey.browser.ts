import path from 'node:path';
import type { BookingView } from '@outreach/domain/bookings';
import type { FacilitySummaryView } from '@outreach/domain/facilities';
import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { ExcelJS } from './support/exceljs';
import { fitsWidth, listRecord, logOut } from './support/page';
import { browserSuite, SCREENSHOTS } from './support/suite';

/**
 * Issue 18 in one piece, as the people who do it see it: a facility calls the booking desk, the manager fixes the
 * date on screen (a month after the call, no override), the checklist is gone through with the facility, the
 * facility fills the applicant list (one bad row, fixed), the list goes to the city a week before, the visit is
 * held and its day's report filed — the facility's stage moving on at each step and its visit counted toward the
 * program's target. The API and the page live on a fixed clock moved on between the steps (CLOCK_FILE).
 */

const STAFF = 'staff@vendor-a.example.jp';
const MANAGER = 'manager@vendor-a.example.jp';
const CITY = 'city-admin@otaru.example.jp';
const WIDE = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
/** The call comes on Thursday 2026-10-01 at 10:00 in Japan. */
const CALLED = '2026-10-01T01:00:00.000Z';
const FACILITY = '特別養護老人ホーム かもめ荘 架空';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A day's instant at this Japan time. */
const jst = (day: string, time: string) => new Date(`${day}T${time}:00+09:00`).toISOString();
/** A date key shifted by days. */
const addDays = (day: string, days: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** A resident in the template's words; the フリガナ in kanji when `bad`. */
const resident = (n: number, bad = false) => [n, `架空\u3000一郎${n}`, bad ? '架空' : 'カクウ\u3000イチロウ', `昭和${5 + n}年5月1日`, '男', `小樽市架空町${n}丁目`, '新規', 'B区分2点', n === 2 ? '要' : '不要', '', '希望する', '施設', ''];

describeInBrowser('a facility from the phone call to its daily report (browser, real API, fixed clock)', () => {
  const suite = browserSuite({ viewport: WIDE, timeout: 30_000, acceptDownloads: true, clock: CALLED });
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });

  const menu = async (item: string) => {
    if ((page.viewportSize()?.width ?? 0) < 600) await page.locator('header .RaAppBar-menuButton').click();
    await page.getByRole('menuitem', { name: item, exact: true }).click();
  };

  /** Opens the facility from the menu and waits for its page to show this stage (the list's row shows it too). */
  async function seeStage(stage: string): Promise<void> {
    await menu('施設');
    await listRecord(page, FACILITY).getByTestId('facility-stage').filter({ hasText: new RegExp(`^${stage}$`) }).waitFor();
    await page.getByRole('link', { name: FACILITY, exact: true }).click();
    await page.getByRole('heading', { name: FACILITY, exact: true }).waitFor();
    await page.getByTestId('facility-stage').filter({ hasText: new RegExp(`^${stage}$`) }).waitFor();
  }

  /** The template as the facility fills it: three residents, the second one's フリガナ in kanji unless fixed. */
  async function filled(template: string, fixed: boolean): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(template);
    const ws = wb.getWorksheet('申請者名簿')!;
    [resident(1), resident(2, !fixed), resident(3)].forEach((values, i) =>
      values.forEach((value, c) => {
        ws.getRow(3 + i).getCell(c + 1).value = value;
      }),
    );
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  /** The figure the dashboard shows for the facilities visited (実績 N ／ 目標 6). */
  async function facilitiesVisitedOnDashboard(): Promise<number> {
    await menu('ダッシュボード');
    const item = page.getByTestId('target-progress').filter({ hasText: '訪問施設数' });
    const text = await item.getByText(/^実績 \d+/).innerText();
    return Number(/^実績 (\d+)/.exec(text)![1]);
  }

  it('is requested by phone, confirmed on screen, coordinated, gets its applicant list (one bad row fixed), shared, visited and reported', async () => {
    // --- 10/1: the operator at the booking desk takes the facility's call (a phone) --------------------------------
    await page.setViewportSize(PHONE);
    await suite.logIn(STAFF);
    await menu('予約受付');
    await page.locator('#bk-offers').waitFor();
    await page.getByRole('tab', { name: '施設からの依頼' }).click();
    await page.locator('#bk-facilityName').fill(FACILITY);
    await page.locator('#bk-facilityType').fill('特養');
    await page.locator('#bk-address').fill('小樽市架空町8-8');
    await page.locator('#bk-phone').fill('0134-00-8888');
    await page.locator('#bk-contactName').fill('架空 生活相談員');
    await page.locator('#bk-estimatedApplicants').fill('6');
    await page.locator('#bk-wishNote').fill('11月の平日の午前');
    await page.getByRole('button', { name: '依頼を登録（仮予約）' }).click();
    const confirmation = page.getByTestId('booking-confirmation');
    const receptionNumber = (await confirmation.getByTestId('reception-number').innerText()).replace(/\D/g, '');
    expect(receptionNumber).not.toBe('');
    expect(await fitsWidth(page)).toBe(true);
    await seeStage('依頼受付');
    await logOut(page);

    const managerApi = await suite.apiSession(MANAGER);
    const [program] = (await managerApi<Array<{ id: string; title: string }>>('/programs')).json.filter((p) => p.title.startsWith('小樽市'));
    const facility = (await managerApi<FacilitySummaryView[]>(`/programs/${program.id}/facilities`)).json.find((f) => f.name === FACILITY)!;
    const bookingId = facility.bookingId!;

    // --- the manager fixes the date on screen: the offers start a month after the call, no override ----------------
    await page.setViewportSize(WIDE);
    await suite.logIn(MANAGER);
    await menu('施設');
    const row = listRecord(page, FACILITY);
    await row.getByText('依頼受付').waitFor();
    await row.getByRole('link', { name: FACILITY }).click();
    await page.getByRole('link', { name: `受付番号 ${receptionNumber}` }).click();
    await page.getByRole('button', { name: '日時を確定' }).click();
    const dialog = page.getByRole('dialog');
    const firstOffer = dialog.locator('#bk-move-offers [role="option"]').first();
    await firstOffer.waitFor();
    await firstOffer.click();
    await dialog.getByRole('button', { name: '日時を確定' }).click();
    await page.getByText(/^日時を確定しました: /).waitFor();
    await dialog.waitFor({ state: 'detached' });
    const booking = (await managerApi<BookingView>(`/bookings/${bookingId}`)).json;
    expect(booking.status).toBe('confirmed');
    const visit = booking.visitDate!;
    // 003 §8(2)オ(イ): a month from the day the call came in, not from today's confirmation.
    expect(visit >= '2026-11-01').toBe(true);
    expect(booking.receivedDate).toBe('2026-10-01');
    const [, vm, vd] = visit.split('-').map(Number);
    await page.getByText(new RegExp(`${vm}月${vd}日|${visit.replaceAll('-', '/')}`)).first().waitFor();

    await seeStage('日程確定');
    await page.getByRole('link', { name: `受付番号 ${receptionNumber}` }).click();

    // --- the checklist gone through with the facility (the pre-meeting), saved ------------------------------------
    const coordination = page.getByRole('region', { name: /施設との調整/ });
    const items = coordination.locator('[data-item]');
    await items.first().waitFor();
    const count = await items.count();
    expect(count).toBe(11); // 6 residents: no city visit beforehand (10 or more)
    for (let i = 0; i < count; i++) {
      await items.nth(i).getByLabel('状況').click();
      await page.getByRole('option', { name: '確認済み', exact: true }).click();
    }
    await coordination.locator('[data-item="photo_spot"]').getByLabel('メモ（個人情報は書かない）').fill('食堂の窓側');
    await coordination.getByLabel('当日の手順').click();
    await page.getByRole('option', { name: 'a 1名ずつ写真撮影・申請書記入・説明を行う' }).click();
    await coordination.locator('[data-step="notice"]').getByLabel('実施日').fill('2026-10-01');
    await coordination.locator('[data-step="pre_meeting"]').getByLabel('実施日').fill('2026-10-01');
    await coordination.getByRole('button', { name: '保存' }).click();
    await page.getByText('施設との調整を保存しました').waitFor();
    await coordination.getByText('確認済み 11 / 11 項目', { exact: false }).waitFor();
    const stepState = (step: string) => coordination.locator(`[data-step="${step}"]`).getByTestId('step-state');
    expect(await stepState('notice').innerText()).toBe('済み');
    expect(await stepState('pre_meeting').innerText()).toBe('済み');
    expect(await stepState('applicant_list').innerText()).not.toBe('済み');
    expect(await fitsWidth(page)).toBe(true);

    // --- the applicant list: template down, filled by the facility with one bad row, checked, fixed, imported --------
    const panel = page.getByRole('region', { name: '申請者名簿' });
    await panel.getByTestId('applicant-list-state').getByText('未取り込み').waitFor();
    const downloading = page.waitForEvent('download');
    await panel.getByRole('link', { name: 'テンプレートをダウンロード' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`申請者名簿_受付${receptionNumber}.xlsx`);
    const template = path.join(SCREENSHOTS, 'facility-journey-template.xlsx');
    await download.saveAs(template);
    const fileInput = page.locator('#applicant-list-file');
    await fileInput.setInputFiles({ name: '申請者名簿.xlsx', mimeType: XLSX, buffer: await filled(template, false) });
    await panel.getByRole('button', { name: '確認する' }).click();
    const errors = panel.getByTestId('applicant-errors');
    await errors.getByText('1件の誤りがあります', { exact: false }).waitFor();
    // Row 4 of the sheet (heading, example, then the residents), column フリガナ, in Japanese.
    const bad = errors.locator('[data-error-row="4"]');
    expect(await bad.innerText()).toContain('4行目');
    expect(await bad.innerText()).toContain('フリガナ');
    expect(await bad.innerText()).toContain('フリガナに漢字が含まれています');
    expect(await panel.getByRole('button', { name: /取り込む/ }).isDisabled()).toBe(true);
    await fileInput.setInputFiles({ name: '申請者名簿_修正.xlsx', mimeType: XLSX, buffer: await filled(template, true) });
    await panel.getByRole('button', { name: '確認する' }).click();
    await panel.getByText('誤りはありません。3人を取り込めます').waitFor();
    await panel.getByRole('button', { name: '取り込む（3人）' }).click();
    await page.getByText('申請者名簿を取り込みました（3人）').waitFor();
    await panel.getByTestId('applicant-list-state').getByText('取り込み済み（3人）').waitFor();
    await panel.getByTestId('applicant-rows').getByText('架空\u3000一郎2').waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await seeStage('名簿受領');
    await logOut(page);

    // --- a week before the visit: the manager shares the list with the city (no reason needed now) ------------------
    await suite.setClock(jst(addDays(visit, -7), '09:30'));
    await suite.logIn(MANAGER);
    await page.goto(`${suite.api.url}/#/bookings/${bookingId}/show`);
    await panel.getByTestId('applicant-list-state').getByText('取り込み済み（3人）').waitFor();
    await panel.getByRole('button', { name: '市に共有' }).click();
    await page.getByText('申請者名簿を市に共有しました').waitFor();
    await panel.getByTestId('applicant-list-state').getByText('市に共有済み（3人）').waitFor();
    // The share is the checklist's step 「申請者リストの市への提出」: done, on the share's day.
    await page.reload();
    await stepState('applicant_list').filter({ hasText: '済み' }).waitFor();
    expect(await coordination.locator('[data-step="applicant_list"]').getByLabel('実施日').inputValue()).toBe(addDays(visit, -7));
    await logOut(page);

    // The city admin reads the shared list (a phone).
    await page.setViewportSize(PHONE);
    await suite.logIn(CITY);
    await page.goto(`${suite.api.url}/#/bookings/${bookingId}/show`);
    await panel.getByTestId('applicant-rows').getByText('架空\u3000一郎3').waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await logOut(page);

    // --- the visit day: the field staff record the facility's session as held and its counts in the day's report ----
    await suite.setClock(jst(visit, '15:00'));
    await page.setViewportSize(WIDE);
    await suite.logIn(MANAGER);
    const before = await facilitiesVisitedOnDashboard();
    await logOut(page);

    await page.setViewportSize(PHONE);
    await suite.logIn(STAFF);
    await seeStage('名簿受領');
    await page.getByRole('link', { name: '実施記録を開く' }).click();
    await page.getByLabel('実施済み').check();
    await page.getByLabel('開始時刻').fill('10:00');
    await page.getByLabel('終了時刻').fill('11:30');
    await page.getByLabel('受託 スタッフ（自分）').check();
    // 出張申請受付 (the application taken on the spot) needs the city's staff present (003 §8(2)).
    await page.getByLabel('市職員の立会いあり').check();
    await page.getByRole('button', { name: '保存' }).click();

    // A held session opens the day's report, the facility's visit in it: applications, consultations, photo
    // exceptions, proxy writing and face-authentication cards of this facility.
    await page.getByText('実施記録を保存しました。この日の日次報告を開きます').waitFor();
    await page.getByTestId('report-date').waitFor();
    expect(await page.getByTestId('report-status').innerText()).toBe('作成中');
    const block = page.getByTestId('session-block-0');
    await block.getByText(`福祉施設訪問・${FACILITY}`, { exact: false }).waitFor();
    const field = (label: string) => block.getByRole('textbox', { name: label, exact: true });
    await field('新規').fill('3');
    await field('顔認証カード').fill('3');
    await field('相談件数').fill('2');
    await field('現地撮影').fill('3');
    await field('寝たきり').fill('1');
    await field('代筆').fill('1');
    await block.getByText('合計 3 件').waitFor();
    await page.getByTestId('autosave-status').filter({ hasText: /^保存しました \d{2}:\d{2}$/ }).waitFor();
    expect(await fitsWidth(page)).toBe(true);
    const reportUrl = page.url();
    await logOut(page);

    // --- the manager files the day's report to the city --------------------------------------------------------
    await page.setViewportSize(WIDE);
    await suite.logIn(MANAGER);
    await page.goto(reportUrl);
    await page.getByTestId('report-date').waitFor();
    await block.getByText(`福祉施設訪問・${FACILITY}`, { exact: false }).waitFor();
    expect(await field('代筆').inputValue()).toBe('1');
    expect(await field('寝たきり').inputValue()).toBe('1');
    expect(await field('顔認証カード').inputValue()).toBe('3');
    // Nothing blocks the submission (the blockers would be listed above the button).
    expect(await page.locator('#submit-blockers').allInnerTexts()).toEqual([]);
    await page.getByRole('button', { name: '提出', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '提出' }).click();
    await page.getByTestId('report-status').filter({ hasText: '提出済み' }).waitFor();
    expect(await fitsWidth(page)).toBe(true);

    // The facility is reported, and counted toward the program's target of facilities visited.
    await seeStage('報告済');
    expect(await page.locator('#main-content').innerText()).toContain('訪問済み');
    expect(await facilitiesVisitedOnDashboard()).toBe(before + 1);
  });
});
