import path from 'node:path';
import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { runSql } from './support/database';
import { browserSuite, SCREENSHOTS } from './support/suite';

const MANAGER = 'manager@vendor-a.example.jp';
const CITY_VIEWER = 'city-viewer@otaru.example.jp';
const WIDE = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

/** 'YYYY-MM-DDTHH:MM' in Japan time, `hours` before now: what a datetime-local input takes. */
function jstLocal(now: Date, hoursAgo: number): string {
  return new Date(now.getTime() + (9 - hoursAgo) * 3600_000).toISOString().slice(0, 16);
}

describeInBrowser('personal data screens: incidents and the deletion ledger (browser, real API)', () => {
  const suite = browserSuite({ viewport: WIDE, timeout: 20_000 });
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });

  /** Nothing wider than the window: no sideways scroll. */
  const fitsWidth = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  it('lets the manager report an incident, and the city viewer finds it first on the dashboard and reads it (1366 and 390 px)', async () => {
    await suite.logIn(MANAGER, { until: 'menu' });
    await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: '個人情報の事故報告' }).click();
    await page.getByRole('link', { name: '作成' }).click();
    await page.getByText('登録と同時に市のダッシュボードの要対応に表示されます').waitFor();
    await page.getByRole('combobox', { name: '事故の種類' }).click();
    await page.getByRole('option', { name: '紛失・滅失' }).click();
    await page.getByLabel('発生日時').fill(jstLocal(suite.now(), 3));
    await page.getByLabel('発覚日時').fill(jstLocal(suite.now(), 1));
    await page.getByLabel('対象の住民の人数').fill('2');
    // A phone number is refused beside its field before anything is sent.
    const summary = page.getByLabel('事故の内容（何が起きたか）');
    await summary.fill('受付番号3の方（0134-00-0000）の受付票が見当たらない');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('電話番号のような記載があります').waitFor();
    await summary.fill('訪問から戻った後、受付票2枚（受付番号3・4）が見当たらない');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/incidents\/[0-9a-f-]+\/show$/);
    await page.getByText('報告済み（初報）').first().waitFor();
    // The title says which incident in words, never its id; the manager may edit it.
    await page.locator('header').getByText(/個人情報の事故報告 令和\d+年\d+月\d+日 \d\d:\d\d 発覚の紛失・滅失（2人）/).waitFor();
    expect(await page.locator('header').innerText()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    await page.getByRole('link', { name: '編集' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'incident-show-manager.png'), fullPage: true });

    await page.locator('header').getByRole('button', { name: 'プロフィール' }).click();
    await page.getByRole('menuitem', { name: 'ログアウト' }).click();
    await page.getByRole('button', { name: 'ログイン' }).waitFor();
    await suite.logIn(CITY_VIEWER);
    const first = page.getByTestId('attention-list').getByRole('link').first();
    await first.waitFor();
    expect(await first.innerText()).toMatch(/^\d+\/\d+ 発覚の個人情報の事故（紛失・滅失・2人）が対応中です$/);
    await first.click();
    await page.waitForURL(/#\/incidents\/[0-9a-f-]+\/show$/);
    await page.getByText('訪問から戻った後、受付票2枚（受付番号3・4）が見当たらない').waitFor();
    // A viewer reads it but cannot change it.
    expect(await page.getByRole('link', { name: '編集' }).count()).toBe(0);
    expect(await fitsWidth()).toBe(true);

    await page.setViewportSize(PHONE);
    await page.getByText('訪問から戻った後、受付票2枚（受付番号3・4）が見当たらない').waitFor();
    expect(await fitsWidth()).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'incident-show-city-390.png'), fullPage: true });
  });

  it('shows the deletion ledger in words, as a table at 1366 px and as blocks at 390 px, and lets the manager run the sweep', async () => {
    // The demo's own deletions (facilities visited before today lose their applicants' data to the sweep at start).
    const count = async () => Number(/削除 (\d+) 件/.exec(await page.getByTestId('ledger-count').innerText())?.[1]);
    await suite.logIn(CITY_VIEWER, { until: 'menu' });
    await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: '個人情報削除記録' }).click();
    const table = page.getByTestId('ledger-table');
    await table.waitFor();
    const before = await count();
    // One more demo reservation (the earliest home one still holding its data) visited, shared and deleted by the
    // sweep; its personal data row gone. (The demo's earlier ones were visited and deleted already.)
    await runSql(suite.api.sqlitePath, [
      "UPDATE booking SET status = 'visited', visit_finished_date = visit_date, shared_with_city_at = '2026-11-10 01:00:00.000', personal_data_deleted_at = '2026-11-18 01:05:00.000', personal_data_deleted_by = NULL, personal_data_deletion_rule = 'visited_shared' WHERE id = (SELECT id FROM (SELECT id FROM booking WHERE kind = 'home' AND status = 'confirmed' AND personal_data_deleted_at IS NULL ORDER BY reception_number LIMIT 1) AS next_home)",
      "DELETE FROM booking_personal WHERE booking_id IN (SELECT id FROM booking WHERE personal_data_deleted_at = '2026-11-18 01:05:00.000')",
    ]);
    await page.reload();
    await table.waitFor();
    expect(await count()).toBe(before + 1);
    expect(await table.locator('thead').innerText()).toMatch(/受付番号\s+種別\s+訪問日\s+訪問完了日\s+市への共有日\s+削除日時\s+削除した者\s+削除の根拠/);
    const row = await table.locator('tbody tr', { hasText: '2026/11/18 10:05' }).innerText();
    expect(row).toContain('個人宅訪問');
    expect(row).toContain('令和8年11月10日');
    expect(row).toContain('2026/11/18 10:05');
    expect(row).toContain('自動削除（定期処理）');
    expect(row).toContain('訪問完了・受付票の市への共有後');
    expect(row).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/); // never an id
    // A viewer reads; only the manager runs the sweep.
    expect(await page.getByRole('button', { name: '今すぐ削除処理を実行' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Excel出力' }).getAttribute('href')).toMatch(/\/reports\/personal-data-deletions\.xlsx$/);
    expect(await fitsWidth()).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'deletion-ledger-1366.png'), fullPage: true });

    await page.setViewportSize(PHONE);
    const list = page.getByTestId('ledger-list');
    await list.waitFor();
    expect(await table.isVisible()).toBe(false);
    expect(await list.locator('li', { hasText: '2026/11/18 10:05' }).innerText()).toContain('自動削除（定期処理）');
    expect(await fitsWidth()).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'deletion-ledger-390.png'), fullPage: true });
  });

  it('opens a row of the handling record as its page in words: the sweep named, the target (a link to the reservation) and the reason, no id', async () => {
    await suite.logIn(CITY_VIEWER, { until: 'menu' });
    await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: '取扱記録' }).click();
    // The demo's history: the sweep deleted the personal data of visited reservations whose slips were shared.
    await page.getByRole('combobox', { name: '操作', exact: true }).click();
    await page.getByRole('option', { name: '個人情報の削除', exact: true }).click();
    const row = page.locator('.RaDataTable-clickableRow', { hasText: '個人情報の削除' }).first();
    expect(await row.innerText()).toContain('自動削除（定期処理）');
    await row.click();
    await page.waitForURL(/#\/handling-records\/\d+\/show$/);
    const main = page.locator('#main-content');
    await main.getByText(/^利用目的の終了による自動削除（.+）$/).waitFor();
    const text = await main.innerText();
    expect(text).toContain('自動削除（定期処理）');
    expect(text).toMatch(/受付番号\d+（令和\d+年\d+月\d+日訪問）/);
    expect(text).toContain('小樽市マイナンバーカード');
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/); // never an id
    expect(await page.getByText('データが存在しませんでした').count()).toBe(0);
    expect(await fitsWidth()).toBe(true);
    // The target opens the reservation it names (the city viewer may read reservations).
    const target = main.getByTestId('handling-target-link');
    expect(await target.innerText()).toMatch(/^受付番号\d+（令和\d+年\d+月\d+日訪問）$/);
    const number = /^受付番号(\d+)/.exec(await target.innerText())![1];
    await target.click();
    await page.waitForURL(/#\/bookings\/[0-9a-f-]+\/show$/);
    await page.locator('#main-content').getByText(new RegExp(`^${number}$`)).first().waitFor();

    // The reservation's own history on its page says the same: the sweep by its name, on a phone too.
    const api = await suite.apiSession(CITY_VIEWER);
    const [swept] = (await api<Array<{ resourceId: string }>>(`/handling-records?filter=${encodeURIComponent(JSON.stringify({ action: 'booking.personal_delete' }))}`)).json;
    await page.setViewportSize(PHONE);
    await page.goto(`${suite.api.url}/#/bookings/${swept.resourceId}/show`);
    const history = page.getByTestId('booking-history');
    await history.getByText('個人情報の削除').waitFor();
    const lines = await history.locator('li').allInnerTexts();
    expect(lines.find((l) => l.includes('個人情報の削除'))).toContain('自動削除（定期処理）');
    expect(lines.find((l) => l.includes('予約の受付'))).toMatch(/受託 スタッフ（.+（デモ））/);
    expect(await fitsWidth()).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'booking-history-swept-390.png'), fullPage: true });
  });

  it('lets the city viewer filter the handling record by who acted: the vendor’s staff offered, nothing refused', async () => {
    const refused: string[] = [];
    page.on('response', (res) => {
      if (res.url().includes('/api/') && res.status() >= 400) refused.push(`${res.status()} ${new URL(res.url()).pathname}`);
    });
    await suite.logIn(CITY_VIEWER, { until: 'menu' });
    await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: '取扱記録' }).click();
    await page.getByRole('combobox', { name: '操作者', exact: true }).click();
    await page.getByRole('option', { name: '受託 スタッフ', exact: true }).click();
    await page.waitForURL(/userId/);
    const rows = page.locator('.RaDataTable-clickableRow');
    await rows.first().waitFor();
    // The unfiltered rows stay up while the filtered page loads: wait for the list to show only that person's acts
    // (a list that never does fails here on the timeout).
    await page.waitForFunction(() => {
      const shown = [...document.querySelectorAll('.RaDataTable-clickableRow')];
      return shown.length > 0 && shown.every((row) => row.textContent?.includes('受託 スタッフ'));
    });
    const texts = await rows.allInnerTexts();
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((t) => !t.includes('受託 スタッフ'))).toEqual([]);
    expect(refused).toEqual([]);
  });

  it('lets the manager run the sweep from the ledger, which says when nothing was due', async () => {
    await suite.logIn(MANAGER);
    await page.goto(`${suite.api.url}/#/personal-data-deletions`);
    await page.getByRole('button', { name: '今すぐ削除処理を実行' }).click();
    await page.getByRole('dialog').getByText('元に戻せません').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: '確認' }).click();
    await page.getByText('削除の対象となる個人情報はありませんでした').waitFor();
  });
});
