import fc from 'fast-check';
import type { DateKey } from '../common/dates.js';
import { addDays, daysBetween, eachDay, monthKey, weekStart, weekday } from '../common/dates.js';
import type { WorkingDayRules } from '../common/holidays.js';
import { isWorkingDay, isYearEndClosure, nationalHoliday } from '../common/holidays.js';
import type { VisitDay } from './visit-calendar.js';
import { proposeVisitDays, summarizeVisitDays, validateVisitDayChange } from './visit-calendar.js';

const MON_FRI = [1, 2, 3, 4, 5];

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
  return out;
}

/** Monday-start weeks of [from, to] that contain at least one working day. */
function weeksWithWorkingDays(from: DateKey, to: DateKey, rules: WorkingDayRules): Set<DateKey> {
  return new Set(eachDay(from, to).filter((d) => isWorkingDay(d, rules)).map((d) => weekStart(d)));
}

/** Mon–Fri counts per month: { '2026-06': [mon, tue, wed, thu, fri] }. */
function weekdayCountsByMonth(days: readonly VisitDay[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const { date } of days) {
    const counts = out.get(monthKey(date)) ?? [0, 0, 0, 0, 0];
    counts[weekday(date) - 1]++;
    out.set(monthKey(date), counts);
  }
  return out;
}

describe(proposeVisitDays.name, () => {
  describe('Otaru 2026 (6/1–12/24, 36 home + 6 facility days)', () => {
    const input = { periodStart: '2026-06-01', periodEnd: '2026-12-24', homeDays: 36, facilityDays: 6, workingHours: {} };
    const { days, warnings } = proposeVisitDays(input);

    it('proposes 42 days, 36 home and 6 facility, without warnings', () => {
      expect(days).toHaveLength(42);
      expect(days.filter((d) => d.kind === 'home_visit')).toHaveLength(36);
      expect(days.filter((d) => d.kind === 'facility_visit')).toHaveLength(6);
      expect(warnings).toEqual([]);
      expect(new Set(days.map((d) => d.date)).size).toBe(42);
      expect(days.map((d) => d.date)).toEqual(days.map((d) => d.date).sort());
    });

    it('uses no weekend, holiday or year-end day', () => {
      const dates = days.map((d) => d.date);
      for (const holiday of ['2026-07-20', '2026-09-21', '2026-09-22', '2026-09-23', '2026-10-12', '2026-11-03', '2026-11-23']) {
        expect(dates).not.toContain(holiday);
      }
      for (const date of dates) {
        expect(MON_FRI).toContain(weekday(date));
        expect(nationalHoliday(date)).toBeUndefined();
        expect(date >= '2026-06-01' && date <= '2026-12-24').toBe(true);
      }
    });

    it('puts 1 or 2 days in each of the 30 weeks', () => {
      const perWeek = countBy(days, (d) => weekStart(d.date));
      expect(perWeek.size).toBe(30);
      expect([...perWeek.values()].every((n) => n === 1 || n === 2)).toBe(true);
    });

    it('covers Monday to Friday evenly in every month (counts differ by at most 1)', () => {
      const uneven = [...weekdayCountsByMonth(days)].filter(([, counts]) => Math.max(...counts) - Math.min(...counts) > 1);
      expect(uneven).toEqual([]);
      expect(weekdayCountsByMonth(days).size).toBe(7);
    });

    it('spreads the facility days over the period, one every 4–6 weeks', () => {
      const facility = days.filter((d) => d.kind === 'facility_visit').map((d) => d.date);
      expect(new Set(facility.map(monthKey)).size).toBe(6);
      for (let i = 1; i < facility.length; i++) {
        const gap = daysBetween(facility[i - 1], facility[i]);
        expect(gap).toBeGreaterThanOrEqual(28);
        expect(gap).toBeLessThanOrEqual(42);
      }
    });

    it('is deterministic', () => {
      expect(proposeVisitDays(input)).toEqual({ days, warnings });
    });
  });

  it('also balances the seed’s visit period (6/17–12/24: 28 weeks)', () => {
    const { days } = proposeVisitDays({ periodStart: '2026-06-17', periodEnd: '2026-12-24', homeDays: 36, facilityDays: 6, workingHours: {} });
    expect(days).toHaveLength(42);
    const uneven = [...weekdayCountsByMonth(days)].filter(([, counts]) => Math.max(...counts) - Math.min(...counts) > 1);
    expect(uneven).toEqual([]);
  });

  it.each([2025, 2026, 2027, 2028])('balances every month of fiscal year %i (Apr–Mar) for 36 to 106 days', (year) => {
    for (const homeDays of [30, 46, 74, 100]) {
      const { days } = proposeVisitDays({ periodStart: `${year}-04-01`, periodEnd: `${year + 1}-03-31`, homeDays, facilityDays: 6, workingHours: {} });
      const uneven = [...weekdayCountsByMonth(days)].filter(([, counts]) => Math.max(...counts) - Math.min(...counts) > 1);
      expect({ homeDays, uneven }).toEqual({ homeDays, uneven: [] });
    }
  });

  it('skips the city’s extra closed days and proposes nothing before fromDate', () => {
    const { days } = proposeVisitDays({
      periodStart: '2026-06-01',
      periodEnd: '2026-08-31',
      homeDays: 20,
      facilityDays: 2,
      workingHours: { extraClosedDays: ['2026-07-01', '2026-07-02'] },
      fromDate: '2026-06-15',
    });
    const dates = days.map((d) => d.date);
    expect(dates).not.toContain('2026-07-01');
    expect(dates).not.toContain('2026-07-02');
    expect(dates[0] >= '2026-06-15').toBe(true);
    expect(days).toHaveLength(22);
  });

  it('spreads too few days evenly and warns in Japanese', () => {
    // 2026-06-01 … 2026-08-28 has 13 weeks; 6 days cannot cover them all.
    const { days, warnings } = proposeVisitDays({ periodStart: '2026-06-01', periodEnd: '2026-08-28', homeDays: 5, facilityDays: 1, workingHours: {} });
    expect(days).toHaveLength(6);
    expect(warnings).toEqual([expect.stringContaining('週1日に満たない週があります')]);
    const gaps = days.slice(1).map((d, i) => daysBetween(days[i].date, d.date));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(7);
  });

  it('places as many days as two a week allow and warns, keeping the facility days', () => {
    // 4 weeks (2026-06-01 … 06-26) hold at most 8 days.
    const { days, warnings } = proposeVisitDays({ periodStart: '2026-06-01', periodEnd: '2026-06-26', homeDays: 10, facilityDays: 2, workingHours: {} });
    expect(days).toHaveLength(8);
    expect(days.filter((d) => d.kind === 'facility_visit')).toHaveLength(2);
    expect(warnings).toEqual([expect.stringContaining('8日のみ提案しました')]);
  });

  it('warns when the period has no working day', () => {
    expect(proposeVisitDays({ periodStart: '2026-12-29', periodEnd: '2027-01-03', homeDays: 1, facilityDays: 0, workingHours: {} })).toEqual({
      days: [],
      warnings: ['期間内に実施できる稼働日がありません'],
    });
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => proposeVisitDays({ periodStart: '2026-06-02', periodEnd: '2026-06-01', homeDays: 1, facilityDays: 0, workingHours: {} })).toThrow(
      '終了日は開始日以降にしてください',
    );
  });

  describe('properties (random periods of 2 weeks to 12 months in 2025–2028)', () => {
    const arbitraryInput = fc
      .record({
        offset: fc.integer({ min: 0, max: daysBetween('2025-01-01', '2028-12-31') - 365 }),
        length: fc.integer({ min: 14, max: 365 }),
        homeDays: fc.integer({ min: 0, max: 110 }),
        facilityDays: fc.integer({ min: 0, max: 15 }),
        perWeekMax: fc.integer({ min: 1, max: 3 }),
        closed: fc.uniqueArray(fc.integer({ min: 0, max: 364 }), { maxLength: 10 }),
      })
      .map(({ offset, length, homeDays, facilityDays, perWeekMax, closed }) => {
        const periodStart = addDays('2025-01-01', offset);
        const periodEnd = addDays(periodStart, length - 1);
        const workingHours = { extraClosedDays: closed.map((n) => addDays(periodStart, n)) };
        return { periodStart, periodEnd, homeDays, facilityDays, perWeekMax, workingHours };
      });
    const params = { numRuns: 200 };

    it('never proposes a weekend, a national holiday, 12/29–1/3 or an extra closed day, nor a day outside the period', () => {
      fc.assert(
        fc.property(arbitraryInput, (input) => {
          // One assertion per run: expect() in a loop of ~150 days × 200 runs is what makes property tests slow.
          const wrong = proposeVisitDays(input).days.filter(
            ({ date }) =>
              !MON_FRI.includes(weekday(date)) ||
              nationalHoliday(date) !== undefined ||
              isYearEndClosure(date) ||
              input.workingHours.extraClosedDays.includes(date) ||
              date < input.periodStart ||
              date > input.periodEnd,
          );
          expect(wrong).toEqual([]);
        }),
        params,
      );
    });

    it('never puts more than perWeekMax days in a Monday-start week, and places min(count, capacity) days', () => {
      fc.assert(
        fc.property(arbitraryInput, (input) => {
          const { days } = proposeVisitDays(input);
          const perWeek = countBy(days, (d) => weekStart(d.date));
          expect(Math.max(0, ...perWeek.values())).toBeLessThanOrEqual(input.perWeekMax);
          const capacity = [...countBy(eachDay(input.periodStart, input.periodEnd).filter((d) => isWorkingDay(d, input.workingHours)), weekStart).values()]
            .map((n) => Math.min(n, input.perWeekMax))
            .reduce((a, b) => a + b, 0);
          const wanted = input.homeDays + input.facilityDays;
          expect(days).toHaveLength(Math.min(wanted, capacity));
          expect(days.filter((d) => d.kind === 'facility_visit')).toHaveLength(Math.min(input.facilityDays, days.length));
        }),
        params,
      );
    });

    it('gives every week with a working day at least one day when the count is at least the number of such weeks', () => {
      fc.assert(
        fc.property(arbitraryInput, (input) => {
          const weeks = weeksWithWorkingDays(input.periodStart, input.periodEnd, input.workingHours);
          const { days, warnings } = proposeVisitDays(input);
          if (input.homeDays + input.facilityDays >= weeks.size) {
            expect(new Set(days.map((d) => weekStart(d.date)))).toEqual(weeks);
            expect(warnings.filter((w) => w.includes('満たない週'))).toEqual([]);
          } else {
            expect(warnings).toContainEqual(expect.stringContaining('満たない週'));
          }
        }),
        params,
      );
    });

    // The precise guarantee: a weekday can only be short in a month when some week used by that month could not
    // offer it (holiday, closed day, or that day of the week falls in the neighbouring month or outside the period).
    it('in each month, the weekdays open in that month in every week with a proposed day of that month are used equally often ±1', () => {
      fc.assert(
        fc.property(arbitraryInput, (input) => {
          const { days } = proposeVisitDays(input);
          const open = (d: DateKey) => d >= input.periodStart && d <= input.periodEnd && isWorkingDay(d, input.workingHours);
          for (const [month, counts] of weekdayCountsByMonth(days)) {
            const weeks = new Set(days.filter((d) => monthKey(d.date) === month).map((d) => weekStart(d.date)));
            const alwaysOpen = MON_FRI.filter((wd) =>
              [...weeks].every((w) => {
                const date = addDays(w, wd - 1);
                return monthKey(date) === month && open(date);
              }),
            );
            const used = alwaysOpen.map((wd) => counts[wd - 1]);
            if (used.length > 1) expect(Math.max(...used) - Math.min(...used)).toBeLessThanOrEqual(1);
          }
        }),
        params,
      );
    });

    it('spaces facility days evenly among the proposed days (their index gaps differ by at most 1)', () => {
      fc.assert(
        fc.property(arbitraryInput, (input) => {
          const { days } = proposeVisitDays(input);
          const at = days.flatMap((d, i) => (d.kind === 'facility_visit' ? [i] : []));
          const gaps = at.slice(1).map((i, k) => i - at[k]);
          if (gaps.length > 0) expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1);
        }),
        params,
      );
    });

    it('is deterministic', () => {
      fc.assert(
        fc.property(arbitraryInput, (input) => {
          expect(proposeVisitDays(input)).toEqual(proposeVisitDays(JSON.parse(JSON.stringify(input)) as typeof input));
        }),
        { numRuns: 50 },
      );
    });
  });
});

describe(validateVisitDayChange.name, () => {
  // Week of 2026-07-13: Tue 14 (home) and Thu 16 (facility); week of 07-20: Tue 21 (home).
  const days: VisitDay[] = [
    { date: '2026-07-14', kind: 'home_visit' },
    { date: '2026-07-16', kind: 'facility_visit' },
    { date: '2026-07-21', kind: 'home_visit' },
  ];
  const base = { days, bookedDates: ['2026-07-14', '2026-07-14', '2026-07-14'], workingHours: {}, periodStart: '2026-06-01', periodEnd: '2026-12-24' };

  it.each([
    { type: 'move', from: '2026-07-14', to: '2026-07-22' },
    { type: 'remove', date: '2026-07-14' },
    { type: 'changeKind', date: '2026-07-14', kind: 'facility_visit' },
  ] as const)('refuses to $type a day with bookings, saying how many', (change) => {
    expect(validateVisitDayChange({ ...base, change })).toEqual({
      ok: false,
      field: change.type === 'move' ? 'from' : 'date',
      message: '予約が入っている実施予定日は変更・削除できません（3件）',
    });
  });

  it('accepts a map of booking counts', () => {
    const result = validateVisitDayChange({ ...base, bookedDates: new Map([['2026-07-21', 2]]), change: { type: 'remove', date: '2026-07-21' } });
    expect(result).toEqual({ ok: false, field: 'date', message: '予約が入っている実施予定日は変更・削除できません（2件）' });
  });

  it('refuses a non-working day with its reason', () => {
    expect(validateVisitDayChange({ ...base, change: { type: 'add', date: '2026-07-20', kind: 'home_visit' } })).toEqual({
      ok: false,
      field: 'date',
      message: '2026-07-20 は実施予定日にできません（海の日）',
    });
    expect(validateVisitDayChange({ ...base, change: { type: 'move', from: '2026-07-21', to: '2026-07-25' } })).toMatchObject({
      ok: false,
      field: 'to',
      message: expect.stringContaining('土日'),
    });
  });

  it('refuses a third day in a week', () => {
    expect(validateVisitDayChange({ ...base, change: { type: 'add', date: '2026-07-15', kind: 'home_visit' } })).toEqual({
      ok: false,
      field: 'date',
      message: 'この週にはすでに2日の実施予定日があります（週2日まで）',
    });
  });

  it('refuses duplicates, unknown days and days outside the period', () => {
    expect(validateVisitDayChange({ ...base, change: { type: 'add', date: '2026-07-21', kind: 'home_visit' } })).toMatchObject({ ok: false, message: '2026-07-21 はすでに実施予定日です' });
    expect(validateVisitDayChange({ ...base, change: { type: 'move', from: '2026-07-21', to: '2026-07-16' } })).toMatchObject({ ok: false, field: 'to' });
    expect(validateVisitDayChange({ ...base, change: { type: 'remove', date: '2026-07-22' } })).toMatchObject({ ok: false, message: '2026-07-22 は実施予定日ではありません' });
    expect(validateVisitDayChange({ ...base, change: { type: 'add', date: '2026-12-25', kind: 'home_visit' } })).toMatchObject({ ok: false, message: expect.stringMatching(/^令和8年12月25日は実施期間（令和8年.*）の外です$/) });
  });

  it('moves an unbooked day within its own full week and keeps its kind', () => {
    const result = validateVisitDayChange({ ...base, change: { type: 'move', from: '2026-07-16', to: '2026-07-17' } });
    expect(result).toEqual({
      ok: true,
      days: [
        { date: '2026-07-14', kind: 'home_visit' },
        { date: '2026-07-17', kind: 'facility_visit' },
        { date: '2026-07-21', kind: 'home_visit' },
      ],
    });
  });

  it('adds, removes and re-kinds unbooked days, returning the calendar sorted', () => {
    const added = validateVisitDayChange({ ...base, change: { type: 'add', date: '2026-07-08', kind: 'facility_visit' } });
    expect(added.ok && added.days.map((d) => d.date)).toEqual(['2026-07-08', '2026-07-14', '2026-07-16', '2026-07-21']);
    expect(validateVisitDayChange({ ...base, change: { type: 'remove', date: '2026-07-16' } })).toEqual({ ok: true, days: [days[0], days[2]] });
    expect(validateVisitDayChange({ ...base, change: { type: 'changeKind', date: '2026-07-21', kind: 'facility_visit' } })).toEqual({
      ok: true,
      days: [days[0], days[1], { date: '2026-07-21', kind: 'facility_visit' }],
    });
  });

  it('lets a booked day keep its kind (a no-op change is not a change)', () => {
    expect(validateVisitDayChange({ ...base, change: { type: 'changeKind', date: '2026-07-14', kind: 'home_visit' } })).toEqual({ ok: true, days });
  });
});

describe('summarizeVisitDays', () => {
  it('counts the days by kind and adds up the bookings (a day without a count has none)', () => {
    const days = [
      { date: '2026-06-02', kind: 'home_visit' as const, bookings: 3 },
      { date: '2026-06-04', kind: 'facility_visit' as const, bookings: 1 },
      { date: '2026-06-09', kind: 'home_visit' as const },
    ];
    expect(summarizeVisitDays(days)).toEqual({ total: 3, home: 2, facility: 1, bookings: 4 });
    expect(summarizeVisitDays([])).toEqual({ total: 0, home: 0, facility: 0, bookings: 0 });
  });
});
