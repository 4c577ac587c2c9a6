import type { Page } from 'playwright-core';
import path from 'node:path';
import { accessibilityProblems } from './support/a11y';
import { describeInBrowser } from './support/browser';
import { layoutProblems } from './support/layout';
import { fitsWidth, logOut } from './support/page';
import { browserSuite, SCREENSHOTS } from './support/suite';

const MANAGER = 'manager@vendor-a.example.jp';
const WIDE = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

/** A card's 「訪問 3 件（個人宅訪問 2・福祉施設訪問 1）」 read back: the count and the count of each kind named. */
function visitCounts(text: string): { total: number; byKind: Record<string, number> } {
  const match = /^訪問 (\d+) 件（(.+)）$/.exec(text.trim());
  expect(match).not.toBeNull();
  const byKind = Object.fromEntries(match![2].split('・').map((part) => {
    const kind = /^(個人宅訪問|福祉施設訪問|会場設置型) (\d+)$/.exec(part);
    expect(kind).not.toBeNull();
    return [kind![1], Number(kind![2])];
  }));
  return { total: Number(match![1]), byKind };
}

/** チーム編成 and 訪問行程表 (issue 21 items 1–2): the vendor's manager assigns a half-day's team and opens its itinerary. */
describeInBrowser('visit teams and the itinerary (browser, real API)', () => {
  const suite = browserSuite({ viewport: WIDE, timeout: 60_000 });
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });

  it('a manager assigns a team — refused with the problem on its field, then saved with its lead — and opens its itinerary (print view)', async () => {
    await suite.logIn(MANAGER);
    await page.goto(`${suite.api.url}/#/teams`);
    // This week's teams are formed (the demo's); the first half-day still to form is the next week's.
    const formed = page.getByTestId('team-slot').filter({ has: page.getByTestId('team-state').getByText('編成済') }).first();
    await formed.waitFor();
    expect(await formed.getByTestId('team-members').innerText()).toBe('受託 スタッフ（現場責任者）、受託 管理');
    const { total, byKind } = visitCounts(await formed.getByTestId('team-visits').innerText());
    expect(Object.values(byKind).reduce((a, b) => a + b, 0)).toBe(total);
    const open = page.getByTestId('team-slot').filter({ has: page.getByTestId('team-state').getByText('未編成') }).first();
    const heading = await open.locator('h2').innerText();
    const slot = page.getByTestId('team-slot').filter({ has: page.getByRole('heading', { name: heading, exact: true }) });
    expect(await slot.getByTestId('team-state').innerText()).toBe('未編成');
    await slot.getByRole('button', { name: 'チームを編成' }).click();
    await slot.getByLabel('受託 スタッフ').check();
    await slot.getByRole('button', { name: '保存' }).click();
    await slot.getByText('訪問にはスタッフを2名以上割り当ててください').waitFor();
    await slot.getByText('現場責任者を1名選んでください').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    await slot.getByLabel('受託 管理').check();
    await slot.getByRole('radiogroup').getByLabel('受託 スタッフ').check();
    await slot.getByLabel('同行する市職員').fill('小樽 一郎');
    await slot.getByRole('button', { name: '保存' }).click();
    await slot.getByTestId('team-state').getByText('編成済').waitFor();
    expect(await slot.getByTestId('team-members').innerText()).toBe('受託 スタッフ（現場責任者）、受託 管理');
    expect(await fitsWidth(page)).toBe(true);

    // The itinerary of the half-day: stops in order with times, the notice, the personal part for the manager.
    await slot.getByRole('link', { name: '訪問行程表' }).click();
    const sheet = page.getByTestId('itinerary');
    await sheet.waitFor();
    expect(await page.getByTestId('itinerary-notice').innerText()).toContain('本行程表は個人情報を含みます');
    expect(await sheet.innerText()).toContain('受託 スタッフ（現場責任者）、受託 管理');
    const stops = page.getByTestId('itinerary-stop');
    expect(await stops.count()).toBeGreaterThan(0);
    const headings = await stops.locator('h2').allInnerTexts();
    expect(headings[0]).toMatch(/^1\. 午(前|後)/);
    expect(await stops.first().innerText()).toContain('持参物');
    expect(await fitsWidth(page)).toBe(true);
    // Not in the menu, so the layout sweep never reaches it: checked here.
    expect([...(await layoutProblems(page)), ...(await accessibilityProblems(page))]).toEqual([]);

    // Printed: A4, the buttons gone, one stop per unbroken block, nothing cut at the right edge.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.no-print').first().isVisible()).toBe(false);
    expect(await stops.first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
    expect(await stops.evaluateAll((els) => els.every((el) => el.scrollWidth <= el.clientWidth + 1))).toBe(true);
    expect(await fitsWidth(page)).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // On a phone the sheet reads without sideways scrolling.
    await page.setViewportSize(PHONE);
    await page.reload();
    await page.getByTestId('itinerary').waitFor();
    expect(await fitsWidth(page)).toBe(true);
    expect([...(await layoutProblems(page)), ...(await accessibilityProblems(page))]).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'itinerary-phone.png'), fullPage: true });
    await page.goto(`${suite.api.url}/#/teams`);
    await page.getByTestId('team-slot').first().waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await page.setViewportSize(WIDE);
    await logOut(page);
  });

  it('shows field staff their next visits on the dashboard at 390 px — what, with whom, the itinerary one tap away — and the city none', async () => {
    await page.setViewportSize(PHONE);
    await suite.logIn('staff@vendor-a.example.jp');
    const card = page.getByRole('region', { name: 'あなたの訪問（2週間以内）' });
    await card.waitFor();
    const items = card.locator('li');
    expect(await items.count()).toBeGreaterThan(0);
    expect(await items.count()).toBeLessThanOrEqual(3);
    // The same half-days, in the same order, as the staff member's own チーム編成 (staff see only their teams there).
    const api = await suite.apiSession('staff@vendor-a.example.jp');
    const [program] = (await api<Array<{ id: string }>>('/programs')).json;
    const teams = (await api<{ slots: Array<{ date: string; half: string; mine: boolean }> }>(`/programs/${program.id}/teams`)).json.slots;
    const headings = await items.locator('h3').allInnerTexts();
    expect(headings).toEqual(teams.slice(0, 3).map((s) => expect.stringContaining(`${s.date.replaceAll('-', '/')}`)));
    expect(teams.every((s) => s.mine)).toBe(true);
    expect(await items.first().innerText()).toContain('受託 スタッフ（現場責任者）');
    expect(await fitsWidth(page)).toBe(true);
    expect(await accessibilityProblems(page)).toEqual([]);
    await items.first().getByRole('link', { name: '訪問行程表' }).click();
    await page.getByTestId('itinerary').waitFor();
    expect(await page.getByTestId('itinerary-notice').innerText()).toContain('本行程表は個人情報を含みます');
    await page.setViewportSize(WIDE);

    // The city's admin goes out on no team: no such card.
    await page.goto(`${suite.api.url}/#/`);
    await logOut(page);
    await suite.logIn('city-admin@otaru.example.jp');
    await page.getByRole('heading', { name: '実施件数と申請件数' }).first().waitFor();
    expect(await page.getByTestId('my-visits').count()).toBe(0);
  });

  it('下関市, whose visits have no booking: this week formed with its two people and the city staff, the itinerary lists the visits by place and time', async () => {
    await suite.logIn('manager@vendor-b.example.jp');
    await page.goto(`${suite.api.url}/#/teams`);
    const formed = page.getByTestId('team-slot').filter({ has: page.getByTestId('team-state').getByText('編成済') }).first();
    await formed.waitFor();
    expect(await formed.getByTestId('team-members').innerText()).toBe('別社 管理（現場責任者）、別社 スタッフ');
    // The card says what the half-day is: its visits by kind, adding up to the count, each listed on the itinerary.
    const { total, byKind } = visitCounts(await formed.getByTestId('team-visits').innerText());
    expect(Object.values(byKind).reduce((a, b) => a + b, 0)).toBe(total);
    await formed.getByRole('link', { name: '訪問行程表' }).click();
    const visits = page.getByTestId('itinerary-other-visit');
    await visits.first().waitFor();
    expect(await visits.count()).toBe(total);
    // Where no visit is booked, they are simply its visits (予約のない訪問 would say something missing).
    expect(await page.getByRole('heading', { name: '訪問', exact: true }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: '予約のない訪問' }).count()).toBe(0);
    expect(await page.getByTestId('itinerary-stop').count()).toBe(0);
    expect(await visits.first().locator('h3').innerText()).toMatch(/^\d{2}:\d{2}〜(\d{2}:\d{2})?\s+\S/);
    expect(await visits.first().innerText()).toContain('持参物');
    expect([...(await layoutProblems(page)), ...(await accessibilityProblems(page))]).toEqual([]);
    await page.setViewportSize(PHONE);
    expect(await fitsWidth(page)).toBe(true);
  });
});
