import type { DateKey } from '../common/dates.js';
import { addDays, eachDay, monthKey, weekStart, weekday } from '../common/dates.js';
import { invalid } from '../common/errors.js';
import type { WorkingDayRules } from '../common/holidays.js';
import { closedReason, isWorkingDay } from '../common/holidays.js';
import { outsidePeriod } from './periods.js';

/**
 * Visit days (実施予定日, Otaru §8(2)ア): the days open for bookings, each a home-visit day or a facility day.
 * Weekdays only, no holidays or 12/29–1/3, 1–2 days every week, and within each month every weekday about as
 * often as the others, so callers who can only do "Thursdays" find a day every month.
 */

export type VisitDayKind = 'home_visit' | 'facility_visit';

export interface VisitDay {
  date: DateKey;
  kind: VisitDayKind;
}

export interface ProposeVisitDaysInput {
  periodStart: DateKey;
  periodEnd: DateKey;
  homeDays: number;
  facilityDays: number;
  /** The program's working hours (only the closed-day fields are used). */
  workingHours: WorkingDayRules;
  perWeekMin?: number;
  perWeekMax?: number;
  /** Propose only from this date on (re-planning the rest of a running period). */
  fromDate?: DateKey;
  /** First day of a week, 1 = Monday (the spec's weeks). */
  weekStartsOn?: number;
}

export interface VisitCalendarProposal {
  days: VisitDay[];
  warnings: string[];
}

/** Propose a visit-day calendar. Deterministic: the same input gives the same days. */
export function proposeVisitDays(input: ProposeVisitDaysInput): VisitCalendarProposal {
  const { periodStart, periodEnd, homeDays, facilityDays, workingHours } = input;
  const perWeekMin = input.perWeekMin ?? 1;
  const perWeekMax = input.perWeekMax ?? 2;
  if (periodEnd < periodStart) throw invalid('終了日は開始日以降にしてください', { periodEnd: '終了日は開始日以降にしてください' });
  if (![homeDays, facilityDays, perWeekMin, perWeekMax].every((n) => Number.isInteger(n) && n >= 0) || perWeekMax < 1) {
    throw invalid('日数は0以上の整数で指定してください');
  }
  if (perWeekMin > perWeekMax) throw invalid('週あたりの最大日数は最小日数以上にしてください');

  const start = input.fromDate && input.fromDate > periodStart ? input.fromDate : periodStart;
  const weeks = workingWeeks(start, periodEnd, workingHours, input.weekStartsOn ?? 1);
  const warnings: string[] = [];
  if (weeks.length === 0) {
    if (homeDays + facilityDays > 0) warnings.push('期間内に実施できる稼働日がありません');
    return { days: [], warnings };
  }

  const caps = weeks.map((w) => Math.min(perWeekMax, w.length));
  const capacity = sum(caps);
  const wanted = homeDays + facilityDays;
  if (wanted > capacity) {
    warnings.push(
      `実施予定日数（${wanted}日）が期間内に置ける上限（週${perWeekMax}日まで、計${capacity}日）を超えています。${capacity}日のみ提案しました（個人宅の日数を減らしています）`,
    );
  }
  const minTotal = sum(caps.map((c) => Math.min(perWeekMin, c)));
  if (wanted < minTotal) {
    warnings.push(
      `実施予定日数（${wanted}日）が全ての週に週${perWeekMin}日置くのに必要な日数（${minTotal}日）より少ないため、週${perWeekMin}日に満たない週があります`,
    );
  }

  const perWeek = allotWeeks(caps, Math.min(wanted, capacity));
  const chosen = balanceWeekdays(weeks, perWeek);
  // Facility days are coordinated one by one; when days must be cut, cut home days.
  return { days: assignKinds(chosen, Math.min(facilityDays, chosen.length)), warnings };
}

/** A working day with what the balancing needs, computed once. */
interface Day {
  date: DateKey;
  weekday: number;
  /** The (month, weekday) pair it counts towards, e.g. '2026-06/1'. */
  bin: string;
}

/** The working days of each week from `from` to `to`, weeks without a working day left out. */
function workingWeeks(from: DateKey, to: DateKey, rules: WorkingDayRules, weekStartsOn: number): Day[][] {
  const weeks: Day[][] = [];
  let current: Day[] = [];
  let wd = weekday(from);
  for (const date of eachDay(from, to)) {
    if (wd === weekStartsOn && current.length > 0) {
      weeks.push(current);
      current = [];
    }
    if (isWorkingDay(date, rules)) current.push({ date, weekday: wd, bin: `${monthKey(date)}/${wd}` });
    wd = (wd + 1) % 7;
  }
  if (current.length > 0) weeks.push(current);
  return weeks;
}

/**
 * How many days each week gets. Filled in layers: every week gets its 1st day before any week gets a 2nd, so
 * the minimum per week is met whenever the count allows it; a layer that cannot be filled completely is spread
 * evenly over the period instead of piling up at its start.
 */
function allotWeeks(caps: number[], total: number): number[] {
  const perWeek = caps.map(() => 0);
  let left = total;
  for (let layer = 1; left > 0; layer++) {
    const eligible = caps.flatMap((c, i) => (c >= layer ? [i] : []));
    if (eligible.length === 0) break;
    for (const i of evenlySpaced(eligible, Math.min(left, eligible.length))) perWeek[i]++;
    left -= Math.min(left, eligible.length);
  }
  return perWeek;
}

/** `count` items of `items` at evenly spaced positions (the middle of each of `count` equal stretches). */
function evenlySpaced<T>(items: readonly T[], count: number): T[] {
  return Array.from({ length: count }, (_, j) => items[Math.floor(((j + 0.5) * items.length) / count)]);
}

/**
 * Picks `perWeek[i]` days in each week so that each (month, weekday) pair is used about equally often.
 * A greedy pass takes the least-used weekday of the day's month; then, while some pair is used at least twice
 * more often than another pair it can reach by moving days within their weeks (a chain of such moves), the
 * chain is applied. That minimizes Σ count² over (month, weekday) pairs: no such chain is left at the end.
 */
function balanceWeekdays(weeks: Day[][], perWeek: number[]): DateKey[] {
  const counts = new Map<string, number>();
  const byWeekday = [0, 0, 0, 0, 0, 0, 0];
  const chosen = weeks.map(() => new Set<Day>());
  for (const days of weeks) for (const d of days) counts.set(d.bin, 0);

  weeks.forEach((days, i) => {
    for (let k = 0; k < perWeek[i]; k++) {
      // Least used in its month, then least used over the whole period, then earliest.
      const order = (a: Day, b: Day) => counts.get(a.bin)! - counts.get(b.bin)! || byWeekday[a.weekday] - byWeekday[b.weekday];
      const pick = days.filter((d) => !chosen[i].has(d)).reduce((best, d) => (order(d, best) < 0 ? d : best));
      chosen[i].add(pick);
      counts.set(pick.bin, counts.get(pick.bin)! + 1);
      byWeekday[pick.weekday]++;
    }
  });

  while (applyImprovingChain(weeks, chosen, counts));
  return chosen.flatMap((set) => [...set].map((d) => d.date)).sort();
}

interface Move {
  week: number;
  from: Day;
  to: Day;
}

/** Finds one chain of within-week moves from a busy pair to a pair used ≥2 less and applies it; false if none. */
function applyImprovingChain(weeks: Day[][], chosen: Set<Day>[], counts: Map<string, number>): boolean {
  // Edges between pairs: a chosen day of a week can move to a free working day of the same week.
  const edges = new Map<string, Move[]>();
  weeks.forEach((days, week) => {
    for (const from of chosen[week]) {
      for (const to of days) {
        if (chosen[week].has(to)) continue;
        const list = edges.get(from.bin) ?? [];
        list.push({ week, from, to });
        edges.set(from.bin, list);
      }
    }
  });
  const low = Math.min(...counts.values());
  const sources = [...counts.keys()].filter((b) => counts.get(b)! >= low + 2).sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1));

  for (const source of sources) {
    // Breadth-first over pairs; each pair is visited once, so a chain never moves the same day twice.
    const via = new Map<string, Move | null>([[source, null]]);
    const queue = [source];
    while (queue.length > 0) {
      const at = queue.shift()!;
      for (const move of edges.get(at) ?? []) {
        const next = move.to.bin;
        if (via.has(next)) continue;
        via.set(next, move);
        if (counts.get(next)! <= counts.get(source)! - 2) {
          for (let m = via.get(next); m; m = via.get(m.from.bin)) {
            chosen[m.week].delete(m.from);
            chosen[m.week].add(m.to);
          }
          counts.set(source, counts.get(source)! - 1);
          counts.set(next, counts.get(next)! + 1);
          return true;
        }
        queue.push(next);
      }
    }
  }
  return false;
}

/** Facility days at evenly spaced positions among the chosen days, the rest home-visit days. */
function assignKinds(days: DateKey[], facilityDays: number): VisitDay[] {
  const facility = new Set(evenlySpaced(days, facilityDays));
  return days.map((date) => ({ date, kind: facility.has(date) ? 'facility_visit' : 'home_visit' }));
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

// ---------------------------------------------------------------------------------------------------------
// Manual changes by the manager

export type VisitDayChange =
  | { type: 'add'; date: DateKey; kind: VisitDayKind }
  | { type: 'move'; from: DateKey; to: DateKey }
  | { type: 'remove'; date: DateKey }
  | { type: 'changeKind'; date: DateKey; kind: VisitDayKind };

export interface ValidateVisitDayChangeInput {
  days: readonly VisitDay[];
  change: VisitDayChange;
  /** Dates with bookings: one entry per booking (so the message can say how many), or a map date → count. */
  bookedDates: Iterable<DateKey> | ReadonlyMap<DateKey, number>;
  workingHours: WorkingDayRules;
  /** The visit period (実施期間): when given, added or moved days must lie in it. */
  periodStart?: DateKey;
  periodEnd?: DateKey;
  perWeekMax?: number;
  weekStartsOn?: number;
}

export type VisitDayChangeResult = { ok: true; days: VisitDay[] } | { ok: false; field: string; message: string };

/** Checks a manager's change to the calendar; on success returns the new calendar, sorted by date. */
export function validateVisitDayChange(input: ValidateVisitDayChangeInput): VisitDayChangeResult {
  const { days, change } = input;
  const bookings = bookingCounts(input.bookedDates);
  const existing = (date: DateKey) => days.find((d) => d.date === date);
  const fail = (field: string, message: string): VisitDayChangeResult => ({ ok: false, field, message });
  const done = (next: VisitDay[]): VisitDayChangeResult => ({ ok: true, days: next.sort((a, b) => (a.date < b.date ? -1 : 1)) });

  // Moving, removing or re-kinding a day would strand its bookings.
  const touch = change.type === 'move' ? change.from : change.type === 'add' ? undefined : change.date;
  const field = change.type === 'move' ? 'from' : 'date';
  if (touch !== undefined) {
    if (!existing(touch)) return fail(field, `${touch} は実施予定日ではありません`);
    const n = bookings.get(touch) ?? 0;
    const unchanged = (change.type === 'changeKind' && existing(touch)!.kind === change.kind) || (change.type === 'move' && change.to === touch);
    if (unchanged) return done([...days]);
    if (n > 0) return fail(field, `予約が入っている実施予定日は変更・削除できません（${n}件）`);
  }

  const others = days.filter((d) => d.date !== touch);
  switch (change.type) {
    case 'remove':
      return done(others);
    case 'changeKind':
      return done([...others, { date: change.date, kind: change.kind }]);
    case 'add':
    case 'move': {
      const [date, targetField] = change.type === 'add' ? [change.date, 'date'] : [change.to, 'to'];
      const problem = placementProblem(date, others, input);
      if (problem) return fail(targetField, problem);
      const kind = change.type === 'add' ? change.kind : existing(change.from)!.kind;
      return done([...others, { date, kind }]);
    }
  }
}

/** Why `date` cannot become a visit day next to `others`, or undefined. */
function placementProblem(date: DateKey, others: readonly VisitDay[], input: ValidateVisitDayChangeInput): string | undefined {
  if (others.some((d) => d.date === date)) return `${date} はすでに実施予定日です`;
  const outside = outsidePeriod(date, 'visits', { start: input.periodStart ?? date, end: input.periodEnd ?? date });
  if (outside) return outside;
  const closed = closedReason(date, input.workingHours);
  if (closed) return `${date} は実施予定日にできません（${closed}）`;
  const perWeekMax = input.perWeekMax ?? 2;
  const week = weekStart(date, input.weekStartsOn ?? 1);
  const sameWeek = others.filter((d) => d.date >= week && d.date <= addDays(week, 6)).length;
  if (sameWeek >= perWeekMax) return `この週にはすでに${sameWeek}日の実施予定日があります（週${perWeekMax}日まで）`;
  return undefined;
}

function bookingCounts(booked: Iterable<DateKey> | ReadonlyMap<DateKey, number>): Map<DateKey, number> {
  if (booked instanceof Map) return new Map(booked);
  const counts = new Map<DateKey, number>();
  for (const d of booked as Iterable<DateKey>) counts.set(d, (counts.get(d) ?? 0) + 1);
  return counts;
}

/** How many visit days a calendar has, of each kind, and the bookings on them (the calendar's and a proposal's header). */
export interface VisitDaySummary {
  total: number;
  home: number;
  facility: number;
  bookings: number;
}

export function summarizeVisitDays(days: ReadonlyArray<VisitDay & { bookings?: number }>): VisitDaySummary {
  const home = days.filter((d) => d.kind === 'home_visit').length;
  return {
    total: days.length,
    home,
    facility: days.length - home,
    bookings: days.reduce((sum, d) => sum + (d.bookings ?? 0), 0),
  };
}
