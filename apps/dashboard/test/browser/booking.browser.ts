import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { createInteractionLog, type InteractionLog } from '../../src/bookings/interactionLog';
import { describeInBrowser } from './support/browser';
import { apiSession, browserSuite, SCREENSHOTS } from './support/suite';

const OPERATOR = 'staff@vendor-a.example.jp';
const MANAGER = 'manager@vendor-a.example.jp';
const APPLICANT = '架空 太郎';

interface Offer {
  date: string;
  half: string;
  positions: string[];
  matchesWishes: boolean;
}

const TUESDAY_PM = { kind: 'home', plannedApplications: 1, district: null, wishes: { weekdays: [2], halves: ['pm'] } };

function isTuesdayPm(o: Offer): boolean {
  return o.matchesWishes && o.half === 'pm' && new Date(`${o.date}T12:00:00Z`).getUTCDay() === 2;
}

/**
 * The demo seeds its bookings relative to the suite's day: no Tuesday afternoon may be free beyond the 14-day lead
 * time. The manager then adds a home-visit day on a Tuesday (as they would in the calendar), so that the operator's
 * caller can have their wish.
 */
async function ensureTuesdayAfternoon(url: string, now: Date): Promise<string> {
  const manager = await apiSession(url, MANAGER);
  const programs = (await manager<Array<{ id: string; title: string; periods: { visits: { end: string } } }>>('/programs')).json;
  const otaru = programs.find((p) => p.title.includes('小樽'));
  if (!otaru) throw new Error('the demo has no Otaru program');
  const search = async () => (await manager<{ offers: Offer[] }>(`/programs/${otaru.id}/slots/search`, { request: TUESDAY_PM })).json.offers;
  if ((await search()).some(isTuesdayPm)) return otaru.id;
  const jstToday = new Date(now.getTime() + 9 * 3600_000);
  for (let days = 14; days < 120; days++) {
    const d = new Date(jstToday.getTime() + days * 86_400_000);
    const date = d.toISOString().slice(0, 10);
    if (date > otaru.periods.visits.end) break;
    if (d.getUTCDay() !== 2) continue;
    const added = await manager(`/programs/${otaru.id}/visit-days`, { date, kind: 'home_visit' });
    if (added.status < 300 && (await search()).some(isTuesdayPm)) return otaru.id;
  }
  throw new Error(`No Tuesday afternoon can be offered in the Otaru demo's visit period (ends ${otaru.periods.visits.end}); the speed test needs one.`);
}

describeInBrowser('operator booking screen (browser, real API)', () => {
  const suite = browserSuite({ viewport: { width: 1440, height: 1000 } });
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });
  let programId: string;
  let booked: { number: string; visit: string; visitDate: string } | undefined;

  beforeAll(async () => {
    programId = await ensureTuesdayAfternoon(suite.api.url, suite.now());
  });

  /** The empty operator screen, ready: the caller's relation has the focus and the finder has answered once. */
  async function openDesk() {
    await page.getByRole('menuitem', { name: '予約受付' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'bk-caller-relation-self');
    await page.locator('#bk-offers').waitFor();
    await page.waitForLoadState('networkidle');
  }

  function keyboard(log: InteractionLog) {
    return {
      press: async (key: string) => {
        log.record('press', key);
        await page.keyboard.press(key);
      },
      type: async (text: string) => {
        log.record('type', text);
        await page.keyboard.type(text);
      },
    };
  }

  it('books a home visit from the empty screen with the keyboard: one applicant, renewal, Tuesday afternoon', async () => {
    await suite.logIn(OPERATOR);
    await openDesk();

    const log = createInteractionLog(() => performance.now());
    const { press, type } = keyboard(log);
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');

    await press('Tab'); // 電話の相手: 本人 (the default) → 氏名
    expect(await focused()).toBe('bk-applicants-0-name');
    await type(APPLICANT);
    await press('Tab');
    await type('かくう たろう'); // hiragana: the screen sends katakana
    await press('Tab');
    await type('北海道小樽市花園1丁目2番3号（架空）');
    await press('Tab');
    await type('1950-04-10');
    await press('Tab');
    await type('0134-22-1234');
    await press('Tab');
    await type('足が不自由で長時間の外出が難しい');
    await press('Tab'); // 申請の種類
    await press('2'); // 更新: the old card becomes the identity document, the renewal guidance appears
    await press('Tab'); // 本人確認書類 (one tab stop)
    await press('Tab'); // 申請者の状態 (one tab stop)
    await press('Tab'); // 申請者を追加
    await press('Tab'); // 案内事項
    await press(' '); // read out: the old card is collected
    await press(' '); // read out: 資格確認書
    await press(' '); // read out: the new card's validity and renewal (the program's guidance); all read → ご希望
    expect(await focused()).toBe('bk-wishNote');
    await type('火曜の午後がいい');
    // The finder follows the words: a Tuesday afternoon is on top (waiting is not an interaction).
    await page.waitForFunction(() => /\(火\) 午後/.test(document.querySelector('#bk-offers [aria-selected="true"]')?.textContent ?? ''));
    await press('Enter'); // to the offers
    expect(await focused()).toBe('bk-offers');
    await press('Enter'); // books the selected offer

    const confirmation = page.getByTestId('booking-confirmation');
    await confirmation.getByTestId('reception-number').waitFor();
    log.finish();

    const number = (await confirmation.getByTestId('reception-number').innerText()).trim();
    const visit = await confirmation.getByTestId('visit-text').innerText();
    expect(number).toMatch(/^\d+$/);
    expect(visit).toMatch(/\(火\) 午後 /);
    // Under 25 interactions from an empty screen to a booking: one per field and per guidance item read out.
    expect(log.count).toBeLessThan(25);

    // The guidance was read out and the document is the old card: the confirmation has no warning.
    expect(await confirmation.getByText('読み上げていない案内').count()).toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'booking-confirmation.png') });

    const figures = {
      interactions: log.count,
      seconds: log.seconds,
      date: new Date().toISOString(),
      machine: `${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.platform()} ${os.release()}, Node ${process.version}, headless Chromium`,
      steps: log.entries,
    };
    writeFileSync(path.join(SCREENSHOTS, 'booking-speed.json'), `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`Operator speed: ${log.summary()}`);

    const [, month, day] = /(\d+)月(\d+)日/.exec(visit)!;
    booked = { number, visit, visitDate: `${suite.now().getFullYear()}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` };
    await confirmation.getByRole('link', { name: '受付票を印刷' }).click();
    await page.waitForURL(/\/bookings\/[0-9a-f-]+\/slip$/);
    await page.getByTestId('slip-applicant-name').waitFor();
    expect(await page.getByTestId('slip-applicant-name').innerText()).toBe(APPLICANT);
    expect(await page.getByTestId('slip-number').innerText()).toBe(number);
    expect(await page.getByTestId('reception-slip').innerText()).toContain('カクウ タロウ');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'booking-slip.png'), fullPage: true });
  });

  it('lists the new number in the reception list; the manager shares its week and the city reads the slip', async () => {
    expect(booked).toBeDefined();
    await suite.logIn(MANAGER);
    await page.getByRole('menuitem', { name: '受付一覧表' }).click();
    const table = page.getByTestId('reception-list');
    const numberLink = () => page.getByTestId('reception-list').getByRole('link', { name: booked!.number, exact: true });
    const row = table.locator('tbody tr', { has: page.getByRole('link', { name: booked!.number, exact: true }) });
    await row.waitFor();
    expect(await row.innerText()).toContain('令和');

    // Page the share control to the week of the visit (its label starts with that Monday: 「12月7日(月)〜…」).
    const visit = new Date(`${booked!.visitDate}T12:00:00Z`);
    const monday = new Date(visit.getTime() - ((visit.getUTCDay() + 6) % 7) * 86_400_000);
    const mondayLabel = `${monday.getUTCMonth() + 1}月${monday.getUTCDate()}日(月)`;
    const shownMonday = async () => {
      const [, m, d] = /^(\d+)月(\d+)日/.exec(await page.getByTestId('share-week').innerText())!;
      const year = Number(m) < monday.getUTCMonth() - 5 ? monday.getUTCFullYear() + 1 : monday.getUTCFullYear();
      return Date.UTC(year, Number(m) - 1, Number(d), 12);
    };
    for (let i = 0; i < 12 && (await shownMonday()) !== monday.getTime(); i++) {
      await page.getByRole('button', { name: (await shownMonday()) < monday.getTime() ? '次の週' : '前の週' }).click();
    }
    expect(await page.getByTestId('share-week').innerText()).toContain(mondayLabel);
    const exportLink = page.getByRole('link', { name: 'Excel出力' });
    expect(await exportLink.innerText()).toBe('Excel出力'); // as written, not in MUI's capitals (「EXCEL出力」)
    const workbook = await page.request.get(`${suite.api.url}${await exportLink.getAttribute('href')}`);
    expect(workbook.status()).toBe(200);
    expect(workbook.headers()['content-type']).toContain('spreadsheetml');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'booking-reception-list.png'), fullPage: true });
    await page.getByRole('button', { name: '市に共有' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '確認' }).click();
    await page.getByText(/の週の受付票 \d+ 件を市に共有しました/).waitFor();
    await page.waitForFunction((n) => {
      const rows = [...document.querySelectorAll('[data-testid="reception-list"] tbody tr')];
      const row = rows.find((r) => r.querySelector('td')?.textContent === n);
      return row !== undefined && row.querySelectorAll('td')[4]?.textContent?.startsWith('令和');
    }, booked!.number);

    // The city may now read the slip (and only now): through the list, the booking, its slip.
    await page.locator('header').getByRole('button', { name: 'プロフィール' }).click();
    await page.getByRole('menuitem', { name: 'ログアウト' }).click();
    await page.getByRole('button', { name: 'ログイン' }).waitFor();
    await suite.logIn('city-admin@otaru.example.jp');
    await page.getByRole('menuitem', { name: '受付一覧表' }).click();
    await numberLink().click();
    await page.getByRole('link', { name: '受付票' }).click();
    await page.getByTestId('slip-applicant-name').waitFor();
    expect(await page.getByTestId('slip-applicant-name').innerText()).toBe(APPLICANT);
    expect(await page.getByRole('button', { name: '日時変更' }).count()).toBe(0);
  });

  it('finds the booking by the phone and by the kana the caller gives, without the term in any URL, and lists the caller', async () => {
    expect(booked).toBeDefined();
    await suite.logIn(OPERATOR);
    const urls: string[] = [];
    page.on('request', (r) => urls.push(decodeURIComponent(r.url())));
    await page.getByRole('menuitem', { name: '予約一覧' }).click();
    const box = page.getByRole('search').getByLabel('氏名・フリガナ・電話番号で探す');
    const hit = page.getByRole('search').getByRole('link', { name: new RegExp(`^受付番号 ${booked!.number}\\s`) });
    // A part of a number is refused beside the box, before anything is sent.
    await box.fill('1234');
    await page.getByRole('search').getByRole('button', { name: '検索' }).click();
    await page.getByText('電話番号は市外局番から全桁（10桁または11桁）で入力してください').waitFor();
    for (const term of ['0134-22-1234', 'かくう たろう']) {
      await box.fill(term);
      await page.getByRole('search').getByRole('button', { name: '検索' }).click();
      await hit.waitFor();
      expect(await hit.innerText()).toContain(APPLICANT);
    }
    // The list names the caller of each row it shows.
    const row = page.locator('tbody tr', { hasText: APPLICANT }).first();
    await row.waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'booking-search.png'), fullPage: true });
    expect(urls.filter((u) => /0134-22-1234|01342212341|かくう|カクウ/.test(u))).toEqual([]);
    await hit.click();
    await page.waitForURL(/\/bookings\/[0-9a-f-]+\/show$/);
  });

  it('holds a lost-card booking until the guidance is read out and a valid document is shown, saying so beside each (issue 21 item 5)', async () => {
    await suite.logIn(OPERATOR);
    await openDesk();
    await page.locator('#bk-applicants-0-name').fill('架空 紛失');
    await page.locator('#bk-applicants-0-kana').fill('カクウ フンシツ');
    await page.locator('#bk-applicants-0-address').fill('北海道小樽市花園1丁目2番3号（架空）');
    await page.locator('#bk-applicants-0-dateOfBirth').fill('1945-01-02');
    await page.locator('#bk-applicants-0-phone').fill('0134-22-4321');
    await page.locator('#bk-applicants-0-outingDifficulty').fill('寝たきり');
    await page.locator('#bk-applicants-0-applicationType-lost').check();
    await page.locator('#bk-applicants-0-identityDocuments-0').check(); // the lost card itself: suspended, no proof
    await page.locator('#bk-wishNote').fill('火曜の午後');
    await page.waitForFunction(() => /\(火\) 午後/.test(document.querySelector('#bk-offers [aria-selected="true"]')?.textContent ?? ''));
    await page.locator('#bk-offers').focus();
    await page.keyboard.press('Enter');

    await page.getByTestId('guidance').getByText(/^読み上げていない案内が\d+件あります。すべて案内してから予約を確定してください$/).waitFor();
    const card = page.getByRole('region', { name: '申請者 1' });
    expect(await card.locator('.Mui-error', { hasText: 'A欄から1点、またはB欄から2点が必要です' }).count()).toBe(1);
    // The focus goes to the first field to fix, the documents; nothing was booked.
    expect(await page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^bk-applicants-0-identityDocuments/);
    expect(await page.getByTestId('booking-confirmation').count()).toBe(0);
  });

  it('warns that travel cannot be checked for an unknown district, and offers another slot when the chosen one was just taken', async () => {
    await suite.logIn(OPERATOR);
    await openDesk();
    await page.locator('#bk-wishNote').fill('火曜の午後');
    await page.getByTestId('finder-warning').filter({ hasText: '地区が不明なため移動時間を確認できません' }).waitFor();
    const selected = page.locator('#bk-offers [aria-selected="true"]');
    await page.waitForFunction(() => /\(火\) 午後/.test(document.querySelector('#bk-offers [aria-selected="true"]')?.textContent ?? ''));
    await page.getByTestId('week-view').locator('[data-state="selected"]').first().waitFor();

    // Fill the applicant, then let a colleague take the selected slot before Enter.
    await page.locator('#bk-applicants-0-name').fill('架空 花子');
    await page.locator('#bk-applicants-0-kana').fill('カクウ ハナコ');
    await page.locator('#bk-applicants-0-address').fill('北海道小樽市花園1丁目2番3号（架空）');
    await page.locator('#bk-applicants-0-dateOfBirth').fill('昭和20年1月2日');
    await page.getByText('昭和20年1月2日（').waitFor();
    await page.locator('#bk-applicants-0-phone').fill('0134-22-1234');
    await page.locator('#bk-applicants-0-outingDifficulty').fill('寝たきり');
    await page.locator('#bk-applicants-0-applicationType-new').check();
    await page.locator('#bk-applicants-0-identityDocuments-1').check(); // 運転免許証
    await page.getByTestId('identity-status-0').filter({ hasText: 'A欄の書類で本人確認できます' }).waitFor();
    await page.locator('#bk-guidanceGiven-0').check();
    await page.setViewportSize({ width: 1440, height: 2000 }); // the whole screen at once, for the screenshot
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'booking-desk.png') });
    const selectedText = await selected.innerText();
    const offers = (await (await apiSession(suite.api.url, OPERATOR))<{ offers: Offer[] }>(`/programs/${programId}/slots/search`, { request: TUESDAY_PM })).json.offers;
    const chosen = offers[0];
    expect(selectedText).toContain(`${Number(chosen.date.slice(5, 7))}月${Number(chosen.date.slice(8, 10))}日(火) 午後`);
    const colleague = await apiSession(suite.api.url, OPERATOR);
    const taken = await colleague(`/programs/${programId}/bookings`, {
      type: 'home',
      intake: {
        caller: { relation: 'self' },
        applicants: [
          {
            name: '見本 次郎',
            kana: 'ミホン ジロウ',
            address: '北海道小樽市架空町',
            dateOfBirth: '1940-01-01',
            phone: '0134-00-0000',
            outingDifficulty: '入院中',
            applicationType: 'new',
            identityDocuments: ['drivers_license'],
            condition: { photoPossible: true, canWrite: true, caregiverPresent: false },
          },
        ],
        parking: 'unknown',
        district: null,
      },
      choice: { date: chosen.date, half: chosen.half, positions: chosen.positions },
      guidanceGiven: ['identity_documents'],
    });
    expect(taken.status).toBe(201);

    await page.locator('#bk-offers').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('slot-taken').filter({ hasText: 'この枠は直前に予約されました' }).waitFor();
    await page.getByRole('heading', { name: '他の空き枠' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('bk-offers');
  });

  it('says why any position of the week can or cannot be taken, and lets a manager override the notice in place', async () => {
    // A free visit day inside the 14 days' notice, whatever the demo's desk has booked there: the manager adds one (as
    // they would in the calendar), 3 to 12 days ahead.
    const manager = await suite.apiSession(MANAGER);
    const jst = new Date(suite.now().getTime() + 9 * 3600_000);
    let added = false;
    for (let days = 3; days <= 12 && !added; days++) {
      const date = new Date(jst.getTime() + days * 86_400_000).toISOString().slice(0, 10);
      added = (await manager(`/programs/${programId}/visit-days`, { date, kind: 'home_visit' })).status < 300;
    }
    expect(added).toBe(true);
    await suite.logIn(MANAGER);
    await openDesk();
    const week = page.getByTestId('week-view');
    // A week before the first one shown: a visit day there lies inside the 14 days' notice, where the demo's households
    // gave a half-day back (the demo's bookings fill the weeks before the first free slot: back at most sixteen weeks).
    const blocked = week.locator('[data-state="blocked"][title*="14日以上先"]').first();
    // The week view first shows the week of today (whose positions lie inside the notice) and moves to the selected
    // offer's week once the offers arrive: start from there, or a blocked position of today's week is found and gone.
    await week.locator('[data-state="selected"]').first().waitFor();
    for (let back = 0; back < 16 && !(await blocked.isVisible()); back++) {
      await week.getByRole('button', { name: '前の週' }).click();
      await page.waitForTimeout(300);
    }
    await blocked.waitFor();
    await blocked.click();
    const reason = page.getByTestId('week-reason');
    await reason.waitFor();
    expect(await reason.innerText()).toContain('受付から14日以上先の日付のみ予約できます');
    // A cell that is no visit day says so too: clicking never shows nothing.
    const none = week.getByRole('button', { name: '実施日なし' }).first();
    if (await none.count()) {
      await none.click();
      expect(await reason.innerText()).toContain('訪問実施日ではありません');
      await blocked.click();
    }
    await reason.getByRole('button', { name: '管理者の例外で予約する' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'bk-override-reason');
    await page.keyboard.type('入院前に申請したいとの強い希望');
    expect(await page.getByLabel('受付期限より近い日も予約する').isChecked()).toBe(true);
    // The clicked half-day is now the wish and the finder offers it on top, selected.
    await page.locator('#bk-offers [aria-selected="true"]').waitFor();
    await week.locator('[data-state="selected"]').first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'booking-week-override.png'), fullPage: true });
  });

  it('saves a caller no slot suits as a call-back, which the team sees until a call back is logged and answered', async () => {
    await suite.logIn(OPERATOR);
    await openDesk();
    await page.locator('#bk-applicants-0-name').fill('見本 梅子');
    await page.locator('#bk-applicants-0-phone').fill('090-9999-0077');
    await page.getByRole('button', { name: '折り返しとして保存' }).click();
    const dialog = page.getByRole('dialog');
    // Prefilled from the desk: the caller (the applicant, who called) and the phone.
    expect(await dialog.getByLabel('電話の方の氏名').inputValue()).toBe('見本 梅子');
    expect(await dialog.getByLabel('電話番号').inputValue()).toBe('090-9999-0077');
    await dialog.getByLabel('ご用件（希望の内容）').fill('1月中旬の午前を希望、空きが出たら連絡');
    await dialog.getByRole('button', { name: '折り返しとして保存' }).click();
    await page.getByText(/折り返しを保存しました/).waitFor();

    await page.getByRole('menuitem', { name: '折り返し' }).click();
    const card = page.getByTestId('call-backs-open').getByRole('listitem', { name: '見本 梅子' });
    await card.waitFor();
    expect(await card.innerText()).toContain('1月中旬の午前を希望');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'call-backs.png'), fullPage: true });
    expect(await card.getByTestId('call-back-owner').innerText()).toBe('担当: 受託 スタッフ');
    // Nobody answers the first call back: logged, it stays waiting with the attempt shown.
    await card.getByRole('button', { name: '電話の結果を記録' }).click();
    const result = card.getByRole('form', { name: '電話の結果を記録' });
    await result.getByLabel('結果').click();
    await page.getByRole('option', { name: '応答なし（再度かける）' }).click();
    await result.getByRole('button', { name: '記録する' }).click();
    await page.getByText('応答なしを記録しました。折り返し待ちに残ります').waitFor();
    await card.getByText(/応答なし 1回/).waitFor();
    // Answered the second time: done, the caller's data deleted.
    await card.getByRole('button', { name: '電話の結果を記録' }).click();
    await result.getByLabel('通話時間（分）').fill('3');
    await result.getByRole('button', { name: '記録する' }).click();
    await page.getByText('折り返しを完了にしました（個人情報を削除しました）').waitFor();
    await page.getByTestId('call-backs-done').getByText(/完了: 受託 スタッフ/).waitFor();
    expect(await page.getByTestId('call-backs-open').getByRole('listitem', { name: '見本 梅子' }).count()).toBe(0);
  });

  it('asks whom to call back when the operator logs a call 折り返し要, and keeps it as the operator’s task', async () => {
    await suite.logIn(OPERATOR);
    const widget = page.getByRole('region', { name: '受電を記録' });
    await widget.getByLabel('備考（任意）').fill('予約の相談、夕方希望');
    await widget.getByRole('button', { name: '予約', exact: true }).click();
    await widget.getByRole('button', { name: '折り返し要', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('「折り返し要」の電話の折り返し先を保存します').waitFor();
    expect(await dialog.getByLabel('ご用件（希望の内容）').inputValue()).toBe('予約の相談、夕方希望');
    await dialog.getByLabel('電話の方の氏名').fill('見本 松子');
    await dialog.getByLabel('電話番号').fill('090-9999-0088');
    await dialog.getByRole('button', { name: '折り返しとして保存' }).click();
    await page.getByText(/折り返しを保存しました/).waitFor();
    await page.getByRole('menuitem', { name: '折り返し' }).click();
    const card = page.getByTestId('call-backs-open').getByRole('listitem', { name: '見本 松子' });
    await card.waitFor();
    expect(await card.getByTestId('call-back-owner').innerText()).toBe('担当: 受託 スタッフ');
    // Only the operator's own tasks: this one stays.
    await page.getByLabel('自分の担当のみ').check();
    await card.waitFor();
  });

  it('warns at once when a facility’s month of notice ends after the visit period, and gives the request its own slip', async () => {
    await suite.logIn(OPERATOR);
    await openDesk();
    await page.getByRole('tab', { name: '施設からの依頼' }).click();
    await page.locator('#bk-facilityName').fill('架空ホーム小樽');
    await page.locator('#bk-facilityType').fill('特別養護老人ホーム');
    await page.locator('#bk-address').fill('北海道小樽市架空町1番（架空）');
    await page.locator('#bk-phone').fill('0134-99-0012');
    await page.locator('#bk-contactName').fill('架空 担当');
    await page.locator('#bk-estimatedApplicants').fill('12');
    await page.locator('#bk-wishNote').fill('1月中旬');
    // Otaru's visits end on 2026-12-24: a month from today is after it (from late November on), or the wish is outside it.
    const warning = page.getByTestId('finder-warning').filter({ hasText: /実施期間/ }).first();
    await warning.waitFor();
    expect(await warning.innerText()).toMatch(/期間内に訪問できる日がありません|実施期間（.*）のうち受付から30日以上先の日がありません/);
    await page.getByRole('button', { name: '依頼を登録（仮予約）' }).click();
    const confirmation = page.getByTestId('booking-confirmation');
    await confirmation.getByTestId('reception-number').waitFor();
    const number = (await confirmation.getByTestId('reception-number').innerText()).trim();
    // No visit date exists yet: nothing asks to read one back.
    expect(await confirmation.innerText()).not.toContain('訪問日時をお客様に復唱');
    expect(await confirmation.innerText()).toContain('管理者が施設と調整のうえ改めて連絡');
    await confirmation.getByRole('link', { name: '依頼票を印刷' }).click();
    await page.waitForURL(/\/bookings\/[0-9a-f-]+\/slip$/);
    await page.getByTestId('slip-next-steps').waitFor();
    expect(await page.getByTestId('slip-number').innerText()).toBe(number);
    expect(await page.getByTestId('reception-slip').innerText()).toContain(`受付番号 ${number} でお問い合わせください`);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'facility-request-slip.png'), fullPage: true });
  });

  it('checks each home field as it is left, asks the 続柄 of a second applicant and offers the program’s districts', async () => {
    await suite.logIn(OPERATOR);
    await openDesk();
    const helper = (id: string) => page.locator(`#${id}-helper-text`);
    await page.locator('#bk-applicants-0-kana').fill('架空');
    await page.locator('#bk-applicants-0-dateOfBirth').fill('2030-01-01');
    await page.locator('#bk-applicants-0-phone').fill('12');
    await page.locator('#bk-applicants-0-outingDifficulty').focus();
    expect(await helper('bk-applicants-0-kana').innerText()).toBe('フリガナはカタカナで入力してください');
    expect(await helper('bk-applicants-0-dateOfBirth').innerText()).toBe('生年月日が今日より後の日付になっています');
    expect(await helper('bk-applicants-0-phone').innerText()).toBe('電話番号は0から始まる数字とハイフンで入力してください');
    await page.getByRole('button', { name: '申請者を追加' }).click();
    // The caller is the first applicant: the second is their family unless the operator says otherwise.
    expect(await page.locator('#bk-applicants-1-relation').innerText()).toContain('同居の家族');
    expect(await page.locator('#bk-applicants-1-outingDifficulty').getAttribute('placeholder')).toContain('1人目と同じ');
    await page.locator('#bk-district').click();
    await page.getByRole('option', { name: '中央地区' }).waitFor();
    await page.keyboard.press('Escape');
  });

  it('lets a manager offer a slot inside the lead time with a recorded reason', async () => {
    await suite.logIn(MANAGER);
    await openDesk();
    const leadDay = new Date(suite.now().getTime() + 9 * 3600_000 + 14 * 86_400_000).toISOString().slice(0, 10);
    const firstDate = async () => {
      const text = await page.locator('#bk-offers [role="option"]').first().getAttribute('aria-label');
      return text ?? '';
    };
    await page.getByTestId('overrides').getByLabel('管理者の例外を使う').check();
    await page.getByLabel('受付期限より近い日も予約する').check();
    await page.getByLabel(/例外の理由/).fill('入院前に申請したいとの強い希望');
    // The finder searches again with the exception: the earliest offer is now closer than 14 days.
    await page.waitForFunction(
      (limit) => {
        const first = document.querySelector('#bk-offers [role="option"]');
        const m = /令和(\d+)年(\d+)月(\d+)日/.exec(first?.getAttribute('aria-label') ?? '');
        if (!m) return false;
        const date = `${2018 + Number(m[1])}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
        return date < limit;
      },
      leadDay,
    );
    expect(await firstDate()).toMatch(/^令和/);
  });
});
