import type { DateKey } from '../common/dates.js';
import { addDays, eachDay } from '../common/dates.js';
import type { WorkingDayRules } from '../common/holidays.js';
import { isWorkingDay } from '../common/holidays.js';
import type { ServiceKind, TargetMetric } from './program.schema.js';

/**
 * Progress of a target (Shimonoseki §7: "40 sessions or 300 applicants in the period"): how far it is, where
 * it should be if work were spread evenly over the period's working days (or the planned visit days), and
 * where it ends at the current rate.
 */

/**
 * The named period a metric's pace runs over: calls and reservations are taken by the call center, the rest
 * happens on visits (and only visit metrics are paced over the planned visit days).
 */
export function metricPeriod(metric: TargetMetric): 'callCenter' | 'visits' {
  return metric === 'calls' || metric === 'reservations' ? 'callCenter' : 'visits';
}

/** status 'at_risk' when the projection reaches at least this share of the goal (below it: 'behind'). */
export const AT_RISK_PROJECTION_RATIO = 0.8;
/** Projected goal dates further than this many days after the period end are reported as null. */
export const PROJECTION_HORIZON_DAYS = 3660;

export type TargetStatus = 'met' | 'on_track' | 'at_risk' | 'behind';

/** Worst to best, so group rules can take the best or the worst by index. */
const STATUS_ORDER: readonly TargetStatus[] = ['behind', 'at_risk', 'on_track', 'met'];

export interface DailyValue {
  date: DateKey;
  value: number;
}

export interface SeriesPoint {
  date: DateKey;
  value: number;
}

/** The days that pace is measured in: the planned visit days when given, else the working days. */
export interface PaceCalendar {
  periodStart: DateKey;
  periodEnd: DateKey;
  /** The visit-day calendar; when given, pace is linear over these days instead of the working days. */
  plannedDays?: readonly DateKey[];
  workingHours: WorkingDayRules;
}

export interface TargetProgressInput extends PaceCalendar {
  /** serviceKinds: the kinds counted together; empty = every kind of the program. */
  target: { metric: TargetMetric; goal: number; serviceKinds?: readonly ServiceKind[] };
  /** Inclusive: activity dated asOf counts, and asOf counts as an elapsed day. */
  asOf: DateKey;
  /** Actuals by date for this target's metric and kind; gaps are days without activity. */
  daily: readonly DailyValue[];
}

export interface TargetProgress {
  target: TargetProgressInput['target'];
  /** Everything dated on or before asOf (the rows are the program's, already bounded by it). */
  actual: number;
  goal: number;
  /** actual / goal; above 1 when work continued after the goal was met. */
  ratio: number;
  met: boolean;
  /** Where an even pace would be by asOf: goal × elapsedDays / totalDays. */
  expectedByAsOf: number;
  /** actual / expectedByAsOf; null while nothing is expected yet. */
  paceRatio: number | null;
  /** Pace days from the period start to min(asOf, periodEnd), inclusive. */
  elapsedDays: number;
  totalDays: number;
  /** actual / elapsedDays: the current rate per pace day (0 before the first pace day). */
  ratePerDay: number;
  /** actual + ratePerDay × the pace days left. */
  projectedAtEnd: number;
  /** When the goal was met, or when it will be at the current rate (possibly after the period); null if never. */
  projectedGoalDate: DateKey | null;
  status: TargetStatus;
}

/**
 * The pace days of each (planned days or working-day rules, period), computed once: progress, the pace line and the
 * projection of every target of a program ask for the same ones. Keyed by the very array or rules object given
 * (neither is changed once made), so nothing is kept once the caller lets them go.
 */
const paceDaysOf = new WeakMap<object, Map<string, readonly DateKey[]>>();

/** The pace days of the period, sorted: planned days inside the period, or its working days (a new array each call). */
export function paceDays(calendar: PaceCalendar): DateKey[] {
  const { periodStart, periodEnd, plannedDays, workingHours } = calendar;
  const owner: unknown = plannedDays ?? workingHours;
  let kept = typeof owner === 'object' && owner !== null ? paceDaysOf.get(owner) : undefined;
  if (!kept && typeof owner === 'object' && owner !== null) paceDaysOf.set(owner, (kept = new Map()));
  const key = `${periodStart}|${periodEnd}`;
  const known = kept?.get(key);
  if (known) return known.slice();
  const days = plannedDays ? [...new Set(plannedDays)].filter((d) => d >= periodStart && d <= periodEnd).sort() : eachDay(periodStart, periodEnd).filter((d) => isWorkingDay(d, workingHours));
  kept?.set(key, days.slice());
  return days;
}

export function computeTargetProgress(input: TargetProgressInput): TargetProgress {
  const { target, periodStart, periodEnd, asOf, workingHours } = input;
  const goal = target.goal;
  const days = paceDays(input);
  const daily = sortedUpTo(input.daily, asOf);
  const actual = daily.reduce((sum, d) => sum + d.value, 0);
  const met = actual >= goal;

  const elapsedDays = days.filter((d) => d <= asOf).length;
  const totalDays = days.length;
  // A period without any pace day is all due at its end.
  const share = totalDays > 0 ? elapsedDays / totalDays : asOf >= periodEnd ? 1 : 0;
  const expectedByAsOf = asOf < periodStart ? 0 : goal * share;
  const ratePerDay = elapsedDays > 0 ? actual / elapsedDays : 0;
  const projectedAtEnd = actual + ratePerDay * (totalDays - elapsedDays);

  let projectedGoalDate: DateKey | null = null;
  if (met) projectedGoalDate = dateReached(daily, goal);
  else if (ratePerDay > 0) {
    // Float guard: 150 / (150 / 75) must give 75 days, not 75.000…1 → 76.
    const needed = Math.ceil((goal - actual) / ratePerDay - 1e-9);
    projectedGoalDate = nthDayAfter(days.filter((d) => d > asOf), needed, maxKey(asOf, periodEnd), workingHours);
  }

  return {
    target,
    actual,
    goal,
    ratio: actual / goal,
    met,
    expectedByAsOf,
    paceRatio: expectedByAsOf > 0 ? actual / expectedByAsOf : null,
    elapsedDays,
    totalDays,
    ratePerDay,
    projectedAtEnd,
    projectedGoalDate,
    status: statusOf({ met, before: asOf < periodStart, actual, expectedByAsOf, projectedAtEnd, goal }),
  };
}

function statusOf(p: { met: boolean; before: boolean; actual: number; expectedByAsOf: number; projectedAtEnd: number; goal: number }): TargetStatus {
  if (p.met) return 'met';
  if (p.before || p.actual >= p.expectedByAsOf || p.projectedAtEnd >= p.goal) return 'on_track';
  if (p.projectedAtEnd >= AT_RISK_PROJECTION_RATIO * p.goal) return 'at_risk';
  return 'behind';
}

/** The date the running total first reached `goal`. */
function dateReached(daily: readonly DailyValue[], goal: number): DateKey | null {
  let total = 0;
  for (const d of daily) if ((total += d.value) >= goal) return d.date;
  return null;
}

/** The n-th of `days`; past them, the n-th working day counted on after `after` (the plan ends with the period). */
function nthDayAfter(days: readonly DateKey[], n: number, after: DateKey, rules: WorkingDayRules): DateKey | null {
  if (n <= days.length) return days[n - 1];
  let left = n - days.length;
  for (let d = addDays(after, 1), i = 0; i < PROJECTION_HORIZON_DAYS; d = addDays(d, 1), i++) {
    if (isWorkingDay(d, rules) && --left === 0) return d;
  }
  return null;
}

function sortedUpTo(daily: readonly DailyValue[], last: DateKey): DailyValue[] {
  return daily.filter((d) => d.date <= last).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const maxKey = (a: DateKey, b: DateKey) => (a > b ? a : b);

// ---------------------------------------------------------------------------------------------------------
// Groups

export interface GroupProgress {
  logic: 'any' | 'all';
  met: boolean;
  status: TargetStatus;
  targets: TargetProgress[];
}

/**
 * A group is met when any (or all) of its targets are. Otherwise its status is its best target's for 'any'
 * (one target is enough, so the most promising one counts) and its worst target's for 'all'.
 * An empty group is never met and reported as 'behind'.
 */
export function computeGroupProgress(group: { logic: 'any' | 'all' }, targets: readonly TargetProgress[]): GroupProgress {
  const list = [...targets];
  if (list.length === 0) return { logic: group.logic, met: false, status: 'behind', targets: list };
  const met = group.logic === 'any' ? list.some((t) => t.met) : list.every((t) => t.met);
  const ranks = list.map((t) => STATUS_ORDER.indexOf(t.status));
  const status = met ? 'met' : STATUS_ORDER[group.logic === 'any' ? Math.max(...ranks) : Math.min(...ranks)];
  return { logic: group.logic, met, status, targets: list };
}

// ---------------------------------------------------------------------------------------------------------
// Chart series: one point per calendar date, so the dashboard only draws them.

/** Running total for each date from `from` to `to`; activity before `from` is in the first point. */
export function cumulativeSeries(daily: readonly DailyValue[], from: DateKey, to: DateKey): SeriesPoint[] {
  const byDate = new Map<DateKey, number>();
  let total = 0;
  for (const d of daily) {
    if (d.date < from) total += d.value;
    else byDate.set(d.date, (byDate.get(d.date) ?? 0) + d.value);
  }
  return eachDay(from, to).map((date) => ({ date, value: (total += byDate.get(date) ?? 0) }));
}

/** The even pace: goal × (pace days up to the date) / (all pace days), for each date of the period. */
export function paceSeries(calendar: PaceCalendar, goal: number): SeriesPoint[] {
  const days = new Set(paceDays(calendar));
  let done = 0;
  return eachDay(calendar.periodStart, calendar.periodEnd).map((date) => {
    if (days.has(date)) done++;
    return { date, value: days.size > 0 ? (goal * done) / days.size : 0 };
  });
}

/**
 * The projection line: from max(asOf, periodStart) to the period end, actual plus the current rate for each
 * pace day after asOf. Empty once the period is over.
 */
export function projectionSeries(
  calendar: PaceCalendar & { asOf: DateKey },
  progress: Pick<TargetProgress, 'actual' | 'ratePerDay'>,
): SeriesPoint[] {
  const { asOf, periodStart, periodEnd } = calendar;
  if (asOf > periodEnd) return [];
  const days = new Set(paceDays(calendar));
  let ahead = 0;
  return eachDay(maxKey(asOf, periodStart), periodEnd).map((date) => {
    if (date > asOf && days.has(date)) ahead++;
    return { date, value: progress.actual + progress.ratePerDay * ahead };
  });
}

/** The kinds a target counts: its own list, or every kind of the program when the list is empty. */
export function countedKinds(targetKinds: readonly ServiceKind[] | null | undefined, programKinds: readonly ServiceKind[]): ServiceKind[] {
  return targetKinds && targetKinds.length > 0 ? [...targetKinds] : [...programKinds];
}

/**
 * Field errors for targets that count a service kind the program does not offer, keyed as the target-groups
 * form names its fields (`groups.0.targets.1.serviceKinds`).
 */
export function targetKindErrors(
  groups: ReadonlyArray<{ targets: ReadonlyArray<{ serviceKinds?: readonly ServiceKind[] | null }> }>,
  programKinds: readonly ServiceKind[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  groups.forEach((g, gi) =>
    g.targets.forEach((t, ti) => {
      if ((t.serviceKinds ?? []).some((k) => !programKinds.includes(k))) errors[`groups.${gi}.targets.${ti}.serviceKinds`] = 'この事業にないサービス種別です';
    }),
  );
  return errors;
}

/**
 * Actuals by date of some kinds from rows grouped by date × kind (one grouped query serves every target of a
 * metric source): the dates where any of the kinds has a row, in date order, each with the kinds' sum.
 */
export function dailyOfKinds<K extends string>(rows: ReadonlyArray<{ date: DateKey; kind: K; value: number }>, kinds: readonly K[]): DailyValue[] {
  const wanted = new Set(kinds);
  const byDate = new Map<DateKey, number>();
  for (const r of rows) if (wanted.has(r.kind)) byDate.set(r.date, (byDate.get(r.date) ?? 0) + r.value);
  return [...byDate].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, value]) => ({ date, value }));
}
