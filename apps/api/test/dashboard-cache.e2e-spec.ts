import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createApp } from '../src/app.factory';
import { envWith } from '../src/config/env';
import { QueryLog } from '../bench/query-log';
import { SUMMARY_SOURCE_TABLES } from '../src/database/migrations/1764008800000-AddProgramDataVersions';
import { CALLS_SOURCE_TABLES } from '../src/database/migrations/1764009200000-AddCallsDataVersion';
import { TEAM_MEMBER_SOURCE } from '../src/database/migrations/1764009500000-AddTeamMemberDataVersion';
import { SummaryCache } from '../src/modules/dashboard/summary-cache';
import { DailyReportsService } from '../src/modules/daily-reports/daily-reports.service';
import { ProgramDataVersions } from '../src/modules/programs/program-data-versions';
import { DEMO, FixedClock, login, openDemo, type TestApp } from './support/test-app';

/** Read by the access guard on every request (who is asking), not figures of the program: the cache key has the audience. */
const GUARD_TABLES = ['app_user', 'login', 'organization'];
/** The version itself, read first. */
const VERSION_TABLE = 'program_data_version';
/** Every table whose writes bump a program's data version, with how a row names its program (the migrations' lists). */
const SOURCES: Record<string, string> = { ...SUMMARY_SOURCE_TABLES, ...TEAM_MEMBER_SOURCE };

/** The rows of `table` that belong to the program (`?`), by the source's expression: its column, or its parent's. */
function programRows(expr: string): { where: string; column: string } {
  if (expr === 'id') return { where: 'id = ?', column: 'id' };
  const parent = /FROM (\w+) \w+ WHERE \w+\.id = \{row\}\.(\w+)/.exec(expr);
  if (!parent) return { where: `${expr} = ?`, column: expr };
  return { where: `${parent[2]} IN (SELECT id FROM ${parent[1]} WHERE program_id = ?)`, column: parent[2] };
}

type Summary = {
  program: { title: string };
  kpis: { sessionsHeld: number; applicationsTotal: number };
  calls: Array<{ weekStart: string; total: number; status: string | null }>;
  funnel: { reservations: number; cancellations: number };
  photos: { awaitingCityCheck: number };
  reporting: { awaitingAcceptance: number; returned: number };
  progress: { paceBasis: string; groups: Array<{ targets: Array<{ id: string; goal: number; totalDays: number }> }> };
  attention: Array<{ kind: string; id: string }>;
};

/**
 * The dashboard summary is kept per program until its data changes (ADR 0014). Writes here go straight to the
 * database (the repository's or a raw statement, as any module, script or other API instance could), never through
 * the cache's own code: what makes each visible at once is the program's data version the triggers bump.
 */
describe('dashboard summary cache', () => {
  const clock = new FixedClock(new Date('2026-10-15T03:00:00Z'));
  let t: TestApp;
  let viewer: string;
  let programId: string;
  let cache: SummaryCache;
  let versions: ProgramDataVersions;

  beforeAll(async () => {
    ({ t, programId, cookies: { viewer } } = await openDemo({ clock }, { viewer: DEMO.otaruViewer }));
    cache = t.app.get(SummaryCache);
    versions = t.app.get(ProgramDataVersions);
  });
  afterAll(() => t.close());

  const summary = async (cookie = viewer): Promise<Summary> => {
    const res = await t.http.get(`/api/programs/${programId}/dashboard`).set('Cookie', cookie);
    expect(res.status).toBe(200);
    return res.body as Summary;
  };
  /** The summary as kept: asked twice, the second answer from the cache. */
  const kept = async (): Promise<Summary> => {
    await summary();
    const hits = cache.stats.hits;
    const s = await summary();
    expect(cache.stats.hits).toBe(hits + 1);
    return s;
  };
  const sql = (text: string, params: unknown[] = []) => t.dataSource.query(text, params);
  const one = async <T>(text: string, params: unknown[]): Promise<T> => ((await sql(text, params)) as T[])[0];

  it('reads only tables whose writes change the program’s data version (besides the guard’s), for every role and program', async () => {
    const log = new QueryLog(t.dataSource);
    const read = new Set<string>();
    for (const email of Object.values(DEMO)) {
      const cookie = await login(t, email);
      for (const id of Object.values(t.ids.programs) as string[]) {
        // A write first, so the summary is computed, not served from the cache.
        await sql('UPDATE program SET title = title WHERE id = ?', [id]);
        const queries = await log.record(() => t.http.get(`/api/programs/${id}/dashboard`).set('Cookie', cookie).then(() => undefined));
        // The reporting rates are kept at the same version (its `figures`): none of the calls' tables either.
        const rates = await log.record(() => t.http.get(`/api/programs/${id}/reporting-rates`).set('Cookie', cookie).then(() => undefined));
        for (const q of rates) for (const m of q.sql.matchAll(/\b(?:FROM|JOIN)\s+["`]?([a-z_]+)["`]?/gi)) expect(CALLS_SOURCE_TABLES).not.toContain(m[1]);
        for (const q of [...queries, ...rates]) for (const m of q.sql.matchAll(/\b(?:FROM|JOIN)\s+["`]?([a-z_]+)["`]?/gi)) read.add(m[1]);
      }
    }
    expect(read.size).toBeGreaterThan(15);
    expect([...read].filter((table) => !(table in SOURCES) && !GUARD_TABLES.includes(table) && table !== VERSION_TABLE).sort()).toEqual([]);
  });

  it('computes the calls from the calls’ tables alone, and the other figures from none of them', async () => {
    const log = new QueryLog(t.dataSource);
    const tablesOf = (queries: Array<{ sql: string }>) => new Set(queries.flatMap((q) => [...q.sql.matchAll(/\b(?:FROM|JOIN)\s+["`]?([a-z_]+)["`]?/gi)].map((m) => m[1])));
    const calls = new Set<string>(CALLS_SOURCE_TABLES);
    // Read on every request by the guard (who, and the program named in the URL), or the versions themselves.
    const everyRequest = new Set([...GUARD_TABLES, VERSION_TABLE, 'program', 'program_vendor']);
    for (const email of [DEMO.otaruViewer, DEMO.vendorManager]) {
      const cookie = await login(t, email);
      const ask = () => log.record(() => t.http.get(`/api/programs/${programId}/dashboard`).set('Cookie', cookie).then(() => undefined));
      await ask();
      // Only the calls' version moves: only the calls are computed again.
      await sql('UPDATE program_data_version SET calls_version = calls_version + 1 WHERE program_id = ?', [programId]);
      const callsPart = tablesOf(await ask());
      expect([...callsPart].filter((table) => !everyRequest.has(table)).sort()).toEqual([...calls].sort());
      // Only the other figures' version moves: everything but the calls is computed again.
      await sql('UPDATE program_data_version SET version = version + 1 WHERE program_id = ?', [programId]);
      const figuresPart = tablesOf(await ask());
      expect(figuresPart.has('session') && figuresPart.has('daily_report')).toBe(true);
      expect([...figuresPart].filter((table) => calls.has(table))).toEqual([]);
    }
  });

  it('has a trigger for each insert, update and delete on every one of those tables', async () => {
    const sqlite = t.dataSource.options.type === 'better-sqlite3';
    const rows = (await sql(
      sqlite ? "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'trg_pdv_%'" : "SELECT TRIGGER_NAME AS name FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() AND TRIGGER_NAME LIKE 'trg_pdv_%'",
    )) as Array<{ name: string }>;
    const expected = Object.keys(SOURCES).flatMap((table) => ['ai', 'au', 'ad'].map((op) => `trg_pdv_${table}_${op}`));
    expect(rows.map((r) => r.name).sort()).toEqual(expected.sort());
  });

  it('bumps the program’s version once per row written, whatever the table, and only that program’s', async () => {
    const other = (Object.values(t.ids.programs) as string[]).find((id) => id !== programId)!;
    for (const [table, expr] of Object.entries(SOURCES)) {
      const { where, column } = programRows(expr);
      const rows = Number((await one<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`, [programId])).n);
      if (rows === 0) continue;
      const [before, otherBefore] = [await versions.of(programId), await versions.of(other)];
      // A no-op update is a write too: the triggers do not try to tell.
      await sql(`UPDATE ${table} SET ${column} = ${column} WHERE ${where}`, [programId]);
      const after = await versions.of(programId);
      // The calls' tables move the calls' version, the program row both, every other table the other figures'.
      const calls = (CALLS_SOURCE_TABLES as readonly string[]).includes(table);
      expect({ table, figures: after.figures - before.figures, calls: after.calls - before.calls }).toEqual({ table, figures: calls ? 0 : rows, calls: calls || table === 'program' ? rows : 0 });
      expect(await versions.of(other)).toEqual(otherBefore);
    }
  });

  it('shows each kind of write in the very next summary', async () => {
    const pick = <T>(text: string) => one<T>(text, [programId]);
    const cases: Array<{ kind: string; write: () => Promise<unknown>; figure: (s: Summary) => unknown }> = [
      {
        kind: 'a held session’s applications',
        write: async () => sql('UPDATE session SET applications_new = applications_new + 5 WHERE id = ?', [(await pick<{ id: string }>("SELECT id FROM session WHERE program_id = ? AND status = 'held' AND date <= '2026-10-15' ORDER BY id LIMIT 1")).id]),
        figure: (s) => s.kpis.applicationsTotal,
      },
      {
        kind: 'a session held',
        write: async () => {
          const s = await pick<{ id: string }>("SELECT id FROM session WHERE program_id = ? AND status = 'held' AND date <= '2026-10-15' ORDER BY id LIMIT 1");
          return sql("UPDATE session SET status = 'cancelled' WHERE id = ?", [s.id]);
        },
        figure: (s) => s.kpis.sessionsHeld,
      },
      {
        kind: 'calls logged',
        write: async () => sql('UPDATE call_log SET count = count + 3 WHERE id = ?', [(await pick<{ id: string }>("SELECT id FROM call_log WHERE program_id = ? AND direction = 'in' AND date <= '2026-10-15' ORDER BY date DESC LIMIT 1")).id]),
        figure: (s) => s.calls.reduce((n, w) => n + w.total, 0),
      },
      {
        kind: 'a weekly call report returned',
        write: async () => sql("UPDATE call_week SET status = 'returned' WHERE id = ?", [(await pick<{ id: string }>("SELECT id FROM call_week WHERE program_id = ? AND status <> 'returned' ORDER BY week_start LIMIT 1")).id]),
        figure: (s) => s.calls.filter((w) => w.status === 'returned').length,
      },
      {
        kind: 'a daily report submitted',
        write: async () => sql("UPDATE daily_report SET status = 'submitted' WHERE id = ?", [(await pick<{ id: string }>("SELECT id FROM daily_report WHERE program_id = ? AND status <> 'submitted' ORDER BY date LIMIT 1")).id]),
        figure: (s) => s.reporting.awaitingAcceptance,
      },
      {
        kind: 'a photo checked',
        write: async () => sql("UPDATE activity_photo SET review_status = 'approved' WHERE id = ?", [(await pick<{ id: string }>("SELECT id FROM activity_photo WHERE program_id = ? AND review_status = 'pending' ORDER BY id LIMIT 1")).id]),
        figure: (s) => s.photos.awaitingCityCheck,
      },
      {
        kind: 'a booking cancelled',
        write: async () => sql("UPDATE booking SET status = 'cancelled' WHERE id = ?", [(await pick<{ id: string }>("SELECT id FROM booking WHERE program_id = ? AND status <> 'cancelled' AND received_date <= '2026-10-15' ORDER BY id LIMIT 1")).id]),
        figure: (s) => s.funnel.cancellations,
      },
      {
        kind: 'a booking deleted',
        write: async () => {
          const b = await pick<{ id: string }>("SELECT id FROM booking WHERE program_id = ? AND status = 'cancelled' ORDER BY id LIMIT 1");
          const referenced = (await sql('SELECT id FROM session WHERE booking_id = ?', [b.id])) as unknown[];
          if (referenced.length) await sql('UPDATE session SET booking_id = NULL WHERE booking_id = ?', [b.id]);
          return sql('DELETE FROM booking WHERE id = ?', [b.id]);
        },
        figure: (s) => s.funnel.cancellations,
      },
      {
        kind: 'a defect resolved or opened',
        write: async () => {
          const d = await pick<{ id: string; resolved_date: string | null }>('SELECT id, resolved_date FROM defect WHERE program_id = ? ORDER BY id LIMIT 1');
          return sql('UPDATE defect SET resolved_date = ? WHERE id = ?', [d.resolved_date ? null : '2026-10-14', d.id]);
        },
        figure: (s) => s.attention.filter((a) => a.kind.startsWith('defect_')).map((a) => a.id),
      },
      {
        kind: 'a target’s goal',
        write: async () => sql('UPDATE target SET goal = goal + 7 WHERE id IN (SELECT t.id FROM target t JOIN target_group g ON g.id = t.group_id WHERE g.program_id = ?)', [programId]),
        figure: (s) => s.progress.groups.flatMap((g) => g.targets.map((x) => x.goal)),
      },
      {
        kind: 'a visit day added to the calendar',
        write: async () => {
          const free = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-09'];
          const taken = new Set(((await sql('SELECT date FROM visit_day WHERE program_id = ?', [programId])) as Array<{ date: string }>).map((r) => r.date));
          return sql("INSERT INTO visit_day (id, program_id, date, kind) VALUES (?, ?, ?, 'home_visit')", [randomUUID(), programId, free.find((d) => !taken.has(d))]);
        },
        figure: (s) => [s.progress.paceBasis, s.progress.groups.flatMap((g) => g.targets.map((x) => x.totalDays))],
      },
      {
        kind: 'the program’s settings',
        write: () => sql("UPDATE program SET title = '小樽市 出張申請受付（改）' WHERE id = ?", [programId]),
        figure: (s) => s.program.title,
      },
    ];
    for (const c of cases) {
      const before = c.figure(await kept());
      await c.write();
      const after = c.figure(await summary());
      expect({ kind: c.kind, changed: JSON.stringify(after) !== JSON.stringify(before) }).toEqual({ kind: c.kind, changed: true });
    }
  });

  it('shows a call logged through another API instance on the same database in this instance’s next summary', async () => {
    // A second instance of the app on the same database (SQLite: the same file), with files of its own.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outreach-second-'));
    const sqlite = t.dataSource.options.type === 'better-sqlite3';
    const other = await createApp(
      envWith({
        NODE_ENV: 'test',
        DATABASE_URL: sqlite ? undefined : process.env.TEST_DATABASE_URL,
        SQLITE_PATH: sqlite ? String(t.dataSource.options.database) : path.join(dir, 'unused.sqlite'),
        RUN_MIGRATIONS: 'false',
        SEED_DEMO: 'false',
        DASHBOARD_DIST: path.join(os.tmpdir(), 'no-dashboard'),
        PHOTO_DIR: path.join(dir, 'photos'),
        DATA_KEY_FILE: path.join(dir, 'data.key'),
        DATA_KEY_STORE_DIR: path.join(dir, 'keys'),
        PERSONAL_DATA_SWEEP: 'off',
      }),
      { clock, quiet: true },
    );
    try {
      const staff = await login(t, DEMO.vendorStaff);
      const before = await kept();
      const thisWeek = (s: Summary) => s.calls.find((w) => w.weekStart === '2026-10-12')!.total;
      // The login lives in the shared database: the same cookie works on the other instance.
      const res = await request(other.getHttpServer()).post('/api/calls').set('Cookie', staff).send({ programId, category: 'booking', outcome: 'booked' });
      expect(res.status).toBe(201);
      expect(thisWeek(await summary())).toBe(thisWeek(before) + 1);
    } finally {
      await other.close();
    }
  });

  it('keeps the calls while a daily report is saved, and the other figures while a call is logged', async () => {
    const pick = <T>(text: string) => one<T>(text, [programId]);
    const callsTotal = (s: Summary) => s.calls.reduce((n, w) => n + w.total, 0);
    const before = await kept();
    let { hits, misses } = cache.partStats;
    // The vendor's save: a held session's counts (what PUT /api/daily-reports/:id writes).
    const held = await pick<{ id: string }>("SELECT id FROM session WHERE program_id = ? AND status = 'held' AND date <= '2026-10-15' ORDER BY id LIMIT 1");
    await sql('UPDATE session SET applications_new = applications_new + 2 WHERE id = ?', [held.id]);
    const saved = await summary();
    expect(saved.kpis.applicationsTotal).toBe(before.kpis.applicationsTotal + 2);
    expect(callsTotal(saved)).toBe(callsTotal(before));
    // The calls kept, the other figures computed again.
    expect(cache.partStats).toMatchObject({ hits: hits + 1, misses: misses + 1 });
    ({ hits, misses } = cache.partStats);
    const call = await pick<{ id: string }>("SELECT id FROM call_log WHERE program_id = ? AND direction = 'in' AND date <= '2026-10-15' ORDER BY date DESC LIMIT 1");
    await sql('UPDATE call_log SET count = count + 4 WHERE id = ?', [call.id]);
    const logged = await summary();
    expect(callsTotal(logged)).toBe(callsTotal(saved) + 4);
    expect(logged.kpis.applicationsTotal).toBe(saved.kpis.applicationsTotal);
    expect(cache.partStats).toMatchObject({ hits: hits + 1, misses: misses + 1 });
  });

  it('keeps a summary per audience: the viewer’s kept one is not the vendor manager’s', async () => {
    const viewerView = await kept();
    const manager = await summary(await login(t, DEMO.vendorManager));
    expect(manager.attention).not.toEqual(viewerView.attention);
  });

  it('keeps the reporting rates until a report, a held day or the program’s due time changes, and 30 s at most', async () => {
    const reports = t.app.get(DailyReportsService);
    const rates = async () => {
      const res = await t.http.get(`/api/programs/${programId}/reporting-rates`).set('Cookie', viewer);
      expect(res.status).toBe(200);
      return JSON.stringify(res.body);
    };
    const keptRates = async () => {
      await rates();
      const hits = reports.rateStats.hits;
      const r = await rates();
      expect(reports.rateStats.hits).toBe(hits + 1);
      return r;
    };
    const pick = <T>(text: string) => one<T>(text, [programId]);
    const cases: Array<{ kind: string; write: () => Promise<unknown> }> = [
      {
        kind: 'a daily report submitted',
        write: async () => {
          const r = await pick<{ id: string }>("SELECT id FROM daily_report WHERE program_id = ? AND submitted_at IS NULL AND date <= '2026-10-14' ORDER BY date LIMIT 1");
          return sql("UPDATE daily_report SET status = 'submitted', submitted_at = '2026-10-15 02:00:00.000' WHERE id = ?", [r.id]);
        },
      },
      {
        kind: 'a held day’s sessions cancelled',
        write: () => sql("UPDATE session SET status = 'cancelled' WHERE program_id = ? AND status = 'held' AND date = (SELECT MIN(date) FROM session WHERE program_id = ? AND status = 'held')", [programId, programId]),
      },
      { kind: 'the program’s due time', write: () => sql('UPDATE program SET daily_report_due = ? WHERE id = ?', ['{"workingDaysAfter":3,"time":"17:00"}', programId]) },
    ];
    for (const c of cases) {
      const before = await keptRates();
      await c.write();
      expect({ kind: c.kind, changed: (await rates()) !== before }).toEqual({ kind: c.kind, changed: true });
    }
    // With no write, time alone: served for 30 s, then computed again (a report may have passed its due hour).
    const start = clock.now();
    try {
      await keptRates();
      const { hits, misses } = reports.rateStats;
      clock.advance(29_000);
      await rates();
      expect(reports.rateStats).toMatchObject({ hits: hits + 1, misses });
      clock.advance(2_000);
      await rates();
      expect(reports.rateStats).toMatchObject({ hits: hits + 1, misses: misses + 1 });
    } finally {
      clock.set(start);
    }
  });

  describe('readers who ask while a summary is being computed', () => {
    /**
     * The next summary computed waits until the test lets it go: readers asking meanwhile find it being computed.
     * Let go in any case at the end (a failed expectation must not leave a request hanging on the gate).
     */
    const whileComputing = async (test: () => Promise<void>) => {
      let open!: () => void;
      const gate = new Promise<void>((resolve) => (open = resolve));
      const summary = cache.summary.bind(cache);
      const spy = jest.spyOn(cache, 'summary').mockImplementationOnce((id, key, versions, compute) => summary(id, key, versions, () => gate.then(compute)));
      try {
        await test();
      } finally {
        open();
        spy.mockRestore();
      }
    };
    const until = async (done: () => boolean) => {
      for (let i = 0; i < 300 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(done()).toBe(true);
    };
    /** The answer, or 'waiting' if none came within 3 s (the timer cleared either way: a pending one kept jest's worker alive). */
    const answered = async <T>(p: Promise<T>) => {
      let timer: NodeJS.Timeout | undefined;
      const waiting = new Promise<'waiting'>((resolve) => (timer = setTimeout(() => resolve('waiting'), 3000)));
      try {
        return await Promise.race([p, waiting]);
      } finally {
        clearTimeout(timer);
      }
    };

    it('compute it once: the second reader waits for the first reader’s answer', async () => {
      await sql('UPDATE program SET title = title WHERE id = ?', [programId]);
      const { misses, joined } = cache.stats;
      let first!: Promise<Summary>;
      let second!: Promise<Summary>;
      await whileComputing(async () => {
        first = summary();
        await until(() => cache.stats.misses === misses + 1);
        second = summary();
        await until(() => cache.stats.joined === joined + 1);
      });
      const [a, b] = await Promise.all([first, second]);
      expect(b).toEqual(a);
      expect(cache.stats.misses).toBe(misses + 1);
    });

    it('compute it again after a write: a reader after the write does not wait for the summary computed before it', async () => {
      const before = await kept();
      const { misses, joined } = cache.stats;
      const title = before.program.title;
      let first!: Promise<Summary>;
      try {
        await whileComputing(async () => {
          await sql('UPDATE program SET title = ? WHERE id = ?', [`${title}（改）`, programId]);
          first = summary();
          await until(() => cache.stats.misses === misses + 1);
          // Computed at the version before the next write, the first reader's summary need not show it: the second's must.
          await sql('UPDATE program SET title = ? WHERE id = ?', [`${title}（再）`, programId]);
          const second = await answered(summary());
          expect(second === 'waiting' ? second : second.program.title).toBe(`${title}（再）`);
          expect(cache.stats).toMatchObject({ misses: misses + 2, joined });
        });
        await first;
      } finally {
        await sql('UPDATE program SET title = ? WHERE id = ?', [title, programId]);
      }
    });
  });

  it('computes again once the day changes, or after the time limit, without any write', async () => {
    await kept();
    const misses = cache.stats.misses;
    clock.advance(31_000);
    await summary();
    expect(cache.stats.misses).toBe(misses + 1);
    // 00:30 on the 16th in Japan (a new login: the old one has expired).
    clock.set(new Date('2026-10-15T15:30:00Z'));
    const next = await summary(await login(t, DEMO.otaruViewer));
    expect(cache.stats.misses).toBe(misses + 2);
    expect(next.calls.length).toBeGreaterThan(0);
  });
});
