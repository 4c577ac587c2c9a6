import { z } from 'zod';
import type { SubmissionTrail } from '../common/view.js';
import type { DateKey } from '../common/dates.js';
import { addDays } from '../common/dates.js';
import type { ReportingDeadline } from '../programs/periods.js';
import { freeText } from '../common/fields.js';
import { activityPhotoFigures, monthlyFigures } from './figures.js';
import type { PeriodReportInput } from './period-reports.js';
import { formatJapaneseMonth } from './report-params.js';

/**
 * 月次報告書 and 委託業務完了報告書 as submissions (issue 20 item 1): the vendor's manager submits a report of a month
 * (or of the whole program) with its remarks (特記事項); the submission freezes a version — the workbook as it was
 * written and its figures — and the city's admin accepts it or returns it with a reason. A returned (or accepted)
 * report is submitted again as a new version; the city compares the figures of two versions side by side. Later
 * changes to the records never touch a stored version: they show in the next one.
 */

export const periodReportKindSchema = z.enum(['monthly', 'completion'], { message: '報告の種類を選んでください' });
export type PeriodReportKind = z.infer<typeof periodReportKindSchema>;
export const PERIOD_REPORT_KIND_LABELS_JA: Record<PeriodReportKind, string> = { monthly: '月次報告書', completion: '委託業務完了報告書' };

export const reportSubmissionStatusSchema = z.enum(['submitted', 'accepted', 'returned']);
export type ReportSubmissionStatus = z.infer<typeof reportSubmissionStatusSchema>;
/** As the city files them: 未受理 (waiting for the city), 受理済, 差戻し. */
export const REPORT_SUBMISSION_STATUS_LABELS_JA: Record<ReportSubmissionStatus, string> = { submitted: '未受理', accepted: '受理済', returned: '差戻し' };

/** The period key of a completion report (a monthly report's is its 'YYYY-MM'). */
export const WHOLE_PROGRAM = 'program';

const monthKeyInput = z.string({ message: '月を YYYY-MM で指定してください' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '月を YYYY-MM で指定してください' });

/** Which report: the kind and, for a monthly report, its month. The draft's query and the submission share it. */
export const reportSubmissionTargetSchema = z
  .object({ kind: periodReportKindSchema, month: monthKeyInput.optional() })
  .superRefine((t, ctx) => {
    if (t.kind === 'monthly' && !t.month) ctx.addIssue({ code: 'custom', path: ['month'], message: '月次報告書の月を選んでください' });
  });
export type ReportSubmissionTarget = z.output<typeof reportSubmissionTargetSchema>;

/** POST /api/programs/:programId/report-submissions (with an Idempotency-Key: a retried submit files once). */
export const reportSubmissionBodySchema = z
  .object({
    kind: periodReportKindSchema,
    month: monthKeyInput.optional(),
    /** 特記事項: what the vendor wants the city to read with the figures (a sheet of the workbook). */
    remarks: freeText(2000).optional(),
  })
  .superRefine((t, ctx) => {
    if (t.kind === 'monthly' && !t.month) ctx.addIssue({ code: 'custom', path: ['month'], message: '月次報告書の月を選んでください' });
  });
export type ReportSubmissionBody = z.output<typeof reportSubmissionBodySchema>;

export const reportSubmissionReturnSchema = z.object({ reason: freeText(500, { required: '差し戻しの理由を入力してください' }) });
export type ReportSubmissionReturn = z.output<typeof reportSubmissionReturnSchema>;

/** The stored period key of a target: '2026-11' or 'program'. */
export function submissionPeriod(target: { kind: PeriodReportKind; month?: string | null }): string {
  return target.kind === 'monthly' ? (target.month ?? '') : WHOLE_PROGRAM;
}

/** 月次報告書（令和8年11月分） / 委託業務完了報告書 */
export function submissionTitle(kind: PeriodReportKind, period: string): string {
  return kind === 'monthly' ? `月次報告書（${formatJapaneseMonth(period)}分）` : PERIOD_REPORT_KIND_LABELS_JA.completion;
}

/** One version as the handling record names it: 月次報告書（令和8年11月分） 第2版. */
export function submissionTargetLabel(kind: PeriodReportKind, period: string, version: number): string {
  return `${submissionTitle(kind, period)} 第${version}版`;
}

// ---------------------------------------------------------------------------------------------------------
// States

/** Only a version waiting for the city is accepted or returned. */
export function submissionIsOpen(status: ReportSubmissionStatus): boolean {
  return status === 'submitted';
}

/**
 * Whether a new version of a report may be submitted after its latest one: not while one waits for the city. After a
 * return it answers the reason; after an acceptance it is a correction (the city accepts it again).
 */
export function submissionProblem(latest: { status: ReportSubmissionStatus } | null): string | null {
  return latest?.status === 'submitted' ? 'この報告は市の受理を待っています（受理または差し戻しの後に提出できます）' : null;
}

/** The transitions a decision may make, from the version's status (null: not allowed). */
export function decide(status: ReportSubmissionStatus, decision: 'accept' | 'return'): ReportSubmissionStatus | null {
  if (!submissionIsOpen(status)) return null;
  return decision === 'accept' ? 'accepted' : 'returned';
}

// ---------------------------------------------------------------------------------------------------------
// Figures and their comparison

/** One figure of a version: a stable key (compared across versions), its label, its value. */
export interface SubmissionFigure {
  key: string;
  label: string;
  value: number | null;
}

/**
 * The figures a submission freezes, from the same inputs and definitions as the workbook (figures.ts): the month's
 * (or the program's) totals, the activity photos approved, the daily reports' timeliness, and each target's actual.
 */
export function submissionFigures(input: PeriodReportInput): SubmissionFigure[] {
  const months = monthlyFigures(input, input.from, input.to);
  const sum = (pick: (m: (typeof months)[number]) => number) => months.reduce((n, m) => n + pick(m), 0);
  const photos = activityPhotoFigures(input.activityPhotos, input.from, input.to);
  const totals = input.rates.totals;
  const out: SubmissionFigure[] = [
    { key: 'sessions', label: '実施回数', value: sum((m) => m.sessions) },
    { key: 'applications', label: '申請件数', value: sum((m) => m.applications) },
    { key: 'consultations', label: '相談件数', value: sum((m) => m.consultations) },
    { key: 'calls', label: '受電件数', value: sum((m) => m.calls) },
    { key: 'defectsReceived', label: '不備の受付', value: sum((m) => m.defectsReceived) },
    { key: 'inquiries', label: '問い合わせ・苦情', value: sum((m) => m.inquiries) },
    { key: 'complaints', label: 'うち苦情', value: sum((m) => m.complaints) },
    { key: 'activityPhotosApproved', label: '活動写真（承認済み）', value: photos.approved },
    { key: 'dailyExpected', label: '日次報告 提出対象', value: totals.expected },
    { key: 'dailyReceived', label: '日次報告 提出済み', value: totals.received },
    { key: 'dailyOnTime', label: '日次報告 期限内', value: totals.onTime },
  ];
  input.progress.groups.forEach((g, gi) =>
    g.targets.forEach((t, ti) => {
      const name = t.label ?? g.name;
      out.push({ key: `target:${gi}:${ti}:${t.target.metric}`, label: `目標「${name}」の実績`, value: t.measured ? t.actual : null });
    }),
  );
  return out;
}

/** A figure of two versions side by side. */
export interface FigureChange {
  key: string;
  label: string;
  previous: number | null;
  current: number | null;
  changed: boolean;
}

/**
 * The figures of two versions side by side, in the current version's order, then any figure only the earlier one had
 * (a target removed). A figure is changed when its value differs or it exists on one side only.
 */
export function compareFigures(previous: readonly SubmissionFigure[], current: readonly SubmissionFigure[]): FigureChange[] {
  const before = new Map(previous.map((f) => [f.key, f]));
  const now = new Set(current.map((f) => f.key));
  const rows: FigureChange[] = current.map((f) => {
    const p = before.get(f.key);
    return { key: f.key, label: f.label, previous: p ? p.value : null, current: f.value, changed: !p || p.value !== f.value };
  });
  for (const p of previous) if (!now.has(p.key)) rows.push({ key: p.key, label: p.label, previous: p.value, current: null, changed: true });
  return rows;
}

// ---------------------------------------------------------------------------------------------------------
// The program's reports and their deadlines

/** A version as the schedule reads it. */
export interface SubmittedVersion {
  id: string;
  kind: PeriodReportKind;
  period: string;
  version: number;
  status: ReportSubmissionStatus;
  /** JST day of the submission. */
  submittedDate: DateKey;
}

/** How many days before its deadline a report not yet in shows on the vendor's attention list. */
export const REPORT_DUE_SOON_DAYS = 7;

/**
 * Where a report stands: `accepted`; `waiting` (submitted, the city has not decided); `returned` (the vendor must
 * answer); `overdue` (nothing in — or only a returned version — and the deadline passed); `due` (nothing in, the
 * deadline within REPORT_DUE_SOON_DAYS); `upcoming` (later).
 */
export type ReportScheduleState = 'accepted' | 'waiting' | 'returned' | 'overdue' | 'due' | 'upcoming';

export interface ReportScheduleItem {
  kind: PeriodReportKind;
  period: string;
  title: string;
  dueDate: DateKey;
  state: ReportScheduleState;
  /** The latest version, if any. */
  latest: { id: string; version: number; status: ReportSubmissionStatus; submittedDate: DateKey } | null;
  /** The first version's day: on time when it is on or before the deadline (the timeliness figure). */
  firstSubmittedDate: DateKey | null;
}

/** Every report the program owes (reportingDeadlines) with where it stands today, by due date. */
export function reportSchedule(deadlines: readonly ReportingDeadline[], versions: readonly SubmittedVersion[], today: DateKey): ReportScheduleItem[] {
  return deadlines.map((d) => {
    const period = submissionPeriod({ kind: d.kind, month: d.month });
    const of = versions.filter((v) => v.kind === d.kind && v.period === period).sort((a, b) => a.version - b.version);
    const latest = of.at(-1) ?? null;
    const inDue = !latest || latest.status === 'returned';
    const state: ReportScheduleState =
      latest?.status === 'accepted'
        ? 'accepted'
        : latest?.status === 'submitted'
          ? 'waiting'
          : today > d.due && inDue
            ? 'overdue'
            : latest?.status === 'returned'
              ? 'returned'
              : addDays(today, REPORT_DUE_SOON_DAYS) >= d.due
                ? 'due'
                : 'upcoming';
    return {
      kind: d.kind,
      period,
      title: submissionTitle(d.kind, period),
      dueDate: d.due,
      state,
      latest: latest ? { id: latest.id, version: latest.version, status: latest.status, submittedDate: latest.submittedDate } : null,
      firstSubmittedDate: of[0]?.submittedDate ?? null,
    };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Views

/** A version as the API answers it. */
export interface ReportSubmissionView extends SubmissionTrail {
  id: string;
  programId: string;
  kind: PeriodReportKind;
  /** 'YYYY-MM' of a monthly report, 'program' for the completion report. */
  period: string;
  /** 月次報告書（令和8年11月分） */
  title: string;
  /** 1, 2, 3… per report, in the order submitted. */
  version: number;
  status: ReportSubmissionStatus;
  remarks: string | null;
  returnReason: string | null;
  /** The stored workbook's name and size. */
  fileName: string;
  bytes: number;
  figures: SubmissionFigure[];
  /** Against the version before (null for the first). */
  changes: FigureChange[] | null;
  /** When the report was due (the program's deadlines). */
  dueDate: DateKey | null;
}

/** GET /api/programs/:programId/report-submissions/draft: the figures a submission would freeze now. */
export interface ReportDraftView {
  kind: PeriodReportKind;
  period: string;
  title: string;
  from: DateKey;
  to: DateKey;
  dueDate: DateKey | null;
  figures: SubmissionFigure[];
  /** Against the latest version of the same report (null when none). */
  changes: FigureChange[] | null;
  /** The latest version's status, and whether a new one may be submitted now. */
  latestStatus: ReportSubmissionStatus | null;
  canSubmit: boolean;
  /** Why not, when it may not. */
  problem: string | null;
}
