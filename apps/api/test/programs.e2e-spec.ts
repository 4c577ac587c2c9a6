import { In } from 'typeorm';
import { SessionEntity } from '../src/modules/sessions/session.entity';
import { createTestApp, DEMO, FixedClock, login, type TestApp } from './support/test-app';

describe('programs, targets, progress and the visit-day calendar', () => {
  let t: TestApp;
  let cityAdmin: string;
  let vendorManager: string;
  let vendorStaff: string;
  const clock = new FixedClock(new Date('2026-09-01T03:00:00Z'));

  beforeAll(async () => {
    t = await createTestApp({ clock });
    cityAdmin = await login(t, DEMO.otaruAdmin);
    vendorManager = await login(t, DEMO.vendorManager);
    vendorStaff = await login(t, DEMO.vendorStaff);
  });
  afterAll(() => t.close());

  it('lists only the programs a user may see', async () => {
    const city = await t.http.get('/api/programs').set('Cookie', cityAdmin);
    expect(city.body.map((p: { title: string }) => p.title)).toEqual(['小樽市マイナンバーカード個人宅・福祉施設等出張申請受付予約受付等業務']);
    const other = await t.http.get('/api/programs').set('Cookie', await login(t, DEMO.vendorBManager));
    expect(other.body.map((p: { id: string }) => p.id)).toEqual([t.ids.programs.shimonoseki]);
  });

  it('shows the Otaru demo with its settings, four targets in an all-group and 42 visit days', async () => {
    const program = await t.http.get(`/api/programs/${t.ids.programs.otaru}`).set('Cookie', vendorStaff);
    expect(program.body).toMatchObject({
      periodStart: '2026-05-01',
      periodEnd: '2027-01-08',
      reportDeadline: '2027-01-08',
      periods: { callCenter: { start: '2026-06-01', end: '2026-12-24' }, visits: { start: '2026-06-17', end: '2026-12-24' }, monthlyReportDay: null },
      serviceKinds: ['home_visit', 'facility_visit'],
      bookingRules: { homeSlotsAm: 2, homeSlotsPm: 2, largeHouseholdThreshold: 6, smallFacilityMax: 5, travelMaxMinutes: 30, leadDaysHome: 14, leadDaysLargeFacility: 30 },
      workingHours: { openTime: '09:00', closeTime: '17:00', workingWeekdays: [1, 2, 3, 4, 5] },
    });
    const groups = await t.http.get(`/api/programs/${t.ids.programs.otaru}/target-groups`).set('Cookie', vendorStaff);
    expect(groups.body).toHaveLength(1);
    expect(groups.body[0].logic).toBe('all');
    expect(groups.body[0].targets.map((x: { goal: number }) => x.goal)).toEqual([144, 216, 6, 60]);
    const days = await t.http.get(`/api/programs/${t.ids.programs.otaru}/visit-days`).set('Cookie', vendorStaff);
    expect(days.body).toHaveLength(42);
    expect(days.body.filter((d: { kind: string }) => d.kind === 'facility_visit')).toHaveLength(6);
  });

  it('computes progress per target and group as of a date, with pace over the planned visit days', async () => {
    const res = await t.http.get(`/api/programs/${t.ids.programs.shimonoseki}/progress`).query({ asOf: '2026-10-01' }).set('Cookie', await login(t, DEMO.shimonosekiAdmin));
    expect(res.status).toBe(200);
    expect(res.body.asOf).toBe('2026-10-01');
    expect(res.body.paceBasis).toBe('working_days');
    expect(res.body.groups.map((g: { name: string; logic: string }) => [g.name, g.logic])).toEqual([
      ['訪問型', 'any'],
      ['会場設置型', 'any'],
    ]);
    const [sessions, applicants] = res.body.groups[0].targets;
    // Counted independently from the stored sessions: held visit-type sessions up to the date.
    // The visit type counts facilities and homes together (004 §7(1)).
    const held = await t.dataSource.getRepository(SessionEntity).find({ where: { programId: t.ids.programs.shimonoseki, serviceKind: In(['facility_visit', 'home_visit']), status: 'held' } });
    const upTo = held.filter((s) => s.date <= '2026-10-01');
    expect(new Set(upTo.map((s) => s.serviceKind))).toEqual(new Set(['facility_visit', 'home_visit']));
    expect(sessions).toMatchObject({ goal: 40, actual: upTo.length, measured: true });
    expect(applicants.actual).toBe(upTo.reduce((n, s) => n + s.applicationsNew + s.applicationsRenewal + s.applicationsReissueLost + s.applicationsReissueDamaged + s.applicationsReissueOther, 0));
    expect(sessions.expectedByAsOf).toBeGreaterThan(0);
    expect(['met', 'on_track', 'at_risk', 'behind']).toContain(sessions.status);
    expect(res.body.groups[0].met).toBe(sessions.met || applicants.met);

    const otaru = await t.http.get(`/api/programs/${t.ids.programs.otaru}/progress`).set('Cookie', cityAdmin);
    expect(otaru.body.asOf).toBe('2026-09-01'); // today in JST from the clock
    expect(otaru.body.paceBasis).toBe('visit_days');
  });

  it('lets a city admin pick a vendor for a program among the vendors the city contracts; other cities and their vendors are not listed', async () => {
    const orgs = await t.http.get('/api/organizations').query({ filter: JSON.stringify({ kind: 'vendor' }) }).set('Cookie', cityAdmin);
    expect(orgs.body.map((o: { id: string }) => o.id)).toEqual([t.ids.organizations.vendorA]);
    const all = await t.http.get('/api/organizations').set('Cookie', cityAdmin);
    expect(all.body.map((o: { id: string }) => o.id)).not.toContain(t.ids.organizations.shimonoseki);
    expect((await t.http.get(`/api/organizations/${t.ids.organizations.shimonoseki}`).set('Cookie', cityAdmin)).status).toBe(404);
    expect((await t.http.get(`/api/organizations/${t.ids.organizations.vendorA}`).set('Cookie', cityAdmin)).status).toBe(200);
    expect((await t.http.get(`/api/organizations/${t.ids.organizations.vendorB}`).set('Cookie', cityAdmin)).status).toBe(404);
  });

  it('lets the city admin replace targets, refusing a service kind the program does not run', async () => {
    const bad = await t.http
      .put(`/api/programs/${t.ids.programs.otaru}/target-groups`)
      .set('Cookie', cityAdmin)
      .send({ groups: [{ name: '会場', logic: 'any', targets: [{ metric: 'sessions', goal: 10, serviceKinds: ['home_visit', 'venue_event'] }] }] });
    expect(bad.status).toBe(422);
    expect(bad.body.errors['groups.0.targets.0.serviceKinds']).toBe('この事業にないサービス種別です');
    // Two kinds counted together: the sessions of both, and the editor reads the list back.
    const both = await t.http
      .put(`/api/programs/${t.ids.programs.otaru}/target-groups`)
      .set('Cookie', cityAdmin)
      .send({ groups: [{ name: '訪問', logic: 'all', targets: [{ metric: 'sessions', goal: 50, serviceKinds: ['home_visit', 'facility_visit'] }, { metric: 'sessions', goal: 40, serviceKinds: ['facility_visit'] }] }] });
    expect(both.status).toBe(200);
    expect(both.body[0].targets.map((x: { serviceKinds: string[] }) => x.serviceKinds)).toEqual([['home_visit', 'facility_visit'], ['facility_visit']]);
    const progress = (await t.http.get(`/api/programs/${t.ids.programs.otaru}/progress`).set('Cookie', cityAdmin)).body;
    const [together, facilities] = progress.groups[0].targets;
    const sessions = await t.dataSource.getRepository(SessionEntity).find({ where: { programId: t.ids.programs.otaru, status: 'held' } });
    const upTo = sessions.filter((s) => s.date <= progress.asOf);
    expect(facilities.actual).toBe(upTo.filter((s) => s.serviceKind === 'facility_visit').length);
    expect(together.actual).toBe(upTo.length);
    expect(together.actual).toBeGreaterThan(facilities.actual);
    const zero = await t.http.put(`/api/programs/${t.ids.programs.otaru}/target-groups`).set('Cookie', cityAdmin).send({ groups: [{ name: 'x', logic: 'any', targets: [{ metric: 'sessions', goal: 0 }] }] });
    expect(zero.status).toBe(400);
    expect(zero.body.errors['groups.0.targets.0.goal']).toBe('目標値は1以上で入力してください');
    expect((await t.http.put(`/api/programs/${t.ids.programs.otaru}/target-groups`).set('Cookie', vendorManager).send({ groups: [] })).status).toBe(403);
  });

  it('validates program settings with the error on the field', async () => {
    const current = (await t.http.get(`/api/programs/${t.ids.programs.otaru}`).set('Cookie', cityAdmin)).body;
    const res = await t.http
      .put(`/api/programs/${t.ids.programs.otaru}`)
      .set('Cookie', cityAdmin)
      .send({ ...current, periodEnd: '2026-04-30', methods: {} });
    expect(res.status).toBe(400);
    expect(res.body.errors.periodEnd).toBe('終了日は開始日以降にしてください');
    expect(res.body.errors['methods.home_visit']).toBe('申請方式を選択してください');
    const ok = await t.http.put(`/api/programs/${t.ids.programs.otaru}`).set('Cookie', cityAdmin).send({ ...current, bookingRules: { ...current.bookingRules, pmThirdSlotEnabled: true } });
    expect(ok.status).toBe(200);
    expect(ok.body.bookingRules.pmThirdSlotEnabled).toBe(true);
  });

  it('proposes a calendar, and lets the manager add, move, re-kind and remove days within the rules', async () => {
    const base = `/api/programs/${t.ids.programs.otaru}/visit-days`;
    const proposal = await t.http.post(`${base}/proposal`).set('Cookie', vendorManager).send({ homeDays: 36, facilityDays: 6 });
    expect(proposal.status).toBe(201);
    expect(proposal.body.days).toHaveLength(42);

    const holiday = await t.http.post(base).set('Cookie', vendorManager).send({ date: '2026-09-21', kind: 'home_visit' });
    expect(holiday.status).toBe(422);
    expect(holiday.body.errors.date).toContain('敬老の日');

    const days = (await t.http.get(base).set('Cookie', vendorManager)).body as Array<{ id: string; date: string; kind: string }>;
    const week = days.filter((d) => d.date >= '2026-10-05' && d.date <= '2026-10-09');
    const free = ['2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08', '2026-10-09'].find((d) => !week.some((w) => w.date === d))!;
    if (week.length >= 2) {
      const third = await t.http.post(base).set('Cookie', vendorManager).send({ date: free, kind: 'home_visit' });
      expect(third.status).toBe(422);
    }
    const day = days[10];
    const rekind = await t.http.put(`${base}/${day.id}`).set('Cookie', vendorManager).send({ date: day.date, kind: day.kind === 'home_visit' ? 'facility_visit' : 'home_visit' });
    expect(rekind.status).toBe(200);
    expect(rekind.body.kind).not.toBe(day.kind);
    const removed = await t.http.delete(`${base}/${day.id}`).set('Cookie', vendorManager);
    expect(removed.status).toBe(200);
    expect(removed.body.date).toBe(day.date);
    expect((await t.http.get(base).set('Cookie', vendorManager)).body).toHaveLength(41);
    expect((await t.http.post(base).set('Cookie', vendorStaff).send({ date: day.date, kind: 'home_visit' })).status).toBe(403);
  });

  it('keeps visit days and sessions to the visit period and calls to the call-center period, saying so in 和暦', async () => {
    const otaru = t.ids.programs.otaru;
    const early = await t.http.post(`/api/programs/${otaru}/visit-days`).set('Cookie', vendorManager).send({ date: '2026-06-10', kind: 'home_visit' });
    expect(early.status).toBe(422);
    expect(early.body.errors.date).toBe('令和8年6月10日は実施期間（令和8年6月17日～令和8年12月24日）の外です');
    const session = await t.http.post('/api/sessions').set('Cookie', vendorStaff).send({
      programId: otaru,
      date: '2026-06-12',
      serviceKind: 'home_visit',
      place: '中央地区',
      method: 'on_site_acceptance',
      cityStaffPresent: true,
      status: 'planned',
    });
    expect(session.status).toBe(422);
    expect(session.body.errors.date).toBe('令和8年6月12日は実施期間（令和8年6月17日～令和8年12月24日）の外です');
    const call = await t.http.post('/api/calls').set('Cookie', vendorStaff).send({ programId: otaru, direction: 'in', category: 'booking', outcome: 'answered', receivedAt: '2026-12-25T10:00:00+09:00' });
    expect(call.status).toBe(422);
    expect(call.body.errors.receivedAt).toBe('令和8年12月25日はコールセンター開設期間（令和8年6月1日～令和8年12月24日）の外です');
    const paper = await t.http.post('/api/calls/bulk').set('Cookie', vendorStaff).send({ programId: otaru, date: '2026-05-29', counts: [{ category: 'booking', count: 1 }] });
    expect(paper.status).toBe(422);
    expect(paper.body.errors.date).toContain('コールセンター開設期間');
    const inside = await t.http.post('/api/calls').set('Cookie', vendorStaff).send({ programId: otaru, direction: 'in', category: 'booking', outcome: 'answered', receivedAt: '2026-06-02T10:00:00+09:00' });
    expect(inside.status).toBe(201);
  });

  it('closes the year end on the contract\'s own days and lets the kinds the program names run on any day', async () => {
    const shimonoseki = t.ids.programs.shimonoseki;
    const manager = await login(t, DEMO.vendorBManager);
    const program = (await t.http.get(`/api/programs/${shimonoseki}`).set('Cookie', manager)).body;
    expect(program.workingHours).toMatchObject({ yearEnd: { from: '12-27', to: '01-04' }, anyDayKinds: ['venue_event'] }); // 004 §6
    // Shimonoseki holds sessions only at approved sites (004 §7(3)): the demo's own.
    const base = { programId: shimonoseki, place: 'ショッピングモール ゆめみなと（架空）', method: 'application_support', cityStaffPresent: false, status: 'planned', staffUserIds: [] };
    const jan4 = await t.http.post('/api/sessions').set('Cookie', manager).send({ ...base, serviceKind: 'facility_visit', place: 'デイサービス かいきょう（架空）', date: '2027-01-04' });
    expect(jan4.status).toBe(422);
    expect(jan4.body.errors.offDayReason).toBeDefined();
    const sunday = await t.http.post('/api/sessions').set('Cookie', manager).send({ ...base, serviceKind: 'venue_event', date: '2026-12-06' });
    expect(sunday.status).toBe(201);
    const visitDay = await t.http.post(`/api/programs/${shimonoseki}/visit-days`).set('Cookie', manager).send({ date: '2026-12-28', kind: 'facility_visit' });
    expect(visitDay.status).toBe(422);
    expect(visitDay.body.errors.date).toContain('年末年始（12/27〜1/4）');
  });

  it('refuses periods outside the contract with the error on the field', async () => {
    const current = (await t.http.get(`/api/programs/${t.ids.programs.otaru}`).set('Cookie', cityAdmin)).body;
    const res = await t.http
      .put(`/api/programs/${t.ids.programs.otaru}`)
      .set('Cookie', cityAdmin)
      .send({ ...current, periods: { ...current.periods, visits: { start: '2026-04-01', end: '2026-12-24' } }, reportDeadline: '2026-12-01' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({
      'periods.visits.start': '実施期間の開始日は契約期間（令和8年5月1日～令和9年1月8日）の中にしてください',
      reportDeadline: '完了報告の期限は実施期間の終了日（令和8年12月24日）以降にしてください',
    });
  });
});
