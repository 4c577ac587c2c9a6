import { CALL_CATEGORIES, CALL_OUTCOMES, type CallCategory, type CallOutcome, type CallWeek } from '@outreach/domain/calls';
import type { DateKey } from '@outreach/domain/common';
import type { Completeness, ReportingRates } from '@outreach/domain/daily-reports';
import type { AttentionItem, SessionsWeek, TargetChartPoint } from '@outreach/domain/dashboard';
import type { ServiceKind } from '@outreach/domain/programs';
import { APPLICATION_TYPES, type ApplicationCounts, type ApplicationType, type MonthlyPhotoStats } from '@outreach/domain/sessions';
import { weekStatusKey } from '../call-weeks/callWeek';
import type { DashboardSummaryView } from '@outreach/domain/dashboard';
import { formatAxisDay, formatAxisMonth, formatWeek } from '../common/dates';

/**
 * The dashboard's data shaping: the API's summary into the rows the charts draw and their tables list. The
 * charts only render these rows; every rule about what a row holds is here, tested with plain values.
 */

// ── numbers and dates ────────────────────────────────────────────────────────────────────────────────────────

/** Counts as Japanese offices write them: 1,234 (one decimal at most, for pace values such as 99.4). */
export function formatNumber(value: number): string {
  return value.toLocaleString('ja-JP', { maximumFractionDigits: 1 });
}

/** A ratio as a whole percent, 0.657 → 66%; — when there is nothing to divide by. */
export function formatPercent(ratio: number | null | undefined): string {
  return ratio === null || ratio === undefined ? '—' : `${Math.round(ratio * 100).toLocaleString('ja-JP')}%`;
}

/**
 * Whole-number ticks from 0 for a count axis: about `count` steps of 1, 2, 2.5 (only from 10 up) or 5 × 10ⁿ, the
 * last at or above max. A chart whose axis is drawn apart from its bars (ScrollingBars) uses them on both.
 */
export function countTicks(max: number, count = 4): number[] {
  const raw = Math.max(max, 1) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw && Number.isInteger(s)) ?? 10 * power;
  const ticks = [0];
  while (ticks[ticks.length - 1] < max) ticks.push(ticks[ticks.length - 1] + Math.max(1, step));
  return ticks.length > 1 ? ticks : [0, Math.max(1, step)];
}

// ── progress against targets ─────────────────────────────────────────────────────────────────────────────────

export interface TargetChartRow extends TargetChartPoint {
  label: string;
}

/** The target's points with an axis label; actual is null after asOf and projection before it (gaps in the lines). */
export function targetChartRows(points: readonly TargetChartPoint[]): TargetChartRow[] {
  return points.map((p) => ({ ...p, label: formatAxisDay(p.date) }));
}

// ── weekly calls ─────────────────────────────────────────────────────────────────────────────────────────────

/** Under each bar: 集計中 while the week runs, then 未提出 / 提出済み / 受理済み / 差し戻し. */
export type CallWeekStatus = 'open' | ReturnType<typeof weekStatusKey>;

export type CallBarRow = {
  weekStart: DateKey;
  weekEnd: DateKey;
  /** 6/1〜6/7 */
  label: string;
  /** 6/1 — the axis has room for the week's first day only. */
  shortLabel: string;
  total: number;
  status: CallWeekStatus;
  /** The week containing asOf. */
  current: boolean;
  /** Every outcome, with the paper rows that recorded none last when there are any (the hover shows them). */
  outcomes: Array<{ outcome: CallOutcome | 'notRecorded'; count: number }>;
  lateEntries: number;
} & Record<CallCategory, number>;

/**
 * One stacked bar per week of the range up to the week containing asOf (later weeks have no calls yet and would
 * only push the bars together), oldest first.
 */
export function callBarRows(weeks: readonly CallWeek[], asOf: DateKey): CallBarRow[] {
  return [...weeks]
    .filter((w) => w.weekStart <= asOf)
    .sort((a, b) => a.weekStart.localeCompare(b.weekStart))
    .map((w) => {
      const current = w.weekStart <= asOf && asOf <= w.weekEnd;
      const key = weekStatusKey(w.status);
      const outcomes: CallBarRow['outcomes'] = CALL_OUTCOMES.map((outcome) => ({ outcome, count: w.byOutcome[outcome] ?? 0 }));
      if (w.outcomeNotRecorded > 0) outcomes.push({ outcome: 'notRecorded', count: w.outcomeNotRecorded });
      const row = {
        weekStart: w.weekStart,
        weekEnd: w.weekEnd,
        label: formatWeek(w),
        shortLabel: formatAxisDay(w.weekStart),
        total: w.total,
        status: key === 'pending' && w.weekEnd >= asOf ? 'open' : key,
        current,
        outcomes,
        lateEntries: w.lateEntries,
      } as CallBarRow;
      for (const c of CALL_CATEGORIES) row[c] = w.byCategory[c] ?? 0;
      return row;
    });
}

/** The row of the week containing the date, if shown. */
export function weekContaining<T extends { weekStart: DateKey; weekEnd: DateKey }>(rows: readonly T[], date: DateKey): T | undefined {
  return rows.find((r) => r.weekStart <= date && date <= r.weekEnd);
}

// ── photos ───────────────────────────────────────────────────────────────────────────────────────────────────

export interface PhotoMonthRow {
  month: string;
  /** 6月 */
  label: string;
  onSite: number;
  brought: number;
  retakes: number;
  medical: number;
  disability: number;
  bedridden: number;
  other: number;
  exceptionsTotal: number;
}

export const PHOTO_EXCEPTIONS = ['medical', 'disability', 'bedridden', 'other'] as const;

/** The photo series in the order of the chart and its table: method, retakes, exceptions by reason. */
export const PHOTO_SERIES = ['onSite', 'brought', 'retakes', ...PHOTO_EXCEPTIONS] as const;
export type PhotoSeriesKey = (typeof PHOTO_SERIES)[number];

/** The translation key of a photo series' name. */
export function photoSeriesLabelKey(key: PhotoSeriesKey): string {
  return key === 'onSite' || key === 'brought' || key === 'retakes' ? `app.dashboard.photos.${key}` : `app.dashboard.photos.exceptions.${key}`;
}

/** One row per month of the range up to asOf's month (later months have nothing yet), exceptions flattened. */
export function photoMonthRows(months: readonly MonthlyPhotoStats[], asOf: DateKey): PhotoMonthRow[] {
  return months
    .filter((m) => m.monthStart <= asOf)
    .map((m) => ({
      month: m.month,
      label: formatAxisMonth(m.month),
      onSite: m.onSite,
      brought: m.brought,
      retakes: m.retakes,
      medical: m.exceptions.medical,
      disability: m.exceptions.disability,
      bedridden: m.exceptions.bedridden,
      other: m.exceptions.other,
      exceptionsTotal: m.exceptionsTotal,
    }));
}

// ── sessions and applications ────────────────────────────────────────────────────────────────────────────────

export const SERVICE_KINDS: readonly ServiceKind[] = ['home_visit', 'facility_visit', 'venue_event'];

/** Keys of a session row: `sessions_home_visit`, `applications_facility_visit`… */
export type SessionSeriesKey = `${'sessions' | 'applications'}_${ServiceKind}`;

export type SessionWeekRow = {
  weekStart: DateKey;
  weekEnd: DateKey;
  label: string;
  shortLabel: string;
  sessionsTotal: number;
  applicationsTotal: number;
} & Record<SessionSeriesKey, number>;

/** The service kinds that had any session or application in the weeks (a program runs one to three of them). */
export function kindsInUse(weeks: readonly SessionsWeek[]): ServiceKind[] {
  const used = SERVICE_KINDS.filter((k) => weeks.some((w) => (w.sessions[k] ?? 0) > 0 || (w.applications[k] ?? 0) > 0));
  return used.length > 0 ? used : ['home_visit'];
}

/** One row per week up to the week containing asOf, sessions and applications per service kind flattened. */
export function sessionWeekRows(weeks: readonly SessionsWeek[], asOf: DateKey): SessionWeekRow[] {
  return weeks
    .filter((w) => w.weekStart <= asOf)
    .map((w) => {
      const row = {
        weekStart: w.weekStart,
        weekEnd: w.weekEnd,
        label: formatWeek(w),
        shortLabel: formatAxisDay(w.weekStart),
        sessionsTotal: 0,
        applicationsTotal: 0,
      } as SessionWeekRow;
      for (const k of SERVICE_KINDS) {
        row[`sessions_${k}`] = w.sessions[k] ?? 0;
        row[`applications_${k}`] = w.applications[k] ?? 0;
        row.sessionsTotal += row[`sessions_${k}`];
        row.applicationsTotal += row[`applications_${k}`];
      }
      return row;
    });
}

/** Applications by type in a fixed order, with each type's share of the total (0 when there are none). */
export function applicationTypeRows(byType: ApplicationCounts): Array<{ type: ApplicationType; count: number; share: number }> {
  const total = APPLICATION_TYPES.reduce((n, t) => n + (byType[t] ?? 0), 0);
  return APPLICATION_TYPES.map((type) => ({ type, count: byType[type] ?? 0, share: total > 0 ? (byType[type] ?? 0) / total : 0 }));
}

export type FunnelStepKey = 'reservations' | 'sessionsHeld' | 'applications';

/**
 * The funnel reservations → sessions held → applications, each with its width relative to the largest step (a
 * facility session takes many applications, so the funnel may widen); cancellations and no-shows beside it.
 */
export function funnelSteps(funnel: DashboardSummaryView['funnel']): {
  steps: Array<{ key: FunnelStepKey; count: number; width: number }>;
  lost: Array<{ key: 'cancellations' | 'noShows' | 'unbookedVisits'; count: number }>;
} {
  const keys: FunnelStepKey[] = ['reservations', 'sessionsHeld', 'applications'];
  const max = Math.max(0, ...keys.map((k) => funnel[k]));
  return {
    steps: keys.map((key) => ({ key, count: funnel[key], width: max > 0 ? funnel[key] / max : 0 })),
    lost: [
      { key: 'cancellations', count: funnel.cancellations },
      { key: 'noShows', count: funnel.noShows },
      { key: 'unbookedVisits', count: funnel.unbookedVisits },
    ],
  };
}

// ── reporting ────────────────────────────────────────────────────────────────────────────────────────────────

/** A month's counts as the domain's Completeness says them; its rates as percentages. */
export interface ReportingMonthRow extends Omit<Completeness, 'reportingRate' | 'onTimeRate'> {
  month: string;
  label: string;
  /** Percent 0–100 to one decimal, null while no report was due (a gap in the line, not a zero). */
  reportingRate: number | null;
  onTimeRate: number | null;
}

const percentOrNull = (ratio: number | null) => (ratio === null ? null : Math.round(ratio * 1000) / 10);

/** The daily-report rates per month up to asOf's month, as percentages for a 0–100 axis. */
export function reportingMonthRows(months: ReportingRates['months'], asOf: DateKey): ReportingMonthRow[] {
  return months
    .filter((m) => m.monthStart <= asOf)
    .map((m) => ({
      month: m.month,
      label: formatAxisMonth(m.month),
      expected: m.expected,
      received: m.received,
      onTime: m.onTime,
      pending: m.pending,
      reportingRate: percentOrNull(m.reportingRate),
      onTimeRate: percentOrNull(m.onTimeRate),
    }));
}

// ── needs attention ──────────────────────────────────────────────────────────────────────────────────────────

/** What the app knows of a resource: its views, and whether this user may open the edit view. */
export interface ResourceViews {
  hasShow: boolean;
  hasEdit: boolean;
  canEdit: boolean;
}

/**
 * Where an attention item leads (a react-admin hash route, without the #): the record's show page; for a
 * resource without one, its edit page when the user may edit, else the resource's list. An item without a
 * record (a daily report never started) leads to the list. An item with a query (月次・完了報告) opens its screen at
 * that record.
 */
export function attentionPath(item: Pick<AttentionItem, 'resource' | 'id' | 'query'>, views: ResourceViews | undefined): string {
  const base = `/${item.resource}`;
  // A screen that picks its record from the address (月次・完了報告: ?report=2026-10) opens at that record.
  if (item.query) return `${base}?${item.query}`;
  if (!item.id || !views) return base;
  const id = encodeURIComponent(item.id);
  if (views.hasShow) return `${base}/${id}/show`;
  if (views.hasEdit && views.canEdit) return `${base}/${id}`;
  return base;
}
