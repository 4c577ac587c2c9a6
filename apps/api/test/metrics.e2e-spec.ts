import type ExcelJS from 'exceljs';
import { Between, In, LessThanOrEqual, Not } from 'typeorm';
import { BENCH_PASSWORD, BENCH_VIEWER_EMAIL, generate } from '../bench/generate';
import { BookingEntity } from '../src/modules/bookings/booking.entity';
import { CallEntity } from '../src/modules/calls/call.entity';
import { ProgramEntity } from '../src/modules/programs/program.entity';
import { SessionEntity } from '../src/modules/sessions/session.entity';
import { binary, readWorkbook } from './support/binary';
import { createTestApp, DEMO, FixedClock, login, type TestApp } from './support/test-app';
import { table } from './support/workbook';

/**
 * Every figure of docs/metrics.md computed through every output that shows it — the dashboard's JSON, its overview,
 * 月次報告書, 委託業務完了報告書, 事業別集計 and 受付一覧表 read back with exceljs — for a month, the whole program and a
 * period ending today, on the demo and on the benchmark's generated program (fixed seed), and compared with the
 * database rows counted here. A figure that one output computes differently fails with the output's name.
 */

const TODAY = '2026-11-20';
type Figures = Record<string, Record<string, number | null>>;

interface Case {
  programId: string;
  cookie: string;
  program: ProgramEntity;
}

const WAREKI_MONTH = (month: string) => new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${month}-15T12:00:00Z`));
const min = (a: string, b: string) => (a < b ? a : b);
const add = (figures: Figures, figure: string, output: string, value: number | null | undefined) => {
  (figures[figure] ??= {})[output] = value ?? null;
};

/** The value beside a label in a two-column table of the summary sheet (写真の状況). */
function labelled(ws: ExcelJS.Worksheet, label: string): number {
  let out: number | undefined;
  ws.eachRow((row) => {
    if (row.getCell(1).value === label) out ??= Number(row.getCell(2).value ?? 0);
  });
  if (out === undefined) throw new Error(`no row ${label} on ${ws.name}`);
  return out;
}

/** The cell of one month's row (月 column) in a per-month sheet. */
function monthCell(ws: ExcelJS.Worksheet, month: string, header: string): number {
  const t = table(ws, '月');
  const row = t.rows.find((r) => r.getCell(1).value === WAREKI_MONTH(month));
  if (!row) throw new Error(`no month ${month} on ${ws.name}`);
  return Number(row.getCell(t.headers.indexOf(header) + 1).value ?? 0);
}

const numberOf = (v: unknown): number | null => (v === null || v === undefined || v === '' ? null : typeof v === 'object' && v !== null && 'result' in v ? Number((v as { result: unknown }).result ?? 0) : Number(v));

describe('every figure agrees in every output that shows it (docs/metrics.md)', () => {
  const clock = new FixedClock(new Date(`${TODAY}T01:00:00Z`));
  let t: TestApp;
  let demo: Case;
  let shimonoseki: Case;
  let generated: Case;

  const get = (c: Case, path: string, query: Record<string, string> = {}) => t.http.get(path).query(query).set('Cookie', c.cookie);
  const workbook = async (c: Case, path: string, query: Record<string, string> = {}) => {
    const res = await get(c, path, query).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    return readWorkbook(res.body);
  };

  beforeAll(async () => {
    t = await createTestApp({ clock });
    // The benchmark's program 0 (fiscal 2025, wholly past): ≈300 sessions, ≈5,000 calls, ≈270 bookings.
    const world = (await generate(t.dataSource, { seed: 20260401, from: 0, to: 1 })).world;
    const programs = t.dataSource.getRepository(ProgramEntity);
    demo = { programId: t.ids.programs.otaru, cookie: await login(t, DEMO.otaruAdmin), program: await programs.findOneByOrFail({ id: t.ids.programs.otaru }) };
    shimonoseki = { programId: t.ids.programs.shimonoseki, cookie: await login(t, DEMO.shimonosekiAdmin), program: await programs.findOneByOrFail({ id: t.ids.programs.shimonoseki }) };
    generated = { programId: world.measuredProgramId, cookie: await login(t, BENCH_VIEWER_EMAIL, BENCH_PASSWORD), program: await programs.findOneByOrFail({ id: world.measuredProgramId }) };
  }, 180_000);
  afterAll(() => t.close());

  /** The database rows counted here, independently of the API's queries and the domain. */
  async function fromDatabase(c: Case, from: string, to: string, figures: Figures): Promise<void> {
    const heldTo = min(to, TODAY);
    const held = heldTo < from ? [] : await t.dataSource.getRepository(SessionEntity).find({ where: { programId: c.programId, status: 'held', date: Between(from, heldTo) } });
    const sum = (f: (s: SessionEntity) => number) => held.reduce((n, s) => n + f(s), 0);
    add(figures, 'sessions', 'database', held.length);
    add(figures, 'applications', 'database', sum((s) => s.applicationsNew + s.applicationsRenewal + s.applicationsReissueLost + s.applicationsReissueDamaged + s.applicationsReissueOther));
    add(figures, 'consultations', 'database', sum((s) => s.consultations));
    add(figures, 'photos on site', 'database', sum((s) => s.photosTakenOnSite));
    add(figures, 'photos brought', 'database', sum((s) => s.photosBrought));
    add(figures, 'photo retakes', 'database', sum((s) => s.photoRetakes));
    const calls = await t.dataSource.getRepository(CallEntity).find({ where: { programId: c.programId, direction: 'in', date: Between(from, to) } });
    add(figures, 'calls', 'database', calls.reduce((n, x) => n + x.count, 0));
    add(figures, 'reservations', 'database', await t.dataSource.getRepository(BookingEntity).count({ where: { programId: c.programId, receivedDate: Between(from, to), status: Not('cancelled') } }));
  }

  /** The dashboard's JSON over [from, to]. */
  async function fromDashboard(c: Case, from: string, to: string, figures: Figures) {
    const res = await get(c, `/api/programs/${c.programId}/dashboard`, { from, to });
    expect(res.status).toBe(200);
    const d = res.body;
    add(figures, 'sessions', 'dashboard kpi', d.kpis.sessionsHeld);
    add(figures, 'sessions', 'dashboard funnel', d.funnel.sessionsHeld);
    add(figures, 'applications', 'dashboard kpi', d.kpis.applicationsTotal);
    add(figures, 'applications', 'dashboard funnel', d.funnel.applications);
    add(figures, 'consultations', 'dashboard kpi', d.kpis.consultations);
    const days = (d.calls as Array<{ days: Array<{ date: string; total: number }> }>).flatMap((w) => w.days).filter((x) => x.date >= from && x.date <= to);
    add(figures, 'calls', 'dashboard weeks', days.reduce((n, x) => n + x.total, 0));
    const months = d.photos.months as Array<{ onSite: number; brought: number; retakes: number }>;
    add(figures, 'photos on site', 'dashboard', months.reduce((n, m) => n + m.onSite, 0));
    add(figures, 'photos brought', 'dashboard', months.reduce((n, m) => n + m.brought, 0));
    add(figures, 'photo retakes', 'dashboard', months.reduce((n, m) => n + m.retakes, 0));
    add(figures, 'reservations', 'dashboard funnel', d.funnel.reservations);
    add(figures, 'reporting rate', 'dashboard', d.reporting.totals.reportingRate);
    add(figures, 'on-time rate', 'dashboard', d.reporting.totals.onTimeRate);
    add(figures, 'reports expected', 'dashboard', d.reporting.totals.expected);
    const rates = (await get(c, `/api/programs/${c.programId}/reporting-rates`, { from, to })).body;
    add(figures, 'reporting rate', 'reporting-rates', rates.totals.reportingRate);
    add(figures, 'on-time rate', 'reporting-rates', rates.totals.onTimeRate);
    add(figures, 'reports expected', 'reporting-rates', rates.totals.expected);
    return d;
  }

  /** A period report's summary sheet (月次報告書 or 委託業務完了報告書) and its per-day sheet. */
  function fromPeriodReport(wb: ExcelJS.Workbook, name: string, figures: Figures): void {
    const summary = wb.getWorksheet('概要')!;
    const kinds = table(summary, 'サービス種別');
    add(figures, 'sessions', `${name} 概要`, kinds.sum('実施回数'));
    add(figures, 'applications', `${name} 概要`, kinds.sum('申請件数'));
    add(figures, 'consultations', `${name} 概要`, kinds.sum('相談件数'));
    add(figures, 'calls', `${name} 概要`, table(summary, '区分').column('件数').reduce((n: number, v) => n + Number(v ?? 0), 0));
    add(figures, 'photos on site', `${name} 概要`, labelled(summary, '顔写真 現地撮影'));
    add(figures, 'photos brought', `${name} 概要`, labelled(summary, '顔写真 写真持参'));
    add(figures, 'photo retakes', `${name} 概要`, labelled(summary, '顔写真 撮り直し'));
    const reporting = table(summary, '項目', 3);
    add(figures, 'reporting rate', `${name} 概要`, numberOf(reporting.column('提出率')[0]));
    add(figures, 'on-time rate', `${name} 概要`, numberOf(reporting.column('期限内提出率')[0]));
    add(figures, 'reports expected', `${name} 概要`, numberOf(reporting.column('提出対象')[0]));
    const days = table(wb.getWorksheet('日別集計')!, '日付');
    add(figures, 'sessions', `${name} 日別集計`, days.sum('実施回数'));
    add(figures, 'applications', `${name} 日別集計`, days.sum('申請件数'));
    add(figures, 'consultations', `${name} 日別集計`, days.sum('相談件数'));
    add(figures, 'calls', `${name} 日別集計`, days.sum('受電件数'));
    add(figures, 'calls', `${name} 受電件数（週別）`, table(wb.getWorksheet('受電件数（週別）')!, '週').sum('合計'));
  }

  /** The completion report's row of one month, or its totals. */
  function fromCompletion(wb: ExcelJS.Workbook, month: string | undefined, figures: Figures): void {
    const months = wb.getWorksheet('月別集計')!;
    const photos = wb.getWorksheet('写真統計')!;
    const timeliness = wb.getWorksheet('報告の提出状況')!;
    if (month) {
      add(figures, 'sessions', 'completion 月別集計', monthCell(months, month, '実施回数'));
      add(figures, 'applications', 'completion 月別集計', monthCell(months, month, '申請件数'));
      add(figures, 'consultations', 'completion 月別集計', monthCell(months, month, '相談件数'));
      add(figures, 'calls', 'completion 月別集計', monthCell(months, month, '受電件数'));
      add(figures, 'photos on site', 'completion 写真統計', monthCell(photos, month, '現地撮影'));
      add(figures, 'photos brought', 'completion 写真統計', monthCell(photos, month, '写真持参'));
      add(figures, 'photo retakes', 'completion 写真統計', monthCell(photos, month, '撮り直し'));
      add(figures, 'reports expected', 'completion 報告の提出状況', monthCell(timeliness, month, '日次報告 提出対象'));
      const t2 = table(timeliness, '月');
      const row = t2.rows.find((r) => r.getCell(1).value === WAREKI_MONTH(month))!;
      add(figures, 'reporting rate', 'completion 報告の提出状況', numberOf(row.getCell(t2.headers.indexOf('日次報告 提出率') + 1).value));
      add(figures, 'on-time rate', 'completion 報告の提出状況', numberOf(row.getCell(t2.headers.indexOf('日次報告 期限内提出率') + 1).value));
      return;
    }
    const m = table(months, '月');
    add(figures, 'sessions', 'completion 月別集計', m.sum('実施回数'));
    add(figures, 'applications', 'completion 月別集計', m.sum('申請件数'));
    add(figures, 'consultations', 'completion 月別集計', m.sum('相談件数'));
    add(figures, 'calls', 'completion 月別集計', m.sum('受電件数'));
    const p = table(photos, '月');
    add(figures, 'photos on site', 'completion 写真統計', p.sum('現地撮影'));
    add(figures, 'photos brought', 'completion 写真統計', p.sum('写真持参'));
    add(figures, 'photo retakes', 'completion 写真統計', p.sum('撮り直し'));
    const r = table(timeliness, '月');
    add(figures, 'reports expected', 'completion 報告の提出状況', r.sum('日次報告 提出対象'));
    add(figures, 'reporting rate', 'completion 報告の提出状況', numberOf(r.total!.getCell(r.headers.indexOf('日次報告 提出率') + 1).value));
    add(figures, 'on-time rate', 'completion 報告の提出状況', numberOf(r.total!.getCell(r.headers.indexOf('日次報告 期限内提出率') + 1).value));
  }

  /** 事業別集計 and the dashboard's overview: the program from its start up to today (or its end). */
  async function fromCitySummary(c: Case, figures: Figures): Promise<void> {
    const rows = table((await workbook(c, '/api/reports/city-summary.xlsx')).getWorksheet('事業別集計')!, '自治体');
    const i = rows.column('事業名').indexOf(c.program.title);
    expect(i).toBeGreaterThanOrEqual(0);
    const cell = (header: string) => numberOf(rows.column(header)[i]);
    add(figures, 'sessions', '事業別集計', cell('実施回数'));
    add(figures, 'applications', '事業別集計', cell('申請件数'));
    add(figures, 'consultations', '事業別集計', cell('相談件数'));
    add(figures, 'calls', '事業別集計', cell('受電件数'));
    add(figures, 'reporting rate', '事業別集計', cell('日次報告 提出率'));
    add(figures, 'on-time rate', '事業別集計', cell('日次報告 期限内提出率'));
    const overview = ((await get(c, '/api/dashboard/overview')).body as Array<{ id: string; sessionsHeld: number; applications: number }>).find((r) => r.id === c.programId)!;
    add(figures, 'sessions', 'overview', overview.sessionsHeld);
    add(figures, 'applications', 'overview', overview.applications);
  }

  /** Facilities visited and home reservations as the targets show them as of a day, the reception list's note, and the rows. */
  async function targetsAsOf(c: Case, asOf: string, figures: Figures, wb?: { book: ExcelJS.Workbook; sheet: string; name: string }, receptionList = false): Promise<void> {
    const progress = (await get(c, `/api/programs/${c.programId}/progress`, { asOf })).body as { groups: Array<{ targets: Array<{ label: string; actual: number; measured: boolean }> }> };
    const actual = (label: string) => progress.groups.flatMap((g) => g.targets).find((x) => x.label === label)?.actual;
    const facilities = await t.dataSource.getRepository(SessionEntity).find({ where: { programId: c.programId, status: 'held', serviceKind: 'facility_visit', date: LessThanOrEqual(min(asOf, TODAY)) } });
    add(figures, 'facilities visited', 'database', new Set(facilities.map((s) => s.facilityId ?? s.place)).size);
    add(figures, 'facilities visited', 'progress', actual('福祉施設 訪問施設数'));
    const homeBookings = await t.dataSource.getRepository(BookingEntity).count({ where: { programId: c.programId, kind: 'home', receivedDate: LessThanOrEqual(asOf), status: Not(In(['cancelled'])) } });
    add(figures, 'home reservations', 'database', homeBookings);
    add(figures, 'home reservations', 'progress', actual('個人宅 予約件数'));
    if (wb) {
      const targets = table(wb.book.getWorksheet(wb.sheet)!, '目標グループ');
      const value = (label: string) => numberOf(targets.column('実績（累計）')[targets.column('目標').indexOf(label)]);
      add(figures, 'facilities visited', `${wb.name} 目標`, value('福祉施設 訪問施設数'));
      add(figures, 'home reservations', `${wb.name} 目標`, value('個人宅 予約件数'));
    }
    if (receptionList) {
      const ws = (await workbook(c, `/api/programs/${c.programId}/reports/reception-list.xlsx`)).getWorksheet('受付一覧表')!;
      let note: string | undefined;
      ws.eachRow((row) => {
        const v = row.getCell(1).value;
        if (typeof v === 'string' && v.startsWith('予約件数（キャンセルを除く）：')) note = v;
      });
      add(figures, 'home reservations', '受付一覧表', note ? Number(/：(\d+)件/.exec(note)![1]) : null);
    }
  }

  /** Each figure equal in every output (rates to 1e-9); the failure names the figure and the outputs. */
  function expectAgreement(figures: Figures): void {
    const disagreements: string[] = [];
    for (const [figure, byOutput] of Object.entries(figures)) {
      const values = Object.values(byOutput);
      const reference = 'database' in byOutput ? byOutput.database : values[0];
      const same = (v: number | null) => (v === null || reference === null ? v === reference : Math.abs(v - reference) < 1e-9);
      if (!values.every(same)) disagreements.push(`${figure}: ${JSON.stringify(byOutput)}`);
      expect(Object.keys(byOutput).length).toBeGreaterThanOrEqual(2);
    }
    expect(disagreements).toEqual([]);
  }

  /** targets: false for a program without Otaru's targets (facilities visited, home reservations) that targetsAsOf counts. */
  async function checkMonth(c: Case, month: string, { targets = true } = {}): Promise<Figures> {
    const [y, m] = month.split('-').map(Number);
    const from = `${month}-01`;
    const to = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    const figures: Figures = {};
    await fromDatabase(c, from, to, figures);
    await fromDashboard(c, from, to, figures);
    const monthly = await workbook(c, `/api/programs/${c.programId}/reports/monthly.xlsx`, { month });
    fromPeriodReport(monthly, 'monthly', figures);
    fromCompletion(await workbook(c, `/api/programs/${c.programId}/reports/completion.xlsx`), month, figures);
    if (targets) await targetsAsOf(c, min(to, TODAY), figures, { book: monthly, sheet: '概要', name: 'monthly' });
    return figures;
  }

  /** The figures frozen in the month's accepted 月次報告書 as the city sees them (the demo submits every finished month). */
  async function fromSubmission(c: Case, month: string, figures: Figures): Promise<void> {
    const versions = (await get(c, `/api/programs/${c.programId}/report-submissions`, { kind: 'monthly', month })).body as Array<{ status: string; figures: Array<{ key: string; value: number | null }> }>;
    const accepted = versions.find((v) => v.status === 'accepted');
    if (!accepted) throw new Error(`no accepted monthly report for ${month}`);
    const value = (key: string) => accepted.figures.find((f) => f.key === key)?.value;
    for (const [figure, key] of [['sessions', 'sessions'], ['applications', 'applications'], ['consultations', 'consultations'], ['calls', 'calls'], ['reports expected', 'dailyExpected']] as const) {
      add(figures, figure, 'submitted monthly report', value(key));
    }
  }

  async function checkProgram(c: Case, to: string, opts: { completion: boolean }): Promise<Figures> {
    const from = c.program.periodStart;
    const figures: Figures = {};
    await fromDatabase(c, from, to, figures);
    await fromDashboard(c, from, to, figures);
    await fromCitySummary(c, figures);
    let completion: ExcelJS.Workbook | undefined;
    if (opts.completion) {
      completion = await workbook(c, `/api/programs/${c.programId}/reports/completion.xlsx`);
      fromPeriodReport(completion, 'completion', figures);
      fromCompletion(completion, undefined, figures);
    }
    await targetsAsOf(c, min(to, TODAY), figures, completion && { book: completion, sheet: '目標と達成状況', name: 'completion' }, true);
    return figures;
  }

  describe('on the demo (Otaru, as of 2026-11-20)', () => {
    it('agrees over a month (October)', async () => expectAgreement(await checkMonth(demo, '2026-10')));
    it('agrees over the current month, up to today (November)', async () => expectAgreement(await checkMonth(demo, '2026-11')));
    it('agrees over the program from its start to today', async () => expectAgreement(await checkProgram(demo, TODAY, { completion: false })));
    it('agrees over the whole program (the completion report)', async () => expectAgreement(await checkProgram(demo, demo.program.periodEnd, { completion: true })));
  });

  describe('on the demo (Shimonoseki, as of 2026-11-20)', () => {
    it('agrees over a month (October), the monthly report the vendor submitted included', async () => {
      const figures = await checkMonth(shimonoseki, '2026-10', { targets: false });
      await fromSubmission(shimonoseki, '2026-10', figures);
      expectAgreement(figures);
    });
  });

  describe('on generated data (the benchmark generator, seed 20260401, fiscal 2025)', () => {
    it('agrees over a month (October 2025)', async () => expectAgreement(await checkMonth(generated, '2025-10')));
    it('agrees over the last month, ending on the program’s last day (March 2026)', async () => expectAgreement(await checkMonth(generated, '2026-03')));
    it('agrees over the whole program', async () => expectAgreement(await checkProgram(generated, generated.program.periodEnd, { completion: true })));
  });
});
