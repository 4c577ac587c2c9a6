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

/** The two ASCII digits at `i` of `s` as a number, or NaN. */
function digits2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : Number.NaN;
}

/**
 * The key's UTC midnight in ms. Hot: the dashboard's series call it for every day of every series, so it reads the
 * digits by char code instead of a regex (same results as DATE_KEY: exactly 'dddd-dd-dd', Date.UTC's roll-over).
 */
function toUtcMidnight(key: DateKey): number {
  if (key.length === 10 && key.charCodeAt(4) === 45 && key.charCodeAt(7) === 45) {
    const y = digits2(key, 0) * 100 + digits2(key, 2);
    const m = digits2(key, 5);
    const d = digits2(key, 8);
    if (y === y && m === m && d === d) return Date.UTC(y, m - 1, d);
  }
  throw new RangeError(`not a date key: ${key}`);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * The date key of a UTC midnight (or any instant of that UTC day), as toISOString().slice(0, 10) gives it for the
 * years 0000–9999, from the day number by the civil-from-days arithmetic (no Date, no string slicing).
 */
function fromUtcMidnight(ms: number): DateKey {
  const z = Math.floor(ms / DAY_MS) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999 || !Number.isFinite(ms)) return new Date(ms).toISOString().slice(0, 10);
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${pad2(m)}-${pad2(d)}`;
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
  // 1970-01-01 was a Thursday (4).
  return (((Math.floor(toUtcMidnight(key) / DAY_MS) + 4) % 7) + 7) % 7;
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

/** The last ranges eachDay listed (a dashboard asks for the same program periods many times per request). */
const EACH_DAY_KEPT = 32;
const eachDayKept = new Map<string, readonly DateKey[]>();

/** Every date from `from` to `to`, both included (a new array each call). */
export function eachDay(from: DateKey, to: DateKey): DateKey[] {
  const key = `${from}|${to}`;
  const kept = eachDayKept.get(key);
  if (kept) return kept.slice();
  const out: DateKey[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  eachDayKept.set(key, out.slice());
  if (eachDayKept.size > EACH_DAY_KEPT) eachDayKept.delete(eachDayKept.keys().next().value as string);
  return out;
}

/** Japanese fiscal year (April–March) of a date: 2026-06-01 → 2026, 2027-03-31 → 2026. */
export function fiscalYear(key: DateKey): number {
  const year = Number(key.slice(0, 4));
  return Number(key.slice(5, 7)) >= 4 ? year : year - 1;
}
