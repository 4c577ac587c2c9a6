import fc from 'fast-check';
import { addDays } from '../common/dates.js';
import { isWorkingDay } from '../common/holidays.js';
import {
  byVisitTime,
  confirmationCallCreateSchema,
  confirmationCallDay,
  confirmationOverdue,
  confirmationState,
  nextConfirmationDate,
} from './confirmation-call.js';

const jst = (key: string, time: string) => new Date(`${key}T${time}:00+09:00`);

describe(confirmationCallDay.name, () => {
  it('is the working day before the visit: Friday for a Monday, and past a holiday', () => {
    expect(confirmationCallDay('2026-11-11')).toBe('2026-11-10'); // Wed ← Tue
    expect(confirmationCallDay('2026-11-16')).toBe('2026-11-13'); // Mon ← Fri
    expect(confirmationCallDay('2026-11-24')).toBe('2026-11-20'); // Tue after 勤労感謝の日 (Mon 11-23) ← Fri
    expect(confirmationCallDay('2027-01-04', { yearEnd: { from: '12-29', to: '01-03' } })).toBe('2026-12-28'); // Mon after the year-end closure
  });

  it('is always a working day before the visit, at most two weeks back (property)', () => {
    const day = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2025-01-01', n));
    fc.assert(
      fc.property(day, (visit) => {
        const call = confirmationCallDay(visit);
        expect(call < visit).toBe(true);
        expect(isWorkingDay(call)).toBe(true);
        for (let d = addDays(call, 1); d < visit; d = addDays(d, 1)) expect(isWorkingDay(d)).toBe(false);
      }),
    );
  });
});

describe(confirmationState.name, () => {
  it('follows the last call', () => {
    expect(confirmationState([])).toBe('pending');
    expect(confirmationState(['no_answer'])).toBe('retry');
    expect(confirmationState(['no_answer', 'reached'])).toBe('confirmed');
    expect(confirmationState(['reached', 'reschedule_requested'])).toBe('reschedule');
    expect(confirmationState(['no_answer', 'cancelled'])).toBe('cancelled');
  });
});

describe(confirmationOverdue.name, () => {
  it('puts an unconfirmed booking on the attention list from 15:00 of its call day until the visit', () => {
    const visit = '2026-11-17'; // Tue: called Mon 11-16
    expect(confirmationOverdue('pending', visit, jst('2026-11-13', '16:00'))).toBe(false); // before the call day
    expect(confirmationOverdue('pending', visit, jst('2026-11-16', '14:59'))).toBe(false);
    expect(confirmationOverdue('pending', visit, jst('2026-11-16', '15:00'))).toBe(true);
    expect(confirmationOverdue('retry', visit, jst('2026-11-17', '08:30'))).toBe(true); // the morning of the visit
    expect(confirmationOverdue('reschedule', visit, jst('2026-11-16', '17:00'))).toBe(true);
    expect(confirmationOverdue('pending', visit, jst('2026-11-18', '09:00'))).toBe(false); // the day has passed
  });

  it('never lists a confirmed or cancelled booking', () => {
    expect(confirmationOverdue('confirmed', '2026-11-17', jst('2026-11-16', '18:00'))).toBe(false);
    expect(confirmationOverdue('cancelled', '2026-11-17', jst('2026-11-16', '18:00'))).toBe(false);
  });
});

describe(nextConfirmationDate.name, () => {
  it('is the first visit date after today', () => {
    expect(nextConfirmationDate(['2026-11-20', '2026-11-18', '2026-11-16', '2026-11-18'], '2026-11-16')).toBe('2026-11-18');
    expect(nextConfirmationDate(['2026-11-16'], '2026-11-16')).toBeNull();
  });
});

describe('confirmationCallCreateSchema', () => {
  it('asks the reason of a cancellation, in Japanese, on its field', () => {
    const res = confirmationCallCreateSchema.safeParse({ bookingId: '6f1c1f3e-3b7a-4c55-9a8e-2f1d4c3b2a10', outcome: 'cancelled' });
    expect(res.success).toBe(false);
    expect(res.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['reason', 'キャンセルの理由を入力してください']]);
    expect(confirmationCallCreateSchema.parse({ bookingId: '6f1c1f3e-3b7a-4c55-9a8e-2f1d4c3b2a10', outcome: 'reached' }).outcome).toBe('reached');
  });
});

describe(byVisitTime.name, () => {
  it('orders a day by the time told to the resident, then reception number, bookings without a slot last', () => {
    const rows = [
      { receptionNumber: 3, positions: ['PM2'] },
      { receptionNumber: 7, positions: ['AM2'] },
      { receptionNumber: 1, positions: [] },
      { receptionNumber: 9, positions: ['AM1'] },
      { receptionNumber: 2, positions: ['PM2'] },
    ];
    expect(byVisitTime(rows).map((r) => r.receptionNumber)).toEqual([9, 7, 2, 3, 1]);
    expect(rows.map((r) => r.receptionNumber)).toEqual([3, 7, 1, 9, 2]); // not sorted in place
  });
});
