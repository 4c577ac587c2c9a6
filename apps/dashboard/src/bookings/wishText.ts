import type { Half } from '@outreach/domain/bookings';
import { type DateKey, isDateKey } from '@outreach/domain/common';

/** What the caller's own words say about when they want the visit: weekdays (1–5), halves, named dates. */
export interface ParsedWish {
  weekdays: number[];
  halves: Half[];
  dates: DateKey[];
}

const WEEKDAY_CHARS = '日月火水木金土';
/** A weekday char is a weekday on its own only between these (「火・木の午後」「火か水」「金午前」). */
const BEFORE = new Set(['', '・', '、', ',', ' ', '/', 'と', 'か', '（', '(']);
const AFTER_PREFIXES = ['曜', '・', '、', ',', ' ', '/', 'と', 'か', 'の', '午', '）', ')', 'が', 'で', 'に', 'は', 'も'];
const AM_WORDS = /午前|朝|AM|ａｍ/i;
const PM_WORDS = /午後|昼から|昼過ぎ|昼すぎ|夕方|PM/i;

/**
 * Reads the caller's wish as the operator types it (「火曜の午後がいい」「12/8か12/15の午前」「水・金 午後」) into the
 * slot finder's toggles. 月 and 日 count only with 曜 (「12月」「月末」「日曜」 are not Monday / Sunday); visits are
 * on weekdays, so only Monday–Friday are kept. A date without a year is the next such date from `today` on.
 */
export function parseWishText(raw: string, today: DateKey): ParsedWish {
  const text = raw.normalize('NFKC');
  const weekdays = new Set<number>();
  const chars = [...text];
  chars.forEach((ch, i) => {
    const index = WEEKDAY_CHARS.indexOf(ch);
    if (index < 0) return;
    const next = chars[i + 1] ?? '';
    const withYobi = next === '曜';
    const ambiguous = ch === '月' || ch === '日';
    const prev = chars[i - 1] ?? '';
    const standalone = BEFORE.has(prev) && (next === '' || AFTER_PREFIXES.includes(next));
    if (withYobi || (!ambiguous && standalone)) weekdays.add(index);
  });

  const halves: Half[] = [];
  if (AM_WORDS.test(text)) halves.push('am');
  if (PM_WORDS.test(text)) halves.push('pm');

  const dates = new Set<DateKey>();
  for (const m of text.matchAll(/(?:(\d{4})[/年-])?(\d{1,2})(?:\/|月)(\d{1,2})日?/g)) {
    const date = nextDate(m[1] ? Number(m[1]) : undefined, Number(m[2]), Number(m[3]), today);
    if (date) dates.add(date);
  }

  return {
    weekdays: [...weekdays].filter((d) => d >= 1 && d <= 5).sort(),
    halves,
    dates: [...dates].sort(),
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function nextDate(year: number | undefined, month: number, day: number, today: DateKey): DateKey | undefined {
  const thisYear = Number(today.slice(0, 4));
  const candidate = `${year ?? thisYear}-${pad(month)}-${pad(day)}`;
  if (!isDateKey(candidate)) return undefined;
  if (year !== undefined || candidate >= today) return candidate;
  const nextYear = `${thisYear + 1}-${pad(month)}-${pad(day)}`;
  return isDateKey(nextYear) ? nextYear : undefined;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * The toggles after the words changed: a toggle follows the words only where what the words say changed, so a
 * weekday picked by hand survives a note typed afterwards (「玄関は裏口」) that says nothing about weekdays.
 */
export function followWishText<T extends ParsedWish>(current: T, before: ParsedWish, after: ParsedWish): T {
  return {
    ...current,
    weekdays: sameList(before.weekdays, after.weekdays) ? current.weekdays : after.weekdays,
    halves: sameList(before.halves, after.halves) ? current.halves : after.halves,
    dates: sameList(before.dates, after.dates) ? current.dates : after.dates,
  };
}
