/**
 * The year-end closure (年末年始), kept apart from holidays.ts: schemas and screens that only need its days do not
 * pull in the national holiday table (≈ 180 kB of data) with them.
 */
import type { DateKey } from './dates.js';

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
