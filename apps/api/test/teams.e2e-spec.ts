import { addDays, eachDay, isWorkingDay } from '@outreach/domain/common';
import { type ItineraryView, sessionHalves, type TeamListView } from '@outreach/domain/teams';
import { In, IsNull } from 'typeorm';
import { SessionEntity } from '../src/modules/sessions/session.entity';
import { ProgramEntity } from '../src/modules/programs/program.entity';
import { HandlingRecordEntity } from '../src/modules/handling-records/handling-record.entity';
import { BookingEntity } from '../src/modules/bookings/booking.entity';
import { UserEntity } from '../src/modules/users/user.entity';
import { homeBooking, intake } from './support/factories';
import { createTestApp, DEMO, FixedClock, login, type TestApp } from './support/test-app';

/** チーム (issue 21 item 1): a visit half-day's team — assigned by the vendor's manager, read by its staff, on the attention list until complete. */
describe('visit teams', () => {
  const clock = new FixedClock(new Date('2026-09-01T01:00:00Z')); // Tue 10:00 JST
  let t: TestApp;
  let programId: string;
  let manager: string;
  let staff: string;
  let other: string;
  let ids: { manager: string; staff: string; other: string };
  let visitDate: string;
  let half: 'am' | 'pm';
  let bookingId: string;

  const teams = (cookie: string, q = '') => t.http.get(`/api/programs/${programId}/teams${q}`).set('Cookie', cookie);
  const assign = (cookie: string, body: object) => t.http.put(`/api/programs/${programId}/teams`).set('Cookie', cookie).send({ date: visitDate, half, ...body });
  const attention = async () => ((await t.http.get(`/api/programs/${programId}/dashboard`).set('Cookie', manager)).body.attention as Array<{ kind: string; label: string; date: string }>).filter((a) => a.kind === 'team_incomplete');

  beforeAll(async () => {
    t = await createTestApp({ clock });
    programId = t.ids.programs.otaru;
    manager = await login(t, DEMO.vendorManager);
    staff = await login(t, DEMO.vendorStaff);
    const created = await t.http.post('/api/users').set('Cookie', manager).send({ name: '架空 同行', email: 'second-staff@vendor-a.example.jp', role: 'vendor_staff', password: 'another-long-pass-2026' });
    expect(created.status).toBe(201);
    other = await login(t, 'second-staff@vendor-a.example.jp', 'another-long-pass-2026');
    const users = t.dataSource.getRepository(UserEntity);
    ids = {
      manager: (await users.findOneByOrFail({ email: DEMO.vendorManager })).id,
      staff: (await users.findOneByOrFail({ email: DEMO.vendorStaff })).id,
      other: created.body.id,
    };
    const offer = (await t.http.post(`/api/programs/${programId}/slots/search`).set('Cookie', staff).send({ request: { kind: 'home', plannedApplications: 1, district: '中央地区', wishes: {} } })).body.offers[0];
    const booked = await t.http.post(`/api/programs/${programId}/bookings`).set('Cookie', staff).send(homeBooking(intake({}, { name: '架空 班一' }), { date: offer.date, half: offer.half, positions: offer.positions }));
    expect(booked.status).toBe(201);
    visitDate = offer.date;
    half = offer.half;
    bookingId = booked.body.id;
  });
  afterAll(() => t.close());

  it('puts a half-day with bookings and no team on the manager’s attention list', async () => {
    const res = await teams(manager, `?from=${visitDate}&to=${visitDate}`);
    expect(res.status).toBe(200);
    const slot = (res.body as TeamListView).slots.find((s) => s.half === half)!;
    // Its booking, with the demo's own bookings of that half-day and its visits recorded without one.
    const demo = await t.dataSource.getRepository(BookingEntity).countBy({ programId, visitDate, half, status: 'confirmed' });
    const unbooked = (await t.dataSource.getRepository(SessionEntity).findBy({ programId, date: visitDate, bookingId: IsNull(), status: In(['planned', 'held']) })).filter((s) => sessionHalves(s.startTime, s.endTime).includes(half));
    expect(slot).toMatchObject({ date: visitDate, visits: demo + unbooked.length, state: 'none', cityStaffRequired: true, staff: [] });
    expect(demo).toBeGreaterThanOrEqual(1);
    // The same visits by service kind: a booking of a home is a home visit, of a facility a facility visit.
    const booked = await t.dataSource.getRepository(BookingEntity).findBy({ programId, visitDate, half, status: 'confirmed' });
    const kinds = [...booked.map((b) => (b.kind === 'home' ? 'home_visit' : 'facility_visit')), ...unbooked.map((s) => s.serviceKind)];
    const byKind = (['home_visit', 'facility_visit', 'venue_event'] as const).map((serviceKind) => ({ serviceKind, count: kinds.filter((k) => k === serviceKind).length })).filter((k) => k.count > 0);
    expect(slot.visitKinds).toEqual(byKind);
    expect(slot.visitKinds.find((k) => k.serviceKind === 'home_visit')!.count).toBeGreaterThanOrEqual(1);
    expect((res.body as TeamListView).candidates.map((c) => c.name)).toEqual(expect.arrayContaining(['受託 スタッフ', '架空 同行']));
    // Two weeks ahead and closer, it is on the manager's attention list.
    expect((await attention()).filter((a) => a.date === visitDate && a.label.includes(half === 'am' ? '午前' : '午後'))).toHaveLength(0);
    clock.set(new Date(`${addDays(visitDate, -3)}T01:00:00Z`));
    manager = await login(t, DEMO.vendorManager);
    staff = await login(t, DEMO.vendorStaff);
    other = await login(t, 'second-staff@vendor-a.example.jp', 'another-long-pass-2026');
    expect((await attention()).filter((a) => a.date === visitDate && a.label.includes(half === 'am' ? '午前' : '午後')).map((a) => a.label)).toEqual([`${Number(visitDate.slice(5, 7))}/${Number(visitDate.slice(8, 10))} ${half === 'am' ? '午前' : '午後'}の訪問にチームが編成されていません`]);
  });

  it('refuses a team that could not go out with 422, each problem on its field in Japanese', async () => {
    const one = await assign(manager, { staffIds: [ids.staff], leadId: ids.other });
    expect(one.status).toBe(422);
    expect(one.body.errors).toEqual({
      staffIds: '訪問にはスタッフを2名以上割り当ててください',
      leadId: '現場責任者はチームのスタッフから選んでください',
      cityStaff: '申請時来庁方式の訪問です。同行する市職員を入力してください',
    });
    const foreign = await assign(manager, { staffIds: [ids.staff, (await t.dataSource.getRepository(UserEntity).findOneByOrFail({ email: DEMO.otaruAdmin })).id], leadId: ids.staff, cityStaff: ['小樽 一郎'] });
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors).toEqual({ staffIds: 'この事業の受託者のスタッフから選んでください' });
    // Only the manager assigns.
    expect((await assign(staff, { staffIds: [ids.staff, ids.other], leadId: ids.staff, cityStaff: ['小樽 一郎'] })).status).toBe(403);
  });

  it('assigns the team with its lead and city staff, recorded with it; the day leaves the attention list', async () => {
    const recordsBefore = await t.dataSource.getRepository(HandlingRecordEntity).countBy({ action: 'team.assign', programId });
    const res = await assign(manager, { staffIds: [ids.other, ids.staff], leadId: ids.staff, cityStaff: ['小樽 一郎'] });
    expect(res.status).toBe(200);
    const slot = (res.body as TeamListView).slots.find((s) => s.half === half)!;
    expect(slot).toMatchObject({ state: 'complete', cityStaff: ['小樽 一郎'], problems: [] });
    expect(slot.staff).toEqual([
      { userId: ids.staff, name: '受託 スタッフ', lead: true },
      { userId: ids.other, name: '架空 同行', lead: false },
    ]);
    const recorded = await t.dataSource.getRepository(HandlingRecordEntity).find({ where: { action: 'team.assign', programId }, order: { id: 'DESC' } });
    expect(recorded).toHaveLength(recordsBefore + 1);
    expect(recorded[0]).toMatchObject({ userId: ids.manager, resourceType: 'visit_team', reason: `${visitDate} ${half === 'am' ? '午前' : '午後'}（2名）` });
    // 取扱記録 names the half-day it formed (in the program's 和暦), as it names a reservation by its number.
    const listed = await t.http.get('/api/handling-records').query({ filter: JSON.stringify({ action: 'team.assign', programId }), sort: JSON.stringify(['id', 'DESC']), range: '[0,0]' }).set('Cookie', manager);
    expect(visitDate.startsWith('2026-')).toBe(true);
    expect(listed.body[0]).toMatchObject({ resourceType: 'visit_team', target: `令和8年${Number(visitDate.slice(5, 7))}月${Number(visitDate.slice(8, 10))}日 ${half === 'am' ? '午前' : '午後'}` });
    expect((await attention()).filter((a) => a.date === visitDate && a.label.includes(half === 'am' ? '午前' : '午後'))).toHaveLength(0);

    // Re-assigning replaces the team.
    const again = await assign(manager, { staffIds: [ids.other, ids.manager], leadId: ids.manager, cityStaff: ['小樽 一郎'] });
    expect((again.body as TeamListView).slots.find((s) => s.half === half)!.staff.map((m) => [m.userId, m.lead])).toEqual([
      [ids.manager, true],
      [ids.other, false],
    ]);
  });

  it('shows staff the teams they are on, and no other', async () => {
    const mine = (await teams(other, `?from=${visitDate}&to=${visitDate}`)).body as TeamListView;
    expect(mine.slots.map((s) => [s.date, s.half, s.mine])).toEqual([[visitDate, half, true]]);
    expect(mine.slots[0].staff.map((m) => m.name)).toEqual(['受託 管理', '架空 同行']);
    expect(mine.candidates).toEqual([]);
    const notMine = (await teams(staff, `?from=${visitDate}&to=${visitDate}`)).body as TeamListView;
    expect(notMine.slots).toEqual([]);
  });

  it('opens the itinerary for the team and its manager, personal data on it and each opening recorded; others find nothing', async () => {
    const itinerary = (cookie: string) => t.http.get(`/api/programs/${programId}/itinerary?date=${visitDate}&half=${half}`).set('Cookie', cookie);
    const records = t.dataSource.getRepository(HandlingRecordEntity);
    const res = await itinerary(other);
    expect(res.status).toBe(200);
    const body = res.body as ItineraryView;
    expect(body).toMatchObject({ date: visitDate, half, personal: true, notice: expect.stringContaining('本行程表は個人情報を含みます') });
    expect(body.team).toEqual({ staff: [{ name: '受託 管理', lead: true }, { name: '架空 同行', lead: false }], cityStaff: ['小樽 一郎'] });
    expect(body.stops.map((s) => s.order)).toEqual(body.stops.map((_, i) => i + 1));
    expect([...body.stops.map((s) => s.start)].sort()).toEqual(body.stops.map((s) => s.start));
    const ours = body.stops.find((s) => s.bookingId === bookingId)!;
    expect(ours).toMatchObject({ kind: 'home', applicationTypes: ['更新'], place: { name: '架空 班一', address: expect.any(String), phone: expect.any(String) } });
    expect(ours.applicants![0]).toMatchObject({ name: '架空 班一', applicationType: '更新', identityOk: true });
    expect(ours.bring).toEqual(expect.arrayContaining(['訪問行程表（本紙）', '個人番号カード交付申請書（更新）']));
    expect(await records.findBy({ action: 'itinerary.open', userId: ids.other })).toHaveLength(1);
    expect(await records.findBy({ action: 'booking.read_personal', resourceId: bookingId, reason: '訪問行程表', userId: ids.other })).toHaveLength(1);

    expect((await itinerary(manager)).body.personal).toBe(true);
    // Staff not on the team: as if there were no itinerary, and nothing of it opened.
    const foreign = await itinerary(staff);
    expect(foreign.status).toBe(404);
    expect(JSON.stringify(foreign.body)).not.toContain('架空 班一');
    expect(await records.findBy({ action: 'itinerary.open', userId: ids.staff })).toHaveLength(0);
    expect(await records.findBy({ action: 'booking.read_personal', reason: '訪問行程表', userId: ids.staff })).toHaveLength(0);
    // Where the program asks a second factor the manager has not passed, the itinerary comes without personal data.
    await t.dataSource.getRepository(ProgramEntity).update({ id: programId }, { requireTotp: true });
    const before = await records.countBy({ action: 'booking.read_personal', reason: '訪問行程表' });
    const bare = (await itinerary(await login(t, DEMO.vendorManager))).body as ItineraryView;
    await t.dataSource.getRepository(ProgramEntity).update({ id: programId }, { requireTotp: false });
    expect(bare.personal).toBe(false);
    expect(bare.stops.every((s) => s.place === null && s.applicants === null)).toBe(true);
    expect(JSON.stringify(bare)).not.toContain('架空 班一');
    expect(await records.countBy({ action: 'booking.read_personal', reason: '訪問行程表' })).toBe(before);
    // A half-day without a team has no itinerary.
    expect((await t.http.get(`/api/programs/${programId}/itinerary?date=${addDays(visitDate, 1)}&half=${half}`).set('Cookie', manager)).status).toBe(404);
  });

  it('staffs a visit recorded without a booking too: its half-day from its times, on the attention list, on the itinerary', async () => {
    const taken = new Set((await t.dataSource.getRepository(SessionEntity).findBy({ programId })).map((s) => s.date));
    const day = eachDay(addDays(visitDate, 1), addDays(visitDate, 13)).find((d) => isWorkingDay(d) && !taken.has(d))!;
    const planned = await t.http.post('/api/sessions').set('Cookie', manager).send({ programId, date: day, serviceKind: 'facility_visit', place: '検証ホーム（架空）', method: 'on_site_acceptance', startTime: '13:30', endTime: '15:00', cityStaffPresent: true, status: 'planned', staffUserIds: [] });
    expect(planned.status).toBe(201);
    const slots = ((await teams(manager, `?from=${day}&to=${day}`)).body as TeamListView).slots;
    expect(slots.map((s) => [s.half, s.visits, s.state, s.cityStaffRequired])).toEqual([['pm', 1, 'none', true]]);
    expect((await attention()).filter((a) => a.date === day).map((a) => a.label)).toEqual([`${Number(day.slice(5, 7))}/${Number(day.slice(8, 10))} 午後の訪問にチームが編成されていません`]);
    const oneShort = await t.http.put(`/api/programs/${programId}/teams`).set('Cookie', manager).send({ date: day, half: 'pm', staffIds: [ids.staff, ids.other], leadId: ids.staff });
    expect(oneShort.body.errors).toEqual({ cityStaff: '申請時来庁方式の訪問です。同行する市職員を入力してください' });
    expect((await t.http.put(`/api/programs/${programId}/teams`).set('Cookie', manager).send({ date: day, half: 'pm', staffIds: [ids.staff, ids.other], leadId: ids.staff, cityStaff: ['小樽 二郎'] })).status).toBe(200);
    expect((await attention()).filter((a) => a.date === day)).toEqual([]);

    const itinerary = (await t.http.get(`/api/programs/${programId}/itinerary?date=${day}&half=pm`).set('Cookie', other)).body as ItineraryView;
    expect(itinerary.stops).toEqual([]);
    expect(itinerary.otherVisits).toEqual([{ sessionId: planned.body.id, kind: 'facility_visit', place: '検証ホーム（架空）', startTime: '13:30', endTime: '15:00', bring: expect.arrayContaining(['訪問行程表（本紙）']) }]);
  });
});
