import { workingHoursSchema } from '../programs/program.schema.js';
import type { CallCountRow, CallWeek } from './weekly-calls.js';
import { callOnTimeRateByMonth, callWeekDueDate, freezeCallCounts, weeklyCallSeries } from './weekly-calls.js';

const workingHours = workingHoursSchema.parse({}); // Mon–Fri 9:00–17:00, holidays and 12/29–1/3 closed

const single = (date: string, category: CallCountRow['category'], outcome: CallCountRow['outcome'], extra: Partial<CallCountRow> = {}): CallCountRow => ({
  date,
  category,
  outcome,
  count: 1,
  ...extra,
});

function series(from: string, to: string, calls: CallCountRow[], extra: Partial<Parameters<typeof weeklyCallSeries>[0]> = {}) {
  return weeklyCallSeries({ from, to, calls, workingHours, ...extra });
}

describe(weeklyCallSeries.name, () => {
  it('keeps a week crossing months whole, with its seven days', () => {
    const calls = [single('2026-06-30', 'booking', 'booked'), single('2026-07-02', 'question_program', 'answered'), single('2026-07-05', 'other', 'no_answer')];
    const [week] = series('2026-06-29', '2026-07-05', calls);
    expect(week).toMatchObject({ weekStart: '2026-06-29', weekEnd: '2026-07-05', total: 3, dueDate: '2026-07-07', status: null });
    expect(week.days.map((d) => [d.date, d.total])).toEqual([
      ['2026-06-29', 0],
      ['2026-06-30', 1],
      ['2026-07-01', 0],
      ['2026-07-02', 1],
      ['2026-07-03', 0],
      ['2026-07-04', 0],
      ['2026-07-05', 1],
    ]);
    expect(week.byCategory).toEqual({ booking: 1, change_cancel: 0, question_card_general: 0, question_program: 1, complaint: 0, other: 1 });
    // The Sunday call is outside the hours: not a working day.
    expect(week.outsideHours).toBe(1);
  });

  it('counts calls on 12/29–1/3 in the year-end week and flags them outside the hours', () => {
    const calls = [
      single('2026-12-28', 'booking', 'booked'),
      single('2026-12-30', 'change_cancel', 'callback_needed'),
      { date: '2027-01-02', category: 'question_card_general', outcome: 'answered', count: 3 } as CallCountRow,
    ];
    const [week] = series('2026-12-28', '2027-01-03', calls);
    expect(week).toMatchObject({ weekStart: '2026-12-28', weekEnd: '2027-01-03', total: 5, outsideHours: 4 });
    expect(week.days.filter((d) => d.workingDay).map((d) => d.date)).toEqual(['2026-12-28']);
    // The Tuesday after the week, 1/5, is a working day again.
    expect(week.dueDate).toBe('2027-01-05');
  });

  it('starts weeks on Sunday when the program says so', () => {
    const calls = [single('2026-07-04', 'booking', 'booked'), single('2026-07-05', 'booking', 'booked')];
    const weeks = series('2026-06-29', '2026-07-05', calls, { weekStartsOn: 0 });
    expect(weeks.map((w) => [w.weekStart, w.weekEnd, w.total])).toEqual([
      ['2026-06-28', '2026-07-04', 1],
      ['2026-07-05', '2026-07-11', 1],
    ]);
    expect(weeks[1].days[0]).toMatchObject({ date: '2026-07-05', total: 1 });
    // Saturday 7/4 ends the week; the first Tuesday after it is 7/7.
    expect(weeks[0].dueDate).toBe('2026-07-07');
  });

  it('sums single calls and paper rows of the same day once each', () => {
    const calls: CallCountRow[] = [
      single('2026-07-01', 'booking', 'booked'),
      single('2026-07-01', 'booking', 'answered'),
      { date: '2026-07-01', category: 'booking', count: 4 }, // paper row, no outcome
      { date: '2026-07-01', category: 'complaint', outcome: 'referred_to_city', count: 2, late: true },
      { date: '2026-07-02', category: 'booking', count: 0, late: true },
    ];
    const [week] = series('2026-07-01', '2026-07-01', calls);
    expect(week.total).toBe(8);
    expect(week.days[2]).toMatchObject({ date: '2026-07-01', total: 8, byCategory: { booking: 6, complaint: 2 } });
    expect(week.byOutcome).toEqual({ booked: 1, answered: 1, callback_needed: 0, referred_to_city: 2, no_answer: 0 });
    expect(week.outcomeNotRecorded).toBe(4);
    expect(week.lateEntries).toBe(2);
  });

  it('has every week of the range, weeks without calls as zeros, and ignores calls outside them', () => {
    const calls = [single('2026-06-01', 'booking', 'booked'), single('2026-06-24', 'other', 'answered'), single('2026-08-01', 'other', 'answered')];
    const weeks = series('2026-06-03', '2026-06-25', calls);
    expect(weeks.map((w) => [w.weekStart, w.total])).toEqual([
      ['2026-06-01', 1],
      ['2026-06-08', 0],
      ['2026-06-15', 0],
      ['2026-06-22', 1],
    ]);
    expect(weeks[1]).toMatchObject({ byOutcome: { booked: 0, answered: 0 }, lateEntries: 0, days: expect.any(Array) });
    expect(weeks[1].days).toHaveLength(7);
  });

  it('takes the report status and tells when the counts changed after submission', () => {
    const calls = [single('2026-07-01', 'booking', 'booked'), single('2026-07-08', 'booking', 'booked')];
    const first = series('2026-07-01', '2026-07-12', calls);
    const weekReports = [
      { weekStart: '2026-06-29', status: 'accepted' as const, submittedAt: '2026-07-06T09:00:00+09:00', frozenCounts: freezeCallCounts(first[0]) },
      { weekStart: '2026-07-06', status: 'submitted' as const, submittedAt: '2026-07-13T09:00:00+09:00', frozenCounts: freezeCallCounts(first[1]) },
    ];
    const later = series('2026-07-01', '2026-07-12', [...calls, single('2026-07-09', 'other', 'answered', { late: true })], { weekReports });
    expect(later.map((w) => [w.status, w.changedSinceSubmitted, w.lateEntries])).toEqual([
      ['accepted', false, 0],
      ['submitted', true, 1],
    ]);
  });
});

describe(callWeekDueDate.name, () => {
  it('moves past the Silver Week holidays to the next working day', () => {
    // Tuesday 2026-09-22 (休日) and Wednesday 9/23 (秋分の日) are closed.
    expect(callWeekDueDate('2026-09-20', 2, workingHours)).toBe('2026-09-24');
  });

  it('moves past the year-end closure', () => {
    expect(callWeekDueDate('2026-12-27', 2, workingHours)).toBe('2027-01-04');
  });

  it('is the next week’s day even when the due weekday is the week’s last day', () => {
    expect(callWeekDueDate('2026-07-05', 0, { workingWeekdays: [0, 1, 2, 3, 4, 5, 6] })).toBe('2026-07-12');
  });
});

describe(callOnTimeRateByMonth.name, () => {
  const week = (weekEnd: string, dueDate: string, submittedAt: string | null) =>
    ({ weekEnd, dueDate, submittedAt }) satisfies Pick<CallWeek, 'weekEnd' | 'dueDate' | 'submittedAt'>;

  it('counts on time by the JST date of submission, per month of the week’s end', () => {
    const weeks = [
      week('2026-06-21', '2026-06-23', '2026-06-23T14:59:00Z'), // 23:59 JST on the due date: on time
      week('2026-06-28', '2026-06-30', '2026-06-30T15:00:00Z'), // 00:00 JST the day after: late
      week('2026-07-05', '2026-07-07', null), // missing, deadline passed
      week('2026-07-12', '2026-07-14', '2026-07-13T09:00:00+09:00'), // early, on time
      week('2026-07-19', '2026-07-21', null), // not due yet as of 7/21
    ];
    expect(callOnTimeRateByMonth(weeks, '2026-07-21')).toEqual([
      { month: '2026-06', due: 2, onTime: 1, rate: 0.5 },
      { month: '2026-07', due: 2, onTime: 1, rate: 0.5 },
    ]);
  });

  it('gives a null rate when nothing is due yet', () => {
    expect(callOnTimeRateByMonth([week('2026-07-19', '2026-07-21', null)], '2026-07-20')).toEqual([{ month: '2026-07', due: 0, onTime: 0, rate: null }]);
  });
});
