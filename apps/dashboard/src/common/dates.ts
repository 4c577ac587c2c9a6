import { type DateKey, type EraStyle, formatJapaneseDate, jstDateKey, jstTime, weekday } from '@outreach/domain/common';

/**
 * The dashboard's one place that writes dates, one function per kind of date; every screen uses these (a test
 * refuses formatting anywhere else). Inputs are the API's JST date keys (2026-06-17), months (2026-06) and ISO
 * instants, shown in Japan time whatever the browser's zone.
 *
 * | kind                                   | function                  | example                   |
 * | -------------------------------------- | ------------------------- | ------------------------- |
 * | a day (lists, forms, titles)           | formatDate                | 2026/06/17(水)            |
 * | a moment (received, decided, logged)   | formatDateTime            | 2026/06/17 09:30          |
 * | a day inside the program's year        | formatMonthDay            | 6月17日(水)               |
 * | a day on a chart axis, a week          | formatAxisDay, formatWeek | 6/17, 6/22〜6/28          |
 * | a month (tables), on an axis           | formatMonth, formatAxisMonth | 2026年6月, 6月         |
 * | 和暦 where offices expect it (reports, periods, fiscal years; 西暦 when the program prints Western years) | formatOfficialDate, formatOfficialMonth, formatOfficialPeriod | 令和8年6月17日 |
 */

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];
const DATE_KEY = /^\d{4}-\d{2}-\d{2}$/;

const weekdayJa = (key: DateKey) => WEEKDAYS_JA[weekday(key)];
const month = (key: string) => Number(key.slice(5, 7));
const day = (key: DateKey) => Number(key.slice(8, 10));

/** 2026-06-17 → 2026/06/17(水); anything that is not a date key is shown as it came. */
export function formatDate(key: DateKey): string {
  return DATE_KEY.test(key) ? `${key.replaceAll('-', '/')}(${weekdayJa(key)})` : key;
}

/** An ISO instant as Japan time, 2026/06/17 09:30; anything unreadable is shown as it came. */
export function formatDateTime(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return `${jstDateKey(instant).replaceAll('-', '/')} ${jstTime(instant)}`;
}

/** 2026-06-17 → 6月17日(水): visits, wishes and deadlines, read within one program's year. */
export function formatMonthDay(key: DateKey): string {
  return `${month(key)}月${day(key)}日(${weekdayJa(key)})`;
}

/** 2026-06-07 → 6/7, as a chart's axis reads. */
export function formatAxisDay(key: DateKey): string {
  return `${month(key)}/${day(key)}`;
}

/** 6/22〜6/28 (the year is left out: weeks are read within one contract period). */
export function formatWeek(week: { weekStart: DateKey; weekEnd: DateKey }): string {
  return `${formatAxisDay(week.weekStart)}〜${formatAxisDay(week.weekEnd)}`;
}

/** '2026-06' → 2026年6月 */
export function formatMonth(monthKey: string): string {
  return `${monthKey.slice(0, 4)}年${month(monthKey)}月`;
}

/** '2026-06' → 6月, as an axis reads (the table beside it says 2026年6月). */
export function formatAxisMonth(monthKey: string): string {
  return `${month(monthKey)}月`;
}

/** 和暦 as offices write it: 2026-06-17 → 令和8年6月17日 (2026年6月17日 with `seireki`); `withWeekday` adds (水). */
export function formatOfficialDate(key: DateKey, style: EraStyle = 'wareki', withWeekday = false): string {
  const text = formatJapaneseDate(key, style);
  return withWeekday ? `${text}(${weekdayJa(key)})` : text;
}

/** '2026-10' → 令和8年10月 (or 2026年10月). */
export function formatOfficialMonth(monthKey: string, style: EraStyle = 'wareki'): string {
  return formatJapaneseDate(`${monthKey}-01`, style).replace(/1日$/, '');
}

/** 令和8年6月1日～令和8年12月24日 */
export function formatOfficialPeriod(start: DateKey, end: DateKey, style: EraStyle = 'wareki'): string {
  return `${formatOfficialDate(start, style)}～${formatOfficialDate(end, style)}`;
}
