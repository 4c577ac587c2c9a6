import os from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../test/browser/support/browser';
import { startApi } from '../test/browser/support/server';
import { DEMO_PASSWORD } from '../test/browser/support/suite';

/**
 * Login → dashboard charts drawn, in Chromium against the built API and dashboard (demo data, SQLite): from the click
 * on ログイン until every chart of the city viewer's dashboard is an SVG (recharts arrived, each chart's data too)
 * and no skeleton is left. A fresh browser context per run (nothing cached but the login page itself).
 * A figure, never a pass or fail: `pnpm --filter @outreach/dashboard bench` prints it (also run by `pnpm bench`).
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const GOAL_MS = 1500;
const USER = 'city-viewer@otaru.example.jp';
/** The city viewer's Otaru dashboard: three target charts, calls, sessions, photos and reporting. */
const CHARTS = 7;

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
  await page.waitForFunction(
    (charts) => document.querySelectorAll('svg.recharts-surface').length >= charts && document.querySelectorAll('.MuiSkeleton-root').length === 0,
    CHARTS,
    { timeout: 60_000, polling: 'raf' },
  );
  const ms = performance.now() - started;
  await context.close();
  return { ms, requests };
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
    const runs: Array<{ ms: number; requests: number }> = [];
    for (let i = 0; i < RUNS; i++) runs.push(await once(browser, api.url));
    const ms = runs.map((r) => Math.round(r.ms));
    const figure = median(ms);
    const cpus = os.cpus();
    print(`Browser — login → dashboard charts drawn (${USER}, Chromium ${browser.version()}, 1366×768, SQLite demo)`);
    print(`  runs (ms): ${ms.join(', ')}; requests per run: ${runs.map((r) => r.requests).join(', ')}`);
    print(`  median of ${RUNS}: ${figure} ms — goal < ${GOAL_MS} ms: ${figure < GOAL_MS ? 'met' : 'NOT met'}`);
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
