import type { BusinessPlanView } from '@outreach/domain/approvals';
import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { fitsWidth, logOut } from './support/page';
import { browserSuite } from './support/suite';

const VENDOR = 'manager@vendor-b.example.jp';
const CITY = 'city-admin@shimonoseki.example.jp';
const WIDE = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1');

describeInBrowser('business plan (browser, real API)', () => {
  const suite = browserSuite({ viewport: WIDE, timeout: 20_000 });
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });

  it('the city returns the waiting amendment with a reason, the vendor submits the next version, the city consents (1366 px and 390 px)', async () => {
    // The city admin at 1366 px: the amendment waiting on the attention list, opened there, returned with a reason.
    await suite.logIn(CITY);
    await page.getByText('業務計画書（第2版）が承諾を待っています').click();
    await page.getByTestId('plan-in-force').getByText('承諾済みの版: 第1版').waitFor();
    const second = page.locator('[data-plan-version="2"]');
    expect(await second.getByTestId('plan-status').innerText()).toBe('承諾待ち');
    // Its heading says the version once and what it is about (the demo's titles repeated 第2版 before).
    expect((await second.locator('h3').innerText()).replace(/\s+/g, ' ')).toBe('第2版 業務計画書（実施場所の追加）');
    // The file is ours to read: the link answers with the workbook.
    const href = await second.getByRole('link', { name: /業務計画書_第2版\.xlsx/ }).getAttribute('href');
    const download = await page.evaluate(async (url) => {
      const r = await fetch(url!, { credentials: 'same-origin' });
      return { status: r.status, type: r.headers.get('content-type'), bytes: (await r.arrayBuffer()).byteLength };
    }, href);
    expect(download).toMatchObject({ status: 200, type: expect.stringContaining('spreadsheetml') });
    expect(download.bytes).toBeGreaterThan(1000);
    expect(await page.getByRole('heading', { name: '新しい版を提出' }).count()).toBe(0);
    await second.getByRole('button', { name: '差し戻し' }).click();
    const dialog = page.getByRole('dialog');
    // No return without a reason.
    expect(await dialog.getByRole('button', { name: '差し戻し' }).isDisabled()).toBe(true);
    await dialog.getByLabel('差し戻しの理由').fill('追加する商業施設での広報方法を記載してください');
    await dialog.getByRole('button', { name: '差し戻し' }).click();
    await second.getByTestId('plan-status').getByText('差し戻し').waitFor();
    expect(await second.innerText()).toContain('理由: 追加する商業施設での広報方法を記載してください');
    expect(await fitsWidth(page)).toBe(true);
    await logOut(page);

    // The vendor's manager on a phone: the return on his attention list; a picture is refused beside the file button;
    // the PDF goes up as version 3.
    await page.setViewportSize(PHONE);
    await suite.logIn(VENDOR);
    await page.getByText('業務計画書（第2版）が差し戻されています').click();
    await page.getByRole('heading', { name: '新しい版を提出' }).waitFor();
    const fileInput = page.locator('#business-plan-file');
    await fileInput.setInputFiles({ name: '計画.pdf', mimeType: 'application/pdf', buffer: Buffer.from('89504e470d0a1a0a', 'hex') });
    await page.getByRole('button', { name: '提出' }).click();
    await page.getByText('PDF・Word・Excel・PowerPoint のファイルを選択してください').first().waitFor();
    await fileInput.setInputFiles({ name: '業務計画書_第3版.pdf', mimeType: 'application/pdf', buffer: PDF });
    expect(await page.getByTestId('plan-file-name').innerText()).toBe('業務計画書_第3版.pdf（1 KB）');
    await page.getByLabel('変更点・市への連絡').fill('商業施設での広報方法を追記');
    await page.getByRole('button', { name: '提出' }).click();
    await page.getByText('業務計画書（第3版）を提出しました').waitFor();
    const third = page.locator('[data-plan-version="3"]');
    expect(await third.getByTestId('plan-status').innerText()).toBe('承諾待ち');
    expect(await third.innerText()).toContain('変更点: 商業施設での広報方法を追記');
    // While it waits: no second upload, and the vendor may withdraw it (not decide it).
    expect(await page.getByRole('heading', { name: '新しい版を提出' }).count()).toBe(0);
    expect(await third.getByRole('button', { name: '承諾' }).count()).toBe(0);
    expect(await third.getByRole('button', { name: '取り下げ' }).count()).toBe(1);
    expect(await fitsWidth(page)).toBe(true);
    await logOut(page);

    // The city consents: version 3 is in force.
    await page.setViewportSize(WIDE);
    await suite.logIn(CITY);
    await page.getByText('業務計画書（第3版）が承諾を待っています').click();
    await third.getByRole('button', { name: '承諾' }).click();
    await page.getByText('業務計画書（第3版）を承諾しました').waitFor();
    await page.getByTestId('plan-in-force').getByText('承諾済みの版: 第3版').waitFor();
    const cityApi = await suite.apiSession(CITY);
    const [program] = (await cityApi<Array<{ id: string }>>('/programs')).json;
    const plans = (await cityApi<BusinessPlanView[]>(`/programs/${program.id}/business-plans`)).json;
    expect(plans.map((p) => [p.version, p.status])).toEqual([
      [3, 'approved'],
      [2, 'returned'],
      [1, 'approved'],
    ]);
  });
});
