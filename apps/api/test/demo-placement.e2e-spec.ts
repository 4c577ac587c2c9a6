import { addDays, daysBetween, jstDateKey } from '@outreach/domain/common';
import { DailyReportEntity } from '../src/modules/daily-reports/daily-report.entity';
import { SessionEntity } from '../src/modules/sessions/session.entity';
import { createTestApp, DEMO, FixedClock, login, type TestApp } from './support/test-app';

/**
 * Issue 22 items 1, 3 and 4: the demo seeded on very different first-start days is a contract in mid-flight each time,
 * read back through the API as its users would — before the real 2026 periods, on the day the issue was filed, after
 * them, on a leap day and at a year-end. (Every placement's calendar is checked in demo-placement.spec.ts.)
 */
const FIRST_STARTS = [
  '2026-03-02T00:30:00Z', // before the real periods
  '2026-12-04T00:30:00Z', // the day: the real calendar had nothing left to book
  '2027-01-20T00:30:00Z', // after them: the real contract is over
  '2028-02-29T00:30:00Z', // a leap day
  '2027-12-30T00:30:00Z', // inside the year-end closure
];

describe.each(FIRST_STARTS)('the demo first started at %s', (instant) => {
  let t: TestApp;
  const today = jstDateKey(new Date(instant));
  let otaru: string;
  const cookie: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ clock: new FixedClock(new Date(instant)) });
    otaru = t.ids.programs.otaru;
    for (const [role, email] of Object.entries({ operator: DEMO.vendorStaff, manager: DEMO.vendorManager, city: DEMO.otaruAdmin })) cookie[role] = await login(t, email);
  });
  afterAll(() => t.close());

  it('is placed so today is about two thirds into the visit period, with 36 + 6 visit days inside it', async () => {
    const program = (await t.http.get(`/api/programs/${otaru}`).set('Cookie', cookie.city)).body;
    const { start, end } = program.periods.visits;
    expect(Math.abs(daysBetween(start, today) / daysBetween(start, end) - 2 / 3)).toBeLessThan(0.02);
    const days = (await t.http.get(`/api/programs/${otaru}/visit-days`).set('Cookie', cookie.operator)).body as Array<{ date: string; kind: string }>;
    expect(days.filter((d) => d.kind === 'home_visit')).toHaveLength(36);
    expect(days.filter((d) => d.kind === 'facility_visit')).toHaveLength(6);
    expect(days.every((d) => d.date >= start && d.date <= end)).toBe(true);
    expect(program.reportDeadline > end).toBe(true);
  });

  it('has a history up to yesterday: held visits on past visit days only, none today or later', async () => {
    const sessions = await t.dataSource.getRepository(SessionEntity).findBy({ programId: otaru });
    const held = sessions.filter((s) => s.status === 'held');
    expect(held.length).toBeGreaterThan(20);
    expect(held.every((s) => s.date < today)).toBe(true);
    expect(sessions.filter((s) => s.date >= today).every((s) => s.status === 'planned' || s.status === 'cancelled')).toBe(true);
  });

  it('gives the operator free home slots beyond the lead time', async () => {
    const res = await t.http
      .post(`/api/programs/${otaru}/slots/search`)
      .set('Cookie', cookie.operator)
      .send({ request: { kind: 'home', plannedApplications: 1, district: '中央地区', wishes: {} } });
    expect(res.status).toBe(200);
    const offers = res.body.offers as Array<{ date: string }>;
    expect(offers.length).toBeGreaterThan(0);
    expect(offers.every((o) => o.date >= addDays(today, 14))).toBe(true);
  });

  it('leaves staff a report to file and the manager one to check, most older ones accepted', async () => {
    const reports = await t.dataSource.getRepository(DailyReportEntity).findBy({ programId: otaru });
    const byStatus = (status: string) => reports.filter((r) => r.status === status);
    expect(byStatus('draft').length).toBeGreaterThan(0);
    expect(byStatus('accepted').length).toBeGreaterThan(reports.length / 2);
    const manager = (await t.http.get(`/api/programs/${otaru}/dashboard`).set('Cookie', cookie.manager)).body;
    expect(manager.attention).toContainEqual(expect.objectContaining({ kind: 'report_checking' }));
  });
});
