import fc from 'fast-check';
import { addDays } from '../common/dates.js';
import { heldSessionProblem, type SessionStatus } from './session.schema.js';

const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2025-01-01', n));

describe(heldSessionProblem.name, () => {
  it('refuses "held" for a visit 18 days ahead, in Japanese with the date in 和暦', () => {
    expect(heldSessionProblem({ date: '2026-07-31', status: 'held' }, '2026-07-13')).toEqual({
      field: 'status',
      message: '実施日（令和8年7月31日）より前に「実施済み」にはできません。訪問・実施の当日以降に記録してください',
    });
  });

  it('allows "held" exactly when the session date has come, and never refuses planned or cancelled', () => {
    fc.assert(
      fc.property(day, day, fc.constantFrom<SessionStatus>('planned', 'held', 'cancelled'), (date, today, status) => {
        const problem = heldSessionProblem({ date, status }, today);
        expect(problem !== undefined).toBe(status === 'held' && date > today);
      }),
    );
  });

  it("holds a booking's session only on or after the booking's visit date", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -30, max: 30 }), fc.integer({ min: 0, max: 30 }), (visitDate, shift, wait) => {
        const date = addDays(visitDate, shift);
        const problem = heldSessionProblem({ date, status: 'held' }, addDays(date, wait), visitDate);
        expect(problem === undefined).toBe(date >= visitDate);
      }),
    );
  });
});
