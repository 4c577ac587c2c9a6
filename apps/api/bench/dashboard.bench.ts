import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { addDays, jstDateKey, weekStart } from '@outreach/domain/common';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory';
import type { BenchDb } from './cli';
import { endpointFigures, floorFigures, type FloorParams, floorQueries, runFloor } from './dashboard-floor';
import { benchEnv, type BenchDatabase } from './databases';
import { BENCH_PASSWORD, BENCH_VIEWER_EMAIL, type BenchWorld } from './generate';
import { QueryLog } from './query-log';
import { ratio, round, summarize, type Timing } from './stats';

export interface DashboardCase {
  db: BenchDb;
  dbVersion: string;
  scale: number;
  /** 'as shipped', or with the indexes proposed in docs/performance.md added to the bench database. */
  variant: 'as shipped' | 'proposed indexes';
  programId: string;
  rows: Record<string, number>;
  requests: number;
  /** Cold: each request right after a write to the program (the summary cache must compute it anew). */
  endpoint: Timing;
  /** Warm: the same request again, nothing written in between (served from the summary cache). */
  warm: Timing;
  floor: Timing;
  /** endpoint (cold) median ÷ floor median (and the same for p95). */
  ratio: { median: number | null; p95: number | null };
  /** warm median ÷ floor median (and p95). */
  warmRatio: { median: number | null; p95: number | null };
  responseBytes: number;
  /** SQL statements per request (one profiled request after the timed ones). */
  statements: { endpoint: number; warm: number; floor: number };
  /** The floor's figures equal the endpoint's (a check that both computed the same aggregates). */
  sameFigures: boolean;
  mismatches: Record<string, { endpoint: number; floor: number }>;
  /** The endpoint's statements of one profiled request, each replayed alone (median of 10): the slowest five. */
  slowestEndpointStatements: Array<{ aloneMs: number; inRequestMs: number; sql: string }>;
  /** Sum of the endpoint's statements replayed alone, one after the other. */
  endpointStatementsAloneMs: number;
  /** Each floor query alone: median of 20 runs. */
  floorQueries: Array<{ name: string; medianMs: number }>;
  loadAverage: number[];
}

interface DashboardBody {
  kpis: { sessionsHeld: number; applicationsTotal: number; consultations: number };
  funnel: { reservations: number; cancellations: number };
  photos: { awaitingCityCheck: number };
  reporting: { awaitingAcceptance: number; returned: number };
}

async function login(base: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('od_session='));
  if (!cookie) throw new Error('no session cookie');
  await res.arrayBuffer();
  return cookie.split(';')[0];
}

/**
 * GET /api/programs/:id/dashboard on the real app (createApp, HTTP on a random local port, logged in as the
 * measured program's city viewer), against the floor (dashboard-floor.ts) on the same DataSource. Requests
 * are sequential; cold endpoint (after a write), warm endpoint (the same again) and floor alternate, so all three
 * see the same machine load.
 */
export async function benchDashboard(
  target: BenchDatabase,
  world: BenchWorld,
  info: { scale: number; dbVersion: string; rows: Record<string, number>; variant?: DashboardCase['variant'] },
  opts: { requests: number; warmup: number },
): Promise<DashboardCase> {
  const app = await createApp(benchEnv(target), { quiet: true });
  try {
    await app.listen(0, '127.0.0.1');
    const port = (app.getHttpServer().address() as AddressInfo).port;
    const base = `http://127.0.0.1:${port}`;
    const ds = app.get(DataSource);
    const cookie = await login(base, BENCH_VIEWER_EMAIL, BENCH_PASSWORD);
    const url = `${base}/api/programs/${world.measuredProgramId}/dashboard`;

    const [program] = (await ds.query('SELECT period_start, period_end, week_starts_on FROM program WHERE id = ?', [world.measuredProgramId])) as Array<{
      period_start: string;
      period_end: string;
      week_starts_on: number;
    }>;
    const wso = Number(program.week_starts_on);
    const params: FloorParams = {
      programId: world.measuredProgramId,
      from: program.period_start,
      to: program.period_end,
      weekFrom: weekStart(program.period_start, wso),
      weekTo: addDays(weekStart(program.period_end, wso), 6),
      asOf: jstDateKey(new Date()),
    };

    let bytes = 0;
    let body = '';
    let warmBody = '';
    const get = async () => {
      const res = await fetch(url, { headers: { cookie } });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`dashboard: ${res.status} ${text.slice(0, 300)}`);
      return text;
    };
    // A write to the program (the same row, unchanged: its triggers bump the program's data version all the same),
    // untimed, so the next request finds no kept summary: the cold path, as after any save.
    const write = () => ds.query('UPDATE program SET title = title WHERE id = ?', [world.measuredProgramId]);
    const endpoint = async () => {
      body = await get();
      bytes = Buffer.byteLength(body);
    };
    const warm = async () => {
      warmBody = await get();
    };
    let floorRows: unknown[][] = [];
    const floor = async () => {
      floorRows = await runFloor(ds, params);
    };

    for (let i = 0; i < opts.warmup; i++) {
      await write();
      await endpoint();
      await warm();
      await floor();
    }
    const e: number[] = [];
    const w: number[] = [];
    const f: number[] = [];
    for (let i = 0; i < opts.requests; i++) {
      await write();
      let t = performance.now();
      await endpoint();
      e.push(performance.now() - t);
      t = performance.now();
      await warm();
      w.push(performance.now() - t);
      t = performance.now();
      await floor();
      f.push(performance.now() - t);
    }

    // Diagnosis, after the timed runs.
    const fromEndpoint = endpointFigures(JSON.parse(body) as DashboardBody);
    const fromFloor = floorFigures(floorRows);
    const mismatches: DashboardCase['mismatches'] = {};
    for (const k of Object.keys(fromEndpoint)) if (fromEndpoint[k] !== fromFloor[k]) mismatches[k] = { endpoint: fromEndpoint[k], floor: fromFloor[k] };
    if (warmBody !== body) mismatches.warmDiffersFromCold = { endpoint: warmBody.length, floor: body.length };

    const log = new QueryLog(ds);
    await write();
    const endpointLog = await log.record(endpoint);
    const warmLog = await log.record(warm);
    const floorLog = await log.record(floor);
    const replayed = [];
    for (const q of endpointLog) {
      if (!/^\s*select/i.test(q.sql)) continue;
      const samples: number[] = [];
      for (let i = 0; i < 10; i++) {
        const t = performance.now();
        await ds.query(q.sql, q.params);
        samples.push(performance.now() - t);
      }
      replayed.push({ aloneMs: summarize(samples).median, inRequestMs: round(q.ms), sql: q.sql.replace(/\s+/g, ' ').trim() });
    }
    const perQuery = [];
    for (const q of floorQueries(params)) {
      const samples: number[] = [];
      for (let i = 0; i < 20; i++) {
        const t = performance.now();
        await ds.query(q.sql, q.params);
        samples.push(performance.now() - t);
      }
      perQuery.push({ name: q.name, medianMs: summarize(samples).median });
    }

    const endpointT = summarize(e);
    const warmT = summarize(w);
    const floorT = summarize(f);
    return {
      db: target.db,
      dbVersion: info.dbVersion,
      scale: info.scale,
      variant: info.variant ?? 'as shipped',
      programId: world.measuredProgramId,
      rows: info.rows,
      requests: opts.requests,
      endpoint: endpointT,
      warm: warmT,
      floor: floorT,
      ratio: { median: ratio(endpointT.median, floorT.median), p95: ratio(endpointT.p95, floorT.p95) },
      warmRatio: { median: ratio(warmT.median, floorT.median), p95: ratio(warmT.p95, floorT.p95) },
      responseBytes: bytes,
      statements: { endpoint: endpointLog.length, warm: warmLog.length, floor: floorLog.length },
      sameFigures: Object.keys(mismatches).length === 0,
      mismatches,
      slowestEndpointStatements: [...replayed]
        .sort((a, b) => b.aloneMs - a.aloneMs)
        .slice(0, 5)
        .map((q) => ({ ...q, sql: q.sql.length > 600 ? `${q.sql.slice(0, 600)}…` : q.sql })),
      endpointStatementsAloneMs: round(replayed.reduce((s, q) => s + q.aloneMs, 0)),
      floorQueries: perQuery,
      loadAverage: os.loadavg().map((x) => round(x)),
    };
  } finally {
    await app.close();
  }
}
