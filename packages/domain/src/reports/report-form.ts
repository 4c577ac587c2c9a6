import { z } from 'zod';
import { freeText } from '../common/fields.js';
import { describes, instantView } from '../common/view.js';
import type { EraStyle } from '../common/wareki.js';
import { PERIOD_REPORT_KIND_LABELS_JA, type PeriodReportKind, periodReportKindSchema } from './report-submission.js';

/**
 * 様式は協議 (004 §8(11), issue 20 item 4): the form of the monthly and completion reports is agreed with the city.
 * Per program and report kind, the city's admin chooses which sheets the workbook has and in which order, 和暦 or
 * 西暦 in its titles, dates and file name, the report's title, and the city's document number (文書番号, printed at
 * the top right of the first sheet). Every download and every submission is built with the program's form; a
 * submitted version keeps the form it was built with (its workbook is stored as written).
 */

/** The sheets a monthly report may have, in the default order, with the names they have in the workbook. */
export const MONTHLY_REPORT_SHEET_LABELS = {
  summary: '概要',
  sessions: '実施一覧',
  days: '日別集計',
  calls: '受電件数（週別）',
  'photo-stats': '写真統計',
  defects: '不備対応',
  inquiries: '問い合わせ・苦情',
  'activity-photos': '活動写真',
  remarks: '特記事項',
} as const;

/** The sheets a completion report may have, in the default order: the monthly report's, with the months, the targets and the timeliness. */
const { summary, remarks, ...breakdowns } = MONTHLY_REPORT_SHEET_LABELS;
export const COMPLETION_REPORT_SHEET_LABELS = { summary, months: '月別集計', targets: '目標と達成状況', ...breakdowns, timeliness: '報告の提出状況', remarks } as const;

export type MonthlyReportSheet = keyof typeof MONTHLY_REPORT_SHEET_LABELS;
export type CompletionReportSheet = keyof typeof COMPLETION_REPORT_SHEET_LABELS;
export type ReportSheetKey = MonthlyReportSheet | CompletionReportSheet;

/** A kind's sheets and their names, in the default order. */
export const REPORT_SHEET_LABELS: Record<PeriodReportKind, Readonly<Record<string, string>>> = {
  monthly: MONTHLY_REPORT_SHEET_LABELS,
  completion: COMPLETION_REPORT_SHEET_LABELS,
};

export function reportSheetKeys(kind: PeriodReportKind): ReportSheetKey[] {
  return Object.keys(REPORT_SHEET_LABELS[kind]) as ReportSheetKey[];
}

/** Longest report title and document number (both printed in the first row, the title also in the file name). */
export const REPORT_TITLE_MAX = 40;
export const DOCUMENT_NUMBER_MAX = 40;

export interface ReportForm {
  /** The sheets, in the order of the workbook; at least one, each once. */
  sheets: ReportSheetKey[];
  eraStyle: EraStyle;
  /** Replaces 月次報告書 / 委託業務完了報告書 in the sheets' titles and the file name; null: the usual name. */
  title: string | null;
  /** 文書番号: printed at the top right of the first sheet; null: none. */
  documentNumber: string | null;
}

/** What is wrong with a choice of sheets, or null: none chosen, a sheet the kind does not have, one chosen twice. */
export function reportSheetsProblem(kind: PeriodReportKind, sheets: readonly string[]): string | null {
  if (sheets.length === 0) return 'シートを1つ以上選んでください';
  const labels = REPORT_SHEET_LABELS[kind];
  const unknown = sheets.find((s) => !Object.hasOwn(labels, s));
  if (unknown !== undefined) return `${PERIOD_REPORT_KIND_LABELS_JA[kind]}にないシートです（${unknown}）`;
  const twice = sheets.find((s, i) => sheets.indexOf(s) !== i);
  if (twice !== undefined) return `同じシートが2回選ばれています（${labels[twice]}）`;
  return null;
}

const optionalLine = (max: number) =>
  freeText(max)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));

/** PUT /api/programs/:programId/report-forms: the form of one kind of report. */
export const reportFormBodySchema = z
  .object({
    kind: periodReportKindSchema,
    sheets: z.array(z.string({ message: 'シートを選んでください' }), { message: 'シートを1つ以上選んでください' }),
    eraStyle: z.enum(['wareki', 'seireki'], { message: '和暦か西暦を選んでください' }),
    title: optionalLine(REPORT_TITLE_MAX),
    documentNumber: optionalLine(DOCUMENT_NUMBER_MAX),
  })
  .superRefine((f, ctx) => {
    const problem = reportSheetsProblem(f.kind, f.sheets);
    if (problem) ctx.addIssue({ code: 'custom', path: ['sheets'], message: problem });
    if (f.title !== null && /[\n\r]/.test(f.title)) ctx.addIssue({ code: 'custom', path: ['title'], message: '表題は1行で入力してください' });
    if (f.documentNumber !== null && /[\n\r]/.test(f.documentNumber)) ctx.addIssue({ code: 'custom', path: ['documentNumber'], message: '文書番号は1行で入力してください' });
  });
export type ReportFormBody = z.output<typeof reportFormBodySchema>;

/** The usual form: every sheet in the default order, the program's era style, no title of its own, no document number. */
export function defaultReportForm(kind: PeriodReportKind, eraStyle: EraStyle): ReportForm {
  return { sheets: reportSheetKeys(kind), eraStyle, title: null, documentNumber: null };
}

/**
 * The form a report is built with: the stored one (sheets no longer known dropped), or the usual form when none is
 * stored or nothing of it is left.
 */
export function resolveReportForm(kind: PeriodReportKind, stored: ReportForm | null, programEraStyle: EraStyle): ReportForm {
  if (!stored) return defaultReportForm(kind, programEraStyle);
  const known = stored.sheets.filter((s, i) => Object.hasOwn(REPORT_SHEET_LABELS[kind], s) && stored.sheets.indexOf(s) === i);
  return { ...stored, sheets: known.length > 0 ? known : reportSheetKeys(kind) };
}

/** The report's name in its titles and file name: the form's title, or 月次報告書 / 委託業務完了報告書. */
export function reportFormTitle(kind: PeriodReportKind, form: Pick<ReportForm, 'title'>): string {
  return form.title ?? PERIOD_REPORT_KIND_LABELS_JA[kind];
}

/** GET /api/programs/:programId/report-forms answers one per kind. */
export interface ReportFormView extends ReportForm {
  kind: PeriodReportKind;
  /** No form stored: the usual one is used. */
  isDefault: boolean;
  updatedAt: string | null;
}

export const reportFormViewSchema = describes<ReportFormView>()(
  z.object({
    kind: periodReportKindSchema,
    sheets: z.array(z.enum([...new Set([...Object.keys(MONTHLY_REPORT_SHEET_LABELS), ...Object.keys(COMPLETION_REPORT_SHEET_LABELS)])] as [ReportSheetKey, ...ReportSheetKey[]])),
    eraStyle: z.enum(['wareki', 'seireki']),
    title: z.string().nullable(),
    documentNumber: z.string().nullable(),
    isDefault: z.boolean(),
    updatedAt: instantView.nullable(),
  }),
);
