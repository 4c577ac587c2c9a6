import { workingHoursSchema } from '../programs/program.schema.js';
import type { DailyReportRow } from './timeliness.js';
import { dailyReportDueAt, periodReportCompleteness, reportingRates } from './timeliness.js';

const workingHours = workingHoursSchema.parse({});

describe(dailyReportDueAt.name, () => {
  it('is the next working day at 12:00 JST by default', () => {
    expect(dailyReportDueAt('2026-07-01', undefined, workingHours)).toBe('2026-07-02T03:00:00.000Z');
    // Friday → Monday
    expect(dailyReportDueAt('2026-07-03', undefined, workingHours)).toBe('2026-07-06T03:00:00.000Z');
    // Friday 7/17 → Tuesday 7/21 (Monday 7/20 is 海の日)
    expect(dailyReportDueAt('2026-07-17', undefined, workingHours)).toBe('2026-07-21T03:00:00.000Z');
    // A Saturday event → Monday
    expect(dailyReportDueAt('2026-07-04', undefined, workingHours)).toBe('2026-07-06T03:00:00.000Z');
  });

  it('skips the year-end closure', () => {
    expect(dailyReportDueAt('2026-12-28', undefined, workingHours)).toBe('2027-01-04T03:00:00.000Z');
  });

  it('follows the program setting', () => {
    expect(dailyReportDueAt('2026-07-01', { workingDaysAfter: 2, time: '17:00' }, workingHours)).toBe('2026-07-03T08:00:00.000Z');
    expect(dailyReportDueAt('2026-07-04', { workingDaysAfter: 0, time: '18:00' }, workingHours)).toBe('2026-07-04T09:00:00.000Z');
  });
});

describe(reportingRates.name, () => {
  const report = (date: string, status: DailyReportRow['status'], submittedAt: string | null): DailyReportRow => ({ date, status, submittedAt });
  // Sessions on Wed 7/1, Fri 7/3, Mon 7/6, Tue 7/7 and Thu 8/6; as of Tuesday 7/7 15:00 JST.
  const input = {
    expectedDays: ['2026-07-01', '2026-07-03', '2026-07-06', '2026-07-07', '2026-07-01', '2026-08-06'],
    reports: [
      report('2026-07-01', 'accepted', '2026-07-02T11:00:00+09:00'), // on time
      report('2026-07-03', 'submitted', '2026-07-06T13:00:00+09:00'), // late
      report('2026-07-06', 'draft', null), // due 7/7 12:00: overdue
      report('2026-07-07', 'draft', null), // due 7/8: pending
      report('2026-07-04', 'submitted', '2026-07-06T09:00:00+09:00'), // no session that day: not expected
    ],
    from: '2026-06-29',
    to: '2026-08-31',
    workingHours,
    asOf: '2026-07-07T15:00:00+09:00',
  };

  it('computes rates per week, per month and in total, leaving not-yet-due days pending', () => {
    const r = reportingRates(input);
    expect(r.totals).toEqual({ expected: 3, received: 2, onTime: 1, pending: 2, reportingRate: 2 / 3, onTimeRate: 1 / 3 });
    expect(r.weeks.map((w) => [w.weekStart, w.expected, w.received, w.onTime, w.pending, w.reportingRate])).toEqual([
      ['2026-06-29', 2, 2, 1, 0, 1],
      ['2026-07-06', 1, 0, 0, 1, 0],
      ['2026-07-13', 0, 0, 0, 0, null],
      ['2026-07-20', 0, 0, 0, 0, null],
      ['2026-07-27', 0, 0, 0, 0, null],
      ['2026-08-03', 0, 0, 0, 1, null],
      ['2026-08-10', 0, 0, 0, 0, null],
      ['2026-08-17', 0, 0, 0, 0, null],
      ['2026-08-24', 0, 0, 0, 0, null],
      ['2026-08-31', 0, 0, 0, 0, null],
    ]);
    expect(r.months.map((m) => [m.month, m.expected, m.received, m.onTime, m.onTimeRate])).toEqual([
      ['2026-06', 0, 0, 0, null],
      ['2026-07', 3, 2, 1, 1 / 3],
      ['2026-08', 0, 0, 0, null],
    ]);
  });

  it('lists the overdue days with their deadline and status', () => {
    expect(reportingRates(input).overdue).toEqual([{ date: '2026-07-06', dueAt: '2026-07-07T03:00:00.000Z', status: 'draft' }]);
  });

  it('counts a returned report as not received, and a missing one as overdue with no status', () => {
    const r = reportingRates({ ...input, reports: [report('2026-07-01', 'returned', '2026-07-02T11:00:00+09:00')], asOf: '2026-09-01T00:00:00+09:00' });
    expect(r.totals).toMatchObject({ expected: 5, received: 0, onTime: 0, pending: 0, reportingRate: 0 });
    expect(r.overdue.map((o) => [o.date, o.status])).toEqual([
      ['2026-07-01', 'returned'],
      ['2026-07-03', null],
      ['2026-07-06', null],
      ['2026-07-07', null],
      ['2026-08-06', null],
    ]);
  });

  it('counts a report received before its deadline at once', () => {
    const r = reportingRates({ ...input, expectedDays: ['2026-07-07'], reports: [report('2026-07-07', 'submitted', '2026-07-07T14:00:00+09:00')] });
    expect(r.totals).toMatchObject({ expected: 1, received: 1, onTime: 1, pending: 0, onTimeRate: 1 });
  });
});

describe('periodReportCompleteness (monthly and completion reports)', () => {
  it('counts a report received by its first version, on time by that version’s day, pending while its deadline is ahead', () => {
    const reports = [
      { dueDate: '2026-09-10', firstSubmittedDate: '2026-09-10' }, // on the day: on time
      { dueDate: '2026-10-10', firstSubmittedDate: '2026-10-12' }, // late
      { dueDate: '2026-11-10', firstSubmittedDate: null }, // missing
      { dueDate: '2026-12-10', firstSubmittedDate: null }, // not due yet
      { dueDate: '2026-12-10', firstSubmittedDate: '2026-12-01' }, // early: counts though its deadline is ahead
    ];
    expect(periodReportCompleteness(reports, '2026-11-20')).toEqual({ expected: 4, received: 3, onTime: 2, pending: 1, reportingRate: 3 / 4, onTimeRate: 2 / 4 });
    expect(periodReportCompleteness([], '2026-11-20')).toEqual({ expected: 0, received: 0, onTime: 0, pending: 0, reportingRate: null, onTimeRate: null });
  });
});
