import { addDays, isWorkingDay, jstDateKey } from '@outreach/domain/common';
import { createTestApp, DEMO, FixedClock, login, type TestApp } from './support/test-app';
import type { ItineraryView, TeamListView } from '@outreach/domain/teams';

/**
 * The demo's reporting tells a true story on whatever day it is started (issue 22 items 2 and 3), read through the
 * API as each role sees it: weekly call reports accepted up to the last one, which waits for the city; daily reports
 * mostly accepted, a few late or returned, the last week's waiting for the city, the newest a draft for staff;
 * Shimonoseki's monthly report of every finished month submitted and accepted (Otaru owes none); something waiting
 * on each city admin's attention list and nothing on it that the story contradicts (an overdue weekly or monthly report).
 */

interface CallWeekRow {
  weekStart: string;
  weekEnd: string;
  dueDate: string;
  status: string | null;
  total: number;
  changedSinceSubmitted: boolean;
}
interface DailyRow {
  date: string;
  status: string;
  reason: string | null;
  onTime: boolean | null;
}
interface ScheduleRow {
  kind: string;
  period: string;
  dueDate: string;
  state: string;
  latest: { id: string } | null;
}
interface Attention {
  kind: string;
  date?: string | null;
}

describe.each(['2026-09-08T01:00:00Z', '2026-12-04T02:00:00Z', '2028-02-29T00:30:00Z'])('the demo started at %s', (instant) => {
  const now = new Date(instant);
  const today = jstDateKey(now);
  let t: TestApp;
  let cookies: Record<'otaruAdmin' | 'vendorManager' | 'vendorStaff' | 'shimonosekiAdmin' | 'vendorBManager', string>;
  const get = async (cookie: string, path: string, query: Record<string, string> = {}) => {
    const res = await t.http.get(path).query(query).set('Cookie', cookie);
    expect(res.status).toBe(200);
    return res.body;
  };
  const list = (cookie: string, path: string, programId: string) => get(cookie, path, { filter: JSON.stringify({ programId }), range: '[0,499]' });

  beforeAll(async () => {
    t = await createTestApp({ clock: new FixedClock(now) });
    cookies = {
      otaruAdmin: await login(t, DEMO.otaruAdmin),
      vendorManager: await login(t, DEMO.vendorManager),
      vendorStaff: await login(t, DEMO.vendorStaff),
      shimonosekiAdmin: await login(t, DEMO.shimonosekiAdmin),
      vendorBManager: await login(t, DEMO.vendorBManager),
    };
  });
  afterAll(() => t?.close());

  it.each(['otaru', 'shimonoseki'] as const)('%s: past call weeks are accepted, the last one filed waits for the city, the current one is open', async (name) => {
    const cookie = name === 'otaru' ? cookies.otaruAdmin : cookies.shimonosekiAdmin;
    const weeks: CallWeekRow[] = await list(cookie, '/api/call-weeks', t.ids.programs[name]);
    const filed = weeks.filter((w) => w.status !== null);
    expect(filed.length).toBeGreaterThan(4);
    // Newest first: the newest filed week waits, every older one is accepted, none was changed after its submission.
    expect(filed[0].status).toBe('submitted');
    expect(filed.slice(1).every((w) => w.status === 'accepted')).toBe(true);
    expect(filed.every((w) => !w.changedSinceSubmitted)).toBe(true);
    // Nothing overdue: a week without a report is not due yet (or due today, filed later in the day).
    expect(weeks.filter((w) => w.status === null).every((w) => w.dueDate >= today)).toBe(true);
    const current = weeks.find((w) => w.weekStart <= today && w.weekEnd >= today);
    if (current) expect(current.status).toBeNull();
    // The newspaper inserts show: the busiest week has far more calls than a usual (median) week — about twice, less
    // where the placed year's holidays fall in an insert's week.
    const totals = weeks.map((w) => w.total).sort((a, b) => a - b);
    expect(totals[totals.length - 1]).toBeGreaterThan(1.75 * totals[Math.floor(totals.length / 2)]);
  });

  it('Otaru: daily reports mostly accepted, some late, one returned with its reason, some waiting for the city, a draft for staff', async () => {
    const programId = t.ids.programs.otaru;
    const all: DailyRow[] = await list(cookies.vendorManager, '/api/daily-reports', programId);
    const count = (status: string) => all.filter((r) => r.status === status).length;
    expect(all.length).toBeGreaterThan(10);
    expect(count('accepted')).toBeGreaterThanOrEqual(0.6 * all.length);
    const returned = all.filter((r) => r.status === 'returned');
    expect(returned.length).toBeGreaterThanOrEqual(1);
    expect(returned.every((r) => r.reason)).toBe(true);
    expect(all.filter((r) => r.onTime === false).length).toBeGreaterThanOrEqual(1);
    expect(all.filter((r) => r.status === 'accepted' && r.onTime === false).length).toBeGreaterThanOrEqual(1);
    // The newest held day's report is the staff's draft; the one before waits for the manager's check (社内確認).
    const newest = [...all].sort((a, b) => (a.date < b.date ? 1 : -1));
    expect(newest[0].status).toBe('draft');
    expect(newest[1].status).toBe('checking');
    const mine: DailyRow[] = await list(cookies.vendorStaff, '/api/daily-reports', programId);
    expect(mine.some((r) => r.status === 'draft')).toBe(true);
    // The city has reports to check today, and sees them counted on its dashboard.
    const city: DailyRow[] = await list(cookies.otaruAdmin, '/api/daily-reports', programId);
    const waiting = city.filter((r) => r.status === 'submitted').length;
    expect(waiting).toBeGreaterThanOrEqual(1);
    const dashboard = await get(cookies.otaruAdmin, `/api/programs/${programId}/dashboard`);
    expect(dashboard.reporting.awaitingAcceptance).toBe(waiting);
    expect(dashboard.reporting.returned).toBe(returned.length);
  });

  it('Shimonoseki: every finished month’s report is submitted and accepted, the current one not yet due, the figures as they stand', async () => {
    const programId = t.ids.programs.shimonoseki;
    const schedule: ScheduleRow[] = await get(cookies.shimonosekiAdmin, `/api/programs/${programId}/report-submissions/schedule`);
    const monthly = schedule.filter((r) => r.kind === 'monthly');
    const finished = monthly.filter((r) => r.dueDate < addDays(today, -1));
    expect(finished.length).toBeGreaterThanOrEqual(1);
    expect(finished.map((r) => r.state)).toEqual(finished.map(() => 'accepted'));
    const current = monthly.find((r) => r.period === today.slice(0, 7));
    expect(current?.latest ?? null).toBeNull();
    expect(['upcoming', 'due']).toContain(current?.state);
    expect(schedule.some((r) => r.state === 'overdue')).toBe(false);
    // What was submitted is what the report shows today: the draft of the latest accepted month changes nothing.
    const last = finished[finished.length - 1];
    const draft = await get(cookies.vendorBManager, `/api/programs/${programId}/report-submissions/draft`, { kind: 'monthly', month: last.period });
    expect(draft.changes.filter((c: { changed: boolean }) => c.changed)).toEqual([]);
    // The stored workbook of a submission opens.
    const file = await t.http.get(`/api/programs/${programId}/report-submissions/${last.latest!.id}/file`).set('Cookie', cookies.shimonosekiAdmin);
    expect(file.status).toBe(200);
    // Otaru owes no monthly report, and its completion report is not due yet.
    const otaru: ScheduleRow[] = await get(cookies.otaruAdmin, `/api/programs/${t.ids.programs.otaru}/report-submissions/schedule`);
    expect(otaru.map((r) => r.kind)).toEqual(['completion']);
    expect(otaru[0].state).toBe('upcoming');
  });

  it('each city admin has something to check, and nothing the story contradicts', async () => {
    const shimonoseki: Attention[] = (await get(cookies.shimonosekiAdmin, `/api/programs/${t.ids.programs.shimonoseki}/dashboard`)).attention;
    expect(shimonoseki.map((a) => a.kind)).toEqual(expect.arrayContaining(['site_approval_pending', 'business_plan_pending']));
    for (const [cookie, programId] of [
      [cookies.otaruAdmin, t.ids.programs.otaru],
      [cookies.shimonosekiAdmin, t.ids.programs.shimonoseki],
      [cookies.vendorManager, t.ids.programs.otaru],
      [cookies.vendorBManager, t.ids.programs.shimonoseki],
    ]) {
      const kinds = ((await get(cookie, `/api/programs/${programId}/dashboard`)).attention as Attention[]).map((a) => a.kind);
      expect(kinds).not.toContain('call_week_overdue');
      expect(kinds).not.toContain('period_report_overdue');
    }
    const otaru = (await get(cookies.otaruAdmin, `/api/programs/${t.ids.programs.otaru}/dashboard`)).attention as Attention[];
    expect(otaru.length).toBeGreaterThanOrEqual(1);
  });

  it('registered its people before their first act: no account is newer than what 取扱記録 says it did', async () => {
    const users: Array<{ id: string; name: string; createdAt: string }> = await get(cookies.vendorManager, '/api/users', { range: '[0,99]' });
    expect(users.length).toBeGreaterThanOrEqual(2);
    for (const u of users) {
      const [first]: Array<{ occurredAt: string }> = await get(cookies.vendorManager, '/api/handling-records', { filter: JSON.stringify({ userId: u.id }), sort: JSON.stringify(['occurredAt', 'ASC']), range: '[0,0]' });
      expect(first).toBeDefined();
      expect({ name: u.name, registeredFirst: u.createdAt <= first.occurredAt }).toEqual({ name: u.name, registeredFirst: true });
    }
  });

  it('defects: most resolved, one overdue for follow-up', async () => {
    const defects: Array<{ receivedDate: string; resolvedDate: string | null }> = await list(cookies.otaruAdmin, '/api/defects', t.ids.programs.otaru);
    expect(defects.length).toBeGreaterThanOrEqual(2);
    const overdue = defects.filter((d) => d.resolvedDate === null && addDays(d.receivedDate, 14) < today);
    expect(overdue.length).toBe(1);
    expect(defects.filter((d) => d.resolvedDate !== null).length).toBeGreaterThan(defects.length / 2);
  });

  it('Shimonoseki: the vendor has planned the coming four weeks at sites the city approved; its desk books no visit itself', async () => {
    const programId = t.ids.programs.shimonoseki;
    const sessions: Array<{ date: string; status: string; place: string; unbookedReason: string | null }> = await list(cookies.shimonosekiAdmin, '/api/sessions', programId);
    const approved = new Set((await get(cookies.shimonosekiAdmin, `/api/programs/${programId}/site-approvals`) as Array<{ name: string; status: string }>).filter((s) => s.status === 'approved').map((s) => s.name));
    const planned = sessions.filter((s) => s.status === 'planned');
    expect(planned.length).toBeGreaterThanOrEqual(4);
    expect(planned.filter((s) => s.date < today || s.date >= addDays(today, 28))).toEqual([]);
    expect(planned.filter((s) => !approved.has(s.place))).toEqual([]);
    // The program books no visits (takesBookings): none of its visits, held or planned, is 予約なし with a reason.
    expect((await get(cookies.shimonosekiAdmin, `/api/programs/${programId}`)).takesBookings).toBe(false);
    expect(sessions.filter((s) => s.unbookedReason !== null)).toEqual([]);
    expect((await get(cookies.shimonosekiAdmin, `/api/programs/${programId}/dashboard`)).funnel).toMatchObject({ reservations: 0, unbookedVisits: 0 });
    const calls: Array<{ category: string; outcome: string | null }> = await list(cookies.shimonosekiAdmin, '/api/calls', programId);
    expect(calls.filter((c) => c.category === 'booking').length).toBeGreaterThan(10);
    expect(calls.filter((c) => c.outcome === 'booked')).toEqual([]);
  });

  it.each(['otaru', 'shimonoseki'] as const)('%s: this week’s visits have their teams, the week after is on the manager’s list', async (name) => {
    const [cookie, programId] = name === 'otaru' ? [cookies.vendorManager, t.ids.programs.otaru] : [cookies.vendorBManager, t.ids.programs.shimonoseki];
    const teams: TeamListView = await get(cookie, `/api/programs/${programId}/teams`);
    const thisWeek = teams.slots.filter((s) => s.date < addDays(today, 7));
    const later = teams.slots.filter((s) => s.date >= addDays(today, 7));
    expect(teams.slots.length).toBeGreaterThan(0);
    expect(thisWeek.filter((s) => s.state !== 'complete')).toEqual([]);
    expect(later.filter((s) => s.state !== 'none')).toEqual([]);
    // Two of the vendor's people on each, the city's staff where a visit is taken as 出張申請受付.
    expect(thisWeek.filter((s) => s.staff.length < 2 || (s.cityStaffRequired && s.cityStaff.length === 0))).toEqual([]);
    const attention: Attention[] = (await get(cookie, `/api/programs/${programId}/dashboard`)).attention;
    const listed = attention.filter((a) => a.kind === 'team_incomplete').map((a) => a.date);
    expect(listed.every((date) => !!date && date >= addDays(today, 7))).toBe(true);
    expect(new Set(listed)).toEqual(new Set(later.filter((s) => s.visits > 0).map((s) => s.date)));
    // Each team formed is in the city's 取扱記録 once, as the service records an assignment.
    const admin = name === 'otaru' ? cookies.otaruAdmin : cookies.shimonosekiAdmin;
    const recorded: Array<{ reason: string }> = await get(admin, '/api/handling-records', { filter: JSON.stringify({ programId, action: 'team.assign' }), range: '[0,499]' });
    const formed = teams.slots.filter((s) => s.state !== 'none');
    expect(recorded.map((r) => r.reason).sort()).toEqual(formed.map((s) => `${s.date} ${s.half === 'am' ? '午前' : '午後'}（${s.staff.length}名）`).sort());
    if (name === 'shimonoseki') {
      // Its visits have no booking: the itinerary lists them by place and time (its rhythm has visits every week).
      expect(thisWeek.length).toBeGreaterThan(0);
      const first = thisWeek[0];
      const sheet: ItineraryView = await get(cookie, `/api/programs/${programId}/itinerary`, { date: first.date, half: first.half });
      expect(sheet.stops).toEqual([]);
      expect(sheet.otherVisits.length).toBeGreaterThan(0);
    }
  });

  it.each(['otaru', 'shimonoseki'] as const)('%s: every defect and inquiry is received, followed up and closed on a day the office is open', async (name) => {
    const cookie = name === 'otaru' ? cookies.otaruAdmin : cookies.shimonosekiAdmin;
    const { workingHours } = await get(cookie, `/api/programs/${t.ids.programs[name]}`);
    const defects: Array<{ receivedDate: string; resolvedDate: string | null; attempts: Array<{ at: string }> }> = await list(cookie, '/api/defects', t.ids.programs[name]);
    const inquiries: Array<{ date: string; closedDate: string | null }> = await list(cookie, '/api/inquiries', t.ids.programs[name]);
    expect(defects.length).toBeGreaterThanOrEqual(1);
    expect(inquiries.length).toBeGreaterThanOrEqual(1);
    const days = [
      ...defects.flatMap((d) => [d.receivedDate, d.resolvedDate, ...d.attempts.map((a) => jstDateKey(new Date(a.at)))]),
      ...inquiries.flatMap((q) => [q.date, q.closedDate]),
    ].filter((day): day is string => day !== null);
    expect(days.filter((day) => !isWorkingDay(day, workingHours))).toEqual([]);
  });
});
