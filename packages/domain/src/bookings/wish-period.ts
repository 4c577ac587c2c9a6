import type { DateKey } from '../common/dates.js';

/**
 * A period the caller names in words (「1月中旬」「2月上旬」「12月下旬」「1月末」「3月中」「1月」), as the dates it covers:
 * 上旬 1–10, 中旬 11–20, 下旬 and 末 21–the month's end, otherwise the whole month. The month is the next one of that
 * number from `today` on (this month counts). A month with a day (「12月8日」) is a date, not a period: null.
 */
export function wishPeriod(raw: string, today: DateKey): { from: DateKey; to: DateKey } | null {
  const m = /(?:(\d{4})年)?(\d{1,2})月(?!\s*\d)(上旬|初め|はじめ|中旬|半ば|下旬|末|終わり)?/.exec(raw.normalize('NFKC'));
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const thisYear = Number(today.slice(0, 4));
  const year = m[1] ? Number(m[1]) : month >= Number(today.slice(5, 7)) ? thisYear : thisYear + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const part = m[3] ?? '';
  const [first, end] = /上旬|初め|はじめ/.test(part) ? [1, 10] : /中旬|半ば/.test(part) ? [11, 20] : /下旬|末|終わり/.test(part) ? [21, last] : [1, last];
  const key = (d: number) => `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}` as DateKey;
  return { from: key(first), to: key(end) };
}
