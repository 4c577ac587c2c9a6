import type { CoordinationView } from '@outreach/domain/facilities';
import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { fitsWidth, logOut } from './support/page';
import { browserSuite } from './support/suite';

const STAFF = 'staff@vendor-a.example.jp';
const CITY = 'city-admin@otaru.example.jp';
const PHONE = { width: 390, height: 844 };

describeInBrowser('facility coordination (browser, real API)', () => {
  const suite = browserSuite({ viewport: { width: 1366, height: 900 }, timeout: 20_000 });
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });

  it('staff record the checklist of a facility request on a phone, and the city reads it (390 px and 1366 px)', async () => {
    const staffApi = await suite.apiSession(STAFF);
    const [program] = (await staffApi<Array<{ id: string }>>('/programs')).json;
    const request = { facilityName: '架空ホーム もみじ', facilityType: 'グループホーム', address: '小樽市架空町4-4', phone: '0134-00-4444', contactName: '架空 管理者', estimatedApplicants: 9, district: '中央地区' };
    const booked = await staffApi<{ id: string }>(`/programs/${program.id}/bookings`, { type: 'facility', request });
    expect(booked.status).toBe(201);

    await page.setViewportSize(PHONE);
    await suite.logIn(STAFF);
    await page.goto(`${suite.api.url}/#/bookings/${booked.json.id}/show`);
    const panel = page.getByRole('region', { name: /施設との調整/ });
    await panel.getByText('訪問日が決まると、各手順の期限を表示します').waitFor();
    // 9 applicants: the city's visit beforehand (10 or more) is not asked.
    expect(await panel.locator('[data-item]').count()).toBe(11);
    const photo = panel.locator('[data-item="photo_spot"]');
    await photo.getByLabel('状況').click();
    await page.getByRole('option', { name: '確認済み' }).click();
    await photo.getByLabel('メモ（個人情報は書かない）').fill('食堂の窓側、照明あり');
    await panel.getByLabel('当日の手順').click();
    await page.getByRole('option', { name: 'b 全員の写真撮影の後、申請書記入をまとめて行う' }).click();
    await panel.getByRole('button', { name: '保存' }).click();
    await page.getByText('施設との調整を保存しました').waitFor();
    await panel.getByText('確認済み 1 / 11 項目', { exact: false }).waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await logOut(page);

    // The city admin on a laptop: the same record, read-only.
    await page.setViewportSize({ width: 1366, height: 900 });
    await suite.logIn(CITY);
    await page.goto(`${suite.api.url}/#/bookings/${booked.json.id}/show`);
    await panel.getByText('確認済み 1 / 11 項目', { exact: false }).waitFor();
    expect(await photo.getByLabel('メモ（個人情報は書かない）').inputValue()).toBe('食堂の窓側、照明あり');
    expect(await photo.getByLabel('メモ（個人情報は書かない）').isDisabled()).toBe(true);
    expect(await panel.getByRole('button', { name: '保存' }).count()).toBe(0);
    const cityApi = await suite.apiSession(CITY);
    const saved = (await cityApi<CoordinationView>(`/bookings/${booked.json.id}/coordination`)).json;
    expect(saved.procedure).toBe('photos_first');
    expect(saved.items.find((i) => i.key === 'photo_spot')).toMatchObject({ state: 'done', note: '食堂の窓側、照明あり' });
    expect(await fitsWidth(page)).toBe(true);
  });
});
