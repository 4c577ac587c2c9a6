import type { CallDay, CallWeek } from '../calls/weekly-calls.js';
import { CALL_CATEGORIES, type CallCategory } from '../calls/call.schema.js';
import type { DateKey } from '../common/dates.js';
import { eachDay } from '../common/dates.js';
import { type EraStyle, formatJapaneseDate } from '../common/wareki.js';
import type { TargetStatus } from '../programs/progress.js';
import type { TargetMetric } from '../programs/program.schema.js';
import { DEFECT_CATEGORY_LABELS_JA, defectState, INQUIRY_CATEGORY_LABELS_JA } from '../follow-ups/follow-up.schema.js';
import type { SESSION_COUNT_LABELS_JA } from '../sessions/session.schema.js';
import { bucketByMonth, type DatedValue } from '../common/buckets.js';
import { type MonthlyPhotoStats, photoStatsByMonth } from '../sessions/photo-stats.js';
import { APPLICATION_COUNT_FIELDS, APPLICATION_TYPES, type ApplicationCountField, applicationsTotal } from '../sessions/application-type.js';
import { consultationsTotal } from '../sessions/session-figures.js';

/**
 * What the reports are made of, as plain rows the API fetches, and the figures computed from them. The
 * figures use the same series functions as the dashboard (bucketByMonth, photoStatsByMonth, the weekly call
 * series, progress, reporting rates), so a workbook and the dashboard never disagree.
 */

export type SessionCountField = keyof typeof SESSION_COUNT_LABELS_JA;

/** A session with its counts (the API's session view fits as it is). */
export type ReportSession = {
  date: DateKey;
  serviceKind: string;
  place: string;
  method: string;
  startTime: string | null;
  endTime: string | null;
  status: string;
  photoExceptionsOtherText: string | null;
  notTakenReason: string | null;
  problems: string | null;
  note: string | null;
  photoShortfallExplanation: string | null;
} & Record<SessionCountField, number>;

export interface ReportDefect {
  receivedDate: DateKey;
  category: string;
  /** Who found it (DEFECT_FOUND_BY_LABELS_JA); null on defects recorded before it was asked. */
  foundBy?: string | null;
  description: string;
  attempts: ReadonlyArray<{ at: string; method: string; result: string }>;
  resolvedDate: DateKey | null;
}

export interface ReportInquiry {
  date: DateKey;
  channel: string;
  category: string;
  summary: string;
  handling: string | null;
  escalatedToCity: boolean;
  closedDate: DateKey | null;
}

/** An activity photo of a daily report (実施状況がわかる写真), dated by its report. */
export interface ReportActivityPhoto {
  date: DateKey;
  reviewStatus: string;
  /** For the photo sheet (a photo the city approved and the vendor confirmed shows no one identifiable). */
  id?: string;
  caption?: string | null;
  confirmedNoPersonalData?: boolean;
  width?: number;
  height?: number;
}

/** Progress against the targets as the API's progress view gives it. */
export interface ReportProgress {
  asOf: DateKey;
  groups: ReadonlyArray<{
    name: string;
    logic: 'any' | 'all';
    met: boolean;
    status: TargetStatus;
    targets: ReadonlyArray<{
      label: string | null;
      target: { metric: TargetMetric; goal: number; serviceKinds?: readonly string[] };
      actual: number;
      goal: number;
      ratio: number;
      projectedAtEnd: number;
      status: TargetStatus;
      measured: boolean;
    }>;
  }>;
}

/** Who and what a report is about: the lines under every sheet's title. */
export interface ReportContext {
  municipalityName: string;
  programTitle: string;
  vendorNames: readonly string[];
  eraStyle: EraStyle;
  /** 作成日: today in JST. */
  createdOn: DateKey;
}

/** The header lines of a program report. */
export function reportMeta(ctx: ReportContext, period: { label: string; value: string }): Array<[string, string]> {
  return [
    ['自治体', ctx.municipalityName],
    ['事業名', ctx.programTitle],
    ['受託者', ctx.vendorNames.join('、')],
    [period.label, period.value],
    ['作成日', formatJapaneseDate(ctx.createdOn, ctx.eraStyle)],
  ];
}

/** The application counts in the order of the types (new, renewal, the three re-issues). */
export const APPLICATION_TYPE_FIELDS: readonly ApplicationCountField[] = APPLICATION_TYPES.map((t) => APPLICATION_COUNT_FIELDS[t]);

export const PHOTO_COUNT_FIELDS = [
  'photosTakenOnSite',
  'photosBrought',
  'photoRetakes',
  'photoExceptionsMedical',
  'photoExceptionsDisability',
  'photoExceptionsBedridden',
  'photoExceptionsOther',
] as const satisfies readonly SessionCountField[];

/**
 * The last day whose held sessions count in a period ending `to`, as of `today`: a session dated after today has not
 * been held yet, whatever its status says. Every output that counts held sessions (the dashboard, each Excel report,
 * the city summary) reads them up to this day, so that they agree (docs/metrics.md).
 */
export function heldCountedUpTo(to: DateKey, today: DateKey): DateKey {
  return to < today ? to : today;
}

/** Held sessions dated in [from, to], by date and start time. */
export function heldSessionsIn<T extends ReportSession>(sessions: readonly T[], from: DateKey, to: DateKey): T[] {
  return sessions
    .filter((s) => s.status === 'held' && s.date >= from && s.date <= to)
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : (a.startTime ?? '') < (b.startTime ?? '') ? -1 : (a.startTime ?? '') > (b.startTime ?? '') ? 1 : 0));
}

/** The days of the weekly call series inside [from, to] (weeks are whole; a month or a period cuts them). */
export function callDaysIn(weeks: readonly CallWeek[], from: DateKey, to: DateKey): CallDay[] {
  return weeks.flatMap((w) => w.days).filter((d) => d.date >= from && d.date <= to);
}

/** 受電件数 of [from, to]: incoming calls by the day they came in, from the weekly series cut to the period. */
export function callsTotal(weeks: readonly CallWeek[], from: DateKey, to: DateKey): number {
  return to < from ? 0 : callCategoryTotals(callDaysIn(weeks, from, to)).total;
}

export function callCategoryTotals(days: readonly CallDay[]): Record<CallCategory, number> & { total: number } {
  const out = Object.fromEntries(CALL_CATEGORIES.map((c) => [c, 0])) as Record<CallCategory, number>;
  let total = 0;
  for (const d of days) {
    for (const c of CALL_CATEGORIES) out[c] += d.byCategory[c];
    total += d.total;
  }
  return { ...out, total };
}

export interface DayFigures {
  date: DateKey;
  sessions: number;
  applications: number;
  consultations: number;
  calls: number;
}

/** Every day of [from, to] with its sessions, applications, consultations and calls (zeros included). */
export function dailyFigures(sessions: readonly ReportSession[], weeks: readonly CallWeek[], from: DateKey, to: DateKey): DayFigures[] {
  const held = heldSessionsIn(sessions, from, to);
  const calls = new Map(callDaysIn(weeks, from, to).map((d) => [d.date, d.total]));
  const byDate = new Map<DateKey, ReportSession[]>();
  for (const s of held) byDate.set(s.date, [...(byDate.get(s.date) ?? []), s]);
  return eachDay(from, to).map((date) => {
    const day = byDate.get(date) ?? [];
    return {
      date,
      sessions: day.length,
      applications: day.reduce((sum, s) => sum + applicationsTotal(s), 0),
      consultations: consultationsTotal(day),
      calls: calls.get(date) ?? 0,
    };
  });
}

export interface MonthFigures {
  month: string;
  monthStart: DateKey;
  monthEnd: DateKey;
  sessions: number;
  applications: number;
  consultations: number;
  calls: number;
  defectsReceived: number;
  inquiries: number;
  complaints: number;
}

/** Per month of [from, to], by the dashboard's month buckets. */
export function monthlyFigures(
  input: { sessions: readonly ReportSession[]; weeks: readonly CallWeek[]; defects: readonly ReportDefect[]; inquiries: readonly ReportInquiry[] },
  from: DateKey,
  to: DateKey,
): MonthFigures[] {
  const days = dailyFigures(input.sessions, input.weeks, from, to);
  const series = (pick: (d: DayFigures) => number): DatedValue[] => days.map((d) => ({ date: d.date, value: pick(d) }));
  const one = (date: DateKey) => ({ date, value: 1 });
  const sessions = bucketByMonth(series((d) => d.sessions), from, to);
  const applications = bucketByMonth(series((d) => d.applications), from, to);
  const consultations = bucketByMonth(series((d) => d.consultations), from, to);
  const calls = bucketByMonth(series((d) => d.calls), from, to);
  const defects = bucketByMonth(input.defects.map((d) => one(d.receivedDate)), from, to);
  const inquiries = bucketByMonth(input.inquiries.map((q) => one(q.date)), from, to);
  const complaints = bucketByMonth(input.inquiries.filter((q) => q.category === 'complaint').map((q) => one(q.date)), from, to);
  return sessions.map((m, i) => ({
    month: m.month,
    monthStart: m.monthStart,
    monthEnd: m.monthEnd,
    sessions: m.value,
    applications: applications[i].value,
    consultations: consultations[i].value,
    calls: calls[i].value,
    defectsReceived: defects[i].value,
    inquiries: inquiries[i].value,
    complaints: complaints[i].value,
  }));
}

/** Face-photo statistics of [from, to] in one line (the months of photoStatsByMonth added up). */
export function photoTotals(sessions: readonly ReportSession[], from: DateKey, to: DateKey): Omit<MonthlyPhotoStats, 'month' | 'monthStart' | 'monthEnd' | 'fiscalYear'> {
  const months = photoStatsByMonth(heldSessionsIn(sessions, from, to), from, to);
  const out = { onSite: 0, brought: 0, retakes: 0, exceptions: { medical: 0, disability: 0, bedridden: 0, other: 0 }, exceptionsTotal: 0 };
  for (const m of months) {
    out.onSite += m.onSite;
    out.brought += m.brought;
    out.retakes += m.retakes;
    out.exceptions.medical += m.exceptions.medical;
    out.exceptions.disability += m.exceptions.disability;
    out.exceptions.bedridden += m.exceptions.bedridden;
    out.exceptions.other += m.exceptions.other;
    out.exceptionsTotal += m.exceptionsTotal;
  }
  return out;
}

export interface DefectFigures {
  /** Received in [from, to]. */
  received: number;
  /** Resolved in [from, to]. */
  resolved: number;
  /** Received by `to` and not resolved by then. */
  openAtEnd: number;
}

export function defectFigures(defects: readonly ReportDefect[], from: DateKey, to: DateKey): DefectFigures {
  return {
    received: defects.filter((d) => d.receivedDate >= from && d.receivedDate <= to).length,
    resolved: defects.filter((d) => d.resolvedDate !== null && d.resolvedDate >= from && d.resolvedDate <= to).length,
    openAtEnd: defects.filter((d) => d.receivedDate <= to && (d.resolvedDate === null || d.resolvedDate > to)).length,
  };
}

export interface DefectCategoryFigures extends DefectFigures {
  category: string;
  label: string;
  /** Of openAtEnd, those past their follow-up due date at `to` (defectState 'overdue'). */
  overdueAtEnd: number;
}

/**
 * 不備対応 by type and state (issue 19 item 4): per category, the same three figures as defectFigures (received and
 * resolved in [from, to], open at `to`) and of the open ones those overdue at `to`. Only the categories with a
 * defect active in the range are listed, so a period without defects gives an empty table (該当なし).
 */
export function defectFiguresByCategory(defects: readonly ReportDefect[], from: DateKey, to: DateKey): DefectCategoryFigures[] {
  const active = defectsActiveIn(defects, from, to);
  return Object.entries(DEFECT_CATEGORY_LABELS_JA)
    .filter(([category]) => active.some((d) => d.category === category))
    .map(([category, label]) => {
      const of = defects.filter((d) => d.category === category);
      return { category, label, ...defectFigures(of, from, to), overdueAtEnd: of.filter((d) => d.receivedDate <= to && defectState(d, to) === 'overdue').length };
    });
}

/** Defects that were open at some time in [from, to]: received by `to`, not resolved before `from`. */
export function defectsActiveIn(defects: readonly ReportDefect[], from: DateKey, to: DateKey): ReportDefect[] {
  return defects
    .filter((d) => d.receivedDate <= to && (d.resolvedDate === null || d.resolvedDate >= from))
    .sort((a, b) => (a.receivedDate < b.receivedDate ? -1 : a.receivedDate > b.receivedDate ? 1 : 0));
}

export function inquiriesIn(inquiries: readonly ReportInquiry[], from: DateKey, to: DateKey): ReportInquiry[] {
  return inquiries.filter((q) => q.date >= from && q.date <= to).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export interface InquiryCategoryFigures {
  category: string;
  label: string;
  count: number;
  escalated: number;
  closed: number;
}

/** Per category (問い合わせ, 苦情, 意見・要望): received in [from, to], of them escalated to the city and closed. */
export function inquiryFigures(inquiries: readonly ReportInquiry[], from: DateKey, to: DateKey): InquiryCategoryFigures[] {
  const inRange = inquiriesIn(inquiries, from, to);
  return Object.entries(INQUIRY_CATEGORY_LABELS_JA).map(([category, label]) => {
    const of = inRange.filter((q) => q.category === category);
    return { category, label, count: of.length, escalated: of.filter((q) => q.escalatedToCity).length, closed: of.filter((q) => q.closedDate !== null && q.closedDate <= to).length };
  });
}

export function activityPhotoFigures(photos: readonly ReportActivityPhoto[], from: DateKey, to: DateKey): { total: number; approved: number; pending: number; rejected: number } {
  const of = photos.filter((p) => p.date >= from && p.date <= to);
  return {
    total: of.length,
    approved: of.filter((p) => p.reviewStatus === 'approved').length,
    pending: of.filter((p) => p.reviewStatus === 'pending').length,
    rejected: of.filter((p) => p.reviewStatus === 'rejected').length,
  };
}
