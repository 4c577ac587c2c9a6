import { monthKey } from '@outreach/domain/common';

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
