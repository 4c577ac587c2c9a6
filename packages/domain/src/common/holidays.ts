import holidayJp from '@holiday-jp/holiday_jp';
import type { DateKey } from './dates.js';
import { addDays, weekday } from './dates.js';
import { isYearEndClosure, yearEndLabel, type YearEndRange } from './year-end.js';

export { DEFAULT_YEAR_END, isYearEndClosure, yearEndDays, yearEndLabel, type YearEndRange } from './year-end.js';

/** The national holiday on a JST date, or undefined. */
export function nationalHoliday(key: DateKey): { date: DateKey; name: string; nameEn: string } | undefined {
  const h = (holidayJp.holidays as Record<string, { name: string; name_en: string } | undefined>)[key];
  return h ? { date: key, name: h.name, nameEn: h.name_en } : undefined;
}

export interface WorkingDayRules {
  /** Weekdays the office works, 0 = Sunday … 6 = Saturday. Default Monday–Friday. */
  workingWeekdays?: readonly number[];
  /** National holidays are closed (default true). */
  closedOnHolidays?: boolean;
  /** The year-end closure applies (default true). */
  closedYearEnd?: boolean;
  /** Its days (default 12/29–1/3). */
  yearEnd?: YearEndRange;
  /** The city's own closed days. */
  extraClosedDays?: readonly DateKey[];
}

export const DEFAULT_WORKING_WEEKDAYS = [1, 2, 3, 4, 5] as const;

/** Why a date is not a working day, in Japanese, or undefined when it is one. */
export function closedReason(key: DateKey, rules: WorkingDayRules = {}): string | undefined {
  const weekdays = rules.workingWeekdays ?? DEFAULT_WORKING_WEEKDAYS;
  if (!weekdays.includes(weekday(key))) return '土日（稼働日外）';
  if ((rules.closedOnHolidays ?? true) && nationalHoliday(key)) return nationalHoliday(key)!.name;
  if ((rules.closedYearEnd ?? true) && isYearEndClosure(key, rules.yearEnd)) return yearEndLabel(rules.yearEnd);
  if (rules.extraClosedDays?.includes(key)) return '市の閉庁日';
  return undefined;
}

/** Each rules object's answers so far (the series of one request ask about the same days many times). */
const workingDaysOf = new WeakMap<WorkingDayRules, Map<DateKey, boolean>>();

export function isWorkingDay(key: DateKey, rules: WorkingDayRules = {}): boolean {
  if (typeof rules !== 'object' || rules === null) return closedReason(key, rules ?? {}) === undefined;
  let known = workingDaysOf.get(rules);
  if (!known) workingDaysOf.set(rules, (known = new Map()));
  let working = known.get(key);
  if (working === undefined) known.set(key, (working = closedReason(key, rules) === undefined));
  return working;
}

/**
 * The date itself when it is a working day, else the next one (a deadline or a receipt falling on a closed day moves
 * on to the day the office opens); a RangeError when none comes within a year (rules that close every day).
 */
export function firstWorkingDayFrom(key: DateKey, rules: WorkingDayRules = {}): DateKey {
  let day = key;
  for (let i = 0; !isWorkingDay(day, rules); i++) {
    if (i > 366) throw new RangeError('稼働日が見つかりません（稼働日の設定を確認してください）');
    day = addDays(day, 1);
  }
  return day;
}

/** The date itself when it is a working day, else the last one before it (a request was received on a day the desk worked). */
export function lastWorkingDayUntil(key: DateKey, rules: WorkingDayRules = {}): DateKey {
  let day = key;
  for (let i = 0; !isWorkingDay(day, rules); i++) {
    if (i > 366) throw new RangeError('稼働日が見つかりません（稼働日の設定を確認してください）');
    day = addDays(day, -1);
  }
  return day;
}
