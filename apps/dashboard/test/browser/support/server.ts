import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The dashboard package, found upwards: the browser tests run from test/, the bench from its compiled dist-bench/. */
function dashboardRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'jest.browser.config.cjs'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no dashboard package above ${__dirname}`);
    dir = up;
  }
  return dir;
}
const API_DIR = path.resolve(dashboardRoot(), '../api');
const DASHBOARD_DIST = path.join(dashboardRoot(), 'dist');
// A fresh MariaDB runs every migration and seeds the demo first: on a loaded two-CPU machine that took over a minute.
const STARTUP_TIMEOUT_MS = 120_000;

export interface ApiServer {
  /** http://127.0.0.1:<port> — the API, serving the built dashboard at `/`. */
  url: string;
  /** The SQLite file the API runs on (undefined on TEST_DATABASE_URL), for a test that arranges rows no route can make. */
  sqlitePath?: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`The API exited (${child.exitCode ?? child.signalCode}) before it was healthy:\n${output()}`);
    const healthy = await fetch(`${url}/api/health`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API was not healthy within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output()}`);
}

export interface StartOptions {
  /** A file holding the instant the API takes as now (its CLOCK_FILE, tests only): the API runs with NODE_ENV=test. */
  clockFile?: string;
  /** With clockFile: time flows on from the file's instant (CLOCK_RUNS) instead of standing still. */
  clockRuns?: boolean;
}

/**
 * Starts the built API (apps/api/dist/main.js) on a free port with the demo data: on TEST_DATABASE_URL when it
 * is set, otherwise on a fresh SQLite file in a temporary folder.
 */
export async function startApi(options: StartOptions = {}): Promise<ApiServer> {
  for (const [built, hint] of [
    [path.join(API_DIR, 'dist/main.js'), 'pnpm --filter @outreach/api build'],
    [path.join(DASHBOARD_DIST, 'index.html'), 'pnpm --filter @outreach/dashboard build'],
  ]) {
    if (!existsSync(built)) throw new Error(`${built} is missing: run ${hint} first`);
  }
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'outreach-browser-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    SEED_DEMO: 'true',
    DASHBOARD_DIST,
  };
  if (options.clockFile) Object.assign(env, { NODE_ENV: 'test', CLOCK_FILE: options.clockFile, CLOCK_RUNS: String(options.clockRuns === true) });
  delete env.DATABASE_URL;
  if (process.env.TEST_DATABASE_URL) env.DATABASE_URL = process.env.TEST_DATABASE_URL;
  else env.SQLITE_PATH = path.join(dataDir, 'x.sqlite');

  if (process.env.TEST_DATABASE_URL) {
    // A shared test database: empty it so the API seeds the demo afresh.
    const reset = spawnSync(process.execPath, ['dist/database/reset-test-database.js'], { cwd: API_DIR, env, encoding: 'utf8' });
    if (reset.status !== 0) throw new Error(`could not reset the test database: ${reset.stderr}`);
  }
  const child = spawn(process.execPath, ['dist/main.js'], { cwd: API_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, sqlitePath: env.SQLITE_PATH, stop };
}
