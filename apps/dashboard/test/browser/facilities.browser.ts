import type { CoordinationView } from '@outreach/domain/facilities';
import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { fitsWidth, logOut } from './support/page';
import { browserSuite } from './support/suite';

const STAFF = 'staff@vendor-a.example.jp';
const MANAGER = 'manager@vendor-a.example.jp';
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

  it('an operator takes a facility request by phone, its facility is recorded once, the manager confirms and the list shows the stage (390 px and 1366 px)', async () => {
    const name = `架空ホーム つばき ${Date.now() % 100000}`;
    await page.setViewportSize(PHONE);
    await suite.logIn(STAFF);
    const menu = async (item: string) => {
      if ((page.viewportSize()?.width ?? 0) < 600) await page.locator('header .RaAppBar-menuButton').click();
      await page.getByRole('menuitem', { name: item, exact: true }).click();
    };
    const request = async (fill: () => Promise<void>) => {
      await menu('予約受付');
      await page.locator('#bk-offers').waitFor();
      await page.getByRole('tab', { name: '施設からの依頼' }).click();
      await fill();
      await page.locator('#bk-wishNote').fill('平日の午前');
      await page.getByRole('button', { name: '依頼を登録（仮予約）' }).click();
    };
    await request(async () => {
      await page.locator('#bk-facilityName').fill(name);
      await page.locator('#bk-facilityType').fill('特養');
      await page.locator('#bk-address').fill('小樽市架空町7-7');
      await page.locator('#bk-phone').fill('0134-00-7777');
      await page.locator('#bk-contactName').fill('架空 相談員');
      await page.locator('#bk-estimatedApplicants').fill('6');
    });
    await page.getByTestId('booking-confirmation').getByTestId('reception-number').waitFor();
    expect(await fitsWidth(page)).toBe(true);

    await menu('施設');
    // On the phone the facility is a block of the list, its columns as label and value.
    const row = page.getByTestId('list-blocks').getByRole('listitem').filter({ hasText: name });
    await row.getByText('依頼受付').waitFor();
    expect(await row.innerText()).toContain('特別養護老人ホーム');
    expect(await fitsWidth(page)).toBe(true);

    // The same facility again: chosen from the record, its data fills the form; a second open request is refused.
    await request(async () => {
      await page.locator('#bk-facilityId').click();
      await page.getByRole('option', { name: new RegExp(name) }).click();
      await page.waitForFunction((n) => (document.querySelector('#bk-facilityName') as HTMLInputElement | null)?.value === n, name);
      expect(await page.locator('#bk-phone').inputValue()).toBe('0134-00-7777');
    });
    await page.getByText(`${name}の依頼はすでに受け付けています`, { exact: false }).first().waitFor();
    await logOut(page);

    // The manager confirms the request after talking with the facility (here through the API, with the lead time overridden).
    const managerApi = await suite.apiSession(MANAGER);
    const [program] = (await managerApi<Array<{ id: string }>>('/programs')).json;
    const facility = (await managerApi<Array<{ id: string; name: string; bookingId: string }>>(`/programs/${program.id}/facilities`)).json.find((f) => f.name === name)!;
    const overrides = { leadTime: true, reason: '施設と調整済み' };
    const search = async () => (await managerApi<{ offers: Array<{ date: string; half: string; positions: string[] }> }>(`/programs/${program.id}/slots/search`, { request: { kind: 'facility', plannedApplications: 6, district: null, wishes: {} }, overrides })).json.offers;
    let offers = await search();
    if (offers.length === 0) {
      // Late in the visit period the demo's confirmed facilities hold the last facility days: one of them calls off.
      const hospital = (await managerApi<Array<{ name: string; bookingId: string }>>(`/programs/${program.id}/facilities`)).json.find((f) => f.name === '小樽架空病院 療養病棟')!;
      expect((await managerApi(`/bookings/${hospital.bookingId}/cancel`, { reason: '施設の都合により中止' })).status).toBe(200);
      offers = await search();
    }
    expect(offers.length).toBeGreaterThan(0);
    const placed = await managerApi(`/bookings/${facility.bookingId}/place`, { choice: { date: offers[0].date, half: offers[0].half, positions: offers[0].positions }, overrides });
    expect(placed.status).toBe(200);

    await page.setViewportSize({ width: 1366, height: 900 });
    await suite.logIn(MANAGER);
    await menu('施設');
    await page.getByRole('row').filter({ hasText: name }).getByText('日程確定').waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await page.getByRole('row').filter({ hasText: name }).click();
    await page.getByRole('heading', { name, exact: true }).waitFor();
    expect(await page.getByTestId('facility-stage').innerText()).toBe('日程確定');
    expect(await page.locator('#main-content').innerText()).toContain('0134-00-7777');
    expect(await fitsWidth(page)).toBe(true);
  });

  it('a facility visit entered by hand names one of the program\'s facilities, which fills in its place (390 px)', async () => {
    await page.setViewportSize(PHONE);
    await suite.logIn(MANAGER);
    await page.goto(`${suite.api.url}/#/sessions/create`);
    await page.getByLabel('サービス種別').click();
    await page.getByRole('option', { name: '福祉施設訪問' }).click();
    await page.getByLabel('施設', { exact: true }).click();
    await page.getByRole('option', { name: '特別養護老人ホーム みなと園（架空）' }).click();
    expect(await page.getByLabel('場所').inputValue()).toBe('特別養護老人ホーム みなと園（架空）');
    expect(await fitsWidth(page)).toBe(true);
  });
  it('the manager corrects a facility on its edit screen: errors in Japanese beside the inputs, each reading of the contact and the edit recorded (390 px and 1366 px)', async () => {
    const managerApi = await suite.apiSession(MANAGER);
    const [program] = (await managerApi<Array<{ id: string }>>('/programs')).json;
    const name = `架空ホーム かしわ ${Date.now() % 100000}`;
    const created = await managerApi<{ id: string }>(`/programs/${program.id}/facilities`, { name, type: 'group_home', address: '小樽市架空町5-5', district: '中央地区', contactName: '架空 主任', contactPhone: '0134-00-5555', expectedResidents: 8, note: null });
    expect(created.status).toBe(201);

    await page.setViewportSize(PHONE);
    await suite.logIn(MANAGER);
    await page.goto(`${suite.api.url}/#/facilities/${created.json.id}/show`);
    await page.getByRole('heading', { name, exact: true }).waitFor();
    await page.getByRole('link', { name: '編集', exact: true }).click();
    await page.locator('#facility-name').waitFor();
    expect(await page.locator('#facility-contactName').inputValue()).toBe('架空 主任');
    expect(await page.locator('#facility-contactPhone').inputValue()).toBe('0134-00-5555');
    expect(await page.locator('#facility-expectedResidents').inputValue()).toBe('8');

    // Mistakes answered beside their inputs, nothing sent.
    await page.locator('#facility-name').fill('');
    await page.locator('#facility-expectedResidents').fill('十二');
    await page.locator('#facility-contactPhone').fill('12');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.locator('#facility-name-helper-text').getByText('施設名を入力してください').waitFor();
    expect(await page.locator('#facility-expectedResidents-helper-text').innerText()).toBe('入所者数の目安を整数で入力してください');
    expect(await page.locator('#facility-contactPhone-helper-text').innerText()).toMatch(/電話/);
    expect(await fitsWidth(page)).toBe(true);

    await page.locator('#facility-name').fill(`${name} 新館`);
    await page.getByRole('combobox', { name: /施設の種類/ }).click();
    await page.getByRole('option', { name: '特別養護老人ホーム' }).click();
    await page.locator('#facility-address').fill('小樽市架空町6-6');
    await page.locator('#facility-district').fill('南小樽地区');
    await page.locator('#facility-expectedResidents').fill('１２');
    await page.locator('#facility-contactName').fill('架空 施設長');
    await page.locator('#facility-contactPhone').fill('0134-00-6666');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('施設を保存しました').waitFor();
    await page.getByRole('heading', { name: `${name} 新館`, exact: true }).waitFor();
    const shown = await page.locator('#main-content').innerText();
    for (const text of ['特別養護老人ホーム', '小樽市架空町6-6', '南小樽地区', '12', '架空 施設長', '0134-00-6666']) expect(shown).toContain(text);
    expect(await fitsWidth(page)).toBe(true);

    // On a laptop the edit screen fits too, and the saved values come back.
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByRole('link', { name: '編集', exact: true }).click();
    await page.locator('#facility-name').waitFor();
    expect(await page.locator('#facility-name').inputValue()).toBe(`${name} 新館`);
    expect(await page.locator('#facility-contactPhone').inputValue()).toBe('0134-00-6666');
    expect(await fitsWidth(page)).toBe(true);

    // Each opening of the contact (the page twice, the edit screen twice) and the edit are in the handling record.
    const records = (await managerApi<Array<{ action: string }>>(`/handling-records?filter=${encodeURIComponent(JSON.stringify({ resourceId: created.json.id }))}`)).json.map((r) => r.action);
    expect(records).toContain('facility.update');
    expect(records.filter((a) => a === 'facility.read_contact').length).toBeGreaterThanOrEqual(3);
  });
});
