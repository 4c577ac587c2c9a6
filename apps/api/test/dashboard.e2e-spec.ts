import { BookingEntity } from '../src/modules/bookings/booking.entity';
import { CallEntity } from '../src/modules/calls/call.entity';
import { ActivityPhotoEntity, DailyReportEntity } from '../src/modules/daily-reports/daily-report.entity';
import { SessionEntity } from '../src/modules/sessions/session.entity';
import { DEMO, FixedClock, login, openDemo, type TestApp } from './support/test-app';

/** The dashboard's summary must equal what one gets by counting the seeded rows directly. */
describe('program dashboard summary', () => {
  const clock = new FixedClock(new Date('2026-10-15T03:00:00Z'));
  let t: TestApp;
  let viewer: string;
  let programId: string;

  beforeAll(async () => {
    ({ t, programId, cookies: { viewer } } = await openDemo({ clock }, { viewer: DEMO.otaruViewer }));
  });
  afterAll(() => t.close());

  it('answers everything in one response, equal to counts computed independently', async () => {
    const res = await t.http.get(`/api/programs/${programId}/dashboard`).set('Cookie', viewer);
    expect(res.status).toBe(200);
    const s = res.body;
    const held = (await t.dataSource.getRepository(SessionEntity).findBy({ programId, status: 'held' })).filter((x) => x.date >= '2026-06-01' && x.date <= '2026-12-24');
    const apps = (x: SessionEntity) => x.applicationsNew + x.applicationsRenewal + x.applicationsReissueLost + x.applicationsReissueDamaged + x.applicationsReissueOther;
    expect(s.kpis.sessionsHeld).toBe(held.length);
    expect(s.kpis.applicationsTotal).toBe(held.reduce((n, x) => n + apps(x), 0));
    expect(s.kpis.applicationsThisMonth).toBe(held.filter((x) => x.date.startsWith('2026-10')).reduce((n, x) => n + apps(x), 0));
    expect(s.sessions.applicationsByType.renewal).toBe(held.reduce((n, x) => n + x.applicationsRenewal, 0));
    expect(s.sessions.weeks.reduce((n: number, w: { sessions: Record<string, number> }) => n + w.sessions.home_visit + w.sessions.facility_visit, 0)).toBe(held.length);

    const calls = await t.dataSource.getRepository(CallEntity).findBy({ programId, direction: 'in' });
    const weekTotal = (ws: string) => calls.filter((c) => c.weekStart === ws).reduce((n, c) => n + c.count, 0);
    for (const w of s.calls) expect(w.total).toBe(weekTotal(w.weekStart));
    expect(s.kpis.callsThisWeek).toBe(weekTotal('2026-10-12'));

    const onSite = held.filter((x) => x.date.startsWith('2026-08')).reduce((n, x) => n + x.photosTakenOnSite, 0);
    expect(s.photos.months.find((m: { month: string }) => m.month === '2026-08').onSite).toBe(onSite);
    const pending = await t.dataSource.getRepository(ActivityPhotoEntity).countBy({ programId, reviewStatus: 'pending' });
    expect(s.photos.awaitingCityCheck).toBe(pending);

    const bookings = await t.dataSource.getRepository(BookingEntity).findBy({ programId });
    expect(s.funnel.reservations).toBe(bookings.filter((b) => b.status !== 'cancelled').length);
    // Held home and facility visits, each either from its booking or an unbooked visit; venue events take no booking.
    const visits = held.filter((x) => x.serviceKind === 'home_visit' || x.serviceKind === 'facility_visit');
    expect(s.funnel.visitsFromBookings).toBe(visits.filter((x) => x.bookingId !== null).length);
    expect(s.funnel.unbookedVisits).toBe(visits.filter((x) => x.bookingId === null).length);
    expect(s.funnel.visitsFromBookings + s.funnel.unbookedVisits).toBe(visits.length);
    expect(s.reporting.awaitingAcceptance).toBe(await t.dataSource.getRepository(DailyReportEntity).countBy({ programId, status: 'submitted' }));

    const homeApps = s.progress.groups[0].targets.find((x: { target: { metric: string; serviceKinds: string[] } }) => x.target.metric === 'applications' && x.target.serviceKinds.join() === 'home_visit');
    expect(homeApps.actual).toBe(held.filter((x) => x.serviceKind === 'home_visit' && x.date <= '2026-10-15').reduce((n, x) => n + apps(x), 0));
    expect(homeApps.chart.length).toBeGreaterThan(25);
    expect(homeApps.chart.find((p: { date: string }) => p.date === '2026-10-15').actual).toBe(homeApps.actual);
  });

  it('lists what needs attention, each with a link, and the returned demo report among them', async () => {
    const s = (await t.http.get(`/api/programs/${programId}/dashboard`).set('Cookie', viewer)).body;
    const returned = await t.dataSource.getRepository(DailyReportEntity).findOneByOrFail({ programId, status: 'returned' });
    expect(s.attention).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'report_returned', resource: 'daily-reports', id: returned.id })]));
    // The demo's report under the vendor's 社内確認 is not the city's to open: at most overdue, linked to the list.
    const checking = await t.dataSource.getRepository(DailyReportEntity).findOneByOrFail({ programId, status: 'checking' });
    type Item = { kind: string; label: string; id: string };
    expect(s.attention.filter((a: Item) => a.id === checking.id || a.kind === 'report_checking')).toEqual([]);
    expect(s.attention.every((a: Item) => a.label.length > 0 && (a.id.length > 0 || a.kind === 'daily_report_overdue'))).toBe(true);
    // The vendor manager has it to check, with its link.
    const manager = (await t.http.get(`/api/programs/${programId}/dashboard`).set('Cookie', await login(t, DEMO.vendorManager))).body;
    expect(manager.attention).toContainEqual(expect.objectContaining({ kind: 'report_checking', id: checking.id }));
    // Each item opens its record, or the list it is about: the coming visit days' confirmation calls, call-backs and teams.
    const listed = ['confirmation_call_due', 'call_back_due', 'team_incomplete'];
    expect(manager.attention.every((a: Item) => a.label.length > 0 && (a.id.length > 0 || listed.includes(a.kind)))).toBe(true);
  });

  it('narrows to a period and refuses a reversed one', async () => {
    const s = (await t.http.get(`/api/programs/${programId}/dashboard`).query({ from: '2026-09-01', to: '2026-09-30' }).set('Cookie', viewer)).body;
    const held = (await t.dataSource.getRepository(SessionEntity).findBy({ programId, status: 'held' })).filter((x) => x.date.startsWith('2026-09'));
    expect(s.kpis.sessionsHeld).toBe(held.length);
    expect((await t.http.get(`/api/programs/${programId}/dashboard`).query({ from: '2026-09-30', to: '2026-09-01' }).set('Cookie', viewer)).status).toBe(400);
  });

  it('gives a cross-program overview of what the user sees', async () => {
    const rows = (await t.http.get('/api/dashboard/overview').set('Cookie', await login(t, DEMO.otaruAdmin))).body;
    expect(rows.map((r: { id: string }) => r.id)).toEqual([programId]);
    expect(rows[0].groups[0].name).toBe('契約目標');
  });
});
