import os from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../test/browser/support/browser';
import { startApi } from '../test/browser/support/server';
import { DEMO_PASSWORD } from '../test/browser/support/suite';

/**
 * Login → dashboard charts drawn, in Chromium against the built API and dashboard (demo data, SQLite): from the click
 * on ログイン until every chart of the city viewer's dashboard is an SVG holding its data (bars or a drawn line in
 * each) and no skeleton is left. A fresh browser context per run (nothing cached but the login page itself).
 * The floor: the three requests the page cannot do without (login, program list, summary), one after the other
 * from Node, as the browser must send them; the figure minus the floor is the dashboard's own work.
 * A figure, never a pass or fail: `pnpm --filter @outreach/dashboard bench` prints it (also run by `pnpm bench`).
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const GOAL_MS = 1500;
const USER = 'city-viewer@otaru.example.jp';
/** The city viewer's Otaru dashboard: at least three target charts, calls, sessions, photos and reporting. */
const CHARTS = 7;

/** Every chart drawn: enough recharts surfaces, each with bars or a line that has a path, and no skeleton left. */
function chartsDrawn(charts: number): boolean {
  const surfaces = [...document.querySelectorAll('svg.recharts-surface')];
  return (
    surfaces.length >= charts &&
    surfaces.every((svg) => svg.querySelector('.recharts-bar-rectangle, path.recharts-line-curve[d]:not([d=""])') !== null) &&
    document.querySelectorAll('.MuiSkeleton-root').length === 0
  );
}

async function once(browser: Browser, url: string): Promise<{ ms: number; requests: number }> {
  const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo', viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(`${url}/`);
  await page.getByLabel('メールアドレス').fill(USER);
  await page.getByLabel(/^パスワード/).fill(DEMO_PASSWORD);
  let requests = 0;
  page.on('request', () => (requests += 1));
  const started = performance.now();
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.waitForFunction(chartsDrawn, CHARTS, { timeout: 60_000, polling: 'raf' });
  const ms = performance.now() - started;
  await context.close();
  return { ms, requests };
}

/** The floor: login, the program list and the first program's summary, in sequence, as the page needs them. */
async function floor(url: string): Promise<number> {
  const started = performance.now();
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: url },
    body: JSON.stringify({ email: USER, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`floor: login answered ${login.status}`);
  await login.arrayBuffer();
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const get = async (path: string) => {
    const response = await fetch(`${url}${path}`, { headers: { cookie } });
    if (!response.ok) throw new Error(`floor: ${path} answered ${response.status}`);
    return response.json() as Promise<unknown>;
  };
  const programs = (await get('/api/programs?sort=%5B%22periodStart%22%2C%22DESC%22%5D&range=%5B0%2C99%5D')) as Array<{ id: string }>;
  await get(`/api/programs/${programs[0].id}/dashboard`);
  return performance.now() - started;
}

/** The bench's output is its figure: written to stdout. */
const print = (line: string) => process.stdout.write(`${line}\n`);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main(): Promise<void> {
  const [api, browser] = await Promise.all([startApi(), launchBrowser()]);
  try {
    await once(browser, api.url); // warm-up: the API's first queries and the OS file cache, not timed
    await floor(api.url);
    const runs: Array<{ ms: number; requests: number }> = [];
    const floors: number[] = [];
    // Floor and figure alternate, so both see the same load.
    for (let i = 0; i < RUNS; i++) {
      floors.push(Math.round(await floor(api.url)));
      runs.push(await once(browser, api.url));
    }
    const ms = runs.map((r) => Math.round(r.ms));
    const figure = median(ms);
    const floorMs = median(floors);
    const cpus = os.cpus();
    print(`Browser — login → dashboard charts drawn (${USER}, Chromium ${browser.version()}, 1366×768, SQLite demo)`);
    print(`  runs (ms): ${ms.join(', ')}; requests per run: ${runs.map((r) => r.requests).join(', ')}`);
    print(`  median of ${RUNS}: ${figure} ms — goal < ${GOAL_MS} ms: ${figure < GOAL_MS ? 'met' : 'NOT met'}`);
    print(`  floor (login, program list, summary from Node; runs ${floors.join(', ')}): median ${floorMs} ms — figure ÷ floor ${(figure / floorMs).toFixed(1)}×`);
    print(`  machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}, Node ${process.version}`);
  } finally {
    await browser.close();
    await api.stop();
  }
}

main().then(
  () => process.exit(0),
  (e: Error) => {
    console.error(e.stack ?? e.message);
    process.exit(1);
  },
);
