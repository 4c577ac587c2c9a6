import path from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { browserSuite, SCREENSHOTS } from './support/suite';

const STAFF = 'staff@vendor-a.example.jp';
const MANAGER = 'manager@vendor-a.example.jp';
const CITY_ADMIN = 'city-admin@otaru.example.jp';
const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];

/** CRC-32 of PNG chunks (zlib's polynomial), bit by bit: the test's image is tiny. */
function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return ~crc >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A small RGB PNG written by hand: a sky over a floor, with a table — an activity photo with nobody in it. */
function activityPng(width = 160, height = 120): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3); // filter byte 0 (none), then RGB
    for (let x = 0; x < width; x++) {
      const table = y > 60 && y < 80 && x > 40 && x < 120;
      const [r, g, b] = table ? [150, 100, 60] : y < 70 ? [180, 210, 240 - y] : [200, 190, 170];
      row.set([r, g, b], 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** YYYY-MM-DD of a date key shifted by days (UTC arithmetic on a calendar date). */
function addDays(key: string, days: number): string {
  const d = new Date(`${key}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const jstToday = (now: Date) => new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
const weekdayOf = (key: string) => new Date(`${key}T00:00:00Z`).getUTCDay();
/** How the report list writes a day (common/dates formatDate): 2026/11/02(月). */
const listDate = (key: string) => `${key.replaceAll('-', '/')}(${WEEKDAYS_JA[weekdayOf(key)]})`;

describeInBrowser('daily report (browser, real API)', () => {
  const suite = browserSuite({ viewport: { width: 1280, height: 900 }, pagePerTest: false });
  let page: Page;

  /** Weekdays of the Otaru visit period before today without a daily report, latest first (holidays are found by the form). */
  async function candidateDays(): Promise<string[]> {
    const programs = (await (await page.request.get(`${suite.api.url}/api/programs`)).json()) as Array<{ id: string; title: string; periods: { visits: { start: string; end: string } } }>;
    const otaru = programs.find((p) => p.title.startsWith('小樽市'));
    if (!otaru) throw new Error('the demo has no Otaru program');
    const query = new URLSearchParams({ filter: JSON.stringify({ programId: otaru.id }), range: '[0,499]' });
    const reports = (await (await page.request.get(`${suite.api.url}/api/daily-reports?${query}`)).json()) as Array<{ date: string }>;
    const taken = new Set(reports.map((r) => r.date));
    const days: string[] = [];
    const visits = otaru.periods.visits;
    const today = jstToday(suite.now());
    const last = today <= visits.end ? addDays(today, -1) : visits.end;
    for (let day = last; day >= visits.start && days.length < 15; day = addDays(day, -1)) {
      if (weekdayOf(day) >= 1 && weekdayOf(day) <= 5 && !taken.has(day)) days.push(day);
    }
    return days;
  }

  it('files a day by keyboard and ± with a photo; the manager returns it internally, the author sees it on the dashboard and resubmits, the manager releases it and the city accepts it from the queue', async () => {
    // --- the vendor's field staff ---------------------------------------------------------------------------
    page = await suite.newPage();
    await suite.logIn(STAFF);
    const candidates = await candidateDays();

    await page.goto(`${suite.api.url}/#/sessions/create`);
    const dateInput = page.getByLabel('実施日');
    await dateInput.waitFor();
    const offDay = page.getByText('この日は稼働日ではありません');
    // Today (a Sunday, say) shows the off-day notice; a holiday does too: take the latest working day.
    let day: string | undefined;
    for (const candidate of candidates) {
      await dateInput.fill(candidate);
      await page.waitForTimeout(200);
      if (!(await offDay.isVisible())) {
        day = candidate;
        break;
      }
    }
    if (!day) throw new Error(`no working day without a report among ${candidates.join(', ')}`);
    await page.getByLabel('場所').fill('中央地区');
    await page.getByLabel('開始時刻').fill('10:00');
    await page.getByLabel('終了時刻').fill('11:30');
    await page.getByLabel('受託 スタッフ（自分）').check();
    expect(await page.getByLabel('実施済み').isChecked()).toBe(true);
    // Recorded without a booking: the form asks why before it saves a held visit.
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('予約から作成されていない訪問を「実施済み」にするには、予約なしの理由を選んでください').waitFor();
    await page.getByLabel('当日の追加').check();
    await page.getByRole('button', { name: '保存' }).click();

    // A held session opens the day's report: straight to its form.
    const dateHeading = page.getByTestId('report-date');
    await dateHeading.waitFor();
    expect(await dateHeading.innerText()).toMatch(new RegExp(`^令和\\d+年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日\\(${WEEKDAYS_JA[weekdayOf(day)]}\\)$`));
    expect(await page.getByTestId('report-status').innerText()).toBe('作成中');
    const block = page.getByTestId('session-block-0');
    await block.getByText('個人宅訪問・中央地区 10:00〜11:30').waitFor();

    // Keyboard: focus selects the value, typing replaces it, Tab goes to the next count.
    const count = (label: string) => block.getByRole('textbox', { name: label, exact: true });
    // The value once React has rendered the last key press (a loaded machine may render a moment later); a lost
    // step still fails here, with the value it shows.
    const valueOf = async (field: ReturnType<typeof count>, expected: string) => {
      await field.evaluate((el, want) => new Promise<void>((resolve) => {
        const until = Date.now() + 5000;
        const check = () => ((el as HTMLInputElement).value === want || Date.now() > until ? resolve() : requestAnimationFrame(check));
        check();
      }), expected);
      expect(await field.inputValue()).toBe(expected);
    };
    await count('新規').click();
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    expect(await count('更新').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('1');
    // ± buttons stay out of the tab order; a click steps the count.
    await block.getByRole('button', { name: '再交付（紛失）を1増やす' }).click();
    await block.getByText('合計 5 件').waitFor();
    // ↑ steps by one.
    await count('顔認証カード').focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await valueOf(count('顔認証カード'), '2');
    // A check of the domain shows live beside the fields, and goes when fixed.
    await count('顔認証カード').fill('9');
    const tooMany = block.getByText('顔認証カード（9件）が申請件数（5件）を超えています');
    await tooMany.waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await tooMany.waitFor({ state: 'detached' });
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await valueOf(count('顔認証カード'), '2');
    await count('相談件数').click();
    await page.keyboard.type('2');
    await count('現地撮影').click();
    await page.keyboard.type('4');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1');
    await block.getByRole('textbox', { name: '問題点', exact: true }).fill('特になし');
    await page.getByLabel('特記事項').fill('雪のため10分遅れて開始');
    // The draft saves itself shortly after the last change.
    await page.getByTestId('autosave-status').filter({ hasText: /^保存しました \d{2}:\d{2}$/ }).waitFor();

    // Submission waits for the photo's check.
    const submit = page.getByRole('button', { name: '提出', exact: true });
    // On a phone: 「ファイルを選択」 is a whole visible button, a tap on the zone opens the picker (photos only), and
    // 「写真を撮る」 opens the camera.
    // A phone opens the report with the menu closed (react-admin keeps the desktop's open menu as a drawer over the
    // page after a resize): the draft is saved, so the page is opened afresh at 390 px.
    const keysHint = page.getByText(/^Tab で次の欄へ/);
    const dropHint = page.getByText('ここに写真をドラッグ＆ドロップ', { exact: true });
    expect([await keysHint.isVisible(), await dropHint.isVisible()]).toEqual([true, true]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => localStorage.setItem('RaStore.sidebar.open', 'false'));
    await page.reload();
    const pick = page.getByTestId('photo-drop-zone').getByText('ファイルを選択', { exact: true });
    await pick.waitFor();
    // Nothing about keys or dragging on a phone, and 提出 says its word (react-admin's button showed an icon alone).
    expect([await keysHint.isVisible(), await dropHint.isVisible()]).toEqual([false, false]);
    expect((await submit.innerText()).trim()).toBe('提出');
    await pick.scrollIntoViewIfNeeded();
    expect(await pick.evaluate((el) => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().right <= window.innerWidth)).toBe(true);
    const cameraChooser = page.waitForEvent('filechooser');
    await page.getByText('写真を撮る', { exact: true }).click();
    const camera = await cameraChooser;
    expect(await camera.element().evaluate((input) => [(input as Element).getAttribute('accept'), (input as Element).getAttribute('capture')])).toEqual(['image/*', 'environment']);
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('photo-drop-zone').click({ position: { x: 10, y: 10 } });
    const files = await chooser;
    expect(await files.element().evaluate((input) => [(input as Element).getAttribute('accept'), (input as Element).hasAttribute('capture')])).toEqual(['image/*', false]);
    expect(files.isMultiple()).toBe(true);
    await files.setFiles({ name: 'activity.png', mimeType: 'image/png', buffer: activityPng() });
    await page.setViewportSize({ width: 1280, height: 900 });
    const photo = page.getByTestId('photo-card');
    await photo.waitFor();
    await page.getByText('写真 1 枚に「申請者の顔や個人情報が判別できない」のチェックがありません').waitFor();
    expect(await submit.isDisabled()).toBe(true);
    await photo.getByLabel('説明').fill('受付の準備（人物なし）');
    await photo.getByLabel('申請者の顔や個人情報が判別できない').check();
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('[data-testid="photo-card"] img');
      return img !== null && img.complete && img.naturalWidth > 0;
    });
    await page.waitForFunction(() => !document.querySelector('#submit-blockers'));
    // Nothing left to save (the page was opened afresh after the draft's last save).
    await page.getByTestId('autosave-status').filter({ hasText: /^(保存しました|変更は自動で保存されます)/ }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'daily-report-form.png'), fullPage: true });

    expect(await submit.isEnabled()).toBe(true);
    await submit.click();
    // 社内確認 (on by default): staff's report goes to the vendor manager first, and the dialog says so.
    await page.getByRole('dialog').getByText('受託者管理者の確認へ提出します').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: '提出' }).click();
    await page.getByTestId('report-status').filter({ hasText: '社内確認待ち' }).waitFor();
    await page.getByText('受託者管理者の確認待ちです').waitFor();
    expect(await count('新規').inputValue()).toBe('3');
    expect(await count('新規').getAttribute('readonly')).not.toBeNull();
    await page.context().close();

    // --- the vendor manager returns it internally (社内差し戻し) -----------------------------------------------
    const reason = '相談2件の内容を特記事項に書いてください';
    page = await suite.newPage();
    await suite.logIn(MANAGER);
    await page.goto(`${suite.api.url}/#/daily-reports`);
    await page.getByRole('tab', { name: '社内確認待ち', selected: true }).waitFor();
    const checkRow = page.locator('tbody tr', { hasText: listDate(day) });
    expect(await checkRow.getByTestId('report-status').innerText()).toBe('社内確認待ち');
    await checkRow.getByRole('button', { name: '社内差し戻し' }).click();
    const returnDialog = page.getByRole('dialog');
    await returnDialog.getByText('市へは提出されません').waitFor();
    await returnDialog.getByRole('textbox', { name: '理由' }).fill(reason);
    await returnDialog.getByRole('button', { name: '社内差し戻し' }).click();
    await page.getByText(/の日次報告を社内差し戻ししました$/).waitFor();
    await checkRow.waitFor({ state: 'detached' });
    await page.context().close();

    // --- the author sees it on the dashboard at once, corrects and resubmits ------------------------------------
    page = await suite.newPage();
    await suite.logIn(STAFF);
    await page.goto(`${suite.api.url}/#/`);
    const returnedItem = page.getByTestId('attention-list').getByRole('link', { name: new RegExp(`^${Number(day.slice(5, 7))}/${Number(day.slice(8, 10))} の日次報告が社内差し戻しされています`) });
    await returnedItem.waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'daily-report-returned-internally-dashboard.png'), fullPage: true });
    await returnedItem.click();
    await page.getByTestId('return-reason').getByText(reason).waitFor();
    expect(await page.getByTestId('report-status').first().innerText()).toBe('社内差し戻し');
    await page.getByLabel('特記事項').fill('雪のため10分遅れて開始。相談2件は更新の時期について');
    await page.getByTestId('autosave-status').filter({ hasText: /^保存しました/ }).waitFor();
    await page.getByRole('button', { name: '提出', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '提出' }).click();
    await page.getByTestId('report-status').filter({ hasText: '社内確認待ち' }).waitFor();
    await page.context().close();

    // --- the vendor manager checks it (確認): it goes to the city ----------------------------------------------
    page = await suite.newPage();
    await suite.logIn(MANAGER);
    await page.goto(`${suite.api.url}/#/daily-reports`);
    const releaseRow = page.locator('tbody tr', { hasText: listDate(day) });
    await releaseRow.getByRole('button', { name: '確認', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '確認', exact: true }).click();
    await page.getByText(/の日次報告を確認し、市へ提出しました$/).waitFor();
    await releaseRow.waitFor({ state: 'detached' });
    await page.context().close();

    // --- the city --------------------------------------------------------------------------------------------
    page = await suite.newPage();
    await suite.logIn(CITY_ADMIN);
    await page.goto(`${suite.api.url}/#/daily-reports`);
    await page.getByRole('tab', { name: '確認待ち', selected: true }).waitFor();
    const row = page.locator('tbody tr', { hasText: listDate(day) });
    await row.waitFor();
    expect(await row.getByTestId('report-status').innerText()).toBe('提出済み');
    await page.getByText('日次報告の提出状況').waitFor();
    // The days past their deadline, written as the list's days are (2026/11/19(木)), the deadline as a moment.
    const overdue = await page.getByTestId('overdue-days').locator('li').allInnerTexts();
    expect(overdue.length).toBeGreaterThan(0);
    for (const item of overdue) expect(item).toMatch(/^\d{4}\/\d{2}\/\d{2}\(.\)（期限 \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}）/);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'daily-report-queue.png'), fullPage: true });

    await row.getByRole('button', { name: '受理' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '受理' }).click();
    await page.getByText(/の日次報告を受理しました$/).waitFor();
    await row.waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: 'すべて' }).click();
    await page.locator('tbody tr', { hasText: listDate(day) }).click();
    await page.getByTestId('report-date').waitFor();
    expect(await page.getByTestId('report-status').first().innerText()).toBe('受理済み');
    await page.getByTestId('photo-card').getByText('承認済み').waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'daily-report-accepted.png'), fullPage: true });
  });
});
