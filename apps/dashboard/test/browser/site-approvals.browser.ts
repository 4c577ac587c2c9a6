import type { SiteApprovalView } from '@outreach/domain/approvals';
import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { fitsWidth, logOut } from './support/page';
import { browserSuite } from './support/suite';

const VENDOR = 'manager@vendor-b.example.jp';
const CITY = 'city-admin@shimonoseki.example.jp';
const WIDE = { width: 1366, height: 900 };
const PLACE = 'イベントホール みらい（架空）';
const PENDING = 'ホームセンター ひびき（架空）';

describeInBrowser('site approval (browser, real API)', () => {
  const suite = browserSuite({ viewport: WIDE, timeout: 20_000 });
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });

  it('the vendor proposes a venue, the city approves it (and rejects another with a reason), then a session is recorded there (1366 px)', async () => {
    const vendorApi = await suite.apiSession(VENDOR);
    const [program] = (await vendorApi<Array<{ id: string }>>('/programs')).json;
    const session = { programId: program.id, date: '2026-12-19', serviceKind: 'venue_event', place: PLACE, method: 'application_support', startTime: '10:00', endTime: '15:00', cityStaffPresent: false, status: 'planned' };

    // The vendor: the sites in Japanese with their status, and a proposal.
    await suite.logIn(VENDOR, { until: 'menu' });
    await page.locator('.RaSidebar-fixed').getByRole('menuitem', { name: '実施場所の承認' }).click();
    await page.locator(`[data-site="${PENDING}"]`).getByText('承認待ち').waitFor();
    await page.getByLabel('サービス種別').click();
    await page.getByRole('option', { name: '会場設置型' }).click();
    await page.getByLabel('場所の名称（個人宅は地区名）').fill(PLACE);
    await page.getByLabel('所在地（施設・会場のみ）').fill('下関市（架空）');
    await page.getByRole('button', { name: '承認を申請' }).click();
    await page.getByText(`「${PLACE}」の承認を申請しました`).waitFor();
    const card = page.locator(`[data-site="${PLACE}"]`);
    expect(await card.getByTestId('site-status').innerText()).toBe('承認待ち');
    expect(await card.getByRole('button', { name: '承認' }).count()).toBe(0);
    expect(await fitsWidth(page)).toBe(true);
    // Not approved yet: no session there.
    const refused = await vendorApi<{ errors: Record<string, string> }>('/sessions', session);
    expect(refused.status).toBe(422);
    expect(refused.json.errors.place).toMatch(/市の承認を受けていません/);
    await logOut(page);

    // The city admin: the waiting sites on the attention list, approved from the site list; another rejected with a reason.
    await suite.logIn(CITY);
    await page.getByText(`実施場所「${PLACE}」が承認を待っています`).click();
    await card.getByRole('button', { name: '承認' }).click();
    await page.getByText(`「${PLACE}」を承認しました`).waitFor();
    await card.getByTestId('site-status').getByText('承認済み').waitFor();
    const other = page.locator(`[data-site="${PENDING}"]`);
    await other.getByRole('button', { name: '却下' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('却下の理由').fill('商業施設の了承が確認できないため');
    await dialog.getByRole('button', { name: '却下' }).click();
    await other.getByTestId('site-status').getByText('却下').waitFor();
    expect(await other.innerText()).toContain('理由: 商業施設の了承が確認できないため');
    expect(await fitsWidth(page)).toBe(true);
    await logOut(page);

    // Approved: the session is recorded there.
    const created = await vendorApi<{ id: string; place: string }>('/sessions', session);
    expect(created.status).toBe(201);
    const sites = (await vendorApi<SiteApprovalView[]>(`/programs/${program.id}/site-approvals`)).json;
    expect(sites.find((s) => s.name === PLACE)?.status).toBe('approved');
  });
});
