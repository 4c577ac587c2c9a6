import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { fitsWidth, logOut } from './support/page';
import { browserSuite } from './support/suite';

const STAFF = 'staff@vendor-a.example.jp';
const WIDE = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

/** 前日確認 (issue 21 item 3): staff call the next visit day's bookings and record each outcome. */
describeInBrowser('confirmation calls (browser, real API)', () => {
  const suite = browserSuite({ viewport: PHONE, timeout: 20_000 });
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });

  it('staff on a phone record 不在 then 連絡済 for one booking and cancel another with the reason given', async () => {
    await suite.logIn(STAFF);
    await page.goto(`${suite.api.url}/#/confirmation-calls`);
    await page.getByTestId('confirmation-day').waitFor();
    expect(await page.getByTestId('confirmation-day').innerText()).toMatch(/^\d{4}\/\d{2}\/\d{2}\(.\)・連絡する日: \d{4}\/\d{2}\/\d{2}\(.\)$/);
    const rows = page.getByTestId('confirmation-rows').locator(':scope > li');
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    const [first, second] = [rows.nth(0), rows.nth(1)];
    // Whom to call, by name and a tel: link; nothing called yet.
    expect(await first.getByTestId('confirmation-state').innerText()).toBe('未連絡');
    expect(await first.locator('a[href^="tel:0"]').count()).toBe(1);
    expect(await fitsWidth(page)).toBe(true);

    await first.getByRole('button', { name: '不在（再連絡）' }).click();
    await first.getByTestId('confirmation-state').getByText('再連絡').waitFor();
    await first.getByRole('button', { name: '連絡済' }).click();
    await first.getByTestId('confirmation-state').getByText('確認済').waitFor();
    const history = await first.locator('ol li').allInnerTexts();
    expect(history).toHaveLength(2);
    expect(history[0]).toMatch(/^不在（再連絡）（受託 スタッフ・/);
    expect(history[1]).toMatch(/^連絡済（受託 スタッフ・/);
    // Confirmed: nothing more to record on it.
    expect(await first.getByRole('button', { name: '連絡済' }).count()).toBe(0);

    await second.getByRole('button', { name: 'キャンセル' }).click();
    await second.getByRole('button', { name: 'キャンセルを記録' }).click();
    await second.getByText('キャンセルの理由を入力してください').waitFor();
    await second.getByLabel('キャンセルの理由').fill('入院のため訪問不要と家族から連絡');
    await second.getByRole('button', { name: 'キャンセルを記録' }).click();
    await second.getByTestId('confirmation-state').getByText('キャンセル').waitFor();
    expect(await fitsWidth(page)).toBe(true);

    // At 1366 px the list reads the same after a reload: the outcomes were kept.
    await page.setViewportSize(WIDE);
    await page.reload();
    await page.getByTestId('confirmation-rows').waitFor();
    const states = await page.getByTestId('confirmation-rows').getByTestId('confirmation-state').allInnerTexts();
    expect(states.slice(0, 2)).toEqual(['確認済', 'キャンセル']);
    expect(await fitsWidth(page)).toBe(true);
    await logOut(page);
  });
});
