import { In } from 'typeorm';
import { HandlingRecordEntity } from '../src/modules/handling-records/handling-record.entity';
import { UserEntity } from '../src/modules/users/user.entity';
import { SessionEntity } from '../src/modules/sessions/session.entity';
import { homeBooking, intake } from './support/factories';
import { createTestApp, DEMO, FixedClock, login, type TestApp } from './support/test-app';

/**
 * 特記事項 §15: the vendor reports its handling of personal data to the city. Every recorded act on a program's
 * data, done by each vendor role, is in the city's handling record — for the city's admin and its viewer alike.
 */
describe('the city sees its vendor’s handling of its residents’ data', () => {
  const clock = new FixedClock(new Date('2026-09-01T01:00:00Z')); // Tue 10:00 JST
  let t: TestApp;
  let programId: string;
  const done: Array<{ role: 'vendor_manager' | 'vendor_staff'; action: string; resourceId: string }> = [];

  beforeAll(async () => {
    t = await createTestApp({ clock });
    programId = t.ids.programs.otaru;
  });
  afterAll(() => t.close());

  /** One vendor user's day on the program: a booking, its slip read, a session held, a defect and an inquiry. */
  async function workAs(role: 'vendor_manager' | 'vendor_staff', email: string, district: string) {
    clock.set(new Date('2026-09-01T01:00:00Z'));
    const cookie = await login(t, email);
    const ok = <T extends { status: number; body: { id?: string } }>(res: T, status: number, action: string, id?: string): T => {
      expect({ action, status: res.status }).toEqual({ action, status });
      done.push({ role, action, resourceId: id ?? res.body.id! });
      return res;
    };
    const offer = (await t.http.post(`/api/programs/${programId}/slots/search`).set('Cookie', cookie).send({ request: { kind: 'home', plannedApplications: 1, district, wishes: {} } })).body.offers[0];
    const booking = ok(await t.http.post(`/api/programs/${programId}/bookings`).set('Cookie', cookie).send(homeBooking(intake({ district }), { date: offer.date, half: offer.half, positions: offer.positions })), 201, 'booking.create').body;
    ok(await t.http.get(`/api/bookings/${booking.id}/personal`).set('Cookie', cookie), 200, 'booking.read_personal', booking.id);
    const defect = { programId, receivedDate: '2026-09-01', category: 'photo', description: '背景に影があり再撮影が必要' };
    ok(await t.http.post('/api/defects').set('Cookie', cookie).send(defect), 201, 'defect.create');
    ok(await t.http.post('/api/inquiries').set('Cookie', cookie).send({ programId, date: '2026-09-01', channel: 'phone', category: 'inquiry', summary: '訪問の持ち物について' }), 201, 'inquiry.create');
    const session = { programId, date: '2026-09-01', serviceKind: 'home_visit', place: district, method: 'on_site_acceptance', staffUserIds: [], cityStaffPresent: true, status: 'planned' };
    const created = ok(await t.http.post('/api/sessions').set('Cookie', cookie).send(session), 201, 'session.create').body;
    ok(await t.http.put(`/api/sessions/${created.id}`).set('Cookie', cookie).send({ ...session, programId: undefined, status: 'held', unbookedReason: 'same_day_addition' }), 200, 'session.update', created.id);
    return { cookie, booking, offer };
  }

  it('puts the program’s municipality on every row about a program, whoever acted', async () => {
    const staff = await workAs('vendor_staff', DEMO.vendorStaff, '中央地区');
    const manager = await workAs('vendor_manager', DEMO.vendorManager, '南小樽地区');
    // The manager shares the week's slips, the visit is held on its day, and the personal data is deleted.
    const week = new Date(`${manager.offer.date}T00:00:00Z`);
    week.setUTCDate(week.getUTCDate() - ((week.getUTCDay() + 6) % 7));
    const shared = await t.http.post(`/api/programs/${programId}/reception-slips/share`).set('Cookie', manager.cookie).send({ weekStart: week.toISOString().slice(0, 10) });
    expect(shared.status).toBe(200);
    done.push({ role: 'vendor_manager', action: 'booking.share', resourceId: manager.booking.id });
    clock.set(new Date(`${manager.offer.date}T08:00:00Z`));
    const cookie = await login(t, DEMO.vendorManager);
    const s = await t.dataSource.getRepository(SessionEntity).findOneByOrFail({ id: manager.booking.sessionId });
    expect((await t.http.put(`/api/sessions/${s.id}`).set('Cookie', cookie).send({ date: s.date, serviceKind: 'home_visit', place: s.place, method: s.method, staffUserIds: [], cityStaffPresent: true, status: 'held' })).status).toBe(200);
    expect((await t.http.post(`/api/bookings/${manager.booking.id}/delete-personal-data`).set('Cookie', cookie)).status).toBe(200);
    done.push({ role: 'vendor_manager', action: 'booking.personal_delete', resourceId: manager.booking.id });
    const staffCookie = await login(t, DEMO.vendorStaff);
    expect((await t.http.post(`/api/bookings/${staff.booking.id}/cancel`).set('Cookie', staffCookie).send({ reason: 'ご家族の都合' })).status).toBe(200);
    done.push({ role: 'vendor_staff', action: 'booking.cancelled', resourceId: staff.booking.id });

    const rows = await t.dataSource.getRepository(HandlingRecordEntity).find({ where: { programId } });
    expect(rows.length).toBeGreaterThanOrEqual(done.length);
    expect(rows.filter((r) => r.municipalityId !== t.ids.municipalities.otaru)).toEqual([]);
  });

  it.each([
    ['city admin', DEMO.otaruAdmin],
    ['city viewer', DEMO.otaruViewer],
  ])('shows the %s every one of those acts, by vendor role', async (_who, email) => {
    const city = await login(t, email);
    const res = await t.http.get('/api/handling-records').query({ filter: JSON.stringify({ programId }), range: '[0,999]' }).set('Cookie', city);
    expect(res.status).toBe(200);
    const seen = new Set(res.body.map((r: { role: string; action: string; resourceId: string }) => `${r.role} ${r.action} ${r.resourceId}`));
    const missing = done.filter((d) => !seen.has(`${d.role} ${d.action} ${d.resourceId}`));
    expect(missing).toEqual([]);
    for (const role of ['vendor_manager', 'vendor_staff']) {
      expect(done.filter((d) => d.role === role).length).toBeGreaterThanOrEqual(6);
    }
    // Another city sees none of it.
    const other = await t.http.get('/api/handling-records').query({ filter: JSON.stringify({ programId }) }).set('Cookie', await login(t, DEMO.shimonosekiAdmin));
    expect(other.body).toEqual([]);
  });

  it('offers everyone who acted in the rows one reads as the 操作者 filter: the city sees its vendor’s staff, the vendor its own people, nobody another city’s', async () => {
    const rows = t.dataSource.getRepository(HandlingRecordEntity);
    const users = t.dataSource.getRepository(UserEntity);
    const namesOf = async (where: { municipalityId: string } | { organizationId: string }) => {
      const ids = [...new Set((await rows.findBy(where)).map((r) => r.userId).filter((id): id is string => !!id))];
      return (await users.findBy({ id: In(ids) })).map((u) => u.name).sort();
    };
    const actors = async (email: string) => {
      const res = await t.http.get('/api/handling-records/actors').set('Cookie', await login(t, email));
      expect(res.status).toBe(200);
      return res.body as Array<{ id: string; name: string }>;
    };
    const city = await namesOf({ municipalityId: t.ids.municipalities.otaru });
    expect(city).toEqual(expect.arrayContaining(['受託 スタッフ', '受託 管理']));
    for (const email of [DEMO.otaruAdmin, DEMO.otaruViewer]) expect((await actors(email)).map((a) => a.name).sort()).toEqual(city);
    const vendorA = (await users.findOneByOrFail({ email: DEMO.vendorManager })).organizationId;
    const own = await actors(DEMO.vendorManager);
    expect(own.map((a) => a.name).sort()).toEqual(await namesOf({ organizationId: vendorA }));
    expect((await users.findBy({ id: In(own.map((a) => a.id)) })).every((u) => u.organizationId === vendorA)).toBe(true);
    expect((await actors(DEMO.shimonosekiAdmin)).map((a) => a.name)).not.toEqual(expect.arrayContaining(['受託 スタッフ']));
    // Chosen, it filters the list to that person's rows.
    const staff = (await actors(DEMO.otaruViewer)).find((a) => a.name === '受託 スタッフ')!;
    const filtered = await t.http.get('/api/handling-records').query({ filter: JSON.stringify({ userId: staff.id }), range: '[0,999]' }).set('Cookie', await login(t, DEMO.otaruViewer));
    expect(filtered.body.length).toBeGreaterThan(0);
    expect(filtered.body.every((r: { userName: string }) => r.userName === '受託 スタッフ')).toBe(true);
    // Staff do not read the record.
    expect((await t.http.get('/api/handling-records/actors').set('Cookie', await login(t, DEMO.vendorStaff))).status).toBe(403);
  });
});
