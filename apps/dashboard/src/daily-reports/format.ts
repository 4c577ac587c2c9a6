import { formatWareki, monthKey, weekday } from '@outreach/domain/common';

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];

/** 2026-11-20 → 令和8年11月20日(金): the report's day as the city writes it. */
export function reportDateLabel(date: string): string {
  return `${formatWareki(date)}(${WEEKDAYS_JA[weekday(date)]})`;
}

/** 2026-11-20 → 11/20(金), for tables. */
export function shortDateLabel(date: string): string {
  return `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}(${WEEKDAYS_JA[weekday(date)]})`;
}

/** '2026-07' → 2026年7月 */
export function monthLabel(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

/** A rate as a whole percentage; — when there is nothing to count. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}

/** Whether a report is past its deadline and still not with the city (draft or returned). */
export function isOverdue(report: { status: string; dueAt: string }, now: Date): boolean {
  return (report.status === 'draft' || report.status === 'returned') && now.getTime() > Date.parse(report.dueAt);
}

/** The 期限内 column: ✓ on time, 遅延 late, — not submitted. */
export function onTimeKey(onTime: boolean | null): 'yes' | 'late' | 'none' {
  return onTime === null ? 'none' : onTime ? 'yes' : 'late';
}

/** The months to show: those already begun (later ones have nothing to count yet). */
export function monthsSoFar<T extends { month: string }>(months: readonly T[], today: string): T[] {
  const current = monthKey(today);
  return months.filter((m) => m.month <= current);
}
