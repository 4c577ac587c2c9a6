import type { DateKey } from '../common/dates.js';
import { addDays, eachDay, jstDateKey, monthKey, weekStart, weekday } from '../common/dates.js';
import type { WorkingDayRules } from '../common/holidays.js';
import { firstWorkingDayFrom, isWorkingDay } from '../common/holidays.js';
import type { ReportStatus } from '../daily-reports/report-workflow.js';
import type { WeekBucket } from '../common/buckets.js';
import { weekBuckets } from '../common/buckets.js';
import type { CallCategory, CallOutcome } from './call.schema.js';
import { CALL_CATEGORIES, CALL_OUTCOMES } from './call.schema.js';

/**
 * The weekly call-volume report (受電件数, every week to the city): calls per week, day, category and outcome,
 * with each week's deadline and report status.
 */

/** One logged call (count 1) or one row of a day logged on paper (count n); pass received calls only. */
export interface CallCountRow {
  date: DateKey;
  category: CallCategory;
  /** Paper sheets may not have it: counted in outcomeNotRecorded. */
  outcome?: CallOutcome;
  count: number;
  /** Logged late (the API decides: e.g. entered after the week's report was submitted). */
  late?: boolean;
  /** Received outside the hours (isOutsideHours); calls on non-working days are counted as such anyway. */
  outsideHours?: boolean;
}

export interface CallCounts {
  total: number;
  byCategory: Record<CallCategory, number>;
}

export interface CallWeekReport {
  weekStart: DateKey;
  status: ReportStatus;
  submittedAt?: string | null;
  /** The counts as submitted, stored by the API at submission (freezeCallCounts). */
  frozenCounts?: CallCounts | null;
}

export interface WeeklyCallsInput {
  from: DateKey;
  to: DateKey;
  /** 0 = Sunday … 6 = Saturday; default 1 (Monday–Sunday weeks). */
  weekStartsOn?: number;
  calls: readonly CallCountRow[];
  weekReports?: readonly CallWeekReport[];
  /** The report is due on this weekday after the week; default 2 = Tuesday (program setting callWeekReportDueWeekday). */
  dueWeekday?: number;
  workingHours: WorkingDayRules;
}

export interface CallDay extends CallCounts {
  date: DateKey;
  workingDay: boolean;
}

export interface CallWeek extends WeekBucket, CallCounts {
  days: CallDay[];
  byOutcome: Record<CallOutcome, number>;
  /** Calls from paper rows without an outcome: byOutcome sums to total − outcomeNotRecorded. */
  outcomeNotRecorded: number;
  /** Rows (log entries, not calls) flagged late. */
  lateEntries: number;
  /** Calls flagged outside hours or received on a non-working day. */
  outsideHours: number;
  dueDate: DateKey;
  /** The week's report status; null while no report exists. */
  status: ReportStatus | null;
  submittedAt: string | null;
  frozenCounts: CallCounts | null;
  /** The live counts differ from the submitted ones (calls logged or corrected after submission). */
  changedSinceSubmitted: boolean;
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
// A year's series needs ≈ 480 zeroed count objects: spreading one template each is ≈ 15× cheaper than Object.fromEntries.
const ZERO_CATEGORIES = zeros(CALL_CATEGORIES);
const ZERO_OUTCOMES = zeros(CALL_OUTCOMES);

/**
 * One entry per week from the week containing `from` to the week containing `to`, weeks without calls as zeros.
 * Weeks are counted whole (every call of their seven days), because each is one weekly report and its figure
 * must not depend on the range asked for.
 */
export function weeklyCallSeries(input: WeeklyCallsInput): CallWeek[] {
  const { weekStartsOn = 1, dueWeekday = 2, workingHours } = input;
  const reports = new Map((input.weekReports ?? []).map((r) => [r.weekStart, r]));

  const weeks = weekBuckets(input.from, input.to, weekStartsOn).map((w): CallWeek => {
    const report = reports.get(w.weekStart);
    return {
      ...w,
      days: eachDay(w.weekStart, w.weekEnd).map((date) => ({ date, workingDay: isWorkingDay(date, workingHours), total: 0, byCategory: { ...ZERO_CATEGORIES } })),
      total: 0,
      byCategory: { ...ZERO_CATEGORIES },
      byOutcome: { ...ZERO_OUTCOMES },
      outcomeNotRecorded: 0,
      lateEntries: 0,
      outsideHours: 0,
      dueDate: callWeekDueDate(w.weekEnd, dueWeekday, workingHours),
      status: report?.status ?? null,
      submittedAt: report?.submittedAt ?? null,
      frozenCounts: report?.frozenCounts ?? null,
      changedSinceSubmitted: false,
    };
  });
  const byStart = new Map(weeks.map((w) => [w.weekStart, w]));

  // The rows are per date × category × outcome × flags: each date's week and day are looked up once.
  const slots = new Map<DateKey, { week: CallWeek; day: CallDay } | null>();
  for (const call of input.calls) {
    let slot = slots.get(call.date);
    if (slot === undefined) {
      const w = byStart.get(weekStart(call.date, weekStartsOn));
      slot = w ? { week: w, day: w.days[(weekday(call.date) - weekStartsOn + 7) % 7] } : null;
      slots.set(call.date, slot);
    }
    if (!slot) continue; // outside the weeks shown
    const { week, day } = slot;
    day.total += call.count;
    day.byCategory[call.category] += call.count;
    week.total += call.count;
    week.byCategory[call.category] += call.count;
    if (call.outcome) week.byOutcome[call.outcome] += call.count;
    else week.outcomeNotRecorded += call.count;
    if (call.late) week.lateEntries++;
    if (call.outsideHours || !day.workingDay) week.outsideHours += call.count;
  }

  for (const w of weeks) {
    w.changedSinceSubmitted = w.frozenCounts !== null && !sameCounts(w, w.frozenCounts);
  }
  return weeks;
}

/**
 * The deadline of a week's report: the first `dueWeekday` after the week's end (Tuesday of the following week
 * by default). If that day is not a working day (a holiday, 12/29–1/3), the deadline moves on to the next
 * working day: the vendor cannot be asked to report to a closed office.
 */
export function callWeekDueDate(weekEnd: DateKey, dueWeekday: number, workingHours: WorkingDayRules): DateKey {
  return firstWorkingDayFrom(addDays(weekEnd, (dueWeekday - weekday(weekEnd) + 7) % 7 || 7), workingHours);
}

/** What the API stores as frozenCounts when the week's report is submitted. */
export function freezeCallCounts(week: CallCounts): CallCounts {
  return { total: week.total, byCategory: { ...week.byCategory } };
}

function sameCounts(a: CallCounts, b: CallCounts): boolean {
  return a.total === b.total && CALL_CATEGORIES.every((c) => a.byCategory[c] === (b.byCategory[c] ?? 0));
}

export interface CallOnTimeMonth {
  /** 'YYYY-MM' of the weeks' last day. */
  month: string;
  /** Weeks whose outcome is known as of asOf: the deadline has passed, or the report came in on time. */
  due: number;
  /** Submitted on or before the due date (JST date of submittedAt). */
  onTime: number;
  /** onTime / due; null when due = 0. */
  rate: number | null;
}

/**
 * On-time rate of the weekly call reports per month of the week's end. A week whose deadline is still ahead
 * (or is today) and which is not in yet is left out, so the rate is not lowered by reports that are not late.
 */
export function callOnTimeRateByMonth(weeks: readonly Pick<CallWeek, 'weekEnd' | 'dueDate' | 'submittedAt'>[], asOf: DateKey): CallOnTimeMonth[] {
  const months = new Map<string, CallOnTimeMonth>();
  for (const w of weeks) {
    const month = monthKey(w.weekEnd);
    const m = months.get(month) ?? { month, due: 0, onTime: 0, rate: null };
    months.set(month, m);
    const onTime = w.submittedAt != null && jstDateKey(new Date(w.submittedAt)) <= w.dueDate;
    if (onTime || w.dueDate < asOf) {
      m.due++;
      if (onTime) m.onTime++;
    }
  }
  return [...months.values()].map((m) => ({ ...m, rate: m.due > 0 ? m.onTime / m.due : null }));
}
