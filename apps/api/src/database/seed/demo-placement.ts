import { addDays, type DateKey, daysBetween } from '@outreach/domain/common';

/** The Otaru visit period as 003 §3(2)ア(ア) writes it for 2026: the demo's calendar is this one, moved by whole weeks. */
export const REAL_OTARU_VISITS = { start: '2026-06-17', end: '2026-12-24' } as const;

/**
 * First starts on these days keep the real 2026 dates: today is then 40–82 % into the real visit period, with
 * held visits behind it and home visit days beyond the 14-day lead time still ahead.
 */
export const REAL_DATES_WINDOW = { from: '2026-09-01', to: '2026-11-20' } as const;

/** Where today should fall in the demo's visit period: about two thirds in. */
export const DEMO_TODAY_FRACTION = 2 / 3;

/**
 * By how many whole weeks the demo's calendar moves for a first start on `today` (JST): none inside the real-dates
 * window, otherwise so that today lies about two thirds into the Otaru visit period. Whole weeks keep every
 * weekday pattern (visit days on working days, call weeks, the venue's second Saturday within a week of it).
 */
export function demoShiftWeeks(today: DateKey): number {
  if (today >= REAL_DATES_WINDOW.from && today <= REAL_DATES_WINDOW.to) return 0;
  const { start, end } = REAL_OTARU_VISITS;
  const mark = addDays(start, Math.round(daysBetween(start, end) * DEMO_TODAY_FRACTION));
  return Math.round(daysBetween(mark, today) / 7);
}

/** A date of the real calendar moved by the demo's shift. */
export function shiftDate(date: DateKey, weeks: number): DateKey {
  return addDays(date, weeks * 7);
}
