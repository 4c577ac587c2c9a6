import holidayJp from '@holiday-jp/holiday_jp';
import type { DateKey } from './dates.js';
import { weekday } from './dates.js';

/** The national holiday on a JST date, or undefined. */
export function nationalHoliday(key: DateKey): { date: DateKey; name: string; nameEn: string } | undefined {
  const h = (holidayJp.holidays as Record<string, { name: string; name_en: string } | undefined>)[key];
  return h ? { date: key, name: h.name, nameEn: h.name_en } : undefined;
}

/** The year-end closure as month-days 'MM-DD', from a day of December to a day of January. */
export interface YearEndRange {
  from: string;
  to: string;
}

/** 12/29 – 1/3: city offices are closed (年末年始) unless the contract says otherwise (Shimonoseki: 12/27 – 1/4). */
export const DEFAULT_YEAR_END: YearEndRange = { from: '12-29', to: '01-03' };

export function isYearEndClosure(key: DateKey, range: YearEndRange = DEFAULT_YEAR_END): boolean {
  const md = key.slice(5);
  return md >= range.from || md <= range.to;
}

/** { from: '12-27', to: '01-04' } → { from: '12/27', to: '1/4' }, as notices write them. */
export function yearEndDays(range: YearEndRange = DEFAULT_YEAR_END): { from: string; to: string } {
  const md = (v: string) => `${Number(v.slice(0, 2))}/${Number(v.slice(3))}`;
  return { from: md(range.from), to: md(range.to) };
}

/** 年末年始（12/29〜1/3） */
export function yearEndLabel(range: YearEndRange = DEFAULT_YEAR_END): string {
  const { from, to } = yearEndDays(range);
  return `年末年始（${from}〜${to}）`;
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

export function isWorkingDay(key: DateKey, rules: WorkingDayRules = {}): boolean {
  return closedReason(key, rules) === undefined;
}
