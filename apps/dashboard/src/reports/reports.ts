import { addDays, type DateKey, isDateKey, monthKey, weekStart } from '@outreach/domain/common';
import { booksVisits, type ProgramView } from '@outreach/domain/programs';
import { type ProgramReportKind, type ReportKind } from '@outreach/domain/reports';
import { formatOfficialDate, formatOfficialMonth } from '../common/dates';

/**
 * The 帳票 page's pure parts: the periods proposed by default, the parameters sent for each report (checked
 * first here, so a slip is named next to its picker before any request), and the 条件 column of the downloads.
 */

/** What the defaults need to know of the program. */
export type ReportProgram = Pick<ProgramView, 'periodStart' | 'periodEnd' | 'weekStartsOn'>;

/** The program reports in the order of the page; the city summary (事業別集計) comes after them, for city users. */
export const PROGRAM_REPORT_KINDS: readonly ProgramReportKind[] = ['daily', 'weekly-calls', 'monthly', 'completion', 'reception-list', 'facilities', 'personal-data-deletions'];

/** The program reports offered for a program: no 受付一覧表 where the call center books no visits (takesBookings). */
export function programReportKinds(program: { takesBookings?: boolean }): readonly ProgramReportKind[] {
  return booksVisits(program) ? PROGRAM_REPORT_KINDS : PROGRAM_REPORT_KINDS.filter((kind) => kind !== 'reception-list');
}

/** The values of a report's pickers, as the inputs hold them ('' when empty). */
export interface ReportForm {
  date: string;
  from: string;
  to: string;
  month: string;
}

export type ReportFormField = keyof ReportForm;

/** The pickers each report shows. */
export const REPORT_FIELDS: Record<ProgramReportKind, readonly ReportFormField[]> = {
  daily: ['date'],
  'weekly-calls': ['from', 'to'],
  monthly: ['month'],
  completion: [],
  'reception-list': [],
  'personal-data-deletions': [],
  facilities: [],
  'deletion-certificate': [],
};

function clamp(day: DateKey, from: DateKey, to: DateKey): DateKey {
  return day < from ? from : day > to ? to : day;
}

/** The 日次報告書's day: the latest day with a daily report, else yesterday (within the program period). */
export function defaultDailyDate(latestReportDate: DateKey | undefined, today: DateKey, program: ReportProgram): DateKey {
  return latestReportDate ?? clamp(addDays(today, -1), program.periodStart, program.periodEnd);
}

/**
 * The 受電件数報告's weeks: last week (the program's weeks), moved to the first or last week of the program when
 * last week lies outside it. `from` is the week's first day, `to` its last.
 */
export function defaultCallWeeks(today: DateKey, program: ReportProgram): { from: DateKey; to: DateKey } {
  const firstWeek = weekStart(program.periodStart, program.weekStartsOn);
  const lastWeek = weekStart(program.periodEnd, program.weekStartsOn);
  const from = clamp(addDays(weekStart(today, program.weekStartsOn), -7), firstWeek, lastWeek);
  return { from, to: addDays(from, 6) };
}

/** The weeks a 受電件数報告 covers for these pickers: the first day of the first week to the last day of the last. */
export function coveredWeeks(from: DateKey, to: DateKey | undefined, weekStartsOn: number): { from: DateKey; to: DateKey } {
  return { from: weekStart(from, weekStartsOn), to: addDays(weekStart(to && to >= from ? to : from, weekStartsOn), 6) };
}

/** Every month ('YYYY-MM') the program period touches, in order. */
export function programMonths(program: ReportProgram): string[] {
  const months: string[] = [];
  const last = monthKey(program.periodEnd);
  for (let m = monthKey(program.periodStart); m <= last; m = nextMonth(m)) months.push(m);
  return months;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The 月次報告書's month: last month, moved to the first or last month of the program when outside it. */
export function defaultMonth(today: DateKey, program: ReportProgram): string {
  const lastMonth = monthKey(addDays(`${monthKey(today)}-01`, -1));
  return clamp(lastMonth, monthKey(program.periodStart), monthKey(program.periodEnd));
}

/** The first and last day of a month, cut to the program period (what the monthly report covers). */
export function monthWithinProgram(month: string, program: ReportProgram): { from: DateKey; to: DateKey } {
  const first = `${month}-01`;
  const last = addDays(`${nextMonth(month)}-01`, -1);
  return { from: first < program.periodStart ? program.periodStart : first, to: last > program.periodEnd ? program.periodEnd : last };
}

/** The pickers' values proposed when the page opens. */
export function defaultForm(today: DateKey, program: ReportProgram, latestReportDate: DateKey | undefined): ReportForm {
  return { date: defaultDailyDate(latestReportDate, today, program), ...defaultCallWeeks(today, program), month: defaultMonth(today, program) };
}

/** The parameters to send, or the pickers to correct (values are message keys under app.reports.errors). */
export type BuiltParams = { params: Record<string, string>; errors?: undefined } | { params?: undefined; errors: Partial<Record<ReportFormField, string>> };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The `params` of POST /report-jobs for a report, from its pickers; the API checks them against the program. */
export function buildParams(kind: ProgramReportKind, form: ReportForm): BuiltParams {
  switch (kind) {
    case 'daily':
      return isDateKey(form.date) ? { params: { date: form.date } } : { errors: { date: 'app.reports.errors.date' } };
    case 'weekly-calls': {
      if (!isDateKey(form.from)) return { errors: { from: 'app.reports.errors.from' } };
      if (form.to === '') return { params: { from: form.from } };
      if (!isDateKey(form.to) || form.to < form.from) return { errors: { to: 'app.reports.errors.to' } };
      return { params: { from: form.from, to: form.to } };
    }
    case 'monthly':
      return MONTH.test(form.month) ? { params: { month: form.month } } : { errors: { month: 'app.reports.errors.month' } };
    case 'completion':
    case 'reception-list':
    case 'personal-data-deletions':
    case 'facilities':
    case 'deletion-certificate':
      return { params: {} };
  }
}

/** A report kind the page knows, for its label; anything else is shown as the API labelled it. */
export function isReportKind(kind: unknown): kind is ReportKind {
  return typeof kind === 'string' && ([...PROGRAM_REPORT_KINDS, 'city-summary', 'full-data'] as string[]).includes(kind);
}

function dateParam(value: unknown): DateKey | undefined {
  return typeof value === 'string' && isDateKey(value) ? value : undefined;
}

/**
 * The 条件 of a recorded download, in the way the reports write dates: 令和8年10月, 令和8年11月9日～令和8年11月15日,
 * 令和8年11月22日; `asOf` (reports made "as of today") through the caller's label. Empty when there were none.
 */
export function describeParams(params: Record<string, unknown>, asOfLabel: (date: string) => string): string {
  const date = dateParam(params.date);
  if (date) return formatOfficialDate(date);
  if (typeof params.month === 'string' && MONTH.test(params.month)) return formatOfficialMonth(params.month);
  const from = dateParam(params.from);
  if (from) {
    const to = dateParam(params.to);
    return to && to !== from ? `${formatOfficialDate(from)}～${formatOfficialDate(to)}` : formatOfficialDate(from);
  }
  const asOf = dateParam(params.asOf);
  if (asOf) return asOfLabel(formatOfficialDate(asOf));
  // 全件データ: its format (Excel, or the CSV files).
  if (params.format === 'xlsx') return 'Excel';
  if (params.format === 'csv') return 'CSV';
  return '';
}

/**
 * The file name of a Content-Disposition header: the RFC 5987 `filename*` (the Japanese name) when present,
 * else the plain `filename`.
 */
export function filenameFromDisposition(header: string | null): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // a malformed escape: fall back to the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/.exec(header);
  const name = plain ? (plain[1] ?? plain[2]).trim() : '';
  return name === '' ? undefined : name;
}
