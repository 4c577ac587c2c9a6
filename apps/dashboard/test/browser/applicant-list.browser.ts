import path from 'node:path';
import type { ApplicantListView } from '@outreach/domain/facilities';
import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { ExcelJS } from './support/exceljs';
import { fitsWidth, logOut } from './support/page';
import { browserSuite, SCREENSHOTS } from './support/suite';

const MANAGER = 'manager@vendor-a.example.jp';
const CITY = 'city-admin@otaru.example.jp';
const WIDE = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

/** A resident in the template's words; `kana` wrong on purpose when asked. */
const resident = (n: number, kana = 'カクウ\u3000ハナコ') => [n, `架空\u3000花子${n}`, kana, `昭和${10 + n}年4月1日`, '女', `小樽市架空町${n}丁目`, '新規', 'B区分2点', '要', '', '希望しない', '施設', ''];

describeInBrowser('facility applicant list (browser, real API)', () => {
  const suite = browserSuite({ viewport: WIDE, timeout: 30_000, acceptDownloads: true });
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });

  /** The downloaded template with three residents, the second one's フリガナ in kanji unless fixed. */
  async function filled(template: string, fixed: boolean): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(template);
    const ws = wb.getWorksheet('申請者名簿')!;
    expect(ws.getRow(1).getCell(2).value).toBe('氏名');
    // Rows 3–5, under the heading and the example row.
    [resident(1), resident(2, fixed ? 'カクウ\u3000ハナコ' : '架空'), resident(3)].forEach((values, i) =>
      values.forEach((value, c) => {
        ws.getRow(3 + i).getCell(c + 1).value = value;
      }),
    );
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('the vendor downloads the template, imports it with one bad row fixed, and shares it; the city reads it; the manager deletes it (1366 px and 390 px)', async () => {
    const api = await suite.apiSession(MANAGER);
    const [program] = (await api<Array<{ id: string }>>('/programs')).json;
    const request = { facilityName: '架空ホーム さくら', facilityType: '特別養護老人ホーム', address: '小樽市架空町5-5', phone: '0134-00-5555', contactName: '架空 相談員', estimatedApplicants: 3, district: '中央地区' };
    const booked = await api<{ id: string }>(`/programs/${program.id}/bookings`, { type: 'facility', request });
    expect(booked.status).toBe(201);
    const offers = (await api<{ offers: Array<{ date: string; half: string; positions: string[] }> }>(`/programs/${program.id}/slots/search`, { request: { kind: 'facility', plannedApplications: 3, district: '中央地区', wishes: {} } })).json.offers;
    const placed = await api(`/bookings/${booked.json.id}/place`, { choice: { date: offers[0].date, half: offers[0].half, positions: offers[0].positions } });
    expect(placed.status).toBe(200);

    // The vendor manager at 1366 px: the template, then the filled list with one bad row.
    await suite.logIn(MANAGER);
    await page.goto(`${suite.api.url}/#/bookings/${booked.json.id}/show`);
    const panel = page.getByRole('region', { name: '申請者名簿' });
    await panel.getByTestId('applicant-list-state').getByText('未取り込み').waitFor();
    const downloading = page.waitForEvent('download');
    await panel.getByRole('link', { name: 'テンプレートをダウンロード' }).click();
    const template = path.join(SCREENSHOTS, 'applicant-list-template.xlsx');
    await (await downloading).saveAs(template);

    const fileInput = page.locator('#applicant-list-file');
    await fileInput.setInputFiles({ name: '申請者名簿.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await filled(template, false) });
    await panel.getByRole('button', { name: '確認する' }).click();
    const errors = panel.getByTestId('applicant-errors');
    await errors.getByText('1件の誤りがあります', { exact: false }).waitFor();
    const bad = errors.locator('[data-error-row="4"]');
    expect(await bad.innerText()).toContain('フリガナ');
    expect(await bad.innerText()).toContain('フリガナに漢字が含まれています');
    expect(await panel.getByRole('button', { name: /取り込む/ }).isDisabled()).toBe(true);
    expect(await fitsWidth(page)).toBe(true);

    // Fixed and chosen again: checked clean, then committed — from the keyboard.
    await fileInput.setInputFiles({ name: '申請者名簿_修正.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await filled(template, true) });
    await panel.getByRole('button', { name: '確認する' }).click();
    await panel.getByText('誤りはありません。3人を取り込めます').waitFor();
    await panel.getByRole('button', { name: '取り込む（3人）' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('申請者名簿を取り込みました（3人）').waitFor();
    await panel.getByTestId('applicant-list-state').getByText('取り込み済み（3人）').waitFor();
    await panel.getByTestId('applicant-rows').getByText('架空\u3000花子3').waitFor();
    expect(await fitsWidth(page)).toBe(true);

    // On a phone (signed in afresh, so the phone's layout starts closed): shared before the week before the visit, so with a reason.
    await logOut(page);
    await page.setViewportSize(PHONE);
    await suite.logIn(MANAGER);
    await page.goto(`${suite.api.url}/#/bookings/${booked.json.id}/show`);
    await panel.getByRole('button', { name: '市に共有' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('早めに共有する理由（個人情報は書かない）').fill('市が申請書の準備を早めたいため');
    await dialog.getByRole('button', { name: '市に共有' }).click();
    await panel.getByTestId('applicant-list-state').getByText('市に共有済み（3人）').waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await logOut(page);

    // The city admin on a phone reads the shared list.
    await suite.logIn(CITY);
    await page.goto(`${suite.api.url}/#/bookings/${booked.json.id}/show`);
    await panel.getByTestId('applicant-rows').getByText('架空\u3000花子1').waitFor();
    expect(await panel.getByRole('button', { name: '確認する' }).count()).toBe(0);
    expect(await panel.getByRole('link', { name: '名簿をExcelで出力' }).count()).toBe(1);
    expect(await fitsWidth(page)).toBe(true);
    const cityApi = await suite.apiSession(CITY);
    expect((await cityApi<ApplicantListView>(`/bookings/${booked.json.id}/applicant-list`)).json).toMatchObject({ state: 'shared', rowCount: 3 });
    await logOut(page);

    // The facility withdrew: the vendor's manager deletes the list at once, after a confirmation.
    await suite.logIn(MANAGER);
    await page.goto(`${suite.api.url}/#/bookings/${booked.json.id}/show`);
    await panel.getByRole('button', { name: '名簿を削除' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /確認|はい|OK/i }).click();
    await panel.getByTestId('applicant-list-state').getByText('削除済み').waitFor();
    expect(await panel.getByTestId('applicant-rows').count()).toBe(0);
  });
});
