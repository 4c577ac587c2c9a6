import { weeklyCallSeries } from '@outreach/domain/calls';
import type { ReportingRates } from '@outreach/domain/daily-reports';
import { sessionsByWeek, targetChartSeries } from '@outreach/domain/dashboard';
import { photoStatsByMonth } from '@outreach/domain/sessions';
import {
  applicationTypeRows,
  attentionPath,
  callBarRows,
  countTicks,
  formatNumber,
  formatPercent,
  funnelSteps,
  kindsInUse,
  photoMonthRows,
  photoSeriesLabelKey,
  reportingMonthRows,
  sessionWeekRows,
  targetChartRows,
  weekContaining,
} from './shape';

/** Wednesday 2026-06-17: the third week of a program running from Monday 2026-06-01. */
const AS_OF = '2026-06-17';

describe('number formats', () => {
  it('writes counts with Japanese digit grouping and at most one decimal', () => {
    expect(formatNumber(1234)).toBe('1,234');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(99.44)).toBe('99.4');
  });

  it('writes ratios as whole percents, and — when there is nothing to divide', () => {
    expect(formatPercent(0.657)).toBe('66%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(null)).toBe('—');
  });
});

describe('countTicks', () => {
  it('steps from 0 in round whole numbers up to at least the maximum', () => {
    expect(countTicks(55)).toEqual([0, 20, 40, 60]);
    expect(countTicks(40)).toEqual([0, 10, 20, 30, 40]);
    expect(countTicks(12)).toEqual([0, 5, 10, 15]);
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(0)).toEqual([0, 1]);
    expect(countTicks(1234)).toEqual([0, 500, 1000, 1500]);
  });
});

describe(targetChartRows.name, () => {
  it('keeps every point of the API and labels it for the axis', () => {
    const points = targetChartSeries({
      calendar: { periodStart: '2026-06-01', periodEnd: '2026-06-30', workingHours: {} },
      asOf: AS_OF,
      daily: [
        { date: '2026-06-02', value: 3 },
        { date: '2026-06-10', value: 5 },
      ],
      goal: 40,
      progress: { actual: 8, ratePerDay: 8 / 13 },
    });
    const rows = targetChartRows(points);
    expect(rows).toHaveLength(points.length);
    expect(rows[0]).toMatchObject({ date: '2026-06-07', label: '6/7', actual: 3, goal: 40, projection: null });
    const today = rows.find((r) => r.date === AS_OF)!;
    expect(today).toMatchObject({ label: '6/17', actual: 8, projection: 8 });
    // After asOf there are no actuals, only the projection (drawn dashed).
    expect(rows.at(-1)).toMatchObject({ date: '2026-06-30', actual: null });
    expect(rows.at(-1)!.projection).toBeGreaterThan(8);
  });
});

describe(callBarRows.name, () => {
  const weeks = weeklyCallSeries({
    from: '2026-06-01',
    to: '2026-06-30',
    workingHours: {},
    calls: [
      { date: '2026-06-02', category: 'booking', outcome: 'booked', count: 3 },
      { date: '2026-06-03', category: 'complaint', outcome: 'referred_to_city', count: 1 },
      { date: '2026-06-09', category: 'question_program', count: 2 }, // paper row: no outcome
      { date: '2026-06-16', category: 'booking', outcome: 'answered', count: 4 },
    ],
    weekReports: [
      { weekStart: '2026-06-01', status: 'accepted' },
      { weekStart: '2026-06-08', status: 'draft' },
    ],
  });

  it('makes one bar per week up to the week containing asOf, oldest first', () => {
    const rows = callBarRows([...weeks].reverse(), AS_OF);
    expect(rows.map((r) => r.label)).toEqual(['6/1〜6/7', '6/8〜6/14', '6/15〜6/21']);
    expect(rows.map((r) => r.shortLabel)).toEqual(['6/1', '6/8', '6/15']);
  });

  it('stacks the calls by category and totals them', () => {
    const [first, second] = callBarRows(weeks, AS_OF);
    expect(first).toMatchObject({ booking: 3, complaint: 1, change_cancel: 0, other: 0, total: 4 });
    expect(second).toMatchObject({ question_program: 2, total: 2 });
  });

  it('lists every outcome for the hover, paper rows without one last', () => {
    const [first, second] = callBarRows(weeks, AS_OF);
    expect(first.outcomes).toEqual([
      { outcome: 'booked', count: 3 },
      { outcome: 'answered', count: 0 },
      { outcome: 'callback_needed', count: 0 },
      { outcome: 'referred_to_city', count: 1 },
      { outcome: 'no_answer', count: 0 },
    ]);
    expect(second.outcomes.at(-1)).toEqual({ outcome: 'notRecorded', count: 2 });
  });

  it("says under each bar the week's report status: 受理, 未提出 (a draft or nothing), 集計中 while it runs", () => {
    expect(callBarRows(weeks, AS_OF).map((r) => r.status)).toEqual(['accepted', 'pending', 'open']);
  });

  it("marks the week containing asOf, which weekContaining finds", () => {
    const rows = callBarRows(weeks, AS_OF);
    expect(rows.map((r) => r.current)).toEqual([false, false, true]);
    expect(weekContaining(rows, AS_OF)?.total).toBe(4);
    expect(weekContaining(rows, '2026-07-01')).toBeUndefined();
  });

  it('shows every week of a range that is over', () => {
    expect(callBarRows(weeks, '2026-12-01')).toHaveLength(weeks.length);
  });
});

describe(photoMonthRows.name, () => {
  const row = (date: string, n: Partial<Record<string, number>>) => ({
    date,
    photosTakenOnSite: 0,
    photosBrought: 0,
    photoRetakes: 0,
    photoExceptionsMedical: 0,
    photoExceptionsDisability: 0,
    photoExceptionsBedridden: 0,
    photoExceptionsOther: 0,
    ...n,
  });
  const months = photoStatsByMonth(
    [
      row('2026-05-20', { photosTakenOnSite: 4, photosBrought: 1, photoExceptionsMedical: 2, photoExceptionsBedridden: 1 }),
      row('2026-06-03', { photosTakenOnSite: 6, photoRetakes: 2, photoExceptionsDisability: 1 }),
    ],
    '2026-05-01',
    '2026-08-31',
  );

  it('makes one row per month up to the month of asOf, exceptions by reason side by side', () => {
    const rows = photoMonthRows(months, AS_OF);
    expect(rows).toEqual([
      { month: '2026-05', label: '5月', onSite: 4, brought: 1, retakes: 0, medical: 2, disability: 0, bedridden: 1, other: 0, exceptionsTotal: 3 },
      { month: '2026-06', label: '6月', onSite: 6, brought: 0, retakes: 2, medical: 0, disability: 1, bedridden: 0, other: 0, exceptionsTotal: 1 },
    ]);
  });

  it('names the series by translation key', () => {
    expect(photoSeriesLabelKey('onSite')).toBe('app.dashboard.photos.onSite');
    expect(photoSeriesLabelKey('bedridden')).toBe('app.dashboard.photos.exceptions.bedridden');
  });
});

describe('sessions and applications', () => {
  const weeks = sessionsByWeek(
    [
      { date: '2026-06-02', serviceKind: 'home_visit', sessions: 2, applications: 3 },
      { date: '2026-06-04', serviceKind: 'facility_visit', sessions: 1, applications: 12 },
      { date: '2026-06-16', serviceKind: 'home_visit', sessions: 1, applications: 1 },
    ],
    '2026-06-01',
    '2026-06-30',
  );

  it('flattens sessions and applications per kind into one row per week up to asOf, with totals', () => {
    const rows = sessionWeekRows(weeks, AS_OF);
    expect(rows.map((r) => r.label)).toEqual(['6/1〜6/7', '6/8〜6/14', '6/15〜6/21']);
    expect(rows[0]).toMatchObject({
      sessions_home_visit: 2,
      sessions_facility_visit: 1,
      sessions_venue_event: 0,
      applications_home_visit: 3,
      applications_facility_visit: 12,
      sessionsTotal: 3,
      applicationsTotal: 15,
    });
    expect(rows[1]).toMatchObject({ sessionsTotal: 0, applicationsTotal: 0 });
  });

  it('draws only the service kinds the program ran', () => {
    expect(kindsInUse(weeks)).toEqual(['home_visit', 'facility_visit']);
    expect(kindsInUse([])).toEqual(['home_visit']);
  });

  it('lists applications by type in a fixed order with their shares', () => {
    expect(applicationTypeRows({ new: 6, renewal: 2, lost: 2, damaged: 0, other_reissue: 0 })).toEqual([
      { type: 'new', count: 6, share: 0.6 },
      { type: 'renewal', count: 2, share: 0.2 },
      { type: 'lost', count: 2, share: 0.2 },
      { type: 'damaged', count: 0, share: 0 },
      { type: 'other_reissue', count: 0, share: 0 },
    ]);
    expect(applicationTypeRows({ new: 0, renewal: 0, lost: 0, damaged: 0, other_reissue: 0 })[0].share).toBe(0);
  });

  it('sizes the funnel steps against the largest and keeps cancellations, no-shows and unbooked visits beside it', () => {
    expect(funnelSteps({ reservations: 40, sessionsHeld: 30, applications: 80, cancellations: 5, noShows: 2, visitsFromBookings: 25, unbookedVisits: 3, unbookedByReason: [{ reason: null, count: 3 }] })).toEqual({
      steps: [
        { key: 'reservations', count: 40, width: 0.5 },
        { key: 'sessionsHeld', count: 30, width: 0.375 },
        { key: 'applications', count: 80, width: 1 },
      ],
      lost: [
        { key: 'cancellations', count: 5 },
        { key: 'noShows', count: 2 },
        { key: 'unbookedVisits', count: 3 },
      ],
    });
    expect(funnelSteps({ reservations: 0, sessionsHeld: 0, applications: 0, cancellations: 0, noShows: 0, visitsFromBookings: 0, unbookedVisits: 0, unbookedByReason: [] }).steps.every((s) => s.width === 0)).toBe(true);
  });
});

describe(reportingMonthRows.name, () => {
  const month = (m: string, t: { expected: number; received: number; onTime: number }): ReportingRates['months'][number] => ({
    month: m,
    monthStart: `${m}-01`,
    monthEnd: `${m}-28`,
    fiscalYear: 2026,
    ...t,
    pending: 0,
    reportingRate: t.expected > 0 ? t.received / t.expected : null,
    onTimeRate: t.expected > 0 ? t.onTime / t.expected : null,
  });

  it('gives the rates in percent per month up to asOf, with a gap (null) where nothing was due', () => {
    const rows = reportingMonthRows(
      [month('2026-05', { expected: 0, received: 0, onTime: 0 }), month('2026-06', { expected: 6, received: 5, onTime: 4 }), month('2026-07', { expected: 0, received: 0, onTime: 0 })],
      AS_OF,
    );
    expect(rows).toEqual([
      { month: '2026-05', label: '5月', expected: 0, received: 0, onTime: 0, pending: 0, reportingRate: null, onTimeRate: null },
      { month: '2026-06', label: '6月', expected: 6, received: 5, onTime: 4, pending: 0, reportingRate: 83.3, onTimeRate: 66.7 },
    ]);
  });
});

describe(attentionPath.name, () => {
  const views = { hasShow: true, hasEdit: true, canEdit: false };

  it("leads to the record's show page", () => {
    expect(attentionPath({ resource: 'daily-reports', id: 'r-1' }, views)).toBe('/daily-reports/r-1/show');
    expect(attentionPath({ resource: 'call-weeks', id: 'p1_2026-06-08' }, views)).toBe('/call-weeks/p1_2026-06-08/show');
  });

  it('uses the edit page of a resource without a show page when the user may edit, else its list', () => {
    expect(attentionPath({ resource: 'defects', id: 'd/1' }, { hasShow: false, hasEdit: true, canEdit: true })).toBe('/defects/d%2F1');
    expect(attentionPath({ resource: 'defects', id: 'd1' }, { hasShow: false, hasEdit: true, canEdit: false })).toBe('/defects');
  });

  it('leads to the list when there is no record yet or the resource is unknown', () => {
    expect(attentionPath({ resource: 'daily-reports', id: '' }, views)).toBe('/daily-reports');
    expect(attentionPath({ resource: 'bookings', id: 'b1' }, undefined)).toBe('/bookings');
  });

  it('opens the exact report on a screen that picks it from the address', () => {
    expect(attentionPath({ resource: 'report-submissions', id: 's10', query: 'report=2026-10' }, undefined)).toBe('/report-submissions?report=2026-10');
    expect(attentionPath({ resource: 'report-submissions', id: '', query: 'report=program' }, views)).toBe('/report-submissions?report=program');
  });
});
