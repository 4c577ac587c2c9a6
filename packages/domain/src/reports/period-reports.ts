import { callOnTimeRateByMonth } from '../calls/weekly-calls.js';
import type { DateKey } from '../common/dates.js';
import { formatJapaneseDate } from '../common/wareki.js';
import { DEFECT_FOLLOW_UP_DAYS } from '../follow-ups/follow-up.schema.js';
import type { Completeness, ReportingRates } from '../daily-reports/timeliness.js';
import type { DailyReportStatus } from '../daily-reports/report-workflow.js';
import { fitInto, PHOTO_BOX } from './daily-report.js';
import { monthBuckets } from '../common/buckets.js';
import { photoStatsByMonth } from '../sessions/photo-stats.js';
import { dailyFigures, defectsActiveIn, heldSessionsIn, inquiriesIn, monthlyFigures, type ReportActivityPhoto, type ReportContext, reportMeta, type ReportProgress } from './figures.js';
import { formatJapaneseMonth, reportPeriodLine } from './report-params.js';
import { COMPLETION_REPORT_SHEET_LABELS, type CompletionReportSheet, MONTHLY_REPORT_SHEET_LABELS, type MonthlyReportSheet, type ReportForm, reportFormTitle, type ReportSheetKey, resolveReportForm } from './report-form.js';
import type { PeriodReportKind } from './report-submission.js';
import { type CellValue, SheetBuilder, type TableInput, uniqueSheetNames, type WorkbookSpec } from './sheet.js';
import {
  applicationsAmongTable,
  applicationsByTypeTable,
  callCategoryTable,
  callWeeksWithinTable,
  dailyFiguresTable,
  defectCategoryTable,
  defectsTable,
  defectSummaryTable,
  inquiriesTable,
  inquirySummaryTable,
  jaDate,
  photoStatsByDayTable,
  photoStatsByMonthTable,
  photoSummaryTable,
  reportingSummaryTable,
  sessionKindTable,
  sessionsListTable,
  type SummaryInput,
  targetsTable,
} from './tables.js';

/**
 * 月次報告書 and 委託業務完了報告書: a summary sheet, then one sheet per breakdown. The completion report is
 * the monthly report over the whole period, per month, with the targets' final status, the reporting
 * timeliness and a closing sheet of special notes. Which sheets, in which order, under which title and era style is
 * the program's agreed form (report-form.ts).
 */

export interface PeriodReportInput extends SummaryInput {
  context: ReportContext;
  /** Progress as of the end of the range (or today while it runs). */
  progress: ReportProgress;
  /** reportingRates over [from, to]. */
  rates: ReportingRates;
  /** 月次報告書・委託業務完了報告書 due in [from, to] (periodReportCompleteness); absent: not shown. */
  periodReports?: Completeness;
  /** The daily reports of the range and their states, marked where the days are listed (日別集計). */
  dailyReports?: ReadonlyArray<{ date: DateKey; status: DailyReportStatus }>;
  /** 特記事項 the vendor writes when submitting (report-submission.ts); absent on a draft download. */
  remarks?: string | null;
  /** The agreed form (report-form.ts): sheets, order, era style, title, document number; absent: the usual form. */
  form?: ReportForm | null;
}

export interface MonthlyReportInput extends PeriodReportInput {
  /** 'YYYY-MM'; from/to are the month cut to the program period. */
  month: string;
}

export interface CompletionReportInput extends PeriodReportInput {
  /** Special notes of the daily reports (特記事項), by date. */
  specialNotes: ReadonlyArray<{ date: DateKey; text: string }>;
}

/** The sheet names of the usual form, in order (report-form.ts: the city may choose others). */
export const MONTHLY_REPORT_SHEETS = Object.values(MONTHLY_REPORT_SHEET_LABELS);
export const COMPLETION_REPORT_SHEETS = Object.values(COMPLETION_REPORT_SHEET_LABELS);

function summaryTables(input: PeriodReportInput, labels: { scope: string; end: string }): TableInput[] {
  const held = heldSessionsIn(input.sessions, input.from, input.to);
  return [
    { ...sessionKindTable(held, input.serviceKinds), heading: `実施状況（${labels.scope}）` },
    applicationsByTypeTable(held, input.serviceKinds),
    applicationsAmongTable(held, input.serviceKinds),
    callCategoryTable(input.weeks, input.from, input.to),
    photoSummaryTable({ ...input, sessions: held }),
    defectSummaryTable(input.defects, input.from, input.to, labels.end),
    inquirySummaryTable(input.inquiries, input.from, input.to),
    targetsTable(input.progress, `目標の進捗（${formatJapaneseDate(input.progress.asOf, input.context.eraStyle)}時点の累計）`),
    reportingSummaryTable(input.rates, input.periodReports),
  ];
}

/** The input with the form resolved and its era style in the context (every date and title follows the form). */
function withForm<T extends PeriodReportInput>(kind: PeriodReportKind, input: T): T & { form: ReportForm } {
  const form = resolveReportForm(kind, input.form ?? null, input.context.eraStyle);
  return { ...input, form, context: { ...input.context, eraStyle: form.eraStyle } };
}

/**
 * The workbook in the form's order: each chosen sheet filled by its function, the summary titled with the report's
 * title alone and the others with their name after it; the document number at the top right of the first sheet.
 */
function assemble<K extends string>(form: ReportForm, labels: Readonly<Record<K, string>>, fill: Record<K, (sheet: SheetBuilder) => void>, header: { title: string; meta: Array<[string, string]> }): WorkbookSpec {
  const keys = form.sheets.filter((k): k is ReportSheetKey & K => Object.hasOwn(labels, k));
  const names = uniqueSheetNames(keys.map((k) => labels[k]));
  return {
    sheets: keys.map((k, i) => {
      const title = k === 'summary' ? header.title : `${header.title} ${labels[k]}`;
      const sheet = new SheetBuilder(names[i], { title, meta: header.meta, corner: i === 0 ? (form.documentNumber ?? undefined) : undefined });
      fill[k](sheet);
      return sheet.build();
    }),
  };
}

export function shapeMonthlyReport(raw: MonthlyReportInput): WorkbookSpec {
  const input = withForm('monthly', raw);
  const style = input.context.eraStyle;
  const monthLabel = formatJapaneseMonth(input.month, style);
  const meta = reportMeta(input.context, { label: '対象期間', value: reportPeriodLine(input.from, input.to, style) });
  const held = heldSessionsIn(input.sessions, input.from, input.to);

  const fill: Record<MonthlyReportSheet, (s: SheetBuilder) => void> = {
    summary: (s) => {
      for (const t of summaryTables(input, { scope: '当月', end: '月末' })) s.table(t);
    },
    sessions: (s) => s.table(sessionsListTable(held, style)),
    days: (s) => s.table(dailyFiguresTable(dailyFigures(input.sessions, input.weeks, input.from, input.to), style, input.dailyReports)),
    calls: (s) => {
      s.table(callWeeksWithinTable(input.weeks, input.from, input.to, style));
      s.note('※月をまたぐ週は当月の日の件数のみ計上しています（週報告の件数は受電件数報告をご覧ください）。');
    },
    'photo-stats': (s) => s.table(photoStatsByDayTable(held, style)),
    defects: (s) => {
      s.table(defectCategoryTable(input.defects, input.from, input.to, '月末'));
      s.table(defectsTable(defectsActiveIn(input.defects, input.from, input.to), style, input.to));
      s.note(`※当月に受け付けた不備と、当月中に対応中だった不備を載せています。状況は月末時点で、受付から${DEFECT_FOLLOW_UP_DAYS}日を過ぎて未解決のものを期限超過としています。`);
    },
    inquiries: (s) => s.table(inquiriesTable(inquiriesIn(input.inquiries, input.from, input.to), style)),
    'activity-photos': (s) => activityPhotoTable(s, monthPhotos(input.activityPhotos, input.from, input.to), style),
    remarks: (s) => s.table(remarksTable(input.remarks)),
  };
  return assemble(input.form, MONTHLY_REPORT_SHEET_LABELS, fill, { title: `${reportFormTitle('monthly', input.form)}（${monthLabel}分）`, meta });
}

export function shapeCompletionReport(raw: CompletionReportInput): WorkbookSpec {
  const input = withForm('completion', raw);
  const style = input.context.eraStyle;
  const meta = reportMeta(input.context, { label: '契約期間', value: reportPeriodLine(input.from, input.to, style) });
  const held = heldSessionsIn(input.sessions, input.from, input.to);
  const final = input.progress.asOf >= input.to;
  const monthLabel = (m: string) => formatJapaneseMonth(m, style);

  const fill: Record<CompletionReportSheet, (s: SheetBuilder) => void> = {
    summary: (s) => {
      for (const t of summaryTables(input, { scope: '契約期間の累計', end: final ? '期間終了' : '作成日' })) s.table(t);
      if (!final) s.note(`※契約期間の途中（${formatJapaneseDate(input.progress.asOf, style)}時点）の集計です。目標の状況は見込みを含みます。`);
    },
    months: (s) =>
      s.table({
        freeze: true,
        columns: [
          { header: '月', width: 14 },
          ...['実施回数', '申請件数', '相談件数', '受電件数', '不備の受付', '問い合わせ・苦情', 'うち苦情'].map((header) => ({ header, kind: 'int' as const, total: 'sum' as const })),
        ],
        rows: monthlyFigures(input, input.from, input.to).map((m) => [monthLabel(m.month), m.sessions, m.applications, m.consultations, m.calls, m.defectsReceived, m.inquiries, m.complaints]),
      }),
    targets: (s) => {
      s.table({ ...targetsTable(input.progress, undefined, { projection: !final }), freeze: true });
      s.note(final ? `※契約期間終了（${formatJapaneseDate(input.to, style)}）時点の最終の状況です。` : `※${formatJapaneseDate(input.progress.asOf, style)}時点の状況です（期間終了後に確定します）。`);
    },
    sessions: (s) => s.table(sessionsListTable(held, style)),
    days: (s) => s.table(dailyFiguresTable(dailyFigures(input.sessions, input.weeks, input.from, input.to), style, input.dailyReports)),
    calls: (s) => {
      s.table(callWeeksWithinTable(input.weeks, input.from, input.to, style));
      s.note('※契約期間の前後にかかる週は期間内の日の件数のみ計上しています。');
    },
    'photo-stats': (s) => s.table(photoStatsByMonthTable(photoStatsByMonth(held, input.from, input.to), monthLabel)),
    defects: (s) => {
      s.table(defectCategoryTable(input.defects, input.from, input.to, final ? '期間終了' : '作成日'));
      s.table(defectsTable(defectsActiveIn(input.defects, input.from, input.to), style, final ? input.to : input.progress.asOf));
      s.note(`※状況は${final ? '契約期間終了' : '作成日'}時点で、受付から${DEFECT_FOLLOW_UP_DAYS}日を過ぎて未解決のものを期限超過としています。`);
    },
    inquiries: (s) => s.table(inquiriesTable(inquiriesIn(input.inquiries, input.from, input.to), style)),
    'activity-photos': (s) => activityPhotoTable(s, monthPhotos(input.activityPhotos, input.from, input.to), style),
    timeliness: (s) => {
      s.table(timelinessTable(input.rates, input.weeks, input.from, input.to, input.context.createdOn, monthLabel));
      s.note('※日次報告は実施日ごとに、受電件数の週報告は週ごとに数えています。期限が来ていない報告は提出対象に含めません。');
    },
    remarks: (s) => {
      s.table({ freeze: true, columns: [{ header: '日付', width: 18 }, { header: '区分', width: 18 }, { header: '内容', width: 70 }], rows: specialNoteRows(input, held) });
      // Room to write by hand: the whole width, about eight lines.
      s.table({ heading: '総括（受託者記入欄）', span: true, columns: [{ header: '所見・今後の課題' }], rows: [[input.remarks?.trim() ?? '']], rowHeight: 120 });
    },
  };
  return assemble(input.form, COMPLETION_REPORT_SHEET_LABELS, fill, { title: reportFormTitle('completion', input.form), meta });
}

/** How many activity photos a monthly report places (the first ones of the month). */
export const MAX_MONTH_PHOTOS = 12;

/**
 * The activity photos a monthly report shows (issue 20 item 3): those of [from, to] the city approved and the vendor
 * confirmed show no face or personal data, by date, at most MAX_MONTH_PHOTOS.
 */
export function monthPhotos(photos: readonly ReportActivityPhoto[], from: DateKey, to: DateKey): ReportActivityPhoto[] {
  return photos
    .filter((p) => p.id && p.date >= from && p.date <= to && p.reviewStatus === 'approved' && p.confirmedNoPersonalData === true)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .slice(0, MAX_MONTH_PHOTOS);
}

function activityPhotoTable(sheet: SheetBuilder, photos: readonly ReportActivityPhoto[], style: ReportContext['eraStyle']): void {
  const placed = sheet.table({
    freeze: true,
    columns: [
      { header: 'No', width: 5 },
      { header: '実施日', width: 18 },
      { header: '説明', width: 30 },
      { header: '写真', width: 36 },
    ],
    rows: photos.map((p, i) => [i + 1, jaDate(p.date, style), p.caption ?? '', '']),
    rowHeight: photos.length ? Math.ceil(PHOTO_BOX.height * 0.75) + 8 : undefined, // points: 0.75 pt per pixel
  });
  photos.forEach((p, i) => sheet.image({ key: p.id!, row: placed.firstDataRow + i, col: 4, ...fitInto(p.width ?? 0, p.height ?? 0) }));
  sheet.note(`※市が確認済みで、顔や個人情報が判別できないことを確認した写真を載せています（${MAX_MONTH_PHOTOS}枚まで）。`);
}

/** The vendor's remarks (特記事項) across the sheet; none says 該当なし. */
function remarksTable(remarks: string | null | undefined): TableInput {
  const text = remarks?.trim();
  return { heading: '受託者からの特記事項', span: true, columns: [{ header: '内容' }], rows: text ? [[text]] : [] };
}

/** Per month: daily reports expected / received / on time, and weekly call reports due / on time. */
function timelinessTable(rates: ReportingRates, weeks: PeriodReportInput['weeks'], from: DateKey, to: DateKey, asOf: DateKey, monthLabel: (m: string) => string): TableInput {
  const inPeriod = weeks.filter((w) => w.weekEnd >= from && w.weekStart <= to);
  const calls = new Map(callOnTimeRateByMonth(inPeriod, asOf).map((m) => [m.month, m]));
  const daily = new Map(rates.months.map((m) => [m.month, m]));
  const rows: CellValue[][] = monthBuckets(from, to).map((b) => {
    const d = daily.get(b.month);
    const c = calls.get(b.month);
    return [monthLabel(b.month), d?.expected ?? 0, d?.received ?? 0, d?.onTime ?? 0, d?.reportingRate ?? null, d?.onTimeRate ?? null, c?.due ?? 0, c?.onTime ?? 0, c?.rate ?? null];
  });
  // Weeks ending after the period's last month are counted in it (their report belongs to the period).
  for (const [month, c] of calls) {
    if (!daily.has(month)) rows.push([monthLabel(month), 0, 0, 0, null, null, c.due, c.onTime, c.rate]);
  }
  return {
    freeze: true,
    columns: [
      { header: '月', width: 14 },
      { header: '日次報告 提出対象', kind: 'int', total: 'sum' },
      { header: '日次報告 提出済み', kind: 'int', total: 'sum' },
      { header: '日次報告 期限内', kind: 'int', total: 'sum' },
      { header: '日次報告 提出率', kind: 'percent', total: { ratioOf: [2, 1] } },
      { header: '日次報告 期限内提出率', kind: 'percent', total: { ratioOf: [3, 1] } },
      { header: '週報告 期限到来', kind: 'int', total: 'sum' },
      { header: '週報告 期限内', kind: 'int', total: 'sum' },
      { header: '週報告 期限内提出率', kind: 'percent', total: { ratioOf: [7, 6] } },
    ],
    rows,
  };
}

function specialNoteRows(input: CompletionReportInput, held: ReturnType<typeof heldSessionsIn>): CellValue[][] {
  const style = input.context.eraStyle;
  const rows: Array<{ date: DateKey; order: number; kind: string; text: string }> = [];
  for (const n of input.specialNotes) if (n.text.trim() && n.date >= input.from && n.date <= input.to) rows.push({ date: n.date, order: 0, kind: '日次報告の特記事項', text: n.text.trim() });
  for (const s of held) if (s.problems?.trim()) rows.push({ date: s.date, order: 1, kind: '実施時の問題点', text: `${s.place}：${s.problems.trim()}` });
  for (const q of inquiriesIn(input.inquiries, input.from, input.to)) {
    if (q.category === 'complaint') rows.push({ date: q.date, order: 2, kind: '苦情と対応', text: `${q.summary}${q.handling ? `（対応：${q.handling}）` : ''}` });
  }
  rows.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.order - b.order));
  return rows.map((r) => [jaDate(r.date, style), r.kind, r.text]);
}
