import { workingHoursSchema } from '../programs/program.schema.js';
import { computeTargetProgress } from '../programs/progress.js';
import { attentionItems, dailyReportAttention, groupHeadline, sessionsByWeek, targetChartSeries } from './dashboard.js';

const workingHours = workingHoursSchema.parse({});
const calendar = { periodStart: '2026-06-01', periodEnd: '2026-06-30', workingHours };
/** attentionItems with nothing on the list: each case adds what it is about. */
const NOTHING = { overdueDailyReports: [], overdueCallWeeks: [], returnedReports: [], openDefects: [], openComplaints: [] };

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
      overdueDeletions: [{ receptionNumber: 12, dueDate: '2026-06-04', id: 'b1' }],
    });
    expect(items.map((i) => [i.kind, i.resource, i.id])).toEqual([
      ['personal_data_overdue', 'bookings', 'b1'],
      ['defect_open', 'defects', 'd1'],
      ['call_week_overdue', 'call-weeks', 'w1'],
      ['daily_report_overdue', 'daily-reports', 'r1'],
      ['report_returned', 'daily-reports', 'r2'],
    ]);
    expect(items[0].label).toBe('受付番号12 の個人情報が削除期限（6/4）を過ぎても残っています');
    expect(items[2].label).toBe('6/1〜6/7 の受電件数報告が期限（6/9）を過ぎています');
  });

  it('lists an open defect past its follow-up due date as overdue, the others as open', () => {
    const items = attentionItems({
      ...NOTHING,
      openDefects: [
        { receivedDate: '2026-06-01', id: 'd1' },
        { receivedDate: '2026-06-10', id: 'd2' },
      ],
      asOf: '2026-06-16',
    });
    expect(items.map((i) => [i.kind, i.id, i.label])).toEqual([
      ['defect_overdue', 'd1', '6/1 受付の不備対応が14日を過ぎても未解決です（期限 6/15）'],
      ['defect_open', 'd2', '6/10 受付の不備対応が未解決です'],
    ]);
  });

  it('lists a visit week whose slips are past their due date at the city', () => {
    const items = attentionItems({
      ...NOTHING,
      overdueSlipShares: [{ weekStart: '2026-06-15', dueDate: '2026-06-09', count: 2 }],
    });
    expect(items).toEqual([
      { kind: 'slip_share_overdue', label: '6/15〜6/21 訪問分の受付票 2 件が市への共有期限（6/9）を過ぎています', date: '2026-06-09', resource: 'reception-list', id: '2026-06-15' },
    ]);
  });

  it('lists a booked half-day without a team, or with one that cannot go out, linking to チーム編成', () => {
    const items = attentionItems({
      ...NOTHING,
      incompleteTeams: [
        { date: '2026-06-18', half: 'pm', state: 'incomplete' },
        { date: '2026-06-17', half: 'am', state: 'none' },
      ],
    });
    expect(items).toEqual([
      { kind: 'team_incomplete', label: '6/17 午前の訪問にチームが編成されていません', date: '2026-06-17', resource: 'teams', id: '' },
      { kind: 'team_incomplete', label: '6/18 午後の訪問のチームの編成が足りません', date: '2026-06-18', resource: 'teams', id: '' },
    ]);
  });

  it('lists a site waiting for the city\'s approval by the day it was proposed (004 §7(3))', () => {
    const items = attentionItems({
      ...NOTHING,
      openDefects: [{ receivedDate: '2026-06-05', id: 'd1' }],
      pendingSites: [{ proposedDate: '2026-06-03', name: 'ゆめタウン下関', id: 's1' }],
    });
    expect(items.map((i) => [i.kind, i.resource, i.id])).toEqual([
      ['site_approval_pending', 'site-approvals', 's1'],
      ['defect_open', 'defects', 'd1'],
    ]);
    expect(items[0].label).toBe('6/3 申請の実施場所「ゆめタウン下関」が承認を待っています');
  });

  it('puts open personal-data incidents first, newest first, whatever their date (特記事項 §12)', () => {
    const items = attentionItems({
      ...NOTHING,
      openDefects: [{ receivedDate: '2026-06-01', id: 'd1' }],
      openIncidents: [
        { discoveredDate: '2026-06-10', kind: 'loss', residentsAffected: 1, id: 'i1' },
        { discoveredDate: '2026-06-20', kind: 'leak', residentsAffected: 3, id: 'i2' },
      ],
    });
    expect(items.map((i) => [i.kind, i.resource, i.id])).toEqual([
      ['incident_open', 'incidents', 'i2'],
      ['incident_open', 'incidents', 'i1'],
      ['defect_open', 'defects', 'd1'],
    ]);
    expect(items[0].label).toBe('6/20 発覚の個人情報の事故（漏えい・3人）が対応中です');
  });
});

describe(groupHeadline.name, () => {
  const t = (ratio: number, extra: { met?: boolean; measured?: boolean } = {}) => ({ ratio, met: extra.met ?? ratio >= 1, measured: extra.measured });

  it("shows every target of an 'all' group with its own figures, and how many are met", () => {
    // Otaru: home reservations 9 of 144 (6%) while applications stand at 73%: never one 6% for the program.
    const targets = [t(0.0625), t(0.73), t(1.1), t(0.4)];
    const h = groupHeadline({ logic: 'all', status: 'behind', met: false, targets });
    expect(h.shown).toEqual(targets);
    expect(h).toMatchObject({ metCount: 1, targetCount: 4, nearestOf: null, status: 'behind', met: false });
  });

  it("shows the nearest target of an 'any' group: a met one first, else the measured one furthest along", () => {
    const [sessions, applicants] = [t(0.4), t(0.9)];
    expect(groupHeadline({ logic: 'any', status: 'at_risk', met: false, targets: [sessions, applicants] })).toMatchObject({ shown: [applicants], nearestOf: 2 });
    const met = t(1, { met: true });
    expect(groupHeadline({ logic: 'any', status: 'met', met: true, targets: [t(1.5, { met: false }), met] }).shown).toEqual([met]);
    const unmeasured = t(0.95, { measured: false });
    expect(groupHeadline({ logic: 'any', status: 'behind', met: false, targets: [unmeasured, sessions] }).shown).toEqual([sessions]);
  });

  it('never leaves a group without its targets, and keeps the first listed on a tie', () => {
    const [a, b] = [t(0.5), t(0.5)];
    expect(groupHeadline({ logic: 'any', status: 'behind', met: false, targets: [a, b] }).shown[0]).toBe(a);
    expect(groupHeadline({ logic: 'any', status: 'behind', met: false, targets: [a] })).toMatchObject({ shown: [a], nearestOf: null });
    expect(groupHeadline({ logic: 'all', status: 'behind', met: false, targets: [] })).toMatchObject({ shown: [], metCount: 0, targetCount: 0 });
  });
});

describe(dailyReportAttention.name, () => {
  const reports = [
    { date: '2026-06-10', id: 'r1', status: 'checking' as const },
    { date: '2026-06-11', id: 'r2', status: 'returned_internally' as const },
    { date: '2026-06-12', id: 'r3', status: 'returned' as const },
    { date: '2026-06-13', id: 'r4', status: 'draft' as const },
  ];
  const attention = (role: Parameters<typeof dailyReportAttention>[0]) => {
    const r = dailyReportAttention(role, reports);
    return attentionItems({
      overdueDailyReports: reports.map((x) => ({ date: x.date, reportId: r.linkable.find((l) => l.id === x.id)?.id ?? null })),
      overdueCallWeeks: [],
      returnedReports: r.returned.map((x) => ({ ...x, resource: 'daily-reports' as const })),
      checkingReports: r.checking,
      internallyReturnedReports: r.internallyReturned,
      openDefects: [],
      openComplaints: [],
    }).map((i) => [i.kind, i.id]);
  };

  it('gives the vendor manager the reports waiting for his check, and the vendor both kinds of return', () => {
    const rest = [['report_returned_internally', 'r2'], ['report_returned', 'r3'], ['daily_report_overdue', 'r4']];
    expect(attention('vendor_manager')).toEqual([['report_checking', 'r1'], ...rest]);
    // Staff see a report under the check as not yet with the city; the check is the manager's to do.
    expect(attention('vendor_staff')).toEqual([['daily_report_overdue', 'r1'], ...rest]);
  });

  it('shows the city only what it has: an unreleased report is overdue, with no link to open it', () => {
    expect(attention('city_admin')).toEqual([['daily_report_overdue', ''], ['daily_report_overdue', ''], ['report_returned', 'r3'], ['daily_report_overdue', 'r4']]);
    expect(attentionItems({ ...NOTHING, checkingReports: [{ date: '2026-06-10', id: 'r1' }] })[0].label).toBe('6/10 の日次報告が社内確認を待っています');
  });
});
