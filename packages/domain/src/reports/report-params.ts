import { z } from 'zod';
import { addDays, type DateKey, isDateKey, weekStart } from '../common/dates.js';
import { dateKeySchema } from '../common/input.js';
import { type EraStyle, formatFiscalYear, formatJapaneseDate, formatPeriod, formatSeireki } from '../common/wareki.js';

/**
 * The Excel reports: their kinds, the parameters each takes (one schema for the API's validation and the
 * dashboard's form), and the strings derived from them: the period line, the month label, the file name.
 */

/**
 * Program reports. The reception list (受付一覧表) joins them with the booking capability, the deletion ledger
 * (個人情報削除記録) with the personal-data sweep.
 */
export const programReportKindSchema = z.enum(['daily', 'weekly-calls', 'monthly', 'completion', 'reception-list', 'personal-data-deletions', 'deletion-certificate', 'facilities']);
export type ProgramReportKind = z.infer<typeof programReportKindSchema>;
/** A report job outside the program reports' list: 全件データ (full-data.ts), of one program or of all one serves. */
export type ReportJobKind = ProgramReportKind | 'full-data';
export const reportJobKindSchema = z.enum([...programReportKindSchema.options, 'full-data']);
export type ReportKind = ReportJobKind | 'city-summary';

export const REPORT_KIND_LABELS_JA: Record<ReportKind, string> = {
  daily: '日次報告書',
  'weekly-calls': '受電件数報告',
  monthly: '月次報告書',
  completion: '委託業務完了報告書',
  'reception-list': '受付一覧表',
  'personal-data-deletions': '個人情報削除記録',
  'deletion-certificate': '個人情報削除証明書',
  facilities: '施設一覧',
  'city-summary': '事業別集計',
  'full-data': '全件データ',
};

const dateKeyParam = dateKeySchema;
const monthKeyParam = z
  .string({ message: '月を YYYY-MM で指定してください' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '月を YYYY-MM で指定してください' });

export const dailyReportParamsSchema = z.object({ date: dateKeyParam });
export const weeklyCallsReportParamsSchema = z
  .object({ from: dateKeyParam, to: dateKeyParam.optional() })
  .superRefine((p, ctx) => {
    if (p.to && isDateKey(p.from) && p.to < p.from) ctx.addIssue({ code: 'custom', path: ['to'], message: '終了日は開始日以降にしてください' });
  });
export const monthlyReportParamsSchema = z.object({ month: monthKeyParam });
export const completionReportParamsSchema = z.object({});
export const receptionListParamsSchema = z.object({});
export const deletionLedgerParamsSchema = z.object({});
export const deletionCertificateParamsSchema = z.object({});
export const facilityListParamsSchema = z.object({});

export const REPORT_PARAMS_SCHEMAS = {
  daily: dailyReportParamsSchema,
  'weekly-calls': weeklyCallsReportParamsSchema,
  monthly: monthlyReportParamsSchema,
  completion: completionReportParamsSchema,
  'reception-list': receptionListParamsSchema,
  'personal-data-deletions': deletionLedgerParamsSchema,
  'deletion-certificate': deletionCertificateParamsSchema,
  facilities: facilityListParamsSchema,
} as const satisfies Record<ProgramReportKind, z.ZodType>;

export type ReportParams<K extends ProgramReportKind> = z.output<(typeof REPORT_PARAMS_SCHEMAS)[K]>;

/** Body of POST /programs/:programId/report-jobs (and, with kind 'full-data' only, of POST /report-jobs). */
export const reportJobBodySchema = z.object({
  kind: reportJobKindSchema,
  params: z.record(z.string(), z.unknown()).default({}),
});

/** The longest range the weekly call report takes (a contract year and a bit). */
export const MAX_CALL_REPORT_DAYS = 400;

/**
 * The whole weeks a call report covers: from the week containing `from` to the week containing `to` (default:
 * the week of `from`). Each week is one weekly report, so its figures do not depend on the range asked for.
 */
export function callReportWeeks(from: DateKey, to: DateKey | undefined, weekStartsOn: number): { from: DateKey; to: DateKey } {
  const first = weekStart(from, weekStartsOn);
  const last = addDays(weekStart(to ?? from, weekStartsOn), 6);
  return { from: first, to: last };
}

/** 'YYYY-MM' → first and last day. */
export function monthRange(month: string): { from: DateKey; to: DateKey } {
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { from: `${month}-01`, to: addDays(next, -1) };
}

/** '2026-10' → 令和8年10月 (or 2026年10月). */
export function formatJapaneseMonth(month: string, style: EraStyle = 'wareki'): string {
  return formatJapaneseDate(`${month}-01`, style).replace(/1日$/, '');
}

/** The period line of a report: 令和8年6月1日～令和8年12月24日, or the single day. */
export function reportPeriodLine(from: DateKey, to: DateKey, style: EraStyle = 'wareki'): string {
  return from === to ? formatJapaneseDate(from, style) : formatPeriod(from, to, style);
}

// Windows, macOS and Excel refuse these in file names.
// eslint-disable-next-line no-control-regex
const FILENAME_FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f]/g;

/** A file name part without characters file systems refuse, spaces collapsed, at most 60 characters. */
export function safeFilenamePart(part: string): string {
  return [...part.replace(FILENAME_FORBIDDEN, '').replace(/\s+/g, ' ').trim()].slice(0, 60).join('') || '_';
}

/**
 * The download's name: 小樽市_月次報告書_2026年10月.xlsx. Dates use the western year, so files sort by name in
 * a folder whatever the program's era setting; a fiscal year (one per program, nothing to sort) is written as
 * offices write it, 令和8年度, unless the program asks for 西暦. A report with a title of its own (the agreed form,
 * report-form.ts) is named by it.
 */
export function reportFilename(
  city: string,
  kind: ReportKind,
  parts: { date?: DateKey; from?: DateKey; to?: DateKey; month?: string; fiscalYear?: number; eraStyle?: EraStyle; label?: string },
): string {
  let suffix = '';
  if (parts.date) suffix = formatSeireki(parts.date);
  else if (parts.month) suffix = formatSeireki(`${parts.month}-01`).replace(/1日$/, '');
  else if (parts.from && parts.to) suffix = `${formatSeireki(parts.from)}-${formatSeireki(parts.to)}`;
  else if (parts.fiscalYear) suffix = formatFiscalYear(parts.fiscalYear, parts.eraStyle ?? 'wareki');
  return `${[city, parts.label ?? REPORT_KIND_LABELS_JA[kind], suffix].filter(Boolean).map(safeFilenamePart).join('_')}.xlsx`;
}
