/**
 * Calendar dates as 'YYYY-MM-DD' strings ("date keys"), always meaning the date in Japan (JST, UTC+9, no DST).
 * Everything that groups by day, week or month uses these keys, computed here and stored, never SQL date functions.
 */
export type DateKey = string;

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDateKey(value: string): boolean {
  const m = DATE_KEY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function toUtcMidnight(key: DateKey): number {
  const m = DATE_KEY.exec(key);
  if (!m) throw new RangeError(`not a date key: ${key}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromUtcMidnight(ms: number): DateKey {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The JST calendar date of an instant. */
export function jstDateKey(instant: Date): DateKey {
  return fromUtcMidnight(instant.getTime() + JST_OFFSET_MS);
}

/** The JST wall-clock time of an instant as 'HH:MM'. */
export function jstTime(instant: Date): string {
  return new Date(instant.getTime() + JST_OFFSET_MS).toISOString().slice(11, 16);
}

/** The instant at which a JST wall-clock time ('HH:MM') happens on a JST date. */
export function jstInstant(date: DateKey, time = '00:00'): Date {
  const [h, m] = time.split(':').map(Number);
  return new Date(toUtcMidnight(date) - JST_OFFSET_MS + (h * 60 + m) * 60_000);
}

export function addDays(key: DateKey, days: number): DateKey {
  return fromUtcMidnight(toUtcMidnight(key) + days * DAY_MS);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: DateKey, b: DateKey): number {
  return Math.round((toUtcMidnight(b) - toUtcMidnight(a)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(key: DateKey): number {
  return new Date(toUtcMidnight(key)).getUTCDay();
}

/** The first day of the week containing `key`; weeks start on `weekStartsOn` (1 = Monday, the default). */
export function weekStart(key: DateKey, weekStartsOn = 1): DateKey {
  const offset = (weekday(key) - weekStartsOn + 7) % 7;
  return addDays(key, -offset);
}

/** 'YYYY-MM' */
export function monthKey(key: DateKey): string {
  return key.slice(0, 7);
}

/** Every date from `from` to `to`, both included. */
export function eachDay(from: DateKey, to: DateKey): DateKey[] {
  const out: DateKey[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Japanese fiscal year (April–March) of a date: 2026-06-01 → 2026, 2027-03-31 → 2026. */
export function fiscalYear(key: DateKey): number {
  const year = Number(key.slice(0, 4));
  return Number(key.slice(5, 7)) >= 4 ? year : year - 1;
}
