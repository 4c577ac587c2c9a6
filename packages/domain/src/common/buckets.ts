import type { DateKey } from './dates.js';
import { addDays, fiscalYear, monthKey, weekStart } from './dates.js';

/**
 * Shaping for charts and Excel: values by date into week or month buckets. Every bucket of the range is
 * present, with zeros in gaps, so a chart's axis and a sheet's rows never skip a week or a month.
 */

export interface WeekBucket {
  weekStart: DateKey;
  weekEnd: DateKey;
}

export interface MonthBucket {
  /** 'YYYY-MM' */
  month: string;
  /** First and last day of the month. */
  monthStart: DateKey;
  monthEnd: DateKey;
  /** Japanese fiscal year (April–March), for sheets split by 年度. */
  fiscalYear: number;
}

export interface DatedValue {
  date: DateKey;
  value: number;
}

/** Every week touching [from, to], first to last; weeks start on `weekStartsOn` (1 = Monday). */
export function weekBuckets(from: DateKey, to: DateKey, weekStartsOn = 1): WeekBucket[] {
  const out: WeekBucket[] = [];
  for (let start = weekStart(from, weekStartsOn); start <= to; start = addDays(start, 7)) {
    out.push({ weekStart: start, weekEnd: addDays(start, 6) });
  }
  return out;
}

/** Every month touching [from, to], first to last. */
export function monthBuckets(from: DateKey, to: DateKey): MonthBucket[] {
  const out: MonthBucket[] = [];
  for (let first = `${monthKey(from)}-01`; first <= to; ) {
    const next = firstOfNextMonth(first);
    out.push({ month: monthKey(first), monthStart: first, monthEnd: addDays(next, -1), fiscalYear: fiscalYear(first) });
    first = next;
  }
  return out;
}

function firstOfNextMonth(first: DateKey): DateKey {
  const [y, m] = first.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/**
 * Sum of values per week. Points outside [from, to] are left out even when their week is shown, so the range
 * means the same as a date filter; the first and last weeks may therefore be partial.
 */
export function bucketByWeek(points: readonly DatedValue[], from: DateKey, to: DateKey, weekStartsOn = 1): Array<WeekBucket & { value: number }> {
  const sums = sumByKey(points, from, to, (date) => weekStart(date, weekStartsOn));
  return weekBuckets(from, to, weekStartsOn).map((w) => ({ ...w, value: sums.get(w.weekStart) ?? 0 }));
}

/** Sum of values per month; points outside [from, to] are left out. */
export function bucketByMonth(points: readonly DatedValue[], from: DateKey, to: DateKey): Array<MonthBucket & { value: number }> {
  const sums = sumByKey(points, from, to, monthKey);
  return monthBuckets(from, to).map((m) => ({ ...m, value: sums.get(m.month) ?? 0 }));
}

function sumByKey(points: readonly DatedValue[], from: DateKey, to: DateKey, keyOf: (date: DateKey) => string): Map<string, number> {
  const sums = new Map<string, number>();
  for (const p of points) {
    if (p.date < from || p.date > to) continue;
    const key = keyOf(p.date);
    sums.set(key, (sums.get(key) ?? 0) + p.value);
  }
  return sums;
}

/** The buckets in the order given, each with the running total of `value` up to and including it. */
export function cumulative<T extends { value: number }>(buckets: readonly T[]): Array<T & { cumulative: number }> {
  let total = 0;
  return buckets.map((b) => ({ ...b, cumulative: (total += b.value) }));
}

/** The keys of T whose values are numbers (possibly optional or null). */
export type NumericKeys<T> = { [K in keyof T]-?: T[K] extends number | null | undefined ? K : never }[keyof T];

/** Sum of one numeric field over rows; a missing or null value counts as 0. */
export function sumBy<T>(rows: readonly T[], key: NumericKeys<T>): number {
  return rows.reduce((sum, row) => sum + ((row[key] as number | null | undefined) ?? 0), 0);
}
