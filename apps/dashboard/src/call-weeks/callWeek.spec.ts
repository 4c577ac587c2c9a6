import { CALL_CATEGORIES, type CallCategory } from '@outreach/domain/calls';
import { formatRate, frozenComparison, outcomeRows, weekChartRows, weekEnded, weekStatusKey } from './callWeek';

const zeros = () => Object.fromEntries(CALL_CATEGORIES.map((c) => [c, 0])) as Record<CallCategory, number>;

function week(weekStart: string, weekEnd: string, byCategory: Partial<Record<CallCategory, number>> = {}) {
  const counts = { ...zeros(), ...byCategory };
  return { weekStart, weekEnd, byCategory: counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
}

describe(weekStatusKey.name, () => {
  it('shows a week without a report and a draft alike as not submitted', () => {
    expect(weekStatusKey(null)).toBe('pending');
    expect(weekStatusKey('draft')).toBe('pending');
    expect(weekStatusKey('submitted')).toBe('submitted');
    expect(weekStatusKey('accepted')).toBe('accepted');
    expect(weekStatusKey('returned')).toBe('returned');
  });
});

describe(weekEnded.name, () => {
  it('is true only once the last day of the week is over', () => {
    expect(weekEnded({ weekEnd: '2026-11-22' }, '2026-11-22')).toBe(false);
    expect(weekEnded({ weekEnd: '2026-11-22' }, '2026-11-23')).toBe(true);
  });
});

describe(weekChartRows.name, () => {
  it('keeps the last 12 weeks, oldest first, one value per category', () => {
    const weeks = Array.from({ length: 15 }, (_, i) => {
      const start = new Date(Date.UTC(2026, 5, 1 + 7 * i)).toISOString().slice(0, 10);
      const end = new Date(Date.UTC(2026, 5, 7 + 7 * i)).toISOString().slice(0, 10);
      return week(start, end, { booking: i, complaint: 1 });
    }).reverse(); // the API lists newest first
    const rows = weekChartRows(weeks);
    expect(rows).toHaveLength(12);
    expect(rows[0]).toMatchObject({ weekStart: '2026-06-22', label: '6/22〜6/28', booking: 3, complaint: 1, other: 0, total: 4 });
    expect(rows[11]).toMatchObject({ weekStart: '2026-09-07', booking: 14, total: 15 });
  });

  it('shows weeks without calls as zeros and fewer weeks when the period is young', () => {
    const rows = weekChartRows([week('2026-06-01', '2026-06-07')]);
    expect(rows).toEqual([{ weekStart: '2026-06-01', label: '6/1〜6/7', total: 0, ...zeros() }]);
    expect(weekChartRows([])).toEqual([]);
  });
});

describe(outcomeRows.name, () => {
  const byOutcome = { booked: 3, answered: 5, callback_needed: 1, referred_to_city: 0, no_answer: 0 };

  it('lists every outcome, and paper calls without one only when there are some', () => {
    expect(outcomeRows({ byOutcome, outcomeNotRecorded: 0 }).map((r) => r.outcome)).toEqual(['booked', 'answered', 'callback_needed', 'referred_to_city', 'no_answer']);
    expect(outcomeRows({ byOutcome, outcomeNotRecorded: 7 }).at(-1)).toEqual({ outcome: 'notRecorded', count: 7 });
  });
});

describe(frozenComparison.name, () => {
  it('compares the submitted counts with the live ones', () => {
    const live = week('2026-06-22', '2026-06-28', { booking: 5, other: 2 });
    const rows = frozenComparison({ ...live, frozenCounts: { total: 5, byCategory: { ...zeros(), booking: 5 } } });
    expect(rows.find((r) => r.key === 'other')).toEqual({ key: 'other', frozen: 0, live: 2, diff: 2 });
    expect(rows.at(-1)).toEqual({ key: 'total', frozen: 5, live: 7, diff: 2 });
  });

  it('is empty for a week never submitted', () => {
    expect(frozenComparison({ ...week('2026-06-22', '2026-06-28'), frozenCounts: null })).toEqual([]);
  });
});

describe(formatRate.name, () => {
  it('rounds to a percentage, and shows a dash when nothing was due', () => {
    expect(formatRate(5 / 6)).toBe('83%');
    expect(formatRate(1)).toBe('100%');
    expect(formatRate(null)).toBe('—');
  });
});

