import { CALL_CATEGORIES, CALL_OUTCOMES, type CallCategory, type CallOutcome, type CallWeek } from '@outreach/domain/calls';
import type { ReportStatus } from '@outreach/domain/daily-reports';
import { formatWeek } from '../common/dates';

/** The chip shown for a week: no report yet and a draft both read 未提出. */
export type WeekStatusKey = 'pending' | Exclude<ReportStatus, 'draft'>;

export function weekStatusKey(status: ReportStatus | null): WeekStatusKey {
  return status === null || status === 'draft' ? 'pending' : status;
}

/** The API refuses to submit a week before it has ended (its last day is over in Japan time). */
export function weekEnded(week: { weekEnd: string }, today: string): boolean {
  return week.weekEnd < today;
}

/** One bar of the chart (and one row of its table view): a week's calls by category. */
export type WeekChartRow = { weekStart: string; label: string; total: number } & Record<CallCategory, number>;

/** The last `count` weeks up to the newest, oldest first (a chart reads left to right); weeks without calls as zeros. */
export function weekChartRows(weeks: ReadonlyArray<Pick<CallWeek, 'weekStart' | 'weekEnd' | 'total' | 'byCategory'>>, count = 12): WeekChartRow[] {
  return [...weeks]
    .sort((a, b) => a.weekStart.localeCompare(b.weekStart))
    .slice(-count)
    .map((w) => {
      const row = { weekStart: w.weekStart, label: formatWeek(w), total: w.total } as WeekChartRow;
      for (const c of CALL_CATEGORIES) row[c] = w.byCategory[c] ?? 0;
      return row;
    });
}

/** The week's outcomes, every outcome listed; paper rows without an outcome as a last line when there are any. */
export function outcomeRows(week: Pick<CallWeek, 'byOutcome' | 'outcomeNotRecorded'>): Array<{ outcome: CallOutcome | 'notRecorded'; count: number }> {
  const rows: Array<{ outcome: CallOutcome | 'notRecorded'; count: number }> = CALL_OUTCOMES.map((outcome) => ({ outcome, count: week.byOutcome[outcome] ?? 0 }));
  if (week.outcomeNotRecorded > 0) rows.push({ outcome: 'notRecorded', count: week.outcomeNotRecorded });
  return rows;
}

export interface FrozenRow {
  key: CallCategory | 'total';
  frozen: number;
  live: number;
  /** live − frozen */
  diff: number;
}

/** The counts as submitted against today's counts, per category and in total; empty when nothing was submitted. */
export function frozenComparison(week: Pick<CallWeek, 'frozenCounts' | 'total' | 'byCategory'>): FrozenRow[] {
  const frozen = week.frozenCounts;
  if (!frozen) return [];
  const row = (key: FrozenRow['key'], was: number, now: number): FrozenRow => ({ key, frozen: was, live: now, diff: now - was });
  return [...CALL_CATEGORIES.map((c) => row(c, frozen.byCategory[c] ?? 0, week.byCategory[c] ?? 0)), row('total', frozen.total, week.total)];
}

/** 83% (rounded); — when no week was due. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}

