import fc from 'fast-check';
import { addDays, daysBetween, weekday, weekStart } from '../common/dates.js';
import { overdueSlipShares, slipShareDueDate, type SlipShareBooking, slipShareWeeks, visitWeekProblem } from './slip-share.js';

const MONDAY_WEEKS = { weekStartsOn: 1, slipShareDueWeekday: 2 };

const booking = (over: Partial<SlipShareBooking> & Pick<SlipShareBooking, 'id' | 'receptionNumber' | 'visitDate'>): SlipShareBooking => ({
  kind: 'home',
  status: 'confirmed',
  sharedWithCityDate: null,
  personalDataDeleted: false,
  ...over,
});

describe(slipShareDueDate.name, () => {
  it('is Tuesday of the week before the visit week by default (§9(1))', () => {
    expect(slipShareDueDate('2026-06-15', MONDAY_WEEKS)).toBe('2026-06-09');
  });

  it('follows the program: Friday of the week before, and weeks that start on Sunday', () => {
    expect(slipShareDueDate('2026-06-15', { weekStartsOn: 1, slipShareDueWeekday: 5 })).toBe('2026-06-12');
    expect(slipShareDueDate('2026-06-14', { weekStartsOn: 0, slipShareDueWeekday: 2 })).toBe('2026-06-09');
    expect(slipShareDueDate('2026-06-15', { weekStartsOn: 1, slipShareDueWeekday: 1 })).toBe('2026-06-08');
  });

  it('always falls on the due weekday within the seven days before the visit week', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), (offset, weekStartsOn, due) => {
        const start = weekStart(addDays('2024-01-01', offset), weekStartsOn);
        const d = slipShareDueDate(start, { weekStartsOn, slipShareDueWeekday: due });
        expect(weekday(d)).toBe(due);
        expect(daysBetween(d, start)).toBeGreaterThanOrEqual(1);
        expect(daysBetween(d, start)).toBeLessThanOrEqual(7);
        expect(weekStart(d, weekStartsOn)).toBe(addDays(start, -7));
      }),
    );
  });
});

describe(visitWeekProblem.name, () => {
  it('accepts the first day of a week and names the right one otherwise', () => {
    expect(visitWeekProblem('2026-06-15', 1)).toBeNull();
    expect(visitWeekProblem('2026-06-17', 1)).toBe('共有する週はその週の初日（月曜日、この日なら2026-06-15）で指定してください');
    expect(visitWeekProblem('2026-06-14', 0)).toBeNull();
  });
});

describe(slipShareWeeks.name, () => {
  const bookings = [
    booking({ id: 'a', receptionNumber: 3, visitDate: '2026-06-17' }),
    booking({ id: 'b', receptionNumber: 1, visitDate: '2026-06-16', sharedWithCityDate: '2026-06-08' }),
    booking({ id: 'c', receptionNumber: 2, visitDate: '2026-06-18' }),
    booking({ id: 'x', receptionNumber: 4, visitDate: '2026-06-18', status: 'cancelled' }),
    booking({ id: 'f', receptionNumber: 5, visitDate: '2026-06-18', kind: 'facility' }),
    booking({ id: 'd', receptionNumber: 6, visitDate: '2026-06-24', status: 'visited', personalDataDeleted: true }),
    booking({ id: 'e', receptionNumber: 7, visitDate: '2026-06-30' }),
  ];

  it('gives each visit week its due date, its unshared slips in number order and its state', () => {
    const weeks = slipShareWeeks({ bookings, from: '2026-06-10', to: '2026-07-05', today: '2026-06-10', ...MONDAY_WEEKS });
    expect(weeks.map((w) => [w.weekStart, w.dueDate, w.slips, w.shared, w.unshared.map((u) => u.receptionNumber), w.state])).toEqual([
      ['2026-06-08', '2026-06-02', 0, 0, [], 'none'],
      ['2026-06-15', '2026-06-09', 3, 1, [2, 3], 'overdue'],
      ['2026-06-22', '2026-06-16', 1, 1, [], 'shared'],
      ['2026-06-29', '2026-06-23', 1, 0, [7], 'open'],
    ]);
    expect(overdueSlipShares(weeks)).toEqual([{ weekStart: '2026-06-15', dueDate: '2026-06-09', count: 2 }]);
  });

  it('is not overdue on the due date itself', () => {
    const weeks = slipShareWeeks({ bookings, from: '2026-06-15', to: '2026-06-21', today: '2026-06-09', ...MONDAY_WEEKS });
    expect(weeks[0].state).toBe('open');
  });

  it('counts every slip of the range exactly once, shared or not', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 60 }), shared: fc.boolean(), status: fc.constantFrom('confirmed', 'visited', 'cancelled', 'tentative') }), { maxLength: 30 }),
        (rows) => {
          const list = rows.map((r, i) => booking({ id: String(i), receptionNumber: i + 1, visitDate: addDays('2026-06-01', r.day), status: r.status, sharedWithCityDate: r.shared ? '2026-05-01' : null }));
          const weeks = slipShareWeeks({ bookings: list, from: '2026-06-01', to: '2026-07-31', today: '2026-06-20', ...MONDAY_WEEKS });
          const counted = weeks.reduce((n, w) => n + w.slips, 0);
          expect(counted).toBe(rows.filter((r) => r.status !== 'cancelled').length);
          for (const w of weeks) expect(w.shared + w.unshared.length).toBe(w.slips);
        },
      ),
    );
  });
});
