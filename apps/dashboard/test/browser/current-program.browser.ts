import path from 'node:path';
import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { browserSuite, SCREENSHOTS } from './support/suite';

const CITY_ADMIN = 'city-admin@otaru.example.jp';
const OTARU_TITLE = '小樽市マイナンバーカード個人宅・福祉施設等出張申請受付予約受付等業務';
const SECOND_TITLE = '小樽市マイナンバーカード出張申請受付業務（第2期・検証用）';

describeInBrowser('one current program per user (browser, real API)', () => {
  const suite = browserSuite({ viewport: { width: 1280, height: 900 }, pagePerTest: false });
  let page: Page;

  /** The app bar's program select. */
  const picker = () => page.locator('header').getByRole('combobox', { name: '事業' });

  async function openMenu(name: string) {
    await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name, exact: true }).click();
  }

  it('lands a user with two programs on the overview, and after one switch every screen follows, an empty list naming the program', async () => {
    // A second Otaru program with the same periods, so that no day makes either the default: the user must choose.
    const api = await suite.apiSession(CITY_ADMIN);
    const [otaru] = (await api<Array<Record<string, unknown>>>('/programs')).json;
    expect(otaru.title).toBe(OTARU_TITLE);
    const created = await api<{ id: string }>('/programs', { ...otaru, title: SECOND_TITLE });
    expect(created.status).toBe(201);

    page = await suite.newPage();
    await suite.logIn(CITY_ADMIN);
    await page.getByText('画面上部の「事業」で、作業する事業を選んでください').first().waitFor();
    await page.getByRole('heading', { name: '担当事業の一覧' }).waitFor();
    expect(await picker().innerText()).toContain('事業を選択');

    // Chosen once, in the app bar.
    await picker().click();
    await page.getByRole('option', { name: OTARU_TITLE }).click();
    await page.locator('#dashboard-program-title', { hasText: OTARU_TITLE }).waitFor();

    // Switched once more, from another screen: the daily reports follow at once, and their empty queue names the program.
    await openMenu('日次報告');
    await picker().click();
    await page.getByRole('option', { name: SECOND_TITLE }).click();
    await page.getByText(`「${SECOND_TITLE}」に確認待ちの日次報告はありません`).waitFor();
    expect(await picker().innerText()).toContain(SECOND_TITLE);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'current-program-empty-queue.png') });

    // Every other screen is on the same program, with no picker of its own.
    await openMenu('実施記録');
    await page.getByText(`「${SECOND_TITLE}」の実施記録はまだありません`).waitFor();
    expect(await picker().innerText()).toContain(SECOND_TITLE);
    await openMenu('受電記録');
    await page.getByText(`「${SECOND_TITLE}」の受電記録はまだありません`).waitFor();
    await openMenu('ダッシュボード');
    await page.locator('#dashboard-program-title', { hasText: SECOND_TITLE }).waitFor();
    await page.context().close();

    // Remembered for the user by the API: another browser opens on the same program.
    page = await suite.newPage();
    await suite.logIn(CITY_ADMIN);
    await page.locator('#dashboard-program-title', { hasText: SECOND_TITLE }).waitFor();
    expect(await picker().innerText()).toContain(SECOND_TITLE);
  });
});
