import { createTestApp, DEMO, FixedClock, login, type TestApp } from './support/test-app';

/**
 * The demo programs hold their contracts as the specifications write them (issue 16 item 6). The table is
 * written from the seeds, section by section, not from the seed code: the test reads each program's settings
 * and targets back through the API and compares.
 */
const CONTRACTS = {
  // 003: 小樽市 個人宅・福祉施設等出張申請受付予約受付等業務
  otaru: {
    admin: DEMO.otaruAdmin,
    callCenter: { start: '2026-06-01', end: '2026-12-24' }, // §3(2)ア
    visits: { start: '2026-06-17', end: '2026-12-24' }, // §3(2)ア(ア)
    reportDeadline: '2027-01-08', // §10(2)
    monthlyReportDay: null, // calls are reported weekly (§10(1)), no monthly report
    serviceKinds: ['facility_visit', 'home_visit'],
    // §3(2)ア(イ): city staff visit and check identity — 出張申請受付方式
    methods: { facility_visit: 'on_site_acceptance', home_visit: 'on_site_acceptance' },
    yearEnd: { from: '12-29', to: '01-03' }, // §8(1)ウ: 12月29日から1月3日までを除く
    workingWeekdays: [1, 2, 3, 4, 5], // 月曜日から金曜日
    closedOnHolidays: true,
    reissueFeeYen: 2000, // §8(2)オ(ア)
    approvals: { requireSiteApproval: false, requireBusinessPlan: false }, // 003 asks neither
    // §3(2)ア(ウ): 個人宅 144件 申請受付 216件 / 福祉施設 6施設 申請受付 60件, all of them
    targets: [
      { group: 'all', metric: 'reservations', goal: 144, kinds: ['home_visit'] },
      { group: 'all', metric: 'applications', goal: 216, kinds: ['home_visit'] },
      { group: 'all', metric: 'facilities_visited', goal: 6, kinds: ['facility_visit'] },
      { group: 'all', metric: 'applications', goal: 60, kinds: ['facility_visit'] },
    ],
  },
  // 004: 下関市 出張申請サポート業務 (shifted to fiscal 2026 by the demo, see demo-programs.ts)
  shimonoseki: {
    admin: DEMO.shimonosekiAdmin,
    callCenter: { start: '2026-07-01', end: '2027-03-31' }, // §5: the whole contract
    visits: { start: '2026-07-01', end: '2027-03-31' },
    reportDeadline: '2027-03-31',
    monthlyReportDay: 10, // §8(11) asks monthly reports; the day is the demo's
    serviceKinds: ['facility_visit', 'home_visit', 'venue_event'],
    // §3(1) visit type: facilities and homes, with city staff, 申請時来庁; §3(2) venue type: without, 交付時来庁
    methods: { facility_visit: 'on_site_acceptance', home_visit: 'on_site_acceptance', venue_event: 'application_support' },
    yearEnd: { from: '12-27', to: '01-04' }, // §6
    workingWeekdays: [1, 2, 3, 4, 5], // §6 平日
    closedOnHolidays: true,
    reissueFeeYen: 1000, // not in 004: seed 002's fee
    approvals: { requireSiteApproval: true, requireBusinessPlan: true }, // §7(3) sites approved beforehand; §8(1) 業務計画書 with the city's consent
    anyDayKinds: ['venue_event'], // §6 ※: venue support without city staff is not bound to these days
    // §7(1) 40 sessions or 300 applicants, facilities and homes together; §7(2) 12 sessions or 240 applicants
    targets: [
      { group: 'any', metric: 'sessions', goal: 40, kinds: ['facility_visit', 'home_visit'] },
      { group: 'any', metric: 'applications', goal: 300, kinds: ['facility_visit', 'home_visit'] },
      { group: 'any', metric: 'sessions', goal: 12, kinds: ['venue_event'] },
      { group: 'any', metric: 'applications', goal: 240, kinds: ['venue_event'] },
    ],
  },
} as const;

describe('the demo programs as their contracts write them', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ clock: new FixedClock(new Date('2026-10-01T03:00:00Z')) });
  });
  afterAll(() => t.close());

  it.each(Object.entries(CONTRACTS))('%s: periods, methods, closures, approvals and targets', async (name, c) => {
    const cookie = await login(t, c.admin);
    const id = t.ids.programs[name as keyof typeof CONTRACTS];
    const program = (await t.http.get(`/api/programs/${id}`).set('Cookie', cookie)).body;
    expect(program.periods).toMatchObject({ callCenter: c.callCenter, visits: c.visits, monthlyReportDay: c.monthlyReportDay });
    expect(program.reportDeadline).toBe(c.reportDeadline);
    expect([...program.serviceKinds].sort()).toEqual(c.serviceKinds);
    expect(program.methods).toEqual(c.methods);
    expect(program.workingHours).toMatchObject({ yearEnd: c.yearEnd, workingWeekdays: c.workingWeekdays, closedOnHolidays: c.closedOnHolidays });
    expect(program.guidance.reissueFeeYen).toBe(c.reissueFeeYen);
    expect({ requireSiteApproval: program.requireSiteApproval, requireBusinessPlan: program.requireBusinessPlan }).toEqual(c.approvals);
    if ('anyDayKinds' in c) expect(program.workingHours.anyDayKinds).toEqual(c.anyDayKinds);

    const groups = (await t.http.get(`/api/programs/${id}/target-groups`).set('Cookie', cookie)).body as Array<{
      logic: string;
      targets: Array<{ metric: string; goal: number; serviceKinds: string[] }>;
    }>;
    const read = groups.flatMap((g) => g.targets.map((x) => ({ group: g.logic, metric: x.metric, goal: x.goal, kinds: [...x.serviceKinds].sort() })));
    expect(read).toEqual(c.targets);
  });
});
