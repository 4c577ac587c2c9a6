import { BookingPersonalService } from '../src/modules/booking-personal/booking-personal.service';
import { BookingEntity } from '../src/modules/bookings/booking.entity';
import { BookingSearchTokenEntity } from '../src/modules/booking-personal/booking-search-token.entity';
import { HandlingRecordEntity } from '../src/modules/handling-records/handling-record.entity';
import { homeBooking, intake } from './support/factories';
import { DEMO, FixedClock, login, openDemo, type TestApp } from './support/test-app';

/**
 * Issue 17 item 4: a resident who calls to change a booking is found by their own or their caller's name, kana or
 * phone — through keyed hashes only, each search and each name shown recorded, and nothing left once the personal
 * data is deleted.
 */
describe('finding a booking by name, kana or phone', () => {
  const clock = new FixedClock(new Date('2026-09-01T01:00:00Z')); // Tue 10:00 JST
  let t: TestApp;
  let programId: string;
  let cookies: Record<'staff' | 'manager' | 'city', string>;
  let bookingId: string;

  const find = (cookie: string, q: string) => t.http.post(`/api/programs/${programId}/bookings/search`).set('Cookie', cookie).send({ q });
  const found = async (q: string) => ((await find(cookies.staff, q)).body as Array<{ booking: { id: string }; callerName: string | null }>).map((r) => r.booking.id);

  beforeAll(async () => {
    ({ t, programId, cookies } = await openDemo({ clock }, { staff: DEMO.vendorStaff, manager: DEMO.vendorManager, city: DEMO.otaruAdmin }));
    const offer = (await t.http.post(`/api/programs/${programId}/slots/search`).set('Cookie', cookies.staff).send({ request: { kind: 'home', plannedApplications: 2, district: '中央地区', wishes: {} } })).body.offers[0];
    const household = intake(
      {
        caller: { relation: 'cohabiting_family', name: '見本 花枝', relationDetail: '娘', phone: '090-9999-0042' },
        applicants: [intake().applicants[0], { ...intake().applicants[0], name: '見本 久作', kana: 'ミホン キュウサク', phone: '0134-99-0042', applicationType: 'new', identityDocuments: ['drivers_license'] }],
      },
    );
    const booked = await t.http.post(`/api/programs/${programId}/bookings`).set('Cookie', cookies.staff).send(homeBooking(household, { date: offer.date, half: offer.half, positions: offer.positions }));
    expect(booked.status).toBe(201);
    bookingId = booked.body.id;
  });
  afterAll(() => t.close());

  it('finds it by the full phone however it is written, by kana in hiragana or katakana, and by the name, with the caller’s name', async () => {
    for (const q of ['0134990042', '０１３４－９９－００４２', '090 9999 0042', 'みほん きゅうさく', 'ﾐﾎﾝｷｭｳｻｸ', '見本久作', '見本 花枝']) expect(await found(q)).toEqual([bookingId]);
    const [hit] = (await find(cookies.staff, '0134-99-0042')).body;
    expect(hit.callerName).toBe('見本 花枝');
    expect(hit.booking.receptionNumber).toBeGreaterThan(0);
    expect(await found('ミホン')).toEqual([]); // a part of a kana is not a match: only whole values are hashed
    expect(await found('見本 無名')).toEqual([]);
  });

  it('refuses a part of a phone number with the field’s message, and the demo bookings are found too', async () => {
    const partial = await find(cookies.staff, '0042');
    expect(partial.status).toBe(400);
    expect(partial.body.errors.q).toBe('電話番号は市外局番から全桁（10桁または11桁）で入力してください');
    expect((await found('かめい はなこ')).length + (await found('かくう いちろう')).length).toBeGreaterThan(0);
  });

  it('stores keyed hashes only: no name, kana or phone in the table, and each search is recorded without its term', async () => {
    const tokens = await t.dataSource.getRepository(BookingSearchTokenEntity).findBy({ bookingId });
    expect(tokens.length).toBe(8); // the caller's name and phone; each applicant's name, kana and phone
    const raw = JSON.stringify(tokens);
    for (const clear of ['見本', 'ミホン', '久作', '0134990042', '09099990042', '花枝']) expect(raw).not.toContain(clear);

    const before = await t.dataSource.getRepository(HandlingRecordEntity).count();
    expect(await found('0134-99-0042')).toEqual([bookingId]);
    const rows = (await t.dataSource.getRepository(HandlingRecordEntity).find({ order: { id: 'ASC' } })).slice(before);
    expect(rows.map((r) => [r.action, r.reason])).toEqual([
      ['booking.search', '電話番号で予約を検索（1件）'],
      ['booking.read_personal', '検索結果での氏名表示'],
    ]);
    expect(rows[1].resourceId).toBe(bookingId);
    // Ids are random UUIDs and may hold "0042" by chance: only the rest of each row is searched for the term.
    const withoutIds = JSON.stringify(rows).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>');
    expect(withoutIds).not.toMatch(/0042|見本|久作/);
  });

  it('names the callers of the bookings a list shows, each recorded; the city sees only slips shared with it', async () => {
    const names = (await t.http.post(`/api/programs/${programId}/bookings/caller-names`).set('Cookie', cookies.staff).send({ ids: [bookingId] })).body;
    expect(names).toEqual([{ bookingId, callerName: '見本 花枝' }]);
    const records = await t.dataSource.getRepository(HandlingRecordEntity).findBy({ action: 'booking.read_personal', resourceId: bookingId, reason: '予約一覧での氏名表示' });
    expect(records).toHaveLength(1);
    expect((await t.http.post(`/api/programs/${programId}/bookings/caller-names`).set('Cookie', cookies.city).send({ ids: [bookingId] })).body).toEqual([]);
    expect((await find(cookies.city, '0134-99-0042')).body).toEqual([]);
  });

  it('removes the hashes with the personal data: after the deletion nothing finds the booking', async () => {
    expect((await t.http.post(`/api/bookings/${bookingId}/cancel`).set('Cookie', cookies.staff).send({ reason: '家族の都合' })).status).toBe(200);
    const cancelled = await t.dataSource.getRepository(BookingEntity).findOneByOrFail({ id: bookingId });
    clock.set(new Date(cancelled.updatedAt.getTime() + 31 * 86400_000)); // more than 30 days after the cancellation
    expect(await t.app.get(BookingPersonalService).purgeDue()).toBeGreaterThanOrEqual(1);
    expect(await t.dataSource.getRepository(BookingSearchTokenEntity).countBy({ bookingId })).toBe(0);
    const staff = await login(t, DEMO.vendorStaff); // the jump ended the sessions
    expect((await find(staff, '0134-99-0042')).body).toEqual([]);
  });
});
