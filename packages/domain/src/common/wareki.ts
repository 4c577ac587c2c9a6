import type { DateKey } from './dates.js';

const warekiFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});
const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];

function utcNoon(key: DateKey): Date {
  return new Date(`${key}T12:00:00Z`);
}

/** 2026-06-17 → 令和8年6月17日 (元年 is written 1年 by ICU; offices accept both, we normalise to 元年). */
export function formatWareki(key: DateKey): string {
  return warekiFormat.format(utcNoon(key)).replace(/^(\D+)1年/, '$1元年');
}

/** 2026-06-17 → 2026年6月17日 */
export function formatSeireki(key: DateKey): string {
  const [y, m, d] = key.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export type EraStyle = 'wareki' | 'seireki';

export function formatJapaneseDate(key: DateKey, style: EraStyle = 'wareki'): string {
  return style === 'wareki' ? formatWareki(key) : formatSeireki(key);
}

/** 令和8年6月1日～令和8年12月24日 */
export function formatPeriod(start: DateKey, end: DateKey, style: EraStyle = 'wareki'): string {
  return `${formatJapaneseDate(start, style)}～${formatJapaneseDate(end, style)}`;
}

/** 6月17日(水) */
export function formatMonthDayWithWeekday(key: DateKey): string {
  const d = utcNoon(key);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日(${WEEKDAYS_JA[d.getUTCDay()]})`;
}

/** ¥2,000 style yen amounts (integers only). */
export function formatYen(amount: number): string {
  return `¥${Math.trunc(amount).toLocaleString('ja-JP')}`;
}
