import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../src/config/env';
import { type BenchOptions, parseArgs, scalesOf } from './cli';
import { type DashboardCase, benchDashboard } from './dashboard.bench';
import { createBenchDatabase, databaseVersion, dropBenchDatabase, openMigrated, rowCounts } from './databases';
import { benchExcel, type ExcelCase, RSS_GOAL_MB } from './excel.bench';
import { generate } from './generate';
import { addProposedIndexes, PROPOSED_INDEXES } from './proposed-indexes';
import { ratio, round } from './stats';
import { addRushUsers, benchIdle, benchRush, type IdleCase, RUSH_GOALS, type RushCase } from './rush.bench';
import { benchUpload, UPLOAD_GOALS, UPLOAD_VARIANTS, type UploadCase } from './upload.bench';
import { fmt, fmtRatio, goal, printTable } from './table';

/**
 * `pnpm bench`: builds synthetic databases (SQLite and MariaDB, scale 1 then the large scale, grown in place),
 * runs the dashboard and Excel benchmarks on each, prints the tables and writes bench/results/<date>-*.json.
 * Figures and ratios only: nothing here passes or fails.
 */
const TABLES = ['program', 'session', 'call_log', 'daily_report', 'activity_photo', 'booking', 'defect', 'inquiry', 'call_week'];
const RATIO_GOAL = 1.5;
const MARIADB_MEDIAN_GOAL_MS = 50;

function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

function machine(dbVersions: Record<string, string>) {
  const cpus = os.cpus();
  const version = (pkg: string) => {
    try {
      return (JSON.parse(fs.readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
    } catch {
      // typeorm's exports map hides package.json: find it beside the entry point.
      let dir = path.dirname(require.resolve(pkg));
      while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
      return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
    }
  };
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGb: round(os.totalmem() / 1024 ** 3, 1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    databases: dbVersions,
    packages: { exceljs: version('exceljs'), typeorm: version('typeorm'), 'better-sqlite3': version('better-sqlite3'), mysql2: version('mysql2') },
  };
}

/**
 * bench/results/<date>-<name>.json holds every run of that day, oldest first ({ runs: [...] }): a dashboard-only
 * run later in the day does not erase the morning's full run.
 */
function writeResults(opts: BenchOptions, name: string, data: unknown): string {
  const dir = opts.outDir ? path.resolve(opts.outDir) : path.join(REPO_ROOT, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${new Date().toISOString().slice(0, 10)}-${name}.json`);
  let runs: unknown[] = [];
  if (fs.existsSync(file)) {
    try {
      const previous = JSON.parse(fs.readFileSync(file, 'utf8')) as { runs?: unknown[] };
      runs = Array.isArray(previous.runs) ? previous.runs : [];
    } catch {
      runs = [];
    }
  }
  fs.writeFileSync(file, `${JSON.stringify({ runs: [...runs, data] }, null, 2)}\n`);
  return file;
}

function dashboardGoals(cases: DashboardCase[], large: number) {
  return cases.map((c) => {
    const base = cases.find((b) => b.db === c.db && b.scale === 1 && b.variant === 'as shipped');
    const scaleRatio = c.scale === 1 || !base ? null : ratio(c.endpoint.median, base.endpoint.median);
    return {
      db: c.db,
      scale: c.scale,
      variant: c.variant,
      endpointWithinFloorRatio: c.ratio.median === null ? null : c.ratio.median <= RATIO_GOAL,
      warmWithinFloorRatio: c.warmRatio.median === null ? null : c.warmRatio.median <= RATIO_GOAL,
      scaleRatio,
      floorScaleRatio: c.scale === 1 || !base ? null : ratio(c.floor.median, base.floor.median),
      scaleRatioMet: scaleRatio === null ? null : scaleRatio <= RATIO_GOAL,
      mariadbMedianMet: c.db === 'mariadb' && c.scale === large && c.scale > 1 ? c.endpoint.median < MARIADB_MEDIAN_GOAL_MS : null,
    };
  });
}

function printDashboard(cases: DashboardCase[], large: number): ReturnType<typeof dashboardGoals> {
  const goals = dashboardGoals(cases, large);
  printTable(
    `Dashboard — GET /api/programs/:id/dashboard, ${cases[0]?.requests ?? 0} sequential requests (ms)`,
    ['db', 'scale', 'sessions', 'calls', 'cold med', 'cold p95', 'warm med', 'warm p95', 'floor med', 'floor p95', 'cold÷floor', 'warm÷floor', `scale ${large}÷1 (cold)`, 'SQL cold / warm / floor', 'same figures', 'load'],
    cases.map((c, i) => [
      c.variant === 'as shipped' ? c.db : `${c.db} + indexes`,
      c.scale,
      c.rows.session,
      c.rows.call_log,
      fmt(c.endpoint.median),
      fmt(c.endpoint.p95),
      fmt(c.warm.median),
      fmt(c.warm.p95),
      fmt(c.floor.median),
      fmt(c.floor.p95),
      fmtRatio(c.ratio.median),
      fmtRatio(c.warmRatio.median),
      fmtRatio(goals[i].scaleRatio),
      `${c.statements.endpoint} / ${c.statements.warm} / ${c.statements.floor}`,
      c.sameFigures ? 'yes' : `NO ${JSON.stringify(c.mismatches)}`,
      fmt(c.loadAverage[0]),
    ]),
  );
  console.log(`Goals: endpoint ≤ ${RATIO_GOAL}× floor (cold: after a write; warm: from the summary cache); scale ${large} ≤ ${RATIO_GOAL}× scale 1; median < ${MARIADB_MEDIAN_GOAL_MS} ms on MariaDB at scale ${large}`);
  for (const g of goals) {
    const parts = [`cold ≤ ${RATIO_GOAL}× floor: ${goal(g.endpointWithinFloorRatio)}`, `warm ≤ ${RATIO_GOAL}× floor: ${goal(g.warmWithinFloorRatio)}`];
    if (g.scale !== 1) parts.push(`scale ratio: ${goal(g.scaleRatioMet)}`);
    if (g.mariadbMedianMet !== null) parts.push(`median < ${MARIADB_MEDIAN_GOAL_MS} ms: ${goal(g.mariadbMedianMet)}`);
    console.log(`  ${g.db} scale ${g.scale}${g.variant === 'as shipped' ? '' : ` (${g.variant})`}: ${parts.join('; ')}`);
  }
  for (const c of cases.filter((x) => x.scale === large)) {
    console.log(`  ${c.db}, scale ${c.scale}${c.variant === 'as shipped' ? '' : ` (${c.variant})`}: the endpoint's ${c.statements.endpoint} statements replayed alone sum to ${fmt(c.endpointStatementsAloneMs)} ms; slowest:`);
    for (const q of c.slowestEndpointStatements.slice(0, 3)) console.log(`    ${fmt(q.aloneMs, 2)} ms  ${q.sql.slice(0, 150)}${q.sql.length > 150 ? '…' : ''}`);
    const slowFloor = [...c.floorQueries].sort((a, b) => b.medianMs - a.medianMs).slice(0, 3);
    const slowest = slowFloor.map((q) => `${q.name} ${fmt(q.medianMs, 2)} ms`).join('; ');
    console.log(`    floor's slowest: ${slowest}`);
  }
  return goals;
}

function excelGoals(c: ExcelCase) {
  return {
    db: c.db,
    scale: c.scale,
    report: c.report,
    node: c.node,
    timeMet: c.timeRatio === null ? null : c.timeRatio <= RATIO_GOAL,
    rssMet: c.report === 'vendor-export' ? c.product.peakRssMb < RSS_GOAL_MB : null,
  };
}

function printExcel(cases: ExcelCase[]): Array<ReturnType<typeof excelGoals>> {
  const goals = cases.map(excelGoals);
  printTable(
    'Excel — product path vs exceljs streaming writer alone (the floor), each in its own process',
    ['db', 'scale', 'report', 'rows', 'product s', 'floor s', 'product÷floor', 'CPU÷CPU', 'product peak RSS MB (before)', 'floor peak RSS MB (before)', 'file MB', 'load'],
    cases.map((c) => [
      c.db,
      c.scale,
      c.node === 'default' ? c.report : `${c.report} (${c.execArgv.join(' ')})`,
      c.product.rows,
      fmt(c.product.time.median / 1000, 2),
      fmt(c.floor.time.median / 1000, 2),
      fmtRatio(c.timeRatio),
      fmtRatio(c.cpuRatio),
      `${fmt(c.product.peakRssMb, 0)} (${fmt(c.product.baselineRssMb, 0)})`,
      `${fmt(c.floor.peakRssMb, 0)} (${fmt(c.floor.baselineRssMb, 0)})`,
      fmt(c.product.bytes / 1024 / 1024, 2),
      `${fmt(c.product.loadAtStart)}/${fmt(c.floor.loadAtStart)}`,
    ]),
  );
  console.log(`Goals: product ≤ ${RATIO_GOAL}× floor time; peak RSS < ${RSS_GOAL_MB} MB for the large export`);
  for (const g of goals) {
    console.log(`  ${g.db} scale ${g.scale} ${g.report}${g.node === 'default' ? '' : ` (${g.node})`}: time ${goal(g.timeMet)}${g.rssMet === null ? '' : `; RSS ${goal(g.rssMet)}`}`);
  }
  for (const c of cases) {
    if (c.product.parts) console.log(`  ${c.db} scale ${c.scale} ${c.report}${c.node === 'default' ? '' : ` (${c.node})`} parts: ${JSON.stringify(c.product.parts)}; memory at peak ${JSON.stringify(c.product.atPeakMb)}`);
  }
  return goals;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const scales = scalesOf(opts);
  const large = scales[scales.length - 1];
  const started = Date.now();
  const rushOnly = opts.only.every((n) => n === 'rush' || n === 'idle');
  const what = rushOnly ? `MariaDB at scale ${opts.scale}` : `scales ${scales.join(', ')}; databases ${opts.dbs.join(', ')}`;
  log(`${what}; benchmarks ${opts.only.join(', ')}; ${os.cpus().length} CPUs, Node ${process.version}, load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  const dashboard: DashboardCase[] = [];
  const excel: ExcelCase[] = [];
  const dbVersions: Record<string, string> = {};
  const generation: Array<{ db: string; scale: number; programsAdded: number; ms: number; statements: number }> = [];

  // The upload benchmark starts its own API process on a temporary SQLite file: no bench database needed.
  for (const db of opts.only.some((n) => n === 'dashboard' || n === 'excel') ? opts.dbs : []) {
    const target = await createBenchDatabase(db, opts.mariadbUrl);
    try {
      let built = 0;
      for (const scale of scales) {
        const ds = await openMigrated(target);
        const dbVersion = await databaseVersion(ds);
        dbVersions[db] = dbVersion;
        log(`${db}: generating programs ${built + 1}–${scale} (seed ${opts.seed})…`);
        const gen = await generate(ds, { seed: opts.seed, from: built, to: scale });
        built = scale;
        const rows = await rowCounts(ds, TABLES);
        await ds.destroy();
        generation.push({ db, scale, programsAdded: gen.programs, ms: Math.round(gen.ms), statements: gen.statements });
        log(`${db}: scale ${scale} ready in ${(gen.ms / 1000).toFixed(1)} s — ${rows.session} sessions, ${rows.call_log} calls, ${rows.daily_report} daily reports, ${rows.activity_photo} photos, ${rows.booking} bookings`);

        if (opts.only.includes('dashboard')) {
          log(`${db}: dashboard at scale ${scale}…`);
          const c = await benchDashboard(target, gen.world, { scale, dbVersion, rows }, opts);
          dashboard.push(c);
          log(`${db}: dashboard scale ${scale}: endpoint median ${c.endpoint.median} ms cold, ${c.warm.median} ms warm, floor median ${c.floor.median} ms`);
        }
        if (opts.only.includes('excel')) {
          log(`${db}: completion report at scale ${scale}…`);
          excel.push(...(await benchExcel(target, gen.world, { scale, dbVersion }, 'completion')));
          if (scale === large) {
            log(`${db}: the vendor's 全件データ (every program it serves) at scale ${scale}…`);
            excel.push(...(await benchExcel(target, gen.world, { scale, dbVersion }, 'vendor-export')));
          }
        }
        if (opts.tryIndexes && scale === large && opts.only.includes('dashboard')) {
          const ix = await openMigrated(target);
          await addProposedIndexes(ix);
          await ix.destroy();
          log(`${db}: dashboard at scale ${scale} with the proposed indexes (${PROPOSED_INDEXES.map((i) => i.name).join(', ')})…`);
          const c = await benchDashboard(target, gen.world, { scale, dbVersion, rows, variant: 'proposed indexes' }, opts);
          dashboard.push(c);
          log(`${db}: dashboard scale ${scale} + indexes: endpoint median ${c.endpoint.median} ms, floor median ${c.floor.median} ms`);
        }
      }
    } finally {
      await dropBenchDatabase(target);
    }
  }

  const info = { date: new Date().toISOString(), machine: machine(dbVersions), options: { ...opts, scales }, generation, runtimeSeconds: 0 };
  info.runtimeSeconds = Math.round((Date.now() - started) / 1000);
  if (dashboard.length) {
    const goals = printDashboard(dashboard, large);
    const file = writeResults(opts, 'dashboard', {
      ...info,
      goals: { endpointToFloor: RATIO_GOAL, scaleRatio: RATIO_GOAL, mariadbMedianMs: MARIADB_MEDIAN_GOAL_MS, results: goals },
      cases: dashboard,
    });
    console.log(`  → ${path.relative(process.cwd(), file)}`);
  }
  if (excel.length) {
    const goals = printExcel(excel);
    const file = writeResults(opts, 'excel', { ...info, goals: { timeRatio: RATIO_GOAL, peakRssMb: RSS_GOAL_MB, results: goals }, cases: excel });
    console.log(`  → ${path.relative(process.cwd(), file)}`);
  }
  if (opts.only.includes('upload')) {
    const uploads: UploadCase[] = [];
    for (const variant of UPLOAD_VARIANTS) {
      log(`upload: ${variant.name} (IMAGE_CONCURRENCY=${variant.imageConcurrency}, UV_THREADPOOL_SIZE=${variant.uvThreadpoolSize})…`);
      uploads.push(await benchUpload(variant));
    }
    printTable(
      `Eight parallel uploads of a 40 MP PNG — an unrelated request meanwhile (goal < ${UPLOAD_GOALS.latencyMs} ms) and RSS after (goal < ${UPLOAD_GOALS.rssMb} MB)`,
      ['variant', 'uploads', 'wall ms', 'probe', 'probes', 'median ms', 'p95 ms', 'max ms', 'RSS after MB', 'peak RSS MB'],
      uploads.map((u) => [u.variant, u.uploadStatuses.join(' '), u.uploadsWallMs, u.probe, u.probes, u.probeMedianMs, u.probeP95Ms, `${fmt(u.probeMaxMs)} ${goal(u.probeMaxMs < UPLOAD_GOALS.latencyMs)}`, `${u.rssAfterMb} ${goal(u.rssAfterMb < UPLOAD_GOALS.rssMb)}`, u.rssPeakMb]),
    );
    const file = writeResults(opts, 'upload', { ...info, runtimeSeconds: Math.round((Date.now() - started) / 1000), goals: UPLOAD_GOALS, cases: uploads });
    console.log(`  → ${path.relative(process.cwd(), file)}`);
  }
  if (opts.only.includes('rush') || opts.only.includes('idle')) await rushAndIdle(opts, info, started);
  if (opts.only.includes('browser')) {
    // The dashboard's own bench (apps/dashboard/bench): Chromium against the built API and dashboard.
    log('browser: login → dashboard charts drawn…');
    const browser = spawnSync('pnpm', ['--filter', '@outreach/dashboard', 'run', 'bench'], { cwd: REPO_ROOT, stdio: 'inherit' });
    if (browser.status !== 0) log(`browser: the dashboard bench exited with ${browser.status ?? browser.signal}`);
  }
  log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
}

/**
 * The morning rush and the idle footprint: MariaDB at the large scale (several instances need a server database),
 * generated once for both, with the rush's accounts added.
 */
async function rushAndIdle(opts: BenchOptions, info: Record<string, unknown>, started: number): Promise<void> {
  const scale = opts.scale;
  const target = await createBenchDatabase('mariadb', opts.mariadbUrl);
  const rush: RushCase[] = [];
  let idle: IdleCase | undefined;
  let rows: Record<string, number> | undefined;
  let dbVersion: string | undefined;
  try {
    const ds = await openMigrated(target);
    dbVersion = await databaseVersion(ds);
    log(`rush: generating ${scale} programs on ${dbVersion} (seed ${opts.seed})…`);
    const gen = await generate(ds, { seed: opts.seed, from: 0, to: scale });
    const users = await addRushUsers(ds, gen.world, { readers: opts.users, writers: opts.writers });
    rows = await rowCounts(ds, TABLES);
    await ds.destroy();
    log(`rush: scale ${scale} ready in ${(gen.ms / 1000).toFixed(1)} s — ${rows.session} sessions, ${rows.call_log} calls; ${users.readers.length} readers, ${users.writers.length} writers`);
    const o = { seconds: opts.seconds, readers: opts.users, writers: opts.writers, thinkMs: opts.thinkMs, seed: opts.seed, redisUrl: opts.redisUrl, exports: opts.exports };
    if (opts.only.includes('idle')) {
      log(`idle: one instance, RSS after start, then a ${opts.idleMixSeconds} s day-like mix…`);
      idle = await benchIdle(target, users, { ...o, mixSeconds: opts.idleMixSeconds, idleSeconds: 30 });
    }
    if (opts.only.includes('rush')) {
      for (const n of opts.instances) {
        log(`rush: ${n} instance${n > 1 ? 's' : ''} behind nginx, ${users.readers.length} readers + ${users.writers.length} writers for ${opts.seconds} s (think ${opts.thinkMs} ms)${opts.exports ? `, ${opts.exports} × the vendor’s 全件データ started as the window opens` : ''}…`);
        const c = await benchRush(target, users, n, o);
        rush.push(c);
        log(`rush: ${n} instance(s): ${c.total.rps} requests/s, ${c.total.errors} errors`);
      }
    }
  } finally {
    await dropBenchDatabase(target);
  }
  for (const c of rush) {
    printTable(
      `Morning rush — ${c.instances} API instance${c.instances > 1 ? 's' : ''} behind nginx, MariaDB scale ${scale}, ${c.readers} readers (think ${c.thinkMs} ms) + ${c.writers} writers, ${c.seconds} s, load ${c.loadAverage.join(' ')}`,
      ['route', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'errors'],
      [...c.routes, c.total].map((r) => [r.route, r.requests, fmt(r.rps), fmt(r.p50), fmt(r.p95), fmt(r.p99), fmt(r.max), r.errors]),
    );
    console.log(`  Node: NODE_OPTIONS "${c.node.options}"${c.node.args ? `, flags "${c.node.args}"` : ''}`);
    console.log(`  CPU seconds per second (2 vCPUs): API ${c.cpu.api}, nginx ${c.cpu.nginx}, MariaDB ${c.cpu.mariadb} (the whole server), load generator ${c.cpu.loadGenerator}; the API's CPU per request ${c.cpu.apiMsPerRequest} ms; load average at the end ${c.loadAverageAfter.join(' ')}`);
    console.log(`  API thread over the window, per instance: a 2 ms timer late by p50 ${c.eventLoop.map((l) => l?.delayP50Ms ?? '–').join('/')} ms, p99 ${c.eventLoop.map((l) => l?.delayP99Ms ?? '–').join('/')} ms, at most ${c.eventLoop.map((l) => l?.delayMaxMs ?? '–').join('/')} ms; busy ${c.eventLoop.map((l) => (l ? `${Math.round(l.utilization * 100)} %` : '–')).join('/')} of the time`);
    console.log(`  As nginx timed the API's answers in the window: ${c.upstream.map((u) => `${u.route} p50 ${u.p50} / p99 ${u.p99} ms (${u.requests})`).join('; ')}`);
    console.log(`  Opening burst (untimed): ${c.opening.answered} of ${c.opening.users} users had their first screen after ${fmt(c.opening.p50Ms / 1000)} s (half) and ${fmt(c.opening.lastMs / 1000)} s (the last)${c.opening.lastMs > 3000 ? ' (the timed window opened 2 s after the last)' : ''}`);
    console.log(`  RSS MB per instance: after start ${c.rssMb.afterStart.join('/')}, before the load ${c.rssMb.before.join('/')}, peak ${c.rssMb.peak.join('/')}, 5 s after ${c.rssMb.after.join('/')}; served by ${JSON.stringify(c.servedBy)}`);
    for (const x of c.exports) console.log(`  全件データ beside the rush (instance ${x.instance ?? '?'}): ${x.status}${x.error ? ` (${x.error})` : ''} at ${x.percent} % after ${x.seconds} s, ${x.endedInWindow ? 'inside' : 'after'} the window${x.downloadedMb !== null ? `, ${x.downloadedMb} MB downloaded` : ''}`);
    for (const e of c.exited) console.log(`  instance ${e.instance} EXITED (${e.code ?? e.signal})`);
    c.memoryAtEnd.forEach((m, i) => {
      const peak = (m as { atPeak?: { memoryUsageMb: Record<string, number>; mallocedMb: number } } | null)?.atPeak;
      if (peak) console.log(`  instance ${i + 1} at its RSS peak: ${JSON.stringify(peak.memoryUsageMb)}, malloced ${peak.mallocedMb}`);
    });
    console.log(`  Goals: dashboard p99 < ${RUSH_GOALS.dashboardP99Ms} ms ${goal(c.goals.dashboardP99)}; daily-report save p99 < ${RUSH_GOALS.saveP99Ms} ms ${goal(c.goals.saveP99)}; RSS < ${RUSH_GOALS.rssMb} MB ${goal(c.goals.rss)}; zero errors ${goal(c.goals.errors)}`);
    for (const e of c.errors.slice(0, 5)) console.log(`    error: ${e.route} ${e.status} ${e.body.slice(0, 200)}`);
  }
  if (rush.length > 1) {
    const base = rush[0].total.rps;
    console.log(`  Throughput: ${rush.map((c) => `${c.instances} instance(s) ${c.total.rps} req/s (${fmtRatio(ratio(c.total.rps, base))})`).join(', ')}`);
  }
  if (idle) {
    printTable(
      `Idle footprint — one instance, MariaDB scale ${scale}, load ${idle.loadAverage.join(' ')}`,
      ['reading', 'RSS MB', 'goal'],
      [
        ['10 s after start', idle.afterStartMb, `< ${RUSH_GOALS.idleRssMb}: ${goal(idle.afterStartMb < RUSH_GOALS.idleRssMb)}`],
        [`${idle.afterMixIdleSeconds} s after a ${idle.mixSeconds} s mix (${idle.requests} requests, ${idle.errors} errors)`, idle.afterMixMb, `< ${RUSH_GOALS.idleRssMb}: ${goal(idle.afterMixMb < RUSH_GOALS.idleRssMb)}`],
        ['peak (VmHWM)', idle.peakMb, ''],
      ],
    );
    console.log(`  after start: ${JSON.stringify(idle.afterStartMemory)}`);
    console.log(`  after the mix: ${JSON.stringify(idle.afterMixMemory)}`);
  }
  const file = writeResults(opts, 'rush', { ...info, database: dbVersion, scale, rows, runtimeSeconds: Math.round((Date.now() - started) / 1000), goals: RUSH_GOALS, rush, idle });
  console.log(`  → ${path.relative(process.cwd(), file)}`);
}

main().then(
  () => process.exit(0),
  (e: Error) => {
    console.error(e.stack ?? e.message);
    process.exit(1);
  },
);
