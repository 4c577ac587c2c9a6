import path from 'node:path';
import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { browserSuite, SCREENSHOTS } from './support/suite';

const OPERATOR = 'staff@vendor-a.example.jp';

/**
 * The current week (Monday to Sunday, Japan time) as the weekly report list writes it: `11/16〜11/22`.
 * The suite's clock (BROWSER_TODAY) lies inside the demo's Otaru call-center period, so its call center is open today.
 */
function currentWeekLabel(now: Date): string {
  const jst = new Date(now.getTime() + 9 * 3600_000);
  const monday = new Date(Date.UTC(jst.getUTCFullYear(), jst.getUTCMonth(), jst.getUTCDate() - ((jst.getUTCDay() + 6) % 7)));
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  const md = (d: Date) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
  return `${md(monday)}〜${md(sunday)}`;
}

describeInBrowser('call center screens (browser, real API)', () => {
  const suite = browserSuite({ viewport: { width: 1280, height: 900 } });
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });

  /** The current week's total as the weekly report screen shows it (its row, then its page's total line). */
  async function currentWeekTotalOnReport(): Promise<number> {
    await page.goto(`${suite.api.url}/#/call-weeks`);
    const row = page.locator('tbody tr', { hasText: currentWeekLabel(suite.now()) });
    await row.click();
    const total = page.getByTestId('call-week-total');
    await total.waitFor();
    await page.waitForLoadState('networkidle');
    return Number(await total.innerText());
  }

  /** Waits until the widget's counter shows `expected` (it follows the API after each change). */
  async function waitForCount(testId: string, expected: number) {
    await page.waitForFunction(
      ([id, value]) => document.querySelector(`[data-testid="${id}"]`)?.textContent === value,
      [testId, String(expected)] as const,
    );
  }

  async function count(testId: string): Promise<number> {
    const counter = page.getByTestId(testId);
    await page.waitForFunction((id) => /^\d+$/.test(document.querySelector(`[data-testid="${id}"]`)?.textContent ?? ''), testId);
    return Number(await counter.innerText());
  }

  it('logs three calls from the quick-entry widget and the week on the report goes up by exactly three', async () => {
    await suite.logIn(OPERATOR);
    const weekBefore = await currentWeekTotalOnReport();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'calls-week-show.png'), fullPage: true });

    await page.goto(`${suite.api.url}/#/`);
    const widget = page.getByRole('region', { name: '受電を記録' });
    await widget.waitFor();
    // The keys are told where there is a keyboard; on a phone the hint is left out (the buttons say it all).
    const keysHint = widget.getByText(/^キーボード: 1〜6 で区分/);
    expect(await keysHint.isVisible()).toBe(true);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await keysHint.isVisible()).toBe(false);
    await page.setViewportSize({ width: 1280, height: 900 });
    const today = await count('calls-today-count');
    const week = await count('calls-week-count');
    expect(week).toBe(weekBefore);

    // 1: two clicks — category, then outcome.
    await widget.getByRole('button', { name: '予約', exact: true }).click();
    await widget.getByRole('button', { name: '予約成立', exact: true }).click();
    await widget.getByRole('status').filter({ hasText: '記録しました: 予約 ・ 予約成立' }).waitFor();
    await waitForCount('calls-today-count', today + 1);

    // 2: two keys — 4 (事業の質問), then 2 (回答済み).
    await page.keyboard.press('4');
    await widget.getByRole('button', { name: '事業の質問', exact: true, pressed: true }).waitFor();
    await page.keyboard.press('2');
    await widget.getByRole('status').filter({ hasText: '記録しました: 事業の質問 ・ 回答済み' }).waitFor();
    await waitForCount('calls-today-count', today + 2);

    // 3: with a note, which does not stop the digits typed in it from being text.
    await widget.getByLabel('備考（任意）').fill('パンフレット送付を希望');
    await widget.getByRole('button', { name: '苦情', exact: true }).click();
    await widget.getByRole('button', { name: '市へ案内', exact: true }).click();
    await widget.getByRole('status').filter({ hasText: '記録しました: 苦情 ・ 市へ案内' }).waitFor();
    await waitForCount('calls-today-count', today + 3);
    expect(await widget.getByLabel('備考（任意）').inputValue()).toBe('');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'calls-widget.png') });

    // A fourth call, undone: it must not count.
    await page.keyboard.press('6');
    await page.keyboard.press('1');
    await waitForCount('calls-today-count', today + 4);
    await widget.getByRole('button', { name: '取り消す' }).click();
    await widget.getByRole('status').filter({ hasText: '記録を取り消しました' }).waitFor();
    await waitForCount('calls-today-count', today + 3);
    await waitForCount('calls-week-count', week + 3);

    expect(await currentWeekTotalOnReport()).toBe(weekBefore + 3);

    // The log lists the calls with their flags; the weekly list shows the chart and the on-time table.
    await page.goto(`${suite.api.url}/#/calls`);
    await page.locator('tbody tr', { hasText: 'パンフレット送付を希望' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'calls-list.png'), fullPage: true });
    await page.goto(`${suite.api.url}/#/call-weeks`);
    const chart = page.getByRole('figure', { name: '受電件数の推移（直近12週・区分別）' });
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    await page.getByRole('region', { name: '期限内提出率（月別）' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'calls-weekly-report.png'), fullPage: true });
  });

  it('refuses a paper day that has single calls, with the API message', async () => {
    await suite.logIn(OPERATOR);
    await page.goto(`${suite.api.url}/#/calls/create`);
    const date = page.getByLabel('受電日');
    // The demo logs single calls from 6/8 on; 6/16 follows a newspaper insert, so it has many.
    await date.fill('2026-06-16');
    await page.getByText('この日は個別の受電記録が').waitFor();
    await page.getByLabel('予約', { exact: true }).fill('3');
    await page.getByText('合計 3 件').waitFor();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('この日は個別の受電記録があります').waitFor();
  });

  it('lets the city return a submitted week with a reason', async () => {
    await suite.logIn('city-admin@otaru.example.jp');
    await page.goto(`${suite.api.url}/#/call-weeks`);
    await page.locator('tbody tr', { hasText: '提出済み' }).first().click();
    await page.getByRole('button', { name: '受理', exact: true }).waitFor();
    await page.getByRole('button', { name: '差し戻し' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/理由/).fill('6/10の件数を確認してください');
    await dialog.getByRole('button', { name: '差し戻し' }).click();
    await page.getByText('理由: 6/10の件数を確認してください').waitFor();
    expect(await page.getByRole('button', { name: '受理', exact: true }).count()).toBe(0);
  });
});
