import { workingHoursSchema } from '../programs/program.schema.js';
import { computeTargetProgress } from '../programs/progress.js';
import { achievementRatio, attentionItems, sessionsByWeek, targetChartSeries } from './dashboard.js';

const workingHours = workingHoursSchema.parse({});
const calendar = { periodStart: '2026-06-01', periodEnd: '2026-06-30', workingHours };

describe(targetChartSeries.name, () => {
  it('plots weekly points with actuals up to asOf, the pace over the period and the projection after asOf', () => {
    const daily = [
      { date: '2026-06-02', value: 3 },
      { date: '2026-06-10', value: 2 },
    ];
    const progress = computeTargetProgress({ ...calendar, target: { metric: 'applications', goal: 20 }, asOf: '2026-06-12', daily });
    const points = targetChartSeries({ calendar, asOf: '2026-06-12', daily, goal: 20, progress });
    expect(points.map((p) => p.date)).toEqual(['2026-06-07', '2026-06-12', '2026-06-14', '2026-06-21', '2026-06-28', '2026-06-30']);
    expect(points[0]).toMatchObject({ actual: 3, projection: null, goal: 20 });
    expect(points[1]).toMatchObject({ actual: 5, projection: 5 });
    expect(points[2].actual).toBeNull();
    expect(points.at(-1)!.pace).toBe(20);
    expect(points.at(-1)!.projection).toBeCloseTo(progress.projectedAtEnd, 1);
  });

  it('shows a flat zero line with no activity, and no projection once the period is over', () => {
    const progress = computeTargetProgress({ ...calendar, target: { metric: 'sessions', goal: 10 }, asOf: '2026-07-15', daily: [] });
    const points = targetChartSeries({ calendar, asOf: '2026-07-15', daily: [], goal: 10, progress });
    expect(points.every((p) => p.actual === 0)).toBe(true);
    expect(points.every((p) => p.projection === null)).toBe(true);
  });
});

describe(sessionsByWeek.name, () => {
  it('buckets sessions by week and kind, keeping empty weeks, across a year end', () => {
    const weeks = sessionsByWeek(
      [
        { date: '2026-12-28', serviceKind: 'home_visit', sessions: 2, applications: 3 },
        { date: '2027-01-08', serviceKind: 'facility_visit', sessions: 1, applications: 12 },
      ],
      '2026-12-28',
      '2027-01-10',
    );
    expect(weeks.map((w) => w.weekStart)).toEqual(['2026-12-28', '2027-01-04']);
    expect(weeks[0].sessions).toEqual({ home_visit: 2, facility_visit: 0, venue_event: 0 });
    expect(weeks[1].applications.facility_visit).toBe(12);
  });
});

describe(attentionItems.name, () => {
  it('lists what needs attention oldest first, in Japanese, each with its link', () => {
    const items = attentionItems({
      overdueDailyReports: [{ date: '2026-06-10', reportId: 'r1' }],
      overdueCallWeeks: [{ weekStart: '2026-06-01', dueDate: '2026-06-09', id: 'w1' }],
      returnedReports: [{ date: '2026-06-12', id: 'r2', resource: 'daily-reports' }],
      openDefects: [{ receivedDate: '2026-06-05', id: 'd1' }],
      openComplaints: [],
    });
    expect(items.map((i) => [i.kind, i.resource, i.id])).toEqual([
      ['defect_open', 'defects', 'd1'],
      ['call_week_overdue', 'call-weeks', 'w1'],
      ['daily_report_overdue', 'daily-reports', 'r1'],
      ['report_returned', 'daily-reports', 'r2'],
    ]);
    expect(items[1].label).toBe('6/1〜6/7 の受電件数報告が期限（6/9）を過ぎています');
  });
});

describe(achievementRatio.name, () => {
  it('counts an "any" group by its best target and an "all" group by its weakest', () => {
    expect(achievementRatio([{ logic: 'any', targets: [{ ratio: 0.4 }, { ratio: 1.1 }] }])).toBe(1.1);
    expect(achievementRatio([{ logic: 'all', targets: [{ ratio: 0.4 }, { ratio: 1.1 }] }])).toBe(0.4);
    expect(achievementRatio([{ logic: 'any', targets: [{ ratio: 0.9 }] }, { logic: 'any', targets: [{ ratio: 0.5 }, { ratio: 0.6 }] }])).toBe(0.6);
    expect(achievementRatio([])).toBeNull();
  });

  it('lists a returned daily report once, as returned, not also as overdue', () => {
    const items = attentionItems({
      overdueDailyReports: [{ date: '2026-06-12', reportId: 'r2' }],
      overdueCallWeeks: [],
      returnedReports: [{ date: '2026-06-12', id: 'r2', resource: 'daily-reports' }],
      openDefects: [],
      openComplaints: [],
    });
    expect(items.map((i) => i.kind)).toEqual(['report_returned']);
  });
});
