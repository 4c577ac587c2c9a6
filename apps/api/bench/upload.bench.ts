import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { REPO_ROOT } from '../src/config/env';
import { freePort } from '../test/support/nginx';
import { memoryOf, waitFor } from './api-process';
import { round, summarize } from './stats';

/**
 * Uploads that stall everything: eight parallel uploads of a 40-megapixel PNG (small on disk, just under the
 * pixel limit) while an unrelated request (a static file of the dashboard, or the health check) is timed
 * every 50 ms. The API runs as its own process, started the way `pnpm start` starts it, so its resident memory
 * is measured alone. Two variants: as shipped (images one at a time, UV_THREADPOOL_SIZE from the start script)
 * and unbounded (eight images at once on libuv's default four threads: how it was).
 */
export const UPLOAD_GOALS = { latencyMs: 500, rssMb: 400 };
const PARALLEL = 8;
const WIDTH = 7300;
const HEIGHT = 5470; // 39.9 MP, under MAX_PHOTO_PIXELS (40 MP)
const PASSWORD = 'demo-pass-2026';

export interface UploadCase {
  variant: string;
  imageConcurrency: number;
  uvThreadpoolSize: number;
  uploads: number;
  uploadStatuses: number[];
  pngBytes: number;
  uploadsWallMs: number;
  probe: string;
  probes: number;
  probeMedianMs: number;
  probeP95Ms: number;
  probeMaxMs: number;
  rssAfterMb: number;
  rssPeakMb: number;
}

async function json<T>(res: Response): Promise<T> {
  if (!res.ok) throw new Error(`${res.url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export async function benchUpload(variant: { name: string; imageConcurrency: number; uvThreadpoolSize: number }): Promise<UploadCase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outreach-upload-bench-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dist = path.join(REPO_ROOT, 'apps', 'dashboard', 'dist');
  const child = spawn(process.execPath, [path.join(__dirname, '..', 'src', 'main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: '',
      SQLITE_PATH: path.join(dir, 'bench.sqlite'),
      SEED_DEMO: 'true',
      RUN_MIGRATIONS: 'true',
      PHOTO_DIR: path.join(dir, 'photos'),
      DATA_KEY_FILE: path.join(dir, 'data.key'),
      DASHBOARD_DIST: dist,
      LOG_LEVEL: 'warn',
      IMAGE_CONCURRENCY: String(variant.imageConcurrency),
      UV_THREADPOOL_SIZE: String(variant.uvThreadpoolSize),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitFor(`${base}/api/health`, child);
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'staff@vendor-a.example.jp', password: PASSWORD }) });
    await json(login);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const headers = { Cookie: cookie, Accept: 'application/json' };
    const programs = await json<Array<{ id: string; periodStart: string }>>(await fetch(`${base}/api/programs`, { headers }));
    // A held session on a new day opens a draft daily report to upload to.
    const session = await fetch(`${base}/api/sessions`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ programId: programs[0].id, date: programs[0].periodStart, serviceKind: 'facility_visit', place: '架空ホーム（ベンチ）', method: 'on_site_acceptance', staffUserIds: [], cityStaffPresent: true, status: 'held' }),
    });
    if (!session.ok && session.status !== 409) throw new Error(`session: ${session.status} ${await session.text()}`);
    const filter = encodeURIComponent(JSON.stringify({ programId: programs[0].id, status: 'draft' }));
    const drafts = await json<Array<{ id: string }>>(await fetch(`${base}/api/daily-reports?filter=${filter}`, { headers }));
    if (!drafts.length) throw new Error('no draft daily report to upload to');
    const png = await sharp({ create: { width: WIDTH, height: HEIGHT, channels: 3, background: { r: 180, g: 200, b: 220 } } }).png({ compressionLevel: 9 }).toBuffer();

    const assets = fs.existsSync(path.join(dist, 'assets')) ? fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js')) : [];
    const probe = assets.length ? `/assets/${assets[0]}` : '/api/health';
    const latencies: number[] = [];
    let uploading = true;
    const prober = (async () => {
      while (uploading) {
        const t0 = performance.now();
        const res = await fetch(`${base}${probe}`);
        await res.arrayBuffer();
        latencies.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const t0 = performance.now();
    const statuses = await Promise.all(
      Array.from({ length: PARALLEL }, async (_, i) => {
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `large-${i}.png`);
        const res = await fetch(`${base}/api/daily-reports/${drafts[0].id}/photos`, { method: 'POST', headers, body: form });
        await res.arrayBuffer();
        return res.status;
      }),
    );
    const wall = performance.now() - t0;
    uploading = false;
    await prober;
    await new Promise((r) => setTimeout(r, 1000));
    const memory = memoryOf(child.pid!);
    const timing = summarize(latencies);
    return {
      variant: variant.name,
      imageConcurrency: variant.imageConcurrency,
      uvThreadpoolSize: variant.uvThreadpoolSize,
      uploads: PARALLEL,
      uploadStatuses: statuses,
      pngBytes: png.length,
      uploadsWallMs: round(wall, 0),
      probe: probe.startsWith('/assets') ? 'static file of the dashboard' : 'GET /api/health',
      probes: latencies.length,
      probeMedianMs: round(timing.median, 1),
      probeP95Ms: round(timing.p95, 1),
      probeMaxMs: round(timing.max, 1),
      rssAfterMb: memory.rss,
      rssPeakMb: memory.peak,
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r).once('error', r));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const UPLOAD_VARIANTS = [
  { name: 'as shipped', imageConcurrency: 1, uvThreadpoolSize: 8 },
  { name: 'unbounded (before)', imageConcurrency: 8, uvThreadpoolSize: 4 },
];
