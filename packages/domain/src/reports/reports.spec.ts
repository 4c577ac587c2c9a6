import { type CallCountRow, weeklyCallSeries } from '../calls/weekly-calls.js';
import { type ServiceKind, workingHoursSchema } from '../programs/program.schema.js';
import { reportingRates } from '../daily-reports/timeliness.js';
import { bucketByMonth } from '../common/buckets.js';
import { photoStatsByMonth } from '../sessions/photo-stats.js';
import { type CitySummaryProgram, programKeyFigures, shapeCitySummary, summaryEraStyle } from './city-summary.js';
import { embedsPhotos, fitInto, MAX_EMBEDDED_PHOTOS, shapeDailyReport } from './daily-report.js';
import {
  callDaysIn,
  dailyFigures,
  defectFigures,
  defectFiguresByCategory,
  defectsActiveIn,
  heldSessionsIn,
  inquiryFigures,
  monthlyFigures,
  photoTotals,
  type ReportContext,
  type ReportDefect,
  type ReportInquiry,
  type ReportProgress,
  type ReportSession,
} from './figures.js';
import { COMPLETION_REPORT_SHEETS, MONTHLY_REPORT_SHEETS, shapeCompletionReport, shapeMonthlyReport } from './period-reports.js';
import { DOCUMENT_NUMBER_MAX, REPORT_TITLE_MAX, type ReportForm, reportSheetKeys, resolveReportForm } from './report-form.js';
import type { CellValue, SheetRow, SheetSpec, WorkbookSpec } from './sheet.js';
import { illegibleSheets } from './print-scale.js';

/** Every workbook shaped below, checked at the end to print legibly on A4 (issue 20 item 5). */
const printed: Array<[string, WorkbookSpec]> = [];
const legible = <T extends WorkbookSpec>(name: string, spec: T): T => {
  printed.push([name, spec]);
  return spec;
};
import { shapeWeeklyCallsReport, WEEKLY_CALLS_SHEETS } from './weekly-calls-report.js';

const workingHours = workingHoursSchema.parse({}); // Mon–Fri, holidays and 12/29–1/3 closed

const session = (date: string, over: Partial<ReportSession> = {}): ReportSession => ({
  date,
  serviceKind: 'home_visit',
  place: '中央地区',
  method: 'on_site_acceptance',
  startTime: '10:00',
  endTime: null,
  status: 'held',
  photoExceptionsOtherText: null,
  notTakenReason: null,
  problems: null,
  note: null,
  photoShortfallExplanation: null,
  applicationsNew: 0,
  applicationsRenewal: 0,
  applicationsReissueLost: 0,
  applicationsReissueDamaged: 0,
  applicationsReissueOther: 0,
  faceAuthCards: 0,
  mailToFacility: 0,
  consultations: 0,
  photosTakenOnSite: 0,
  photosBrought: 0,
  photoRetakes: 0,
  photoExceptionsMedical: 0,
  photoExceptionsDisability: 0,
  photoExceptionsBedridden: 0,
  photoExceptionsOther: 0,
  proxyWriting: 0,
  notTaken: 0,
  ...over,
});

const ctx: ReportContext = { municipalityName: '小樽市', programTitle: '出張申請受付業務', vendorNames: ['A社', 'B社'], eraStyle: 'wareki', createdOn: '2026-11-20' };

const SESSIONS: ReportSession[] = [
  session('2026-10-05', { startTime: '14:00', applicationsNew: 2, applicationsRenewal: 1, consultations: 1, photosTakenOnSite: 3, photoExceptionsMedical: 1, problems: '段差で車椅子が通れなかった' }),
  session('2026-10-05', { startTime: '10:00', applicationsNew: 1, photosTakenOnSite: 1 }),
  session('2026-10-22', { serviceKind: 'facility_visit', place: 'みなと園', applicationsNew: 8, applicationsReissueLost: 1, faceAuthCards: 2, photosTakenOnSite: 9, photoExceptionsBedridden: 2 }),
  session('2026-10-23', { status: 'cancelled', applicationsNew: 5 }), // not held: never counted
  session('2026-11-02', { applicationsNew: 4, consultations: 2, photosTakenOnSite: 4 }),
];
const CALLS: CallCountRow[] = [
  { date: '2026-09-30', category: 'booking', outcome: 'booked', count: 2 },
  { date: '2026-10-01', category: 'booking', outcome: 'booked', count: 3 },
  { date: '2026-10-01', category: 'complaint', outcome: 'referred_to_city', count: 1 },
  { date: '2026-10-14', category: 'question_program', count: 4 }, // paper, no outcome
  { date: '2026-10-31', category: 'other', outcome: 'answered', count: 1 },
  { date: '2026-11-01', category: 'booking', outcome: 'booked', count: 5 },
];
const DEFECTS: ReportDefect[] = [
  { receivedDate: '2026-09-20', category: 'photo', description: '背景', attempts: [], resolvedDate: '2026-10-03' },
  { receivedDate: '2026-10-10', category: 'signature', description: '署名', attempts: [{ at: '2026-10-11T01:00:00Z', method: 'phone', result: 'no_answer' }], resolvedDate: null },
  { receivedDate: '2026-10-20', category: 'other', description: 'その他', attempts: [], resolvedDate: '2026-11-05' },
  { receivedDate: '2026-08-01', category: 'photo', description: '古い', attempts: [], resolvedDate: '2026-08-05' },
];
const INQUIRIES: ReportInquiry[] = [
  { date: '2026-10-02', channel: 'phone', category: 'complaint', summary: '連絡がなかった', handling: '謝罪し前日連絡を徹底', escalatedToCity: true, closedDate: '2026-10-03' },
  { date: '2026-10-15', channel: 'phone', category: 'inquiry', summary: '代理人の書類', handling: '案内済み', escalatedToCity: false, closedDate: null },
  { date: '2026-11-03', channel: 'visit', category: 'opinion', summary: '助かった', handling: null, escalatedToCity: false, closedDate: '2026-11-03' },
];
const PROGRESS: ReportProgress = {
  asOf: '2026-10-31',
  groups: [
    {
      name: '契約目標',
      logic: 'all',
      met: false,
      status: 'at_risk',
      targets: [
        { label: null, target: { metric: 'applications', goal: 20, serviceKinds: ['home_visit'] }, actual: 8, goal: 20, ratio: 0.4, projectedAtEnd: 17.4, status: 'at_risk', measured: true },
        { label: '予約', target: { metric: 'reservations', goal: 10 }, actual: 0, goal: 10, ratio: 0, projectedAtEnd: 0, status: 'behind', measured: false },
      ],
    },
  ],
};
const weeksOf = (from: string, to: string) => weeklyCallSeries({ from, to, calls: CALLS, workingHours });
const ratesOf = (from: string, to: string) =>
  reportingRates({
    expectedDays: ['2026-10-05', '2026-10-22', '2026-11-02'],
    reports: [
      { date: '2026-10-05', status: 'accepted', submittedAt: '2026-10-05T08:00:00Z' },
      { date: '2026-10-22', status: 'submitted', submittedAt: '2026-10-26T08:00:00Z' }, // late
    ],
    from,
    to,
    workingHours,
    asOf: '2026-11-20T01:00:00Z',
  });

/** The rows of a sheet's table whose header starts with `first`, and its total row. */
function tableOf(sheet: SheetSpec, first: string, nth = 0): { header: string[]; rows: CellValue[][]; total: CellValue[] | null } {
  const headers = sheet.rows.filter((r) => r.style === 'header' && r.cells[0].value === first);
  const h = headers[nth];
  const after: SheetRow[] = [];
  for (const r of sheet.rows.filter((x) => x.index > h.index)) {
    if (r.index !== (after.at(-1)?.index ?? h.index) + 1 || (r.style !== 'data' && r.style !== 'total')) break;
    after.push(r);
  }
  const total = after.find((r) => r.style === 'total');
  return { header: h.cells.map((c) => c.value as string), rows: after.filter((r) => r.style === 'data').map((r) => r.cells.map((c) => c.value)), total: total ? total.cells.map((c) => c.value) : null };
}
const result = (v: CellValue) => (v && typeof v === 'object' ? v.result : v);
const sheetNamed = (sheets: SheetSpec[], name: string) => sheets.find((s) => s.name === name)!;

describe('report figures', () => {
  it('count held sessions only, in the range, by date and start time', () => {
    expect(heldSessionsIn(SESSIONS, '2026-10-01', '2026-10-31').map((s) => `${s.date} ${s.startTime}`)).toEqual(['2026-10-05 10:00', '2026-10-05 14:00', '2026-10-22 10:00']);
  });

  it('give every day of the range, and months that add up the same days (bucketByMonth)', () => {
    const weeks = weeksOf('2026-10-01', '2026-11-30');
    const days = dailyFigures(SESSIONS, weeks, '2026-10-01', '2026-11-30');
    expect(days).toHaveLength(61);
    expect(days.find((d) => d.date === '2026-10-05')).toEqual({ date: '2026-10-05', sessions: 2, applications: 4, consultations: 1, calls: 0 });
    expect(days.find((d) => d.date === '2026-10-01')!.calls).toBe(4);
    const months = monthlyFigures({ sessions: SESSIONS, weeks, defects: DEFECTS, inquiries: INQUIRIES }, '2026-10-01', '2026-11-30');
    expect(months.map((m) => [m.month, m.sessions, m.applications, m.calls, m.defectsReceived, m.inquiries, m.complaints])).toEqual([
      ['2026-10', 3, 13, 9, 2, 2, 1],
      ['2026-11', 1, 4, 5, 0, 1, 0],
    ]);
    const bySeries = bucketByMonth(days.map((d) => ({ date: d.date, value: d.applications })), '2026-10-01', '2026-11-30');
    expect(months.map((m) => m.applications)).toEqual(bySeries.map((b) => b.value));
  });

  it('cut the whole weeks of the call series to the range (September 30 belongs to a week of October)', () => {
    const weeks = weeksOf('2026-10-01', '2026-10-31');
    expect(weeks[0].weekStart).toBe('2026-09-28');
    expect(weeks[0].total).toBe(6);
    expect(callDaysIn(weeks, '2026-10-01', '2026-10-31').reduce((s, d) => s + d.total, 0)).toBe(9);
  });

  it('count defects received, resolved and open at the end, and list those active in the range', () => {
    expect(defectFigures(DEFECTS, '2026-10-01', '2026-10-31')).toEqual({ received: 2, resolved: 1, openAtEnd: 2 });
    // Per category the same figures add up to the totals; a month without an active defect has no row (該当なし).
    const byCategory = defectFiguresByCategory(DEFECTS, '2026-10-01', '2026-10-31');
    expect(byCategory.reduce((s, f) => s + f.received, 0)).toBe(2);
    expect(byCategory.reduce((s, f) => s + f.openAtEnd, 0)).toBe(2);
    expect(byCategory.find((f) => f.category === 'signature')).toMatchObject({ openAtEnd: 1, overdueAtEnd: 1 });
    expect(defectFiguresByCategory(DEFECTS, '2026-12-01', '2026-12-31')).toEqual([{ category: 'signature', label: '署名の不備', received: 0, resolved: 0, openAtEnd: 1, overdueAtEnd: 1 }]);
    expect(defectFiguresByCategory(DEFECTS, '2026-07-01', '2026-07-31')).toEqual([]);
    expect(defectsActiveIn(DEFECTS, '2026-10-01', '2026-10-31').map((d) => d.description)).toEqual(['背景', '署名', 'その他']);
  });

  it('count inquiries per category with those escalated and closed', () => {
    expect(inquiryFigures(INQUIRIES, '2026-10-01', '2026-10-31')).toEqual([
      { category: 'inquiry', label: '問い合わせ', count: 1, escalated: 0, closed: 0 },
      { category: 'complaint', label: '苦情', count: 1, escalated: 1, closed: 1 },
      { category: 'opinion', label: '意見・要望', count: 0, escalated: 0, closed: 0 },
    ]);
  });

  it('add up the photo statistics as photoStatsByMonth gives them', () => {
    const months = photoStatsByMonth(heldSessionsIn(SESSIONS, '2026-10-01', '2026-11-30'), '2026-10-01', '2026-11-30');
    const t = photoTotals(SESSIONS, '2026-10-01', '2026-11-30');
    expect(t.onSite).toBe(months.reduce((s, m) => s + m.onSite, 0));
    expect(t).toMatchObject({ onSite: 17, exceptions: { medical: 1, bedridden: 2 }, exceptionsTotal: 3 });
  });
});

describe(shapeDailyReport.name, () => {
  const photos = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `p${i}`, caption: `写真${i + 1}`, confirmedNoPersonalData: true, reviewStatus: 'approved', width: 2048, height: 1536 }));
  const daily = (n: number) =>
    legible('daily', shapeDailyReport({ context: ctx, date: '2026-10-05', status: 'accepted', submittedAt: '2026-10-05T08:00:00Z', dueAt: '2026-10-06T03:00:00Z', sessions: SESSIONS, specialNotes: '雨天', photos: photos(n) }));

  it('lists the day’s held sessions with totals, the photo statistics, notes and special notes', () => {
    const [main] = daily(1).sheets;
    expect(main.name).toBe('日次報告書');
    expect(main.rows[0].cells[0].value).toBe('日次報告書（令和8年10月5日）');
    expect(main.rows.find((r) => r.cells[0].value === '実施日')!.cells[1].value).toBe('令和8年10月5日（月）');
    expect(main.rows.find((r) => r.cells[0].value === '報告の状況')!.cells[1].value).toBe('受理済み（提出 令和8年10月5日 17:00）');
    expect(main.rows.find((r) => r.cells[0].value === '受託者')!.cells[1].value).toBe('A社、B社');
    const sessions = tableOf(main, 'No', 0);
    expect(sessions.rows.map((r) => r[3])).toEqual(['中央地区', '中央地区']);
    expect(sessions.rows[0][1]).toBe('10:00～');
    expect(result(sessions.total![sessions.header.indexOf('申請計')])).toBe(4);
    expect(result(sessions.total![sessions.header.indexOf('新規申請')])).toBe(3);
    const photoStats = tableOf(main, 'No', 1);
    expect(result(photoStats.total![photoStats.header.indexOf('特例計')])).toBe(1);
    expect(tableOf(main, 'No', 2).rows[1][2]).toBe('段差で車椅子が通れなかった');
    expect(tableOf(main, '特記事項').rows).toEqual([['雨天']]);
    expect(main.orientation).toBe('landscape');
  });

  it('embeds up to 20 photos as fitted thumbnails beside their captions, and lists more without pictures', () => {
    const small = daily(2).sheets[1];
    const list = tableOf(small, 'No');
    expect(small.images).toEqual([
      { key: 'p0', row: 10, col: 5, width: 213, height: 160 },
      { key: 'p1', row: 11, col: 5, width: 213, height: 160 },
    ]);
    expect(list.rows.map((r) => r[1])).toEqual(['写真1', '写真2']);
    expect(small.rows.find((r) => r.index === 10)!.height).toBe(128);

    const big = daily(MAX_EMBEDDED_PHOTOS + 1).sheets[1];
    expect(big.images).toEqual([]);
    expect(big.rows.at(-1)!.cells[0].value).toMatch(/画像は埋め込んでいません/);
    expect(embedsPhotos(0)).toBe(false);
    expect(fitInto(100, 400)).toEqual({ width: 40, height: 160 });
    expect(fitInto(100, 50)).toEqual({ width: 100, height: 50 }); // never enlarged
  });
});

describe(shapeWeeklyCallsReport.name, () => {
  it('has every day of the whole weeks, the weeks with their status, and the outcome split', () => {
    const weeks = weeksOf('2026-09-28', '2026-10-04');
    const { sheets } = legible('weekly calls', shapeWeeklyCallsReport({ context: ctx, from: '2026-09-28', to: '2026-10-04', weeks }));
    expect(sheets.map((s) => s.name)).toEqual([...WEEKLY_CALLS_SHEETS]);
    const days = tableOf(sheets[0], '日付');
    expect(days.rows).toHaveLength(7);
    expect(result(days.total!.at(-1)!)).toBe(6);
    expect(sheets[0].rows.find((r) => r.cells[0].value === '対象期間')!.cells[1].value).toBe('令和8年9月28日～令和8年10月4日');
    const byWeek = tableOf(sheets[1], '週');
    expect(byWeek.rows[0][0]).toBe('令和8年9月28日～10月4日');
    expect(byWeek.rows[0].at(-2)).toBe('未作成');
    const outcomes = tableOf(sheets[2], '週');
    expect(outcomes.header).toEqual(['週', '予約成立', '回答済み', '折り返し要', '市へ案内', '応答なし', '未記録', '合計']);
    expect(outcomes.rows[0].slice(1, 7)).toEqual([5, 0, 0, 1, 0, 0]);
  });
});

/** Forms every option of which is checked for print legibility: each sheet alone first, 西暦, the longest title and number. */
const FORM_VARIANTS: Array<[string, ReportForm]> = [
  ['usual, reversed', { sheets: [...reportSheetKeys('completion')].reverse(), eraStyle: 'wareki', title: null, documentNumber: null }],
  ['seireki, long title and number', { sheets: reportSheetKeys('completion'), eraStyle: 'seireki', title: '長'.repeat(REPORT_TITLE_MAX), documentNumber: '番'.repeat(DOCUMENT_NUMBER_MAX) }],
  ...reportSheetKeys('completion').map((k): [string, ReportForm] => [`${k} alone`, { sheets: [k], eraStyle: 'seireki', title: null, documentNumber: '第1号' }]),
];

describe(shapeMonthlyReport.name, () => {
  /** October's records: what every case of the monthly report starts from. */
  const october = {
    context: ctx,
    month: '2026-10',
    from: '2026-10-01',
    to: '2026-10-31',
    serviceKinds: ['home_visit', 'facility_visit'] as ServiceKind[],
    sessions: SESSIONS,
    weeks: weeksOf('2026-10-01', '2026-10-31'),
    defects: DEFECTS,
    inquiries: INQUIRIES,
    progress: PROGRESS,
    rates: ratesOf('2026-10-01', '2026-10-31'),
  };
  const monthly = (form?: ReportForm) =>
    legible('monthly', shapeMonthlyReport({
      ...october,
      form,
      activityPhotos: [{ date: '2026-10-05', reviewStatus: 'approved' }, { date: '2026-10-22', reviewStatus: 'pending' }, { date: '2026-11-02', reviewStatus: 'pending' }],
    }));

  it('has a summary sheet and one sheet per breakdown, whose totals agree', () => {
    const { sheets } = monthly();
    expect(sheets.map((s) => s.name)).toEqual([...MONTHLY_REPORT_SHEETS]);
    const summary = sheets[0];
    expect(summary.rows[0].cells[0].value).toBe('月次報告書（令和8年10月分）');
    const kinds = tableOf(summary, 'サービス種別');
    expect(kinds.rows.map((r) => r.slice(0, 3))).toEqual([
      ['個人宅訪問', 2, 4],
      ['福祉施設訪問', 1, 9],
    ]);
    expect(kinds.total!.slice(1, 3).map(result)).toEqual([3, 13]);
    expect(result(tableOf(summary, '区分').total![1])).toBe(9);
    const photos = tableOf(summary, '項目', 1);
    expect(photos.rows.find((r) => r[0] === '活動写真（実施状況の写真）枚数')![1]).toBe(2);
    const targets = tableOf(summary, '目標グループ');
    expect(targets.rows).toEqual([
      ['契約目標', 'すべて達成', '要注意', '個人宅訪問 申請件数', 20, 8, 0.4, 17, '要注意'],
      ['契約目標', 'すべて達成', '要注意', '予約', 10, null, null, null, '未集計'],
    ]);
    const rates = tableOf(summary, '項目', 3);
    expect(rates.rows).toEqual([['日次報告', 2, 2, 1, 0, 1, 0.5]]);

    expect(result(tableOf(sheetNamed(sheets, '実施一覧'), '実施日').total![11])).toBe(13);
    expect(tableOf(sheetNamed(sheets, '日別集計'), '日付').rows).toHaveLength(31);
    const weeks = tableOf(sheetNamed(sheets, '受電件数（週別）'), '週');
    expect(weeks.rows.map((r) => r[1])).toEqual(['10/1～10/4', '全日', '全日', '全日', '10/26～10/31']);
    expect(result(weeks.total![8])).toBe(9);
    expect(tableOf(sheetNamed(sheets, '不備対応'), '受付日').rows.map((r) => r.at(-1))).toEqual(['解決', '期限超過', '対応中']); // as of the month's end: the last one was resolved in November
    // By type and state, from the same records (issue 19 item 4): the September photo defect was resolved in October.
    expect(tableOf(sheetNamed(sheets, '不備対応'), '区分').rows).toEqual([
      ['顔写真の不備', 0, 1, 0, 0],
      ['署名の不備', 1, 0, 1, 1],
      ['その他', 1, 0, 1, 0],
    ]);
    expect(tableOf(sheetNamed(sheets, '問い合わせ・苦情'), '受付日').rows).toHaveLength(2);
  });

  it.each(FORM_VARIANTS)('prints every sheet at 70%% or more with the form %s', (_, form) => {
    expect(illegibleSheets(monthly(resolveReportForm('monthly', form, 'wareki')))).toEqual([]);
  });

  it('marks each day’s daily report as a city files it, places the approved photos of the month, and carries the remarks (issue 20 item 3)', () => {
    const photo = (id: string, date: string, reviewStatus: string, confirmedNoPersonalData: boolean) => ({ id, date, reviewStatus, confirmedNoPersonalData, caption: `写真${id}`, width: 1200, height: 800 });
    const { sheets } = legible(
      'monthly with states and photos',
      shapeMonthlyReport({
        ...october,
        activityPhotos: [photo('p2', '2026-10-22', 'approved', true), photo('p1', '2026-10-05', 'approved', true), photo('p3', '2026-10-06', 'pending', true), photo('p4', '2026-10-07', 'approved', false)],
        dailyReports: [
          { date: '2026-10-05', status: 'accepted' },
          { date: '2026-10-22', status: 'returned' },
        ],
        remarks: '10月は台風で1回延期しました。',
      }),
    );
    const days = tableOf(sheetNamed(sheets, '日別集計'), '日付');
    expect(days.header.at(-1)).toBe('日次報告');
    const marked = days.rows.filter((r) => r.at(-1) !== '').map((r) => [r[0], r.at(-1)]);
    expect(marked.map((r) => r[1])).toEqual(expect.arrayContaining(['受理済', '差戻し']));
    expect(marked.length).toBe(days.rows.filter((r) => (r[2] as number) > 0).length);
    // A held day with no report released to the city is 未提出; a day without sessions is left blank.
    expect(marked.filter((r) => r[1] === '未提出').length).toBe(marked.length - 2);

    const pictures = sheetNamed(sheets, '活動写真');
    expect(tableOf(pictures, 'No').rows.map((r) => r[2])).toEqual(['写真p1', '写真p2']);
    expect(pictures.images.map((i) => [i.key, i.col, i.width, i.height])).toEqual([
      ['p1', 4, 240, 160],
      ['p2', 4, 240, 160],
    ]);
    expect(tableOf(sheetNamed(sheets, '特記事項'), '内容').rows).toEqual([['10月は台風で1回延期しました。']]);
  });

  it('says 該当なし on the photo and remarks sheets when there are none', () => {
    const { sheets } = monthly();
    expect(tableOf(sheetNamed(sheets, '活動写真'), 'No').rows).toEqual([['該当なし', null, null, null]]);
    expect(sheetNamed(sheets, '活動写真').images).toEqual([]);
  });

  it('follows the agreed form: the chosen sheets in their order, 西暦, the city’s title and its document number at the top right of the first sheet (issue 20 item 4)', () => {
    const { sheets } = monthly({ sheets: ['sessions', 'remarks', 'summary'], eraStyle: 'seireki', title: '月例業務報告書', documentNumber: '小樽総第123号' });
    expect(sheets.map((s) => s.name)).toEqual(['実施一覧', '特記事項', '概要']);
    expect(sheets[0].rows[0].cells[0].value).toBe('月例業務報告書（2026年10月分） 実施一覧');
    expect(sheets[2].rows[0].cells[0].value).toBe('月例業務報告書（2026年10月分）');
    const corner = sheets[0].rows[0].cells;
    expect(corner).toHaveLength(sheets[0].widths.length);
    expect(corner.at(-1)!.value).toBe('小樽総第123号');
    // Only the first sheet carries it; dates follow the form's era style.
    expect(sheets[1].rows[0].cells).toHaveLength(1);
    expect(sheets[0].rows.find((r) => r.cells[0].value === '作成日')!.cells[1].value).toMatch(/^\d{4}年/);
    expect(tableOf(sheets[0], '実施日').rows[0][0]).toMatch(/^2026年10月/);
  });
});

describe(shapeCompletionReport.name, () => {
  const completion = (asOf: string, form?: ReportForm) =>
    legible('completion', shapeCompletionReport({
      form,
      context: ctx,
      from: '2026-10-01',
      to: '2026-11-30',
      serviceKinds: ['home_visit', 'facility_visit'],
      sessions: SESSIONS,
      weeks: weeksOf('2026-10-01', '2026-11-30'),
      defects: DEFECTS,
      inquiries: INQUIRIES,
      activityPhotos: [],
      progress: { ...PROGRESS, asOf },
      rates: ratesOf('2026-10-01', '2026-11-30'),
      specialNotes: [{ date: '2026-10-22', text: '施設の改修で会場を変更' }],
    }));

  it('adds the months, the targets, the timeliness and a closing sheet of special notes', () => {
    const { sheets } = completion('2026-11-20');
    expect(sheets.map((s) => s.name)).toEqual([...COMPLETION_REPORT_SHEETS]);
    const months = tableOf(sheetNamed(sheets, '月別集計'), '月');
    expect(months.rows.map((r) => r[0])).toEqual(['令和8年10月', '令和8年11月']);
    expect(months.total!.slice(1, 5).map(result)).toEqual([4, 17, 3, 14]);

    const timeliness = tableOf(sheetNamed(sheets, '報告の提出状況'), '月');
    expect(timeliness.total![4]).toEqual({ formula: expect.stringMatching(/^IF\(B\d+=0,"",C\d+\/B\d+\)$/), result: 2 / 3 });
    expect(result(timeliness.total![4])).toBe(ratesOf('2026-10-01', '2026-11-30').totals.reportingRate);

    const notes = tableOf(sheetNamed(sheets, '特記事項'), '日付');
    expect(notes.rows).toEqual([
      ['令和8年10月2日', '苦情と対応', '連絡がなかった（対応：謝罪し前日連絡を徹底）'],
      ['令和8年10月5日', '実施時の問題点', '中央地区：段差で車椅子が通れなかった'],
      ['令和8年10月22日', '日次報告の特記事項', '施設の改修で会場を変更'],
    ]);
    // Still running: the targets keep their projection and say so.
    expect(tableOf(sheetNamed(sheets, '目標と達成状況'), '目標グループ').header).toContain('期末見込み');
    expect(sheets[0].rows.some((r) => String(r.cells[0].value).includes('契約期間の途中'))).toBe(true);
  });

  it('shows the final status without a projection once the period is over', () => {
    const { sheets } = completion('2026-11-30');
    const targets = sheetNamed(sheets, '目標と達成状況');
    expect(tableOf(targets, '目標グループ').header).not.toContain('期末見込み');
    expect(targets.rows.at(-1)!.cells[0].value).toBe('※契約期間終了（令和8年11月30日）時点の最終の状況です。');
  });

  it('has an activity-photo sheet as the monthly report does, and follows the agreed form', () => {
    expect(completion('2026-11-30').sheets.map((s) => s.name)).toContain('活動写真');
    const { sheets } = completion('2026-11-30', { sheets: ['targets', 'summary'], eraStyle: 'wareki', title: null, documentNumber: '  ' });
    expect(sheets.map((s) => s.name)).toEqual(['目標と達成状況', '概要']);
    expect(sheets[0].rows[0].cells.map((c) => c.value)).toEqual(['委託業務完了報告書 目標と達成状況']);
  });

  it.each(FORM_VARIANTS)('prints every sheet at 70%% or more with the form %s', (_, form) => {
    expect(illegibleSheets(completion('2026-11-30', resolveReportForm('completion', form, 'wareki')))).toEqual([]);
  });
});

describe(shapeCitySummary.name, () => {
  const program = (over: Partial<CitySummaryProgram> = {}): CitySummaryProgram => ({
    municipalityName: '小樽市',
    title: '出張申請受付業務',
    fiscalYear: 2026,
    periodStart: '2026-10-01',
    periodEnd: '2026-12-24',
    eraStyle: 'wareki',
    vendorNames: ['A社'],
    sessions: SESSIONS,
    weeks: weeksOf('2026-10-01', '2026-11-20'),
    defects: DEFECTS,
    inquiries: INQUIRIES,
    progress: PROGRESS,
    rates: ratesOf('2026-10-01', '2026-11-20'),
    ...over,
  });

  it('gives each program’s key figures up to today, with totals over the programs', () => {
    expect(programKeyFigures(program(), '2026-11-20')).toMatchObject({ sessions: 4, applications: 17, consultations: 3, calls: 14, openDefects: 1, complaints: 1, targets: '契約目標：要注意' });
    const future = programKeyFigures(program({ periodStart: '2026-12-01' }), '2026-11-20');
    expect(future).toMatchObject({ sessions: 0, calls: 0, complaints: 0 });

    const { sheets } = legible('city summary', shapeCitySummary({ scopeName: '小樽市', createdOn: '2026-11-20', programs: [program(), program({ title: '第2期' })] }));
    const rows = tableOf(sheets[0], '自治体');
    expect(rows.rows.map((r) => r[1])).toEqual(['出張申請受付業務', '第2期']);
    expect(result(rows.total![5])).toBe(8);
    expect(sheets[0].rows[0].cells[0].value).toBe('事業別集計（小樽市）');
  });

  it('writes 西暦 only when every program asks for it', () => {
    expect(summaryEraStyle([{ eraStyle: 'seireki' }, { eraStyle: 'seireki' }])).toBe('seireki');
    expect(summaryEraStyle([{ eraStyle: 'seireki' }, { eraStyle: 'wareki' }])).toBe('wareki');
    expect(summaryEraStyle([])).toBe('wareki');
  });
});

describe('every workbook above, printed on A4', () => {
  it('prints every sheet at 70% or more of natural size', () => {
    expect(printed.map(([n]) => n)).toEqual(expect.arrayContaining(['daily', 'weekly calls', 'monthly', 'completion', 'city summary']));
    expect(printed.flatMap(([name, spec]) => illegibleSheets(spec).map((s) => `${name} ${s}`))).toEqual([]);
  });

  it('writes every formula with its cached value, and 該当なし in every empty table', () => {
    for (const [, spec] of printed)
      for (const sheet of spec.sheets)
        for (const row of sheet.rows)
          for (const cell of row.cells) {
            const v = cell.value;
            if (v && typeof v === 'object') expect(typeof v.result === 'string' || Number.isFinite(v.result)).toBe(true);
          }
    const [main] = legible('daily, no notes', shapeDailyReport({ context: ctx, date: '2026-10-05', status: 'accepted', submittedAt: null, dueAt: '2026-10-06T03:00:00Z', sessions: [], specialNotes: null, photos: [] })).sheets;
    expect(tableOf(main, 'No', 0).rows).toEqual([['該当なし', ...Array(main.rows.find((r) => r.style === 'header')!.cells.length - 1).fill(null)]]);
    expect(tableOf(main, '特記事項').rows).toEqual([['該当なし']]);
  });
});
