import { CALL_CATEGORIES, CALL_CATEGORY_LABELS_JA, CALL_OUTCOMES, CALL_OUTCOME_LABELS_JA } from '../calls/call.schema.js';
import type { CallWeek } from '../calls/weekly-calls.js';
import type { DateKey } from '../common/dates.js';
import { jstDateKey, jstTime, weekday } from '../common/dates.js';
import { type EraStyle, formatJapaneseDate } from '../common/wareki.js';
import { CONTACT_METHOD_LABELS_JA, CONTACT_RESULT_LABELS_JA, DEFECT_CATEGORY_LABELS_JA, DEFECT_FOUND_BY_LABELS_JA, DEFECT_STATE_LABELS_JA, defectState, INQUIRY_CATEGORY_LABELS_JA, INQUIRY_CHANNEL_LABELS_JA } from '../follow-ups/follow-up.schema.js';
import { type DailyReportStatus, REPORT_STATUS_LABELS_JA } from '../daily-reports/report-workflow.js';
import { SESSION_COUNT_LABELS_JA } from '../sessions/session.schema.js';
import type { Completeness, ReportingRates } from '../daily-reports/timeliness.js';
import type { MonthlyPhotoStats } from '../sessions/photo-stats.js';
import {
  activityPhotoFigures,
  APPLICATION_TYPE_FIELDS,
  callCategoryTotals,
  callDaysIn,
  type DayFigures,
  defectFigures,
  defectFiguresByCategory,
  inquiryFigures,
  photoTotals,
  type ReportActivityPhoto,
  type ReportDefect,
  type ReportInquiry,
  type ReportProgress,
  type ReportSession,
} from './figures.js';
import { applicationsTotal } from '../sessions/application-type.js';
import { consultationsTotal } from '../sessions/session-figures.js';
import { APPLICATION_METHOD_LABELS_JA, labelOf, SERVICE_KIND_LABELS_JA, TARGET_LOGIC_LABELS_JA, TARGET_METRIC_LABELS_JA, TARGET_STATUS_LABELS_JA, weekdayLabel } from './labels.js';
import type { CellValue, TableColumn, TableInput } from './sheet.js';

/** The tables the monthly and completion reports (and the daily report) share, with their Japanese headings. */

const L = SESSION_COUNT_LABELS_JA;
const int = (header: string, total = true): TableColumn => ({ header, kind: 'int', ...(total ? { total: 'sum' as const } : {}) });
const txt = (header: string, width?: number): TableColumn => ({ header, kind: 'text', ...(width ? { width } : {}) });

export function jaDate(date: DateKey, style: EraStyle): string {
  return formatJapaneseDate(date, style);
}
/** An instant as its JST date and time: 令和8年6月18日 10:30. */
export function jaDateTime(iso: string | null, style: EraStyle): string {
  if (!iso) return '';
  const at = new Date(iso);
  return `${formatJapaneseDate(jstDateKey(at), style)} ${jstTime(at)}`;
}
export function timeRange(start: string | null, end: string | null): string {
  if (!start && !end) return '';
  return `${start ?? ''}～${end ?? ''}`;
}
/** A week as 令和8年6月1日～6月7日. */
export function weekLabel(from: DateKey, to: DateKey, style: EraStyle): string {
  const [, m, d] = to.split('-').map(Number);
  return `${formatJapaneseDate(from, style)}～${m}月${d}日`;
}
const shortDay = (date: DateKey) => `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`;

// ---------------------------------------------------------------------------------------------------------
// Sessions

const APPLICATION_COLUMNS: TableColumn[] = APPLICATION_TYPE_FIELDS.map((f) => int(L[f]));
const APPLICATION_TOTAL_HEADER = '申請計';
const OTHER_COUNT_FIELDS = ['faceAuthCards', 'mailToFacility', 'consultations', 'proxyWriting', 'notTaken'] as const;

function sessionCountCells(s: ReportSession): CellValue[] {
  return [...APPLICATION_TYPE_FIELDS.map((f) => s[f]), null, ...OTHER_COUNT_FIELDS.map((f) => s[f])];
}

/** 実施状況 of the daily report: one row per held session. */
export function dailySessionsTable(sessions: readonly ReportSession[]): TableInput {
  const lead = [txt('No', 5), txt('時間', 12), txt('サービス種別', 14), txt('場所', 28), txt('申請方式', 14)];
  return {
    heading: '実施状況',
    freeze: true,
    columns: [...lead, ...APPLICATION_COLUMNS, int(APPLICATION_TOTAL_HEADER), ...OTHER_COUNT_FIELDS.map((f) => int(L[f]))],
    rows: sessions.map((s, i) => [i + 1, timeRange(s.startTime, s.endTime), labelOf(SERVICE_KIND_LABELS_JA, s.serviceKind), s.place, labelOf(APPLICATION_METHOD_LABELS_JA, s.method), ...sessionCountCells(s)]),
    rowSum: { column: lead.length + APPLICATION_TYPE_FIELDS.length, from: lead.length, to: lead.length + APPLICATION_TYPE_FIELDS.length - 1 },
  };
}

/** 実施一覧: every held session of a month or the period. */
export function sessionsListTable(sessions: readonly ReportSession[], style: EraStyle): TableInput {
  const lead = [txt('実施日', 18), txt('曜日', 5), txt('時間', 12), txt('サービス種別', 14), txt('場所', 28), txt('申請方式', 14)];
  return {
    freeze: true,
    columns: [...lead, ...APPLICATION_COLUMNS, int(APPLICATION_TOTAL_HEADER), ...OTHER_COUNT_FIELDS.map((f) => int(L[f])), txt('問題点・備考', 40)],
    rows: sessions.map((s) => [
      jaDate(s.date, style),
      weekdayLabel(weekday(s.date)),
      timeRange(s.startTime, s.endTime),
      labelOf(SERVICE_KIND_LABELS_JA, s.serviceKind),
      s.place,
      labelOf(APPLICATION_METHOD_LABELS_JA, s.method),
      ...sessionCountCells(s),
      [s.problems, s.note].filter(Boolean).join(' / '),
    ]),
    rowSum: { column: lead.length + APPLICATION_TYPE_FIELDS.length, from: lead.length, to: lead.length + APPLICATION_TYPE_FIELDS.length - 1 },
  };
}

const PHOTO_HEADERS = [L.photosTakenOnSite, L.photosBrought, L.photoRetakes, L.photoExceptionsMedical, L.photoExceptionsDisability, L.photoExceptionsBedridden, L.photoExceptionsOther];
const photoColumns = (): TableColumn[] => [...PHOTO_HEADERS.map((h) => int(h)), int('特例計')];
/** photoExceptions* are columns 3..6 of the photo block. */
const photoRowSum = (lead: number) => ({ column: lead + 7, from: lead + 3, to: lead + 6 });

/** 写真の状況 of the daily report: per session. */
export function dailyPhotosTable(sessions: readonly ReportSession[]): TableInput {
  return {
    heading: '写真の状況',
    columns: [txt('No'), txt('場所'), ...photoColumns()],
    rows: sessions.map((s, i) => [i + 1, s.place, s.photosTakenOnSite, s.photosBrought, s.photoRetakes, s.photoExceptionsMedical, s.photoExceptionsDisability, s.photoExceptionsBedridden, s.photoExceptionsOther, null]),
    rowSum: photoRowSum(2),
  };
}

/** 記録事項 of the daily report: the texts of each session. */
export function dailyNotesTable(sessions: readonly ReportSession[]): TableInput {
  return {
    heading: '記録事項',
    columns: [txt('No'), txt('場所'), txt('問題点', 30), txt('備考', 30), txt('写真の特例（その他）の内容', 24), txt('受付できなかった理由', 24), txt('写真が申請より少ない理由', 24)],
    rows: sessions.map((s, i) => [i + 1, s.place, s.problems ?? '', s.note ?? '', s.photoExceptionsOtherText ?? '', s.notTakenReason ?? '', s.photoShortfallExplanation ?? '']),
  };
}

/** 写真統計 per day with held sessions (monthly report). */
export function photoStatsByDayTable(sessions: readonly ReportSession[], style: EraStyle): TableInput {
  const byDate = new Map<DateKey, ReportSession[]>();
  for (const s of sessions) byDate.set(s.date, [...(byDate.get(s.date) ?? []), s]);
  const rows = [...byDate].map(([date, day]) => {
    const t = photoTotals(day, date, date);
    return [jaDate(date, style), t.onSite, t.brought, t.retakes, t.exceptions.medical, t.exceptions.disability, t.exceptions.bedridden, t.exceptions.other, null];
  });
  return { freeze: true, columns: [txt('実施日', 18), ...photoColumns()], rows, rowSum: photoRowSum(1) };
}

/** 写真統計 per month (completion report), straight from photoStatsByMonth. */
export function photoStatsByMonthTable(months: readonly MonthlyPhotoStats[], monthLabel: (month: string) => string): TableInput {
  return {
    freeze: true,
    columns: [txt('月', 14), ...photoColumns()],
    rows: months.map((m) => [monthLabel(m.month), m.onSite, m.brought, m.retakes, m.exceptions.medical, m.exceptions.disability, m.exceptions.bedridden, m.exceptions.other, null]),
    rowSum: photoRowSum(1),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Daily figures, calls

export function dailyFiguresTable(days: readonly DayFigures[], style: EraStyle, reports?: ReadonlyArray<{ date: DateKey; status: DailyReportStatus }>): TableInput {
  if (!reports) {
    return {
      freeze: true,
      columns: [txt('日付', 18), txt('曜日', 5), int('実施回数'), int('申請件数'), int('相談件数'), int('受電件数')],
      rows: days.map((d) => [jaDate(d.date, style), weekdayLabel(weekday(d.date)), d.sessions, d.applications, d.consultations, d.calls]),
    };
  }
  const status = new Map(reports.map((r) => [r.date, r.status]));
  return {
    freeze: true,
    columns: [txt('日付', 18), txt('曜日', 5), int('実施回数'), int('申請件数'), int('相談件数'), int('受電件数'), txt('日次報告', 10)],
    rows: days.map((d) => [jaDate(d.date, style), weekdayLabel(weekday(d.date)), d.sessions, d.applications, d.consultations, d.calls, d.sessions > 0 ? dailyReportMark(status.get(d.date) ?? null) : '']),
  };
}

/**
 * A daily report's state as a city files it beside the day (issue 20 item 3): 受理済 (accepted), 差戻し (returned),
 * 未受理 (submitted, not yet accepted), 未提出 (not released to the city: none, a draft or under the vendor's check).
 */
export function dailyReportMark(status: DailyReportStatus | null): string {
  if (status === 'accepted') return '受理済';
  if (status === 'returned') return '差戻し';
  if (status === 'submitted') return '未受理';
  return '未提出';
}

const CALL_CATEGORY_COLUMNS = (): TableColumn[] => CALL_CATEGORIES.map((c) => int(CALL_CATEGORY_LABELS_JA[c]));

/** 受電件数 per day × category (weekly call report). */
export function callDaysTable(weeks: readonly CallWeek[], style: EraStyle): TableInput {
  const days = weeks.flatMap((w) => w.days);
  return {
    freeze: true,
    columns: [txt('日付', 18), txt('曜日', 5), txt('稼働日', 8), ...CALL_CATEGORY_COLUMNS(), int('合計')],
    rows: days.map((d) => [jaDate(d.date, style), weekdayLabel(weekday(d.date)), d.workingDay ? '稼働日' : '休業日', ...CALL_CATEGORIES.map((c) => d.byCategory[c]), null]),
    rowSum: { column: 3 + CALL_CATEGORIES.length, from: 3, to: 2 + CALL_CATEGORIES.length },
  };
}

/** 受電件数 per whole week (weekly call report): as each weekly report counts it, with its status. */
export function callWeeksTable(weeks: readonly CallWeek[], style: EraStyle): TableInput {
  const n = CALL_CATEGORIES.length;
  return {
    freeze: true,
    columns: [txt('週', 24), ...CALL_CATEGORY_COLUMNS(), int('合計'), int('うち時間外'), txt('報告期限', 18), txt('報告の状況', 10), txt('提出日時', 22)],
    rows: weeks.map((w) => [
      weekLabel(w.weekStart, w.weekEnd, style),
      ...CALL_CATEGORIES.map((c) => w.byCategory[c]),
      null,
      w.outsideHours,
      jaDate(w.dueDate, style),
      w.status ? REPORT_STATUS_LABELS_JA[w.status] : '未作成',
      jaDateTime(w.submittedAt, style),
    ]),
    rowSum: { column: 1 + n, from: 1, to: n },
  };
}

/** 対応結果 per whole week: the outcome split, with the paper counts that have none. */
export function callOutcomesTable(weeks: readonly CallWeek[], style: EraStyle): TableInput {
  const n = CALL_OUTCOMES.length;
  return {
    freeze: true,
    columns: [txt('週', 24), ...CALL_OUTCOMES.map((o) => int(CALL_OUTCOME_LABELS_JA[o])), int('未記録'), int('合計')],
    rows: weeks.map((w) => [weekLabel(w.weekStart, w.weekEnd, style), ...CALL_OUTCOMES.map((o) => w.byOutcome[o]), w.outcomeNotRecorded, null]),
    rowSum: { column: n + 2, from: 1, to: n + 1 },
  };
}

/**
 * 受電件数 per week inside [from, to] (monthly and completion reports): weeks crossing the edge count only
 * their days inside, so the sheet adds up to the month's figure; the week's report status is shown alongside.
 */
export function callWeeksWithinTable(weeks: readonly CallWeek[], from: DateKey, to: DateKey, style: EraStyle): TableInput {
  const n = CALL_CATEGORIES.length;
  const rows = weeks
    .filter((w) => w.weekEnd >= from && w.weekStart <= to)
    .map((w) => {
      const days = callDaysIn([w], from, to);
      const totals = callCategoryTotals(days);
      const partial = days.length < 7;
      return [
        weekLabel(w.weekStart, w.weekEnd, style),
        partial ? `${shortDay(days[0].date)}～${shortDay(days[days.length - 1].date)}` : '全日',
        ...CALL_CATEGORIES.map((c) => totals[c]),
        null,
        w.status ? REPORT_STATUS_LABELS_JA[w.status] : '未作成',
      ];
    });
  return {
    freeze: true,
    columns: [txt('週', 24), txt('集計した日', 12), ...CALL_CATEGORY_COLUMNS(), int('合計'), txt('週報告の状況', 12)],
    rows,
    rowSum: { column: 2 + n, from: 2, to: 1 + n },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Defects, inquiries

/** The defects of a period, one row each, their state as of `asOf` (the period's end). */
export function defectsTable(defects: readonly ReportDefect[], style: EraStyle, asOf: DateKey): TableInput {
  return {
    freeze: true,
    columns: [txt('受付日', 18), txt('区分', 18), txt('発見者', 10), txt('内容', 40), int('連絡回数'), txt('最終連絡日', 18), txt('最終連絡の方法', 10), txt('最終連絡の結果', 14), txt('解決日', 18), txt('状況', 8)],
    rows: defects.map((d) => {
      const last = d.attempts.length ? [...d.attempts].sort((a, b) => (a.at < b.at ? -1 : 1))[d.attempts.length - 1] : null;
      return [
        jaDate(d.receivedDate, style),
        labelOf(DEFECT_CATEGORY_LABELS_JA, d.category),
        d.foundBy ? labelOf(DEFECT_FOUND_BY_LABELS_JA, d.foundBy) : '',
        d.description,
        d.attempts.length,
        last ? jaDate(jstDateKey(new Date(last.at)), style) : '',
        last ? labelOf(CONTACT_METHOD_LABELS_JA, last.method) : '',
        last ? labelOf(CONTACT_RESULT_LABELS_JA, last.result) : '',
        d.resolvedDate && d.resolvedDate <= asOf ? jaDate(d.resolvedDate, style) : '',
        DEFECT_STATE_LABELS_JA[defectState(d, asOf)],
      ];
    }),
  };
}

export function inquiriesTable(inquiries: readonly ReportInquiry[], style: EraStyle): TableInput {
  return {
    freeze: true,
    columns: [txt('受付日', 18), txt('区分', 12), txt('経路', 8), txt('内容', 40), txt('対応', 40), txt('市への報告', 10), txt('完了日', 18), txt('状況', 8)],
    rows: inquiries.map((q) => [
      jaDate(q.date, style),
      labelOf(INQUIRY_CATEGORY_LABELS_JA, q.category),
      labelOf(INQUIRY_CHANNEL_LABELS_JA, q.channel),
      q.summary,
      q.handling ?? '',
      q.escalatedToCity ? 'あり' : 'なし',
      q.closedDate ? jaDate(q.closedDate, style) : '',
      q.closedDate ? '完了' : '対応中',
    ]),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Targets

/** The target's own label, or its service kinds and metric: 「個人宅訪問 予約件数」, 「福祉施設訪問・個人宅訪問 実施回数」. */
export function targetLabel(t: { label: string | null; target: { metric: string; serviceKinds?: readonly string[] } }): string {
  if (t.label && t.label.trim()) return t.label;
  const metric = labelOf(TARGET_METRIC_LABELS_JA, t.target.metric);
  const kinds = (t.target.serviceKinds ?? []).map((k) => labelOf(SERVICE_KIND_LABELS_JA, k)).join('・');
  return kinds ? `${kinds} ${metric}` : metric;
}

/** Every target with its cumulative actual, ratio, projection and status (as the dashboard's progress shows it). */
export function targetsTable(progress: ReportProgress, heading?: string, options: { projection?: boolean } = {}): TableInput {
  const projection = options.projection ?? true;
  const rows: CellValue[][] = [];
  for (const g of progress.groups) {
    for (const t of g.targets) {
      rows.push([
        g.name,
        TARGET_LOGIC_LABELS_JA[g.logic],
        TARGET_STATUS_LABELS_JA[g.status],
        targetLabel(t),
        t.goal,
        t.measured ? t.actual : null,
        t.measured ? t.ratio : null,
        ...(projection ? [t.measured ? Math.round(t.projectedAtEnd) : null] : []),
        TARGET_STATUS_LABELS_JA[t.measured ? t.status : 'unmeasured'],
      ]);
    }
  }
  return {
    heading,
    columns: [
      txt('目標グループ', 16),
      txt('達成条件', 12),
      txt('グループの状況', 12),
      txt('目標', 24),
      { header: '目標値', kind: 'int' },
      { header: '実績（累計）', kind: 'int' },
      { header: '達成率', kind: 'percent' },
      ...(projection ? [{ header: '期末見込み', kind: 'int' as const }] : []),
      txt('状況', 8),
    ],
    rows,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Summary blocks (概要 of the monthly and completion reports)

export interface SummaryInput {
  from: DateKey;
  to: DateKey;
  serviceKinds: readonly string[];
  sessions: readonly ReportSession[];
  weeks: readonly CallWeek[];
  defects: readonly ReportDefect[];
  inquiries: readonly ReportInquiry[];
  activityPhotos: readonly ReportActivityPhoto[];
}

/** The held sessions of the range are assumed already filtered (heldSessionsIn). */
export function sessionKindTable(held: readonly ReportSession[], serviceKinds: readonly string[]): TableInput {
  return {
    heading: '実施状況',
    columns: [txt('サービス種別', 16), int('実施回数'), int('申請件数'), int(L.consultations), int(L.proxyWriting), int(L.notTaken)],
    rows: serviceKinds.map((kind) => {
      const of = held.filter((s) => s.serviceKind === kind);
      return [
        labelOf(SERVICE_KIND_LABELS_JA, kind),
        of.length,
        of.reduce((sum, s) => sum + applicationsTotal(s), 0),
        consultationsTotal(of),
        of.reduce((sum, s) => sum + s.proxyWriting, 0),
        of.reduce((sum, s) => sum + s.notTaken, 0),
      ];
    }),
  };
}

/** Applications by type (new, renewal, re-issue) × service kind, with row and column totals. */
export function applicationsByTypeTable(held: readonly ReportSession[], serviceKinds: readonly string[]): TableInput {
  const kinds = serviceKinds.map((k) => held.filter((s) => s.serviceKind === k));
  return {
    heading: '申請の内訳（申請種別・サービス種別）',
    columns: [txt('申請種別', 16), ...serviceKinds.map((k) => int(labelOf(SERVICE_KIND_LABELS_JA, k))), int('計')],
    rows: APPLICATION_TYPE_FIELDS.map((f) => [L[f], ...kinds.map((of) => of.reduce((sum, s) => sum + s[f], 0)), null]),
    rowSum: { column: serviceKinds.length + 1, from: 1, to: serviceKinds.length },
  };
}

/** Counts among the applications (face-auth cards, cards mailed to the facility): not added to the total. */
export function applicationsAmongTable(held: readonly ReportSession[], serviceKinds: readonly string[]): TableInput {
  const kinds = serviceKinds.map((k) => held.filter((s) => s.serviceKind === k));
  return {
    heading: '申請のうち',
    columns: [txt('項目', 16), ...serviceKinds.map((k) => int(labelOf(SERVICE_KIND_LABELS_JA, k), false)), int('計', false)],
    rows: (['faceAuthCards', 'mailToFacility'] as const).map((f) => [L[f], ...kinds.map((of) => of.reduce((sum, s) => sum + s[f], 0)), null]),
    rowSum: { column: serviceKinds.length + 1, from: 1, to: serviceKinds.length },
  };
}

export function callCategoryTable(weeks: readonly CallWeek[], from: DateKey, to: DateKey): TableInput {
  const totals = callCategoryTotals(callDaysIn(weeks, from, to));
  return {
    heading: '受電件数',
    columns: [txt('区分', 16), int('件数')],
    rows: CALL_CATEGORIES.map((c) => [CALL_CATEGORY_LABELS_JA[c], totals[c]]),
  };
}

export function photoSummaryTable(input: SummaryInput): TableInput {
  const t = photoTotals(input.sessions, input.from, input.to);
  const a = activityPhotoFigures(input.activityPhotos, input.from, input.to);
  const n = (header: string): TableColumn => ({ header, kind: 'int' });
  return {
    heading: '写真の状況',
    columns: [txt('項目', 24), n('件数')],
    rows: [
      [`顔写真 ${L.photosTakenOnSite}`, t.onSite],
      [`顔写真 ${L.photosBrought}`, t.brought],
      [`顔写真 ${L.photoRetakes}`, t.retakes],
      [L.photoExceptionsMedical, t.exceptions.medical],
      [L.photoExceptionsDisability, t.exceptions.disability],
      [L.photoExceptionsBedridden, t.exceptions.bedridden],
      [L.photoExceptionsOther, t.exceptions.other],
      ['写真の特例 計', t.exceptionsTotal],
      ['活動写真（実施状況の写真）枚数', a.total],
      ['　うち市の確認済み', a.approved],
      ['　うち市の確認待ち', a.pending],
      ['　うち差し戻し', a.rejected],
    ],
  };
}

export function defectSummaryTable(defects: readonly ReportDefect[], from: DateKey, to: DateKey, endLabel: string): TableInput {
  const f = defectFigures(defects, from, to);
  return {
    heading: '不備対応',
    columns: [txt('項目', 24), { header: '件数', kind: 'int' }],
    rows: [
      ['不備の受付', f.received],
      ['解決', f.resolved],
      [`${endLabel}時点の未解決`, f.openAtEnd],
    ],
  };
}

/** 不備対応 by type and state (defectFiguresByCategory); empty (該当なし) when no defect was active in the period. */
export function defectCategoryTable(defects: readonly ReportDefect[], from: DateKey, to: DateKey, endLabel: string): TableInput {
  return {
    heading: '不備対応（区分別・状況別）',
    columns: [txt('区分', 18), int('受付'), int('解決'), int(`${endLabel}時点の対応中`), int('うち期限超過')],
    rows: defectFiguresByCategory(defects, from, to).map((f) => [f.label, f.received, f.resolved, f.openAtEnd, f.overdueAtEnd]),
  };
}

export function inquirySummaryTable(inquiries: readonly ReportInquiry[], from: DateKey, to: DateKey): TableInput {
  return {
    heading: '問い合わせ・苦情',
    columns: [txt('区分', 16), int('件数'), int('市への報告'), int('対応完了')],
    rows: inquiryFigures(inquiries, from, to).map((q) => [q.label, q.count, q.escalated, q.closed]),
  };
}

/** Completeness and timeliness of the daily reports over the range (reportingRates' totals). */
export function reportingSummaryTable(rates: ReportingRates, periodReports?: Completeness): TableInput {
  const t = rates.totals;
  const p = periodReports;
  return {
    heading: p ? '報告の提出状況' : '日次報告の提出状況',
    columns: [txt('項目', 16), { header: '提出対象', kind: 'int' }, { header: '提出済み', kind: 'int' }, { header: '期限内', kind: 'int' }, { header: '期限前（未到来）', kind: 'int' }, { header: '提出率', kind: 'percent' }, { header: '期限内提出率', kind: 'percent' }],
    rows: [['日次報告', t.expected, t.received, t.onTime, t.pending, t.reportingRate, t.onTimeRate], ...(p ? [['月次・完了報告', p.expected, p.received, p.onTime, p.pending, p.reportingRate, p.onTimeRate]] : [])],
  };
}
