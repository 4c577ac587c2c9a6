import fc from 'fast-check';
import { addDays } from './dates.js';
import { bucketByMonth, bucketByWeek, cumulative, monthBuckets, sumBy, weekBuckets } from './buckets.js';

describe(bucketByWeek.name, () => {
  it('keeps every week across a year end, with zeros in the gaps', () => {
    const points = [
      { date: '2026-12-22', value: 2 },
      { date: '2026-12-31', value: 3 },
      { date: '2027-01-03', value: 1 }, // Sunday: still the week of 12/28
      { date: '2027-01-12', value: 4 },
    ];
    expect(bucketByWeek(points, '2026-12-21', '2027-01-17')).toEqual([
      { weekStart: '2026-12-21', weekEnd: '2026-12-27', value: 2 },
      { weekStart: '2026-12-28', weekEnd: '2027-01-03', value: 4 },
      { weekStart: '2027-01-04', weekEnd: '2027-01-10', value: 0 },
      { weekStart: '2027-01-11', weekEnd: '2027-01-17', value: 4 },
    ]);
  });

  it('starts weeks on Sunday when asked', () => {
    const weeks = bucketByWeek([{ date: '2027-01-03', value: 5 }], '2026-12-28', '2027-01-09', 0);
    expect(weeks).toEqual([
      { weekStart: '2026-12-27', weekEnd: '2027-01-02', value: 0 },
      { weekStart: '2027-01-03', weekEnd: '2027-01-09', value: 5 },
    ]);
  });

  it('leaves out points outside [from, to] even inside a shown week', () => {
    const points = [
      { date: '2026-06-30', value: 1 },
      { date: '2026-07-01', value: 10 },
    ];
    expect(bucketByWeek(points, '2026-07-01', '2026-07-05')).toEqual([{ weekStart: '2026-06-29', weekEnd: '2026-07-05', value: 10 }]);
  });

  it('sums to the total of the points in range (property)', () => {
    const point = fc.record({ offset: fc.integer({ min: -20, max: 120 }), value: fc.integer({ min: 0, max: 50 }) });
    fc.assert(
      fc.property(fc.array(point), fc.integer({ min: 0, max: 6 }), (raw, weekStartsOn) => {
        const from = '2026-12-01';
        const to = '2027-02-28';
        const points = raw.map((p) => ({ date: addDays(from, p.offset), value: p.value }));
        const inRange = points.filter((p) => p.date >= from && p.date <= to).reduce((s, p) => s + p.value, 0);
        const weeks = bucketByWeek(points, from, to, weekStartsOn);
        expect(sumBy(weeks, 'value')).toBe(inRange);
        expect(sumBy(bucketByMonth(points, from, to), 'value')).toBe(inRange);
        // Contiguous weeks: each starts the day after the previous one ends.
        weeks.slice(1).forEach((w, i) => expect(w.weekStart).toBe(addDays(weeks[i].weekEnd, 1)));
      }),
    );
  });
});

describe(bucketByMonth.name, () => {
  it('keeps every month across a fiscal-year boundary, with zeros and the fiscal year', () => {
    const points = [
      { date: '2027-02-10', value: 3 },
      { date: '2027-04-01', value: 2 },
      { date: '2027-04-30', value: 1 },
    ];
    expect(bucketByMonth(points, '2027-02-01', '2027-05-31')).toEqual([
      { month: '2027-02', monthStart: '2027-02-01', monthEnd: '2027-02-28', fiscalYear: 2026, value: 3 },
      { month: '2027-03', monthStart: '2027-03-01', monthEnd: '2027-03-31', fiscalYear: 2026, value: 0 },
      { month: '2027-04', monthStart: '2027-04-01', monthEnd: '2027-04-30', fiscalYear: 2027, value: 3 },
      { month: '2027-05', monthStart: '2027-05-01', monthEnd: '2027-05-31', fiscalYear: 2027, value: 0 },
    ]);
  });

  it('covers a month touched by a mid-month range, and a December to January step', () => {
    expect(monthBuckets('2026-12-15', '2027-01-02').map((m) => m.month)).toEqual(['2026-12', '2027-01']);
    expect(monthBuckets('2028-02-01', '2028-02-29')[0].monthEnd).toBe('2028-02-29');
  });
});

describe(weekBuckets.name, () => {
  it('is one week when from and to are in the same week', () => {
    expect(weekBuckets('2026-07-01', '2026-07-02')).toEqual([{ weekStart: '2026-06-29', weekEnd: '2026-07-05' }]);
  });
});

describe(cumulative.name, () => {
  it('carries the running total across empty buckets', () => {
    const months = bucketByMonth([{ date: '2026-06-03', value: 4 }, { date: '2026-09-20', value: 6 }], '2026-06-01', '2026-10-31');
    expect(cumulative(months).map((m) => [m.month, m.value, m.cumulative])).toEqual([
      ['2026-06', 4, 4],
      ['2026-07', 0, 4],
      ['2026-08', 0, 4],
      ['2026-09', 6, 10],
      ['2026-10', 0, 10],
    ]);
  });

  it('is empty for no buckets', () => {
    expect(cumulative([])).toEqual([]);
  });
});

describe(sumBy.name, () => {
  it('counts missing and null values as 0', () => {
    const rows: Array<{ n?: number | null; label: string }> = [{ n: 2, label: 'a' }, { label: 'b' }, { n: null, label: 'c' }, { n: 5, label: 'd' }];
    expect(sumBy(rows, 'n')).toBe(7);
  });
});
