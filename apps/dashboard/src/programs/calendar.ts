import { addDays, closedReason, isYearEndClosure, monthKey, nationalHoliday, weekday, type DateKey, type WorkingDayRules } from '@outreach/domain/common';
import type { Translate } from './labels';
import type { VisitDay, VisitDayView } from '@outreach/domain/programs';
import { formatMonthDay } from '../common/dates';

/**
 * The month view of the visit-day calendar as plain data: which months the period covers, the weeks of each
 * month, and what each day is (holiday, closed, a visit day). The calendar component only draws this.
 */

/** 'YYYY-MM' of every month from start to end, both included. */
export function periodMonths(start: DateKey, end: DateKey): string[] {
  const months: string[] = [];
  if (end < start) return months;
  let [year, month] = start.slice(0, 7).split('-').map(Number);
  const last = monthKey(end);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

/** Every date of a month ('YYYY-MM'). */
export function daysOfMonth(month: string): DateKey[] {
  const days: DateKey[] = [];
  for (let d = `${month}-01`; monthKey(d) === month; d = addDays(d, 1)) days.push(d);
  return days;
}

/**
 * The month as weeks of 7 cells, the first column being `weekStartsOn` (1 = Monday); cells before the 1st and
 * after the last day are null.
 */
export function monthGrid(month: string, weekStartsOn = 1): Array<Array<DateKey | null>> {
  const days = daysOfMonth(month);
  const lead = (weekday(days[0]) - weekStartsOn + 7) % 7;
  const cells: Array<DateKey | null> = [...Array<null>(lead).fill(null), ...days];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: Array<Array<DateKey | null>> = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

export interface CalendarContext {
  /** The visit period (実施期間): days outside it cannot become visit days. */
  periodStart: DateKey;
  periodEnd: DateKey;
  workingHours: WorkingDayRules;
  visitDays: ReadonlyMap<DateKey, VisitDayView>;
}

export interface CalendarDay {
  date: DateKey;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  inPeriod: boolean;
  /** The national holiday's name, whether or not the program closes on holidays. */
  holiday?: string;
  /** Not one of the program's working weekdays. */
  weekend: boolean;
  /** 12/29–1/3, when the program closes then. */
  yearEnd: boolean;
  /** One of the city's own closed days. */
  extraClosed: boolean;
  /** Why no visit can be planned (domain closedReason), or undefined on a working day. */
  closedReason?: string;
  visitDay?: VisitDayView;
}

export function describeDay(date: DateKey, context: CalendarContext): CalendarDay {
  const rules = context.workingHours;
  const day = weekday(date);
  return {
    date,
    weekday: day,
    inPeriod: date >= context.periodStart && date <= context.periodEnd,
    holiday: nationalHoliday(date)?.name,
    weekend: !(rules.workingWeekdays ?? [1, 2, 3, 4, 5]).includes(day),
    yearEnd: (rules.closedYearEnd ?? true) && isYearEndClosure(date, rules.yearEnd),
    extraClosed: rules.extraClosedDays?.includes(date) ?? false,
    closedReason: closedReason(date, rules),
    visitDay: context.visitDays.get(date),
  };
}

/** A day a calendar manager may add a visit day to: in the period, a working day, not yet a visit day. */
export function isAddable(day: CalendarDay): boolean {
  return day.inPeriod && day.closedReason === undefined && !day.visitDay;
}

/** What a screen reader says for a day: 「6月17日(水) 個人宅訪問日 予約2件」. */
export function dayAriaLabel(translate: Translate, day: CalendarDay, canManage = false): string {
  const parts = [formatMonthDay(day.date)];
  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.programs.calendar.${key}`, options);
  if (day.holiday) parts.push(day.holiday);
  if (day.visitDay) {
    parts.push(t(`kindDay.${day.visitDay.kind}`));
    parts.push(day.visitDay.bookings > 0 ? t('dayBookings', { count: day.visitDay.bookings }) : t('dayNoBookings'));
  } else if (!day.inPeriod) parts.push(t('outOfPeriod'));
  else if (day.closedReason !== undefined) {
    if (day.closedReason !== day.holiday) parts.push(day.closedReason);
  } else parts.push(canManage ? t('dayAddable') : t('dayEmpty'));
  return parts.join(' ');
}


/** How a proposal differs from the current calendar, in days. */
export function diffCalendars(current: readonly VisitDay[], proposed: readonly VisitDay[]): { added: number; removed: number; changed: number } {
  const now = new Map(current.map((d) => [d.date, d.kind]));
  const next = new Map(proposed.map((d) => [d.date, d.kind]));
  let added = 0;
  let changed = 0;
  for (const [date, kind] of next) {
    const before = now.get(date);
    if (before === undefined) added++;
    else if (before !== kind) changed++;
  }
  const removed = [...now.keys()].filter((date) => !next.has(date)).length;
  return { added, removed, changed };
}

/** Visit days by month ('YYYY-MM'), in date order: the proposal preview lists them per month. */
export function byMonth<T extends VisitDay>(days: readonly T[]): Array<{ month: string; days: T[] }> {
  const groups = new Map<string, T[]>();
  for (const day of [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    const month = monthKey(day.date);
    groups.set(month, [...(groups.get(month) ?? []), day]);
  }
  return [...groups].map(([month, list]) => ({ month, days: list }));
}
