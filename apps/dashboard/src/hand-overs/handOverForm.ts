import { type HandOverBatchView, handOverRangeProblems, type HandOverRange } from '@outreach/domain/applications';
import { addDays, type DateKey, weekStart } from '@outreach/domain/common';
import { formatDate } from '../common/dates';

/*
 * The hand-over screen's logic, pure so it is tested without a browser: the day or week picked, whether it can be
 * asked for, and how a batch reads.
 */

/** A day (today) or the week (Monday to Sunday) that holds it. */
export function rangeOf(kind: 'day' | 'week', today: DateKey): HandOverRange {
  if (kind === 'day') return { from: today, to: today };
  const from = weekStart(today, 1);
  return { from, to: addDays(from, 6) };
}

/** The range's problem on its field, or null when the API can be asked. */
export function rangeProblem(range: { from: string; to: string }): Partial<Record<'from' | 'to', string>> | null {
  if (!range.from || !range.to) return { [range.from ? 'to' : 'from']: '日付を入力してください' };
  const problems = handOverRangeProblems(range);
  return Object.keys(problems).length ? problems : null;
}

/** 2026/09/01(火)〜2026/09/07(月), or the one day. */
export function periodText(b: Pick<HandOverBatchView, 'from' | 'to'>): string {
  return b.from === b.to ? formatDate(b.from) : `${formatDate(b.from)}〜${formatDate(b.to)}`;
}
