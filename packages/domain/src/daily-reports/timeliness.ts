import type { DateKey } from '../common/dates.js';
import { addDays, jstInstant, monthKey, weekStart } from '../common/dates.js';
import type { WorkingDayRules } from '../common/holidays.js';
import { isWorkingDay } from '../common/holidays.js';
import type { MonthBucket, WeekBucket } from '../common/buckets.js';
import { monthBuckets, weekBuckets } from '../common/buckets.js';
import type { DailyReportStatus } from './report-workflow.js';
import { isReceived } from './report-workflow.js';

/**
 * Timeliness and completeness of daily reports, computed the way DHIS2 does for data sets:
 * reporting rate = received / expected, on-time rate = received by the deadline / expected.
 * A daily report is expected for each day with a held session (DOMAIN "Daily report").
 */

/** The program setting dailyReportDue (program.schema.ts). */
export interface DailyReportDue {
  workingDaysAfter: number;
  /** 'HH:MM' JST */
  time: string;
}

export const DEFAULT_DAILY_REPORT_DUE: DailyReportDue = { workingDaysAfter: 1, time: '12:00' };

const MAX_SEARCH_DAYS = 366;

/**
 * The deadline of the daily report of a session day, as an ISO instant ('…Z', the same instant as the JST
 * wall-clock time): `workingDaysAfter` working days after the session day, at `time` JST. With 0 it is the
 * session day itself, working day or not (a Saturday event reports the same day).
 */
export function dailyReportDueAt(sessionDate: DateKey, due: DailyReportDue = DEFAULT_DAILY_REPORT_DUE, workingHours: WorkingDayRules): string {
  let day = sessionDate;
  for (let left = due.workingDaysAfter, i = 0; left > 0; i++) {
    if (i > MAX_SEARCH_DAYS) throw new RangeError('稼働日が見つかりません（稼働日の設定を確認してください）');
    day = addDays(day, 1);
    if (isWorkingDay(day, workingHours)) left--;
  }
  return jstInstant(day, due.time).toISOString();
}

export interface DailyReportRow {
  date: DateKey;
  status: DailyReportStatus;
  /**
   * When the city received it (the caller decides: first or last submission); null if never. A report under the
   * vendor manager's check has not been received: the deadline is met by the manager's release (docs/metrics.md).
   */
  submittedAt: string | null;
}

export interface ReportingRatesInput {
  /** Days with held sessions: one daily report is expected for each. */
  expectedDays: readonly DateKey[];
  reports: readonly DailyReportRow[];
  from: DateKey;
  to: DateKey;
  workingHours: WorkingDayRules;
  due?: DailyReportDue;
  /** ISO instant: deadlines are times of day, so "now" is an instant too. */
  asOf: string;
  weekStartsOn?: number;
}

export interface Completeness {
  /** Expected reports whose outcome is known as of asOf: received, or deadline passed. */
  expected: number;
  /** Submitted or accepted. */
  received: number;
  /** Received and submitted by the deadline. */
  onTime: number;
  /** Expected days not yet received whose deadline is still ahead: left out of the rates until it passes. */
  pending: number;
  /** received / expected; null when expected = 0. */
  reportingRate: number | null;
  /** onTime / expected; null when expected = 0. */
  onTimeRate: number | null;
}

export interface OverdueDay {
  date: DateKey;
  dueAt: string;
  /** The report's status if one was started (draft, checking, returned…), else null. */
  status: DailyReportStatus | null;
}

export interface ReportingRates {
  weeks: Array<WeekBucket & Completeness>;
  months: Array<MonthBucket & Completeness>;
  totals: Completeness;
  overdue: OverdueDay[];
}

type Tally = Pick<Completeness, 'expected' | 'received' | 'onTime' | 'pending'>;
const emptyTally = (): Tally => ({ expected: 0, received: 0, onTime: 0, pending: 0 });
const withRates = (t: Tally): Completeness => ({
  ...t,
  reportingRate: t.expected > 0 ? t.received / t.expected : null,
  onTimeRate: t.expected > 0 ? t.onTime / t.expected : null,
});

/**
 * Reporting and on-time rates per week, per month and in total over [from, to], and the overdue days.
 * An expected day whose deadline has not passed and whose report is not in yet counts as pending, not as
 * missing, so today's figures are not dragged down by reports that are not late. Reports for days without a
 * held session are not expected and do not count (the rate cannot pass 100%).
 */
export function reportingRates(input: ReportingRatesInput): ReportingRates {
  const { from, to, workingHours, weekStartsOn = 1 } = input;
  const due = input.due ?? DEFAULT_DAILY_REPORT_DUE;
  const asOfMs = Date.parse(input.asOf);

  // One report per day; should a day have two, the one the city has counts.
  const reportOf = new Map<DateKey, DailyReportRow>();
  for (const r of input.reports) {
    if (!reportOf.has(r.date) || isReceived(r.status)) reportOf.set(r.date, r);
  }

  const weeks = new Map(weekBuckets(from, to, weekStartsOn).map((w) => [w.weekStart, emptyTally()]));
  const months = new Map(monthBuckets(from, to).map((m) => [m.month, emptyTally()]));
  const totals = emptyTally();
  const overdue: OverdueDay[] = [];

  const days = [...new Set(input.expectedDays)].filter((d) => d >= from && d <= to).sort();
  for (const date of days) {
    const dueAt = dailyReportDueAt(date, due, workingHours);
    const dueMs = Date.parse(dueAt);
    const report = reportOf.get(date);
    const received = isReceived(report?.status);
    const onTime = received && report?.submittedAt != null && Date.parse(report.submittedAt) <= dueMs;
    const duePassed = asOfMs > dueMs;
    if (!received && duePassed) overdue.push({ date, dueAt, status: report?.status ?? null });

    for (const t of [totals, weeks.get(weekStart(date, weekStartsOn))!, months.get(monthKey(date))!]) {
      if (!received && !duePassed) {
        t.pending++;
        continue;
      }
      t.expected++;
      if (received) t.received++;
      if (onTime) t.onTime++;
    }
  }

  return {
    weeks: weekBuckets(from, to, weekStartsOn).map((w) => ({ ...w, ...withRates(weeks.get(w.weekStart)!) })),
    months: monthBuckets(from, to).map((m) => ({ ...m, ...withRates(months.get(m.month)!) })),
    totals: withRates(totals),
    overdue,
  };
}

/**
 * The same completeness for the monthly and completion reports (issue 20 item 2): one report expected per deadline;
 * received once a first version is in; on time when that first version came on or before its due day. A report not in
 * whose deadline is still ahead is pending, as a daily report is.
 */
export function periodReportCompleteness(reports: ReadonlyArray<{ dueDate: DateKey; firstSubmittedDate: DateKey | null }>, asOf: DateKey): Completeness {
  const t = emptyTally();
  for (const r of reports) {
    if (r.firstSubmittedDate === null && asOf <= r.dueDate) {
      t.pending++;
      continue;
    }
    t.expected++;
    if (r.firstSubmittedDate !== null) t.received++;
    if (r.firstSubmittedDate !== null && r.firstSubmittedDate <= r.dueDate) t.onTime++;
  }
  return withRates(t);
}
