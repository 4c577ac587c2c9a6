import { type DateKey, isDateKey } from './dates.js';

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

/**
 * A fiscal year (April–March) as offices write it: 2026 → 令和8年度 (or 2026年度 in 西暦). The era is the one
 * of the year's first day, as the dashboard's settings show it (2019 → 平成31年度).
 */
export function formatFiscalYear(fiscalYear: number, style: EraStyle = 'wareki'): string {
  if (style === 'seireki') return `${fiscalYear}年度`;
  return `${formatWareki(`${fiscalYear}-04-01`).replace(/年.*$/, '年')}度`;
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

// ---------------------------------------------------------------------------------------------------------
// Reading a date as people write it (a facility's applicant list): 西暦 or 和暦, full- or half-width

/** The eras a living person's date of birth can fall in, from the first day of each (the next one ends it). */
const ERAS = [
  { names: ['明治', '明', 'M'], start: '1868-01-01' }, // 明治元年 counts from 1 January 1868 (改元の詔, retroactive)
  { names: ['大正', '大', 'T'], start: '1912-07-30' },
  { names: ['昭和', '昭', 'S'], start: '1926-12-25' },
  { names: ['平成', '平', 'H'], start: '1989-01-08' },
  { names: ['令和', '令', 'R'], start: '2019-05-01' },
] as const;

const ERA_NAMES = ERAS.flatMap((e) => e.names).join('|');
const Y_M_D = String.raw`(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})日?`;
const SEIREKI = new RegExp(String.raw`^(\d{4})${Y_M_D}$`);
const SEIREKI_COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const WAREKI = new RegExp(String.raw`^(${ERA_NAMES})\.?(\d{1,2}|元)${Y_M_D}$`);

/** Why a text is not a date: not written as one, no such day (2月30日), or a year its era never had (昭和64年2月1日). */
export type DateTextProblem = 'format' | 'impossible' | 'era';
export type ParsedDate = { ok: true; key: DateKey } | { ok: false; problem: DateTextProblem };

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function calendarKey(y: number, m: number, d: number): ParsedDate {
  const key = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  return isDateKey(key) ? { ok: true, key } : { ok: false, problem: 'impossible' };
}

/**
 * A date written in 西暦 (1950/4/1, 1950-04-01, 1950.4.1, 19500401, 1950年4月1日) or 和暦 (昭和25年4月1日, 昭25.4.1,
 * S25.4.1, s25/4/1, 令和元年5月1日, ㍼25年4月1日) to its DateKey. Full-width digits and letters, spaces and a trailing
 * 生/生まれ are accepted. A 和暦 date must lie inside its era: 平成31年5月1日 is 令和元年5月1日 and is refused as 'era'.
 */
export function parseJapaneseDate(text: string): ParsedDate {
  const t = text
    .normalize('NFKC')
    .replace(/[\s]/g, '')
    .replace(/[‐‑–—−ー]/g, '-')
    .replace(/生(まれ)?$/, '')
    .toUpperCase();
  const western = SEIREKI.exec(t) ?? SEIREKI_COMPACT.exec(t);
  if (western) return calendarKey(Number(western[1]), Number(western[2]), Number(western[3]));
  const wareki = WAREKI.exec(t);
  if (!wareki) return { ok: false, problem: 'format' };
  const index = ERAS.findIndex((e) => (e.names as readonly string[]).includes(wareki[1]));
  const eraYear = wareki[2] === '元' ? 1 : Number(wareki[2]);
  if (eraYear < 1) return { ok: false, problem: 'format' };
  const parsed = calendarKey(Number(ERAS[index].start.slice(0, 4)) + eraYear - 1, Number(wareki[3]), Number(wareki[4]));
  if (!parsed.ok) return parsed;
  const next = ERAS[index + 1]?.start;
  return parsed.key < ERAS[index].start || (next !== undefined && parsed.key >= next) ? { ok: false, problem: 'era' } : parsed;
}
