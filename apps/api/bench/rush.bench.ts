import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { sessionCountsSchema } from '@outreach/domain/sessions';
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { REPO_ROOT } from '../src/config/env';
import { seededRandom, weighted } from '../src/database/seed/random';
import { hashPassword } from '../src/modules/auth/passwords';
import { DailyReportEntity } from '../src/modules/daily-reports/daily-report.entity';
import { OrganizationEntity } from '../src/modules/organizations/organization.entity';
import { ProgramEntity } from '../src/modules/programs/program.entity';
import { SessionEntity } from '../src/modules/sessions/session.entity';
import { NEW_ACCOUNT, UserEntity } from '../src/modules/users/user.entity';
import { freePort, sharedInstanceEnv, startNginx } from '../test/support/nginx';
import { childrenOf, cpuSecondsOf, memoryOf, PRODUCTION_NODE_OPTIONS, pidsNamed, startApi, stopApi } from './api-process';
import type { BenchDatabase } from './databases';
import { BENCH_PASSWORD, type BenchWorld } from './generate';
import { percentile, round } from './stats';

/**
 * The morning rush (issue 24 item 2) and the idle footprint (item 5), against the API as real processes
 * (production mode, REDIS_URL set as a multi-instance deployment sets it) behind nginx with infra/nginx's own
 * configuration (TLS, upstream.conf with one or two instances: nginx round-robins).
 *
 * Readers (city viewers of several programs, vendor managers) walk the dashboard's screens with the requests the
 * dashboard really makes (apps/dashboard: useCurrentProgram, ProgramDashboard, the ProgramScopedList lists with
 * react-admin's default page of 10, RatesPanel), a think time between screens. Writers (vendor staff) keep a draft
 * daily report of their own sessions open and save it as the form's autosave does (PUT the whole day, 1.5 s after
 * the last change). The load generator runs in the bench's process: it shares the machine's cores with the API,
 * nginx and MariaDB.
 */
export const RUSH_GOALS = { dashboardP99Ms: 300, saveP99Ms: 200, rssMb: 400, idleRssMb: 250 };
/** apps/dashboard/src/daily-reports/DailyReportPage.tsx: AUTOSAVE_DELAY_MS. */
const AUTOSAVE_DELAY_MS = 1500;
const WARMUP_MS = 5_000;
/** After the opening burst's last first screen, before the timed window opens. */
const OPENING_SETTLE_MS = 2_000;
const COUNT_FIELDS = Object.keys(sessionCountsSchema.shape);

export interface RushUser {
  email: string;
  role: 'city_viewer' | 'vendor_manager' | 'vendor_staff';
  programId: string;
  /** Writers: the draft daily report of their own sessions. */
  reportId?: string;
  reportDate?: string;
}

export interface RushOptions {
  seconds: number;
  readers: number;
  writers: number;
  thinkMs: number;
  seed: number;
  redisUrl: string;
  /** Vendor managers who each start the vendor's 全件データ as the timed window opens (cli.ts: --with-export). */
  exports?: number;
}

/**
 * Accounts for the rush in a generated database (the generator's own rows stay as they are): city viewers of
 * the first programs (one city each), vendor managers each on a program, vendor staff each with the sessions of
 * one draft daily report made theirs. Every account has chosen its program (currentProgramId), so its dashboard
 * opens on it. Returns the readers and the writers.
 */
export async function addRushUsers(ds: DataSource, world: BenchWorld, opts: { readers: number; writers: number }): Promise<{ readers: RushUser[]; writers: RushUser[] }> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const programs = await ds.getRepository(ProgramEntity).find({ select: { id: true, municipalityId: true } });
  const byId = new Map(programs.map((p) => [p.id, p]));
  const cities = await ds.getRepository(OrganizationEntity).find({ where: { kind: 'city' } });
  const cityOf = new Map(cities.map((o) => [o.municipalityId, o.id]));
  const ids = world.programIds.filter((id) => byId.has(id));
  const stamp = new Date('2025-03-01T00:00:00Z');
  const rng = seededRandom(7);
  const id = () => {
    const h = Array.from({ length: 16 }, () => Math.floor(rng() * 256).toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
  };
  const users: UserEntity[] = [];
  const account = (role: RushUser['role'], email: string, organizationId: string, programId: string): UserEntity => {
    const user: UserEntity = { id: id(), organizationId, role, name: `検証 ${role} ${users.length + 1}`, email, passwordHash, ...NEW_ACCOUNT, currentProgramId: programId, createdAt: stamp, updatedAt: stamp };
    users.push(user);
    return user;
  };
  const readers: RushUser[] = [];
  const cityViewers = Math.ceil(opts.readers * 0.6);
  for (let k = 0; k < opts.readers; k++) {
    const city = k < cityViewers;
    const programId = ids[(city ? k : k - cityViewers) % ids.length];
    const role = city ? 'city_viewer' : 'vendor_manager';
    const email = city ? `rush-viewer-${k + 1}@city.bench.example.jp` : `rush-manager-${k + 1}@vendor.bench.example.jp`;
    account(role, email, city ? cityOf.get(byId.get(programId)!.municipalityId)! : world.vendorOrganizationId, programId);
    readers.push({ email, role, programId });
  }
  const writers: RushUser[] = [];
  for (let k = 0; k < opts.writers; k++) {
    const programId = ids[k % ids.length];
    const [report] = await ds.getRepository(DailyReportEntity).find({ where: { programId, status: 'draft' }, order: { date: 'ASC' }, skip: Math.floor(k / ids.length), take: 1 });
    if (!report) throw new Error(`program ${programId} has no draft daily report left for writer ${k + 1}`);
    const email = `rush-staff-${k + 1}@vendor.bench.example.jp`;
    const staff = account('vendor_staff', email, world.vendorOrganizationId, programId);
    await ds.getRepository(SessionEntity).update({ programId, date: report.date }, { staffUserIds: [staff.id] });
    writers.push({ email, role: 'vendor_staff', programId, reportId: report.id, reportDate: report.date });
  }
  await ds.getRepository(UserEntity).insert(users);
  return { readers, writers };
}

// ---------------------------------------------------------------------------------------------------------------
// The client: HTTPS through nginx (its self-signed certificate trusted), keep-alive, one cookie per user.

interface Answer {
  status: number;
  ms: number;
  body: string;
  bytes: number;
  cookie?: string;
}

class Client {
  private readonly agent: https.Agent;

  constructor(
    private readonly host: string,
    private readonly port: number,
    ca: Buffer,
  ) {
    this.agent = new https.Agent({ keepAlive: true, ca, maxSockets: 256 });
  }

  request(method: string, pathAndQuery: string, cookie: string | undefined, body?: unknown): Promise<Answer> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    // No Origin: nginx passes $host (without the port) on, so a browser's Origin on this test port would not match
    // the API's own origin; on 443 it does. Without Origin the API treats the client as a script (only the content
    // type of writes is checked), which costs the same.
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (cookie) headers.Cookie = cookie;
    if (payload !== undefined) Object.assign(headers, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(payload)) });
    const t0 = performance.now();
    return new Promise((resolve) => {
      const req = https.request({ host: this.host, port: this.port, path: pathAndQuery, method, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const set = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('od_session='));
          const all = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0, body: all.toString('utf8'), bytes: all.length, cookie: set?.split(';')[0] });
        });
        res.on('error', (e) => resolve({ status: 0, ms: performance.now() - t0, body: String(e), bytes: 0 }));
      });
      req.on('error', (e) => resolve({ status: 0, ms: performance.now() - t0, body: String(e), bytes: 0 }));
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The screens, as apps/dashboard requests them.

const q = (sort: [string, string], range: [number, number], filter?: Record<string, unknown>) => {
  const p = new URLSearchParams({ sort: JSON.stringify(sort), range: JSON.stringify(range) });
  if (filter) p.set('filter', JSON.stringify(filter));
  return `?${p.toString()}`;
};

interface Call {
  route: string;
  method: string;
  path: string;
  body?: unknown;
}

/** A screen: groups of calls, each group sent at once, the groups one after another (the list, then the summary). */
type Screen = Call[][];

function screensFor(user: RushUser): Record<string, Screen> {
  const p = user.programId;
  return {
    // useCurrentProgram's list (perPage 100, periodStart DESC) beside the identity, then the summary of the program.
    dashboard: [
      [
        { route: 'GET /api/auth/me', method: 'GET', path: '/api/auth/me' },
        { route: 'GET /api/programs (picker, 100)', method: 'GET', path: `/api/programs${q(['periodStart', 'DESC'], [0, 99])}` },
      ],
      [{ route: 'GET /api/programs/:id/dashboard', method: 'GET', path: `/api/programs/${p}/dashboard` }],
    ],
    programs: [[{ route: 'GET /api/programs (list)', method: 'GET', path: `/api/programs${q(['periodStart', 'DESC'], [0, 9])}` }]],
    sessions: [[{ route: 'GET /api/sessions', method: 'GET', path: `/api/sessions${q(['date', 'DESC'], [0, 9], { programId: p })}` }]],
    // The vendor manager opens on 社内確認待ち (status checking, oldest first); the city viewer on every report, newest first.
    dailyReports: [
      [
        { route: 'GET /api/programs/:id/reporting-rates', method: 'GET', path: `/api/programs/${p}/reporting-rates` },
        user.role === 'vendor_manager'
          ? { route: 'GET /api/daily-reports', method: 'GET', path: `/api/daily-reports${q(['date', 'ASC'], [0, 9], { status: 'checking', programId: p })}` }
          : { route: 'GET /api/daily-reports', method: 'GET', path: `/api/daily-reports${q(['date', 'DESC'], [0, 9], { programId: p })}` },
      ],
    ],
    calls: [[{ route: 'GET /api/calls', method: 'GET', path: `/api/calls${q(['receivedAt', 'DESC'], [0, 9], { programId: p })}` }]],
  };
}

const SCREEN_WEIGHTS = { dashboard: 40, programs: 10, sessions: 15, dailyReports: 20, calls: 15 };

// ---------------------------------------------------------------------------------------------------------------
// Recording.

export interface RouteFigures {
  route: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
}

class Recorder {
  recording = false;
  /** When the users started (all at once, as the morning opens), and after how many ms each had its first screen. */
  startedAt = 0;
  readonly openings: number[] = [];
  private readonly samples = new Map<string, number[]>();
  readonly errors: Array<{ route: string; status: number; body: string }> = [];

  /** A failure seen outside an answer's status (a report job that failed, an instance that died): counted always. */
  fail(route: string, body: string): void {
    this.errors.push({ route, status: 0, body: body.slice(0, 300) });
  }

  /** A user's first screen (the reader's dashboard, the writer's report) has been answered. */
  opened(): void {
    this.openings.push(performance.now() - this.startedAt);
  }

  add(route: string, a: Answer): void {
    if (!this.recording) return;
    const list = this.samples.get(route) ?? [];
    list.push(a.ms);
    this.samples.set(route, list);
    if (a.status < 200 || a.status >= 300) this.errors.push({ route, status: a.status, body: a.body.slice(0, 300) });
  }

  figures(seconds: number): { total: RouteFigures; routes: RouteFigures[] } {
    const of = (route: string, ms: number[]): RouteFigures => {
      const sorted = [...ms].sort((x, y) => x - y);
      return {
        route,
        requests: ms.length,
        rps: round(ms.length / seconds, 1),
        p50: round(percentile(sorted, 50), 1),
        p95: round(percentile(sorted, 95), 1),
        p99: round(percentile(sorted, 99), 1),
        max: round(sorted[sorted.length - 1] ?? NaN, 1),
        errors: route === 'all' ? this.errors.length : this.errors.filter((e) => e.route === route).length,
      };
    };
    const routes = [...this.samples.entries()].map(([r, ms]) => of(r, ms)).sort((a, b) => a.route.localeCompare(b.route));
    return { total: of('all', [...this.samples.values()].flat()), routes };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The deployment: API instances, nginx in front.

interface Deployment {
  instances: Array<{ child: ChildProcess; port: number; probe: string }>;
  nginxPid: number;
  client: Client;
  dir: string;
  prefix: string;
}

async function deploy(target: BenchDatabase, count: number, redisUrl: string): Promise<Deployment> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outreach-rush-'));
  fs.chmodSync(dir, 0o755); // nginx workers run as an unprivileged user
  const prefix = `bench-rush-${process.pid}-${count}:`;
  const dist = path.join(REPO_ROOT, 'apps', 'dashboard', 'dist');
  const shared: Record<string, string> = {
    ...sharedInstanceEnv(dir, target.url!, redisUrl, prefix),
    RUN_MIGRATIONS: 'true',
    SEED_DEMO: 'false',
    DASHBOARD_DIST: fs.existsSync(dist) ? dist : path.join(dir, 'no-dashboard'),
    LOG_LEVEL: 'warn',
    // As the start script (start:prod), the systemd unit and the image start it (NODE_OPTIONS: startApi).
    UV_THREADPOOL_SIZE: '8',
  };
  const instances: Deployment['instances'] = [];
  // One after another, as operations.md says (the first runs the migrations).
  for (let i = 0; i < count; i++) {
    const port = await freePort();
    const probe = path.join(dir, `memory-${i}.json`);
    const child = await startApi(
      { ...shared, INSTANCE_NAME: `rush-${i + 1}`, MEMORY_PROBE_FILE: probe },
      // BENCH_API_NODE_ARGS: more flags for the instances, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile them.
      { port, log: path.join(dir, `api-${i + 1}.log`), execArgv: ['--require', path.join(__dirname, 'memory-probe.js'), ...(process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? [])] },
    );
    instances.push({ child, port, probe });
  }
  const https = await freePort();
  const nginxPid = await startNginx(dir, { upstreams: instances.map((i) => i.port), https, http: await freePort() });
  const client = new Client('127.0.0.1', https, fs.readFileSync(path.join(dir, 'tls/outreach-desk.crt')));
  return { instances, nginxPid, client, dir, prefix };
}

async function undeploy(d: Deployment, redisUrl: string): Promise<void> {
  d.client.close();
  try {
    process.kill(d.nginxPid, 'SIGQUIT');
  } catch {
    // gone already
  }
  await Promise.all(d.instances.map((i) => stopApi(i.child)));
  // BENCH_API_LOG_DIR: keep the instances' logs (e.g. with BENCH_API_NODE_ARGS=--trace-gc).
  const keep = process.env.BENCH_API_LOG_DIR;
  if (keep) {
    fs.mkdirSync(keep, { recursive: true });
    for (const f of fs.readdirSync(d.dir).filter((n) => /^api-\d+\.log$/.test(n))) fs.copyFileSync(path.join(d.dir, f), path.join(keep, `${d.prefix.replace(/\W+/g, '-')}${f}`));
  }
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const keys = await redis.keys(`${d.prefix}*`);
    if (keys.length) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
  fs.rmSync(d.dir, { recursive: true, force: true });
}

/** process.memoryUsage() and friends of each instance, through the preloaded probe (SIGUSR2). */
async function probeMemory(d: Deployment): Promise<unknown[]> {
  return Promise.all(
    d.instances.map(async (i) => {
      fs.rmSync(i.probe, { force: true });
      i.child.kill('SIGUSR2');
      for (let k = 0; k < 100 && !fs.existsSync(i.probe); k++) await new Promise((r) => setTimeout(r, 100));
      return fs.existsSync(i.probe) ? (JSON.parse(fs.readFileSync(i.probe, 'utf8')) as unknown) : null;
    }),
  );
}

/** RSS of each instance in MB (0 for one no longer running). */
const rssOf = (d: Deployment) =>
  d.instances.map((i) => {
    try {
      return memoryOf(i.child.pid!).rss;
    } catch {
      return 0; // exited (and reaped)
    }
  });

/** The access log's lines: method, path, status, upstream (test/support/nginx.ts's `upstreams` format). */
function accessLog(d: Deployment): string[][] {
  const log = path.join(d.dir, 'access.log');
  return fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').map((line) => line.split(' ')) : [];
}

/** Which instances (1-based) answered `METHOD /path`, in nginx's access log's order. */
function acceptedBy(d: Deployment, request: string): Array<number | null> {
  const [method, uri] = request.split(' ');
  return accessLog(d)
    .filter((f) => f[0] === method && f[1] === uri)
    .map((line) => d.instances.findIndex((i) => line[3] === `127.0.0.1:${i.port}`) + 1 || null);
}

/**
 * How long the API instances took to answer a route, as nginx timed it (from the request sent upstream to the
 * answer's end), for the requests that ended inside the window: beside the client's own figures, what the API's
 * share of a route's latency is, and what is nginx's, the network's and the load generator's.
 */
function upstreamTimes(d: Deployment, window: { from: number; to: number }, routes: Array<[string, string, RegExp]>): RushCase['upstream'] {
  const lines = accessLog(d).filter((f) => f.length >= 6 && Number(f[4]) * 1000 >= window.from && Number(f[4]) * 1000 <= window.to);
  return routes.map(([route, method, uri]) => {
    const ms = lines.filter((f) => f[0] === method && uri.test(f[1]) && f[5] !== '-').map((f) => parseFloat(f[5]) * 1000).filter((x) => Number.isFinite(x)).sort((x, y) => x - y);
    return { route, requests: ms.length, p50: round(percentile(ms, 50), 1), p99: round(percentile(ms, 99), 1) };
  });
}

/** Requests per instance, from nginx's access log. */
function servedBy(d: Deployment): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of accessLog(d)) {
    const upstream = line[3];
    if (!upstream) continue;
    const k = d.instances.findIndex((i) => upstream === `127.0.0.1:${i.port}`);
    const name = k >= 0 ? `instance ${k + 1}` : upstream;
    out[name] = (out[name] ?? 0) + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The load.

async function login(client: Client, email: string): Promise<string> {
  const a = await client.request('POST', '/api/auth/login', undefined, { email, password: BENCH_PASSWORD });
  if (a.status !== 200 || !a.cookie) throw new Error(`login ${email}: ${a.status} ${a.body.slice(0, 300)}`);
  return a.cookie;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function reader(client: Client, rec: Recorder, user: RushUser, cookie: string, until: () => boolean, thinkMs: number, random: () => number): Promise<void> {
  const screens = screensFor(user);
  let first = true;
  while (!until()) {
    // The morning opens on the dashboard; then the user moves between screens.
    const opening = first;
    const name = first ? 'dashboard' : weighted(random, SCREEN_WEIGHTS);
    first = false;
    for (const group of screens[name]) {
      await Promise.all(group.map(async (c) => rec.add(c.route, await client.request(c.method, c.path, cookie, c.body))));
    }
    if (opening) rec.opened();
    await sleep(thinkMs * (0.5 + random()));
  }
}

interface SessionCountsView {
  id: string;
  status: string;
  [field: string]: unknown;
}

async function writer(client: Client, rec: Recorder, user: RushUser, cookie: string, until: () => boolean, random: () => number): Promise<void> {
  // The form opens: useFindDailyReport, then the report (with the day's sessions).
  const find = await client.request('GET', `/api/daily-reports${q(['date', 'ASC'], [0, 0], { programId: user.programId, from: user.reportDate, to: user.reportDate })}`, cookie);
  rec.add('GET /api/daily-reports (the day)', find);
  const opened = await client.request('GET', `/api/daily-reports/${user.reportId}`, cookie);
  rec.add('GET /api/daily-reports/:id', opened);
  rec.opened();
  if (opened.status !== 200) throw new Error(`writer ${user.email}: GET report ${opened.status} ${opened.body.slice(0, 200)}`);
  const report = JSON.parse(opened.body) as { specialNotes: string | null; sessions: SessionCountsView[] };
  const held = report.sessions.filter((s) => s.status === 'held');
  const drafts = held.map((s) => Object.fromEntries([['id', s.id], ...COUNT_FIELDS.filter((f) => s[f] !== null && s[f] !== undefined && s[f] !== '').map((f) => [f, s[f]])]));
  let step = 0;
  while (!until()) {
    // Typing: one count up or down (相談件数, which no cross-check ties to the others), then the autosave's delay.
    const d = drafts[step % drafts.length];
    d.consultations = Number(d.consultations ?? 0) + (step % 2 === 0 ? 1 : -1 * (Number(d.consultations) > 0 ? 1 : 0));
    step++;
    await sleep(AUTOSAVE_DELAY_MS + 500 * random());
    const body = { ...(report.specialNotes ? { specialNotes: report.specialNotes } : {}), sessions: drafts };
    rec.add('PUT /api/daily-reports/:id', await client.request('PUT', `/api/daily-reports/${user.reportId}`, cookie, body));
  }
}

/** apps/dashboard/src/reports/useReportDownload.ts: POLL_MS, how often the page asks for a job's percent. */
const REPORT_POLL_MS = 300;
/** An export not ended by then is reported as such (the one at scale 100 takes 30–60 s). */
const EXPORT_TIMEOUT_MS = 10 * 60_000;

export interface ExportFigures {
  /** How the job ended: done, failed (its message in `error`), or lost (no answer about it: the instance died?). */
  status: 'done' | 'failed' | 'lost' | 'timed out';
  error?: string;
  percent: number;
  /** From the POST to the job's end, and to the downloaded file. */
  seconds: number;
  /** Whether it ended inside the timed window (else the rush had stopped before it ended). */
  endedInWindow: boolean;
  /** Which instance accepted it (nginx's access log; 1-based; several exports: the instances in the log's order). */
  instance: number | null;
  downloadedMb: number | null;
}

/**
 * The vendor's 全件データ as the dashboard's 帳票 page runs it: POST /api/report-jobs, the percent every
 * REPORT_POLL_MS until it ends, then the download. The requests are recorded like the others (while the window is
 * open); a failed or lost job counts as an error.
 */
async function exportBeside(client: Client, rec: Recorder, cookie: string, inWindow: () => boolean): Promise<Omit<ExportFigures, 'instance'>> {
  const t0 = performance.now();
  const seconds = () => round((performance.now() - t0) / 1000, 1);
  const started = await client.request('POST', '/api/report-jobs', cookie, { kind: 'full-data', params: { format: 'xlsx' } });
  rec.add('POST /api/report-jobs (全件データ)', started);
  if (started.status < 200 || started.status >= 300) return { status: 'failed', error: `${started.status} ${started.body.slice(0, 200)}`, percent: 0, seconds: seconds(), endedInWindow: inWindow(), downloadedMb: null };
  const id = (JSON.parse(started.body) as { id: string }).id;
  let percent = 0;
  let unanswered = 0;
  while (performance.now() - t0 < EXPORT_TIMEOUT_MS) {
    await sleep(REPORT_POLL_MS);
    const a = await client.request('GET', `/api/report-jobs/${id}`, cookie);
    rec.add('GET /api/report-jobs/:id (percent)', a);
    if (a.status !== 200) {
      if (++unanswered < 20) continue;
      rec.fail('全件データ', `no answer about the job: ${a.status} ${a.body}`);
      return { status: 'lost', error: `${a.status} ${a.body.slice(0, 200)}`, percent, seconds: seconds(), endedInWindow: inWindow(), downloadedMb: null };
    }
    unanswered = 0;
    const job = JSON.parse(a.body) as { status: string; percent: number; error?: string };
    percent = job.percent;
    if (job.status === 'running') continue;
    const endedInWindow = inWindow();
    if (job.status !== 'done') {
      rec.fail('全件データ', job.error ?? job.status);
      return { status: 'failed', error: job.error, percent, seconds: seconds(), endedInWindow, downloadedMb: null };
    }
    const file = await client.request('GET', `/api/report-jobs/${id}/download`, cookie);
    rec.add('GET /api/report-jobs/:id/download', file);
    return { status: 'done', percent, seconds: seconds(), endedInWindow, downloadedMb: round(file.bytes / 1024 / 1024, 1) };
  }
  rec.fail('全件データ', 'not ended in time');
  return { status: 'timed out', percent, seconds: seconds(), endedInWindow: false, downloadedMb: null };
}

export interface RushCase {
  instances: number;
  /** How the instances' Node ran: NODE_OPTIONS (production's unless BENCH_API_NODE_OPTIONS) and BENCH_API_NODE_ARGS. */
  node: { options: string; args: string };
  balancer: string;
  seconds: number;
  readers: number;
  writers: number;
  thinkMs: number;
  loadAverage: number[];
  /** Load average when the timed window ended. */
  loadAverageAfter: number[];
  /** CPU seconds per second of the window (2 = both vCPUs busy), and the API's CPU milliseconds per request. */
  cpu: CpuShares & { apiMsPerRequest: number };
  total: RouteFigures;
  routes: RouteFigures[];
  errors: Array<{ route: string; status: number; body: string }>;
  /**
   * The opening burst (every user starts at once, untimed): ms until half of the users, and until the last, had their
   * first screen answered. The timed window opens 5 s after the start or, when the burst lasts longer, 2 s after it.
   */
  opening: { users: number; answered: number; p50Ms: number; lastMs: number };
  /** Per instance, over the timed window (null where the probe did not answer). */
  eventLoop: Array<EventLoopFigures | null>;
  /** nginx's view of a route over the timed window: how long the API took to answer it ($upstream_response_time, ms). */
  upstream: Array<{ route: string; requests: number; p50: number; p99: number }>;
  servedBy: Record<string, number>;
  rssMb: { afterStart: number[]; before: number[]; peak: number[]; after: number[] };
  memoryAtEnd: unknown[];
  /** With --with-export: the vendor's 全件データ, each started by a vendor manager as the window opened. */
  exports: ExportFigures[];
  /** Instances no longer running when the run ended (they crashed). */
  exited: Array<{ instance: number; code: number | null; signal: string | null }>;
  goals: { dashboardP99: boolean | null; saveP99: boolean | null; rss: boolean; errors: boolean };
}

/** Logs every user in, then runs readers and writers for `seconds` after an untimed warm-up. */
async function drive(d: Deployment, users: { readers: RushUser[]; writers: RushUser[] }, o: { seconds: number; thinkMs: number; seed: number; exports?: number }, onSample?: () => void) {
  const rec = new Recorder();
  const cookies = new Map<string, string>();
  for (const u of [...users.readers, ...users.writers]) cookies.set(u.email, await login(d.client, u.email));
  const before = rssOf(d);
  let stop = false;
  const until = () => stop;
  const sampler = onSample ? setInterval(onSample, 250) : undefined;
  rec.startedAt = performance.now();
  const loops = [
    ...users.readers.map((u, k) => reader(d.client, rec, u, cookies.get(u.email)!, until, o.thinkMs, seededRandom(o.seed + k + 1))),
    ...users.writers.map((u, k) => writer(d.client, rec, u, cookies.get(u.email)!, until, seededRandom(o.seed + 1000 + k))),
  ];
  await sleep(WARMUP_MS);
  // Every user opens at once (a burst of first screens: cold summaries, fresh connections) and the burst's length varies
  // from run to run; the timed window is the rush that follows: 5 s after the start or, when the burst lasts longer, 2 s
  // after the last user's first screen (the burst is reported apart, `opening`).
  const giveUpAt = performance.now() + 60_000;
  while (rec.openings.length < loops.length && performance.now() < giveUpAt) await sleep(50);
  const lastOpening = rec.startedAt + Math.max(0, ...rec.openings);
  await sleep(Math.max(0, lastOpening + OPENING_SETTLE_MS - performance.now()));
  // The probe's event-loop figures count from its previous report: one now, so the next covers the window alone.
  await probeMemory(d);
  rec.recording = true;
  const windowFrom = Date.now();
  const cpu0 = cpuNow(d);
  const t0 = performance.now();
  const exporters = users.readers.filter((u) => u.role === 'vendor_manager').slice(0, o.exports ?? 0);
  if (exporters.length < (o.exports ?? 0)) throw new Error(`--with-export=${o.exports} needs as many vendor managers among the readers (40 % of --users)`);
  const exported = Promise.all(exporters.map((u) => exportBeside(d.client, rec, cookies.get(u.email)!, () => !stop)));
  await sleep(o.seconds * 1000);
  rec.recording = false;
  const elapsed = (performance.now() - t0) / 1000;
  const cpu1 = cpuNow(d);
  const windowTo = Date.now();
  const eventLoop = (await probeMemory(d)).map((m) => (m as { eventLoop?: EventLoopFigures } | null)?.eventLoop ?? null);
  const per = (k: keyof CpuShares) => round((cpu1[k] - cpu0[k]) / elapsed, 2);
  const cpu: CpuShares = { api: per('api'), nginx: per('nginx'), mariadb: per('mariadb'), loadGenerator: per('loadGenerator') };
  stop = true;
  await Promise.all(loops);
  // The RSS peak is sampled until the exports have ended too.
  const exportFigures = await exported;
  if (sampler) clearInterval(sampler);
  return { rec, elapsed, before, cpu, exportFigures, eventLoop, window: { from: windowFrom, to: windowTo } };
}

/** bench/memory-probe.ts: how late a 2 ms timer fired on the API's thread, and how busy the thread was, over the window. */
export interface EventLoopFigures {
  delayP50Ms: number;
  delayP99Ms: number;
  delayMaxMs: number;
  utilization: number;
}

/** CPU seconds used per second of the timed window, by who: the API instances, nginx, MariaDB, this load generator. */
export interface CpuShares {
  api: number;
  nginx: number;
  mariadb: number;
  loadGenerator: number;
}

function cpuNow(d: Deployment): CpuShares {
  const sum = (pids: number[]) => pids.reduce((s, p) => s + cpuSecondsOf(p), 0);
  const own = process.cpuUsage();
  return {
    api: sum(d.instances.map((i) => i.child.pid!)),
    nginx: sum([d.nginxPid, ...childrenOf(d.nginxPid)]),
    // The machine's one MariaDB server: other users' queries count too.
    mariadb: sum(pidsNamed('mariadbd')),
    loadGenerator: (own.user + own.system) / 1e6,
  };
}

export async function benchRush(target: BenchDatabase, users: { readers: RushUser[]; writers: RushUser[] }, instances: number, o: RushOptions): Promise<RushCase> {
  const d = await deploy(target, instances, o.redisUrl);
  try {
    const afterStart = rssOf(d);
    const peak = afterStart.map(() => 0);
    const sample = () => rssOf(d).forEach((r, i) => (peak[i] = Math.max(peak[i], r)));
    const loadAverage = os.loadavg().map((x) => round(x, 1));
    const { rec, elapsed, before, cpu, exportFigures, eventLoop, window } = await drive(d, users, { seconds: o.seconds, thinkMs: o.thinkMs, seed: o.seed, exports: o.exports }, sample);
    sample();
    const loadAverageAfter = os.loadavg().map((x) => round(x, 1));
    await sleep(5_000);
    const exited = d.instances.flatMap((i, k) => (i.child.exitCode !== null || i.child.signalCode !== null ? [{ instance: k + 1, code: i.child.exitCode, signal: i.child.signalCode }] : []));
    for (const e of exited) rec.fail(`instance ${e.instance}`, `exited (${e.code ?? e.signal})`);
    const after = rssOf(d);
    const memoryAtEnd = await probeMemory(d);
    const { total, routes } = rec.figures(elapsed);
    const dash = routes.find((r) => r.route === 'GET /api/programs/:id/dashboard');
    const save = routes.find((r) => r.route === 'PUT /api/daily-reports/:id');
    return {
      instances,
      node: { options: process.env.BENCH_API_NODE_OPTIONS ?? PRODUCTION_NODE_OPTIONS, args: process.env.BENCH_API_NODE_ARGS ?? '' },
      balancer: 'nginx (infra/nginx/outreach-desk.conf + upstream.conf, TLS, round-robin)',
      seconds: round(elapsed, 1),
      readers: users.readers.length,
      writers: users.writers.length,
      thinkMs: o.thinkMs,
      loadAverage,
      loadAverageAfter,
      cpu: { ...cpu, apiMsPerRequest: round((cpu.api * 1000) / Math.max(1, total.rps), 1) },
      eventLoop,
      upstream: upstreamTimes(d, window, [
        ['GET /api/programs/:id/dashboard', 'GET', /^\/api\/programs\/[^/]+\/dashboard$/],
        ['PUT /api/daily-reports/:id', 'PUT', /^\/api\/daily-reports\/[^/]+$/],
      ]),
      total,
      routes,
      errors: rec.errors.slice(0, 20),
      opening: openingOf(rec.openings, users.readers.length + users.writers.length),
      servedBy: servedBy(d),
      rssMb: { afterStart, before, peak, after },
      memoryAtEnd,
      exports: exportFigures.map((x, k) => ({ ...x, instance: acceptedBy(d, 'POST /api/report-jobs')[k] ?? null })),
      exited,
      goals: {
        dashboardP99: dash ? dash.p99 < RUSH_GOALS.dashboardP99Ms : null,
        saveP99: save ? save.p99 < RUSH_GOALS.saveP99Ms : null,
        rss: Math.max(...peak) < RUSH_GOALS.rssMb,
        errors: rec.errors.length === 0,
      },
    };
  } finally {
    await undeploy(d, o.redisUrl);
  }
}

function openingOf(openings: number[], users: number): RushCase['opening'] {
  const sorted = [...openings].sort((x, y) => x - y);
  return { users, answered: sorted.length, p50Ms: round(percentile(sorted, 50), 0), lastMs: round(sorted[sorted.length - 1] ?? 0, 0) };
}

export interface IdleCase {
  mixSeconds: number;
  readers: number;
  writers: number;
  loadAverage: number[];
  afterStartMb: number;
  afterStartMemory: unknown;
  afterMixMb: number;
  peakMb: number;
  afterMixIdleSeconds: number;
  afterMixMemory: unknown;
  requests: number;
  errors: number;
  goalMet: boolean;
}

/**
 * One instance: RSS 10 s after start, then a day-like mix (a few readers and writers with the rush's screens and
 * think time) for `mixSeconds`, then RSS after `idleSeconds` of rest; process.memoryUsage() at both points.
 */
export async function benchIdle(target: BenchDatabase, users: { readers: RushUser[]; writers: RushUser[] }, o: RushOptions & { mixSeconds: number; idleSeconds: number }): Promise<IdleCase> {
  const d = await deploy(target, 1, o.redisUrl);
  try {
    await sleep(10_000);
    const loadAverage = os.loadavg().map((x) => round(x, 1));
    const afterStartMb = rssOf(d)[0];
    const [afterStartMemory] = await probeMemory(d);
    const mixUsers = { readers: users.readers.slice(0, 8), writers: users.writers.slice(0, 2) };
    const { rec, elapsed } = await drive(d, mixUsers, { seconds: o.mixSeconds, thinkMs: Math.max(o.thinkMs, 2000), seed: o.seed });
    await sleep(o.idleSeconds * 1000);
    const afterMixMb = rssOf(d)[0];
    const [afterMixMemory] = await probeMemory(d);
    const { total } = rec.figures(elapsed);
    return {
      mixSeconds: round(elapsed, 0),
      readers: mixUsers.readers.length,
      writers: mixUsers.writers.length,
      loadAverage,
      afterStartMb,
      afterStartMemory,
      afterMixMb,
      peakMb: memoryOf(d.instances[0].child.pid!).peak,
      afterMixIdleSeconds: o.idleSeconds,
      afterMixMemory,
      requests: total.requests,
      errors: total.errors,
      goalMet: Math.max(afterStartMb, afterMixMb) < RUSH_GOALS.idleRssMb,
    };
  } finally {
    await undeploy(d, o.redisUrl);
  }
}
