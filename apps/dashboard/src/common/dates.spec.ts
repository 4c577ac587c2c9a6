import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  formatAxisDay,
  formatAxisMonth,
  formatDate,
  formatDateTime,
  formatMonth,
  formatMonthDay,
  formatOfficialDate,
  formatOfficialMonth,
  formatOfficialPeriod,
  formatWeek,
} from './dates';

describe('dates: one function per kind of date', () => {
  it('writes a day with its weekday, zero-padded, and leaves a non-date as it came', () => {
    expect(formatDate('2026-12-02')).toBe('2026/12/02(水)');
    expect(formatDate('2027-01-01')).toBe('2027/01/01(金)');
    expect(formatDate('未定')).toBe('未定');
  });

  it('writes a moment in Japan time, the next JST day after 15:00 UTC', () => {
    expect(formatDateTime('2026-06-17T00:30:00.000Z')).toBe('2026/06/17 09:30');
    expect(formatDateTime('2026-12-31T15:00:00Z')).toBe('2027/01/01 00:00');
    expect(formatDateTime('not a date')).toBe('not a date');
  });

  it('writes a day inside the program year, an axis day and a week', () => {
    expect(formatMonthDay('2026-12-22')).toBe('12月22日(火)');
    expect(formatAxisDay('2026-06-07')).toBe('6/7');
    expect(formatWeek({ weekStart: '2026-06-22', weekEnd: '2026-06-28' })).toBe('6/22〜6/28');
    expect(formatWeek({ weekStart: '2026-12-28', weekEnd: '2027-01-03' })).toBe('12/28〜1/3');
  });

  it('writes a month in full or on an axis', () => {
    expect(formatMonth('2026-07')).toBe('2026年7月');
    expect(formatAxisMonth('2026-07')).toBe('7月');
  });

  it('writes 和暦 where offices expect it, 元年 for the first year, 西暦 on request', () => {
    expect(formatOfficialDate('2026-06-17')).toBe('令和8年6月17日');
    expect(formatOfficialDate('2026-11-20', 'wareki', true)).toBe('令和8年11月20日(金)');
    expect(formatOfficialDate('2019-05-01')).toBe('令和元年5月1日');
    expect(formatOfficialDate('2026-06-17', 'seireki')).toBe('2026年6月17日');
    expect(formatOfficialMonth('2026-10')).toBe('令和8年10月');
    expect(formatOfficialMonth('2026-11', 'seireki')).toBe('2026年11月');
    expect(formatOfficialPeriod('2026-06-01', '2026-12-24')).toBe('令和8年6月1日～令和8年12月24日');
  });
});

/** Every source file of the dashboard but this module and the tests. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [file] : [];
  });
}

/** Ways of writing a date by hand; the i18n tables and this module are the only places allowed to spell dates. */
const HAND_MADE = [
  /toLocale(Date|Time)String\(/,
  /Intl\.DateTimeFormat/,
  /WEEKDAYS_JA\s*=/,
  /replaceAll\('-', '\/'\)/,
  /\bformat(Wareki|Seireki|JapaneseDate|JapaneseMonth|Period|MonthDayWithWeekday)\b/,
  /slice\(5, 7\)\)\}(\/|月)/,
];

describe('no screen formats a date by itself', () => {
  const root = path.resolve(__dirname, '..');
  const own = path.join(root, 'common', 'dates.ts');

  it.each(HAND_MADE.map((pattern) => [String(pattern), pattern] as const))('finds %s only in common/dates.ts', (_name, pattern) => {
    const offenders = sources(root)
      .filter((file) => file !== own && !file.endsWith(`${path.sep}i18n.ts`))
      .filter((file) => pattern.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file));
    expect(offenders).toEqual([]);
  });
});
