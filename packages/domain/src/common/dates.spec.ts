import fc from 'fast-check';
import { addDays, daysBetween, eachDay, fiscalYear, isDateKey, jstDateKey, jstInstant, jstTime, monthKey, weekStart, weekday } from './dates.js';
import { closedReason, firstWorkingDayFrom, isWorkingDay, lastWorkingDayUntil, isYearEndClosure, nationalHoliday } from './holidays.js';
import { formatPeriod, formatWareki, formatYen, formatMonthDayWithWeekday } from './wareki.js';

describe('JST date keys', () => {
  it('takes the Japanese calendar date of an instant, not the UTC one', () => {
    expect(jstDateKey(new Date('2026-06-16T15:30:00Z'))).toBe('2026-06-17');
    expect(jstDateKey(new Date('2026-06-16T14:59:59Z'))).toBe('2026-06-16');
    expect(jstTime(new Date('2026-06-16T15:30:00Z'))).toBe('00:30');
    expect(jstInstant('2026-06-17', '09:00').toISOString()).toBe('2026-06-17T00:00:00.000Z');
  });

  it('does day arithmetic across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-06-01', '2026-12-24')).toBe(206);
    expect(eachDay('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(monthKey('2026-06-17')).toBe('2026-06');
    expect(fiscalYear('2027-03-31')).toBe(2026);
    expect(fiscalYear('2026-04-01')).toBe(2026);
  });

  it('finds the Monday (or configured) start of a week, also across a year end', () => {
    expect(weekday('2026-06-17')).toBe(3);
    expect(weekStart('2026-06-17')).toBe('2026-06-15');
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
    expect(weekStart('2026-06-15')).toBe('2026-06-15');
    expect(weekStart('2026-06-17', 0)).toBe('2026-06-14');
  });

  it('rejects impossible dates', () => {
    expect(isDateKey('2026-02-29')).toBe(false);
    expect(isDateKey('2028-02-29')).toBe(true);
    expect(isDateKey('2026-6-1')).toBe(false);
  });
});

describe('working days', () => {
  it('knows national holidays by JST date', () => {
    expect(nationalHoliday('2026-07-20')?.name).toBe('海の日');
    expect(nationalHoliday('2026-09-21')?.name).toBe('敬老の日');
    expect(nationalHoliday('2026-07-21')).toBeUndefined();
  });

  it('closes weekends, holidays, 12/29–1/3 and the city own days', () => {
    expect(isWorkingDay('2026-06-17')).toBe(true);
    expect(closedReason('2026-06-20')).toBe('土日（稼働日外）');
    expect(closedReason('2026-11-23')).toBe('勤労感謝の日');
    expect(isYearEndClosure('2026-12-29')).toBe(true);
    expect(isYearEndClosure('2027-01-04')).toBe(false);
    expect(isYearEndClosure('2027-01-04', { from: '12-27', to: '01-04' })).toBe(true);
    expect(closedReason('2026-12-28', { yearEnd: { from: '12-27', to: '01-04' } })).toBe('年末年始（12/27〜1/4）');
    expect(closedReason('2026-12-28')).toBeUndefined();
    expect(closedReason('2026-12-29')).toBe('年末年始（12/29〜1/3）');
    expect(isWorkingDay('2026-06-18', { extraClosedDays: ['2026-06-18'] })).toBe(false);
    expect(isWorkingDay('2026-06-20', { workingWeekdays: [6] })).toBe(true);
  });
});

describe(firstWorkingDayFrom.name, () => {
  it('keeps a working day and moves a closed one on to the day the office opens', () => {
    expect(firstWorkingDayFrom('2026-11-27')).toBe('2026-11-27'); // a Friday
    expect(firstWorkingDayFrom('2026-11-29')).toBe('2026-11-30'); // Sunday → Monday
    expect(firstWorkingDayFrom('2026-11-21')).toBe('2026-11-24'); // Saturday, then 勤労感謝の日 (observed Monday 11-23)
    expect(firstWorkingDayFrom('2026-12-29')).toBe('2027-01-04'); // the year-end closure, then Sunday 1-3
    expect(firstWorkingDayFrom('2026-12-27', { yearEnd: { from: '12-27', to: '01-04' } })).toBe('2027-01-05'); // Shimonoseki's closure
    expect(firstWorkingDayFrom('2026-11-29', { workingWeekdays: [0, 1, 2, 3, 4, 5, 6] })).toBe('2026-11-29');
  });

  it('refuses rules under which no day is a working day', () => {
    expect(() => firstWorkingDayFrom('2026-11-29', { workingWeekdays: [] })).toThrow(RangeError);
    expect(() => lastWorkingDayUntil('2026-11-29', { workingWeekdays: [] })).toThrow(RangeError);
  });
});

describe(lastWorkingDayUntil.name, () => {
  it('keeps a working day and moves a closed one back to the day the office last worked', () => {
    expect(lastWorkingDayUntil('2026-12-07')).toBe('2026-12-07'); // a Monday
    expect(lastWorkingDayUntil('2026-12-06')).toBe('2026-12-04'); // Sunday → Friday
    expect(lastWorkingDayUntil('2026-11-23')).toBe('2026-11-20'); // 勤労感謝の日 (Monday), the weekend → Friday
    expect(lastWorkingDayUntil('2027-01-03')).toBe('2026-12-28'); // the year-end closure 12/29–1/3
  });

  it('with firstWorkingDayFrom, finds a working day on the date’s side, no working day skipped between', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), (offset) => {
        const date = addDays('2024-01-01', offset);
        const [before, after] = [lastWorkingDayUntil(date), firstWorkingDayFrom(date)];
        expect([isWorkingDay(before), isWorkingDay(after), before <= date, after >= date]).toEqual([true, true, true, true]);
        // Between them only closed days (none at all when the date is a working day).
        expect(eachDay(addDays(before, 1), addDays(after, -1)).filter((d) => isWorkingDay(d))).toEqual([]);
        expect(before === after).toBe(isWorkingDay(date));
      }),
    );
  });
});

describe('Japanese date formats', () => {
  it('writes the era as offices do', () => {
    expect(formatWareki('2026-06-17')).toBe('令和8年6月17日');
    expect(formatWareki('2019-05-01')).toBe('令和元年5月1日');
    expect(formatWareki('2019-04-30')).toBe('平成31年4月30日');
    expect(formatPeriod('2026-06-01', '2026-12-24')).toBe('令和8年6月1日～令和8年12月24日');
    expect(formatPeriod('2026-06-01', '2026-12-24', 'seireki')).toBe('2026年6月1日～2026年12月24日');
    expect(formatMonthDayWithWeekday('2026-06-17')).toBe('6月17日(水)');
    expect(formatYen(2000)).toBe('¥2,000');
  });
});

describe('date keys by day number (the fast path)', () => {
  // The helpers read and write keys without Date's string methods: they must agree with Date's own for every day.
  const reference = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  it('adds days, counts days and finds weekdays as Date does, over four centuries and at the edges', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1600, 0, 1), max: Date.UTC(9999, 11, 31) }), fc.integer({ min: -800, max: 800 }), (ms, n) => {
        const key = reference(ms);
        const day = Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, Number(key.slice(8, 10)));
        expect(addDays(key, 0)).toBe(key);
        const later = day + n * 86_400_000;
        if (later <= Date.UTC(9999, 11, 31) && later >= Date.UTC(1000, 0, 1)) {
          expect(addDays(key, n)).toBe(reference(later));
          expect(daysBetween(key, addDays(key, n))).toBe(n);
        }
        expect(weekday(key)).toBe(new Date(day).getUTCDay());
        expect(jstDateKey(new Date(ms))).toBe(reference(ms + 9 * 3_600_000));
      }),
      { numRuns: 2000 },
    );
    expect(addDays('1970-01-01', -1)).toBe('1969-12-31');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(weekday('1969-12-31')).toBe(3);
  });

  it('still refuses what is not a date key', () => {
    for (const bad of ['2026-6-01', '2026/06/01', '2026-06-0a', ' 2026-06-01', '2026-06-011', '']) expect(() => addDays(bad, 1)).toThrow(RangeError);
  });
});

describe('working days asked again', () => {
  it('answer as the rules say, whether asked first or again, for the same rules object or a copy', () => {
    const rules = { workingWeekdays: [1, 2, 3, 4, 5, 6], extraClosedDays: ['2026-08-13'], yearEnd: { from: '12-27', to: '01-04' } };
    const day = fc.integer({ min: 0, max: 730 }).map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(day, { maxLength: 30 }), (days) => {
        for (const d of [...days, ...days]) expect(isWorkingDay(d, rules)).toBe(closedReason(d, JSON.parse(JSON.stringify(rules)) as typeof rules) === undefined);
      }),
    );
  });
});
