import path from 'node:path';
import type { Page } from 'playwright-core';
import { describeInBrowser } from './support/browser';
import { browserSuite, SCREENSHOTS } from './support/suite';

const CITY_VIEWER = 'city-viewer@otaru.example.jp';

/** The chart titles of the morning dashboard, exactly as shown. */
const CHART_TITLES = ['目標に対する進捗', '週ごとの受電件数', '写真の統計', '実施件数と申請件数', '日次報告の提出状況'];

/** Today's date in Japan (the server's clock is the real one): 'YYYY-MM-DD'. */
function jstToday(now: Date): string {
  return new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

/** The part of GET /api/programs/:id/dashboard the test compares with the screen. */
interface Summary {
  asOf: string;
  kpis: { applicationsTotal: number; applicationsThisMonth: number; callsThisWeek: number };
  calls: Array<{ weekStart: string; weekEnd: string; total: number }>;
  attention: Array<{ resource: string; id: string; label: string }>;
}

describeInBrowser('morning dashboard (browser, real API)', () => {
  const suite = browserSuite({ viewport: { width: 1440, height: 900 }, timeout: 20_000 });
  let page: Page;
  beforeEach(() => {
    page = suite.page;
  });

  /** The summary of the program the dashboard shows, fetched from the page with its session cookie. */
  function fetchSummary(): Promise<Summary> {
    return page.evaluate(async () => {
      const programs = (await (await fetch('/api/programs', { credentials: 'same-origin' })).json()) as Array<{ id: string; title: string }>;
      const title = document.getElementById('dashboard-program-title')?.textContent;
      const program = programs.find((p) => p.title === title) ?? programs[0];
      return (await (await fetch(`/api/programs/${program.id}/dashboard`, { credentials: 'same-origin' })).json()) as Summary;
    });
  }

  it('shows a city viewer the charts, key figures matching the API, and this week’s calls in the table view', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await suite.logIn(CITY_VIEWER);

    // The four chart titles (and the reporting chart's), as headings.
    for (const title of CHART_TITLES) {
      await page.getByRole('heading', { name: title, exact: true }).waitFor();
    }
    const headings = (await page.locator('h2').allInnerTexts()).map((t) => t.trim());
    for (const title of CHART_TITLES) expect(headings).toContain(title);

    // recharts arrives lazily; every chart then draws (3 targets + calls, sessions, photos, reporting).
    await page.waitForFunction(() => document.querySelectorAll('svg.recharts-surface').length >= 7);

    // Read-only: no quick call entry for a city viewer.
    expect(await page.getByText('受電を記録').count()).toBe(0);

    // A key figure matches the API.
    const summary = await fetchSummary();
    expect(await page.getByTestId('kpi-applicationsTotal').getByText('累計申請件数').count()).toBe(1);
    expect((await page.getByTestId('kpi-applicationsTotal-value').innerText()).trim()).toBe(summary.kpis.applicationsTotal.toLocaleString('ja-JP'));
    expect((await page.getByTestId('kpi-applicationsThisMonth-value').innerText()).trim()).toBe(summary.kpis.applicationsThisMonth.toLocaleString('ja-JP'));

    // The headline follows the target logic: Otaru's one 'all' group shows each of its four targets with its own bar
    // and status, and the group's status in words; no single 達成率 for the program.
    const group = page.getByTestId('headline-group');
    expect(await group.count()).toBe(1);
    expect(await group.getByTestId('target-progress').count()).toBe(4);
    expect(await group.getByRole('progressbar').count()).toBe(4);
    expect(await group.getByTestId('headline-words').innerText()).toMatch(/^4つの目標すべての達成で達成です。いま \d+つ達成、\d+つ未達（グループの状況：(順調|要注意|遅れ|未集計)）$/);
    expect(await page.getByText('達成率', { exact: true }).count()).toBe(0);

    // The table view of the calls chart shows this week's number (the week containing today's JST date).
    const today = jstToday(suite.now());
    const week = summary.calls.find((w) => w.weekStart <= today && today <= w.weekEnd);
    expect(week).toBeDefined();
    expect(week!.total).toBe(summary.kpis.callsThisWeek);
    const md = (key: string) => `${Number(key.slice(5, 7))}/${Number(key.slice(8, 10))}`;
    const calls = page.getByTestId('dashboard-calls');
    await calls.getByRole('button', { name: '表で見る' }).click();
    const table = calls.getByRole('table', { name: '週ごとの受電件数' });
    const header = (await table.locator('thead th').allInnerTexts()).map((t) => t.trim());
    const totalColumn = header.indexOf('合計');
    expect(totalColumn).toBeGreaterThan(0);
    const row = table.locator('tbody tr', { has: page.getByRole('rowheader', { name: `${md(week!.weekStart)}〜${md(week!.weekEnd)}`, exact: true }) });
    expect(await row.count()).toBe(1);
    expect((await row.locator('th, td').nth(totalColumn).innerText()).trim()).toBe(week!.total.toLocaleString('ja-JP'));

    // Each needs-attention item links to its record in react-admin's hash routes.
    const links = page.getByTestId('attention-list').getByRole('link');
    expect(await links.count()).toBe(summary.attention.length);
    const dailyReport = summary.attention.find((a) => a.resource === 'daily-reports' && a.id);
    if (dailyReport) {
      const href = await links.filter({ hasText: dailyReport.label }).first().getAttribute('href');
      expect(href).toBe(`#/daily-reports/${dailyReport.id}/show`);
    }

    await calls.getByRole('button', { name: '表で見る' }).click();
    await page.waitForFunction(() => document.querySelectorAll('svg.recharts-surface').length >= 7);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-city-viewer.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
  it('shows the weekly charts on a phone scrolled to the latest weeks, whole weeks in view, and says the earlier ones are to the left', async () => {
    await page.setViewportSize({ width: 390, height: 900 });
    await suite.logIn(CITY_VIEWER);
    await page.waitForFunction(() => document.querySelectorAll('svg.recharts-surface').length >= 7);
    const today = jstToday(suite.now());
    const thisWeek = (await fetchSummary()).calls.find((w) => w.weekStart <= today && today <= w.weekEnd)!.weekStart;
    const md = `${Number(thisWeek.slice(5, 7))}/${Number(thisWeek.slice(8, 10))}`;
    for (const id of ['dashboard-calls', 'dashboard-sessions']) {
      const chart = page.getByTestId(id);
      await chart.scrollIntoViewIfNeeded();
      await chart.getByTestId('chart-scroll-hint').waitFor();
      expect(await chart.getByTestId('chart-scroll-hint').innerText()).toBe('← 左へスクロールすると、前の週が表示されます');
      // The box scrolls (a period's weeks do not fit 390 px), is at its end, and cuts no week's label at either edge
      // (its only text is the x axis': the count axis stays outside).
      const box = chart.locator('div[style*="overflow-x"]').first();
      const fit = await box.evaluate((el) => {
        const edge = el.getBoundingClientRect();
        const labels = [...el.querySelectorAll('svg text')]
          .map((t) => ({ text: t.textContent ?? '', rect: t.getBoundingClientRect() }))
          .filter(({ rect }) => rect.width > 0 && rect.right > edge.left && rect.left < edge.right);
        return {
          scrolls: el.scrollWidth > el.clientWidth,
          atEnd: el.scrollLeft + el.clientWidth >= el.scrollWidth - 1,
          labels: labels.map(({ text }) => text),
          cut: labels.filter(({ rect }) => rect.left < edge.left - 0.5 || rect.right > edge.right + 0.5).map(({ text }) => text),
        };
      });
      expect(fit.scrolls).toBe(true);
      expect(fit.atEnd).toBe(true);
      expect(fit.labels.length).toBeGreaterThan(1);
      expect(fit.cut).toEqual([]);
      // The latest week (this week) is the last label in view.
      expect(fit.labels.filter((t) => /^\d+\/\d+$/.test(t)).at(-1)).toBe(md);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});
