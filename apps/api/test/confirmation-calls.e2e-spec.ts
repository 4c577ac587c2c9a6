import { confirmationCallDay, type ConfirmationListView } from '@outreach/domain/confirmation-calls';
import { BookingEntity } from '../src/modules/bookings/booking.entity';
import { HandlingRecordEntity } from '../src/modules/handling-records/handling-record.entity';
import { homeBooking, intake } from './support/factories';
import { createTestApp, DEMO, FixedClock, login, type TestApp } from './support/test-app';

/** 前日確認 (issue 21 item 3): the call list of a visit day, outcomes per booking, the attention list at the set hour. */
describe('confirmation calls the day before a visit', () => {
  const clock = new FixedClock(new Date('2026-09-01T01:00:00Z')); // Tue 10:00 JST
  let t: TestApp;
  let programId: string;
  let staff: string;
  let visitDate: string;
  let first: string;
  let second: string;

  const list = (cookie: string, date?: string) => t.http.get(`/api/programs/${programId}/confirmation-calls${date ? `?date=${date}` : ''}`).set('Cookie', cookie);
  const record = (cookie: string, body: object) => t.http.post(`/api/programs/${programId}/confirmation-calls`).set('Cookie', cookie).send(body);
  const row = (body: ConfirmationListView, id: string) => body.rows.find((r) => r.bookingId === id)!;
  const at = async (iso: string) => {
    clock.set(new Date(iso));
    staff = await login(t, DEMO.vendorStaff);
  };

  beforeAll(async () => {
    t = await createTestApp({ clock });
    programId = t.ids.programs.otaru;
    staff = await login(t, DEMO.vendorStaff);
    const offers = async (wishes: object) => (await t.http.post(`/api/programs/${programId}/slots/search`).set('Cookie', staff).send({ request: { kind: 'home', plannedApplications: 1, district: '中央地区', wishes } })).body.offers as Array<{ date: string; half: string; positions: string[] }>;
    const search = async (wishes: object) => (await offers(wishes))[0];
    // A day with room for both (the demo's bookings fill many days already).
    const free = await offers({});
    const offer = free.find((o) => free.filter((x) => x.date === o.date).length >= 2) ?? free[0];
    visitDate = offer.date;
    const a = await t.http.post(`/api/programs/${programId}/bookings`).set('Cookie', staff).send(homeBooking(intake({}, { name: '架空 確認一' }), { date: offer.date, half: offer.half, positions: offer.positions }));
    const same = await search({ dates: [visitDate] });
    expect(same.date).toBe(visitDate);
    const b = await t.http.post(`/api/programs/${programId}/bookings`).set('Cookie', staff).send(homeBooking(intake({ caller: { relation: 'cohabiting_family', name: '架空 長女', phone: '090-9999-0077' } }, { name: '架空 確認二' }), { date: same.date, half: same.half, positions: same.positions }));
    expect([a.status, b.status]).toEqual([201, 201]);
    first = a.body.id;
    second = b.body.id;
  });
  afterAll(() => t.close());

  it('lists the visit day’s bookings with whom to call, each showing recorded, on the working day before', async () => {
    const callDay = confirmationCallDay(visitDate);
    await at(`${callDay}T05:00:00Z`); // 14:00 JST on the call day
    const res = await list(staff, visitDate);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ date: visitDate, callDay });
    expect(row(res.body, first)).toMatchObject({ contactName: '架空 確認一', phone: '0134-99-9999', state: 'pending', overdue: false, calls: [] });
    // The caller was the daughter: she is the one to call back.
    expect(row(res.body, second)).toMatchObject({ contactName: '架空 長女', phone: '090-9999-0077', state: 'pending' });
    const shown = await t.dataSource.getRepository(HandlingRecordEntity).findBy({ action: 'booking.read_personal', resourceId: first, reason: '前日確認の連絡先表示' });
    expect(shown.length).toBe(1);

    // Without a date: the next visit day ahead, every row of it.
    const next = await list(staff);
    expect(next.body.date > callDay).toBe(true);
    expect(next.body.date <= visitDate).toBe(true);
    expect(next.body.rows.every((r: { visitDate: string }) => r.visitDate === next.body.date)).toBe(true);
  });

  it('keeps each call with its outcome: 不在, then 連絡済', async () => {
    const absent = await record(staff, { bookingId: first, outcome: 'no_answer' });
    expect(absent.status).toBe(201);
    expect(row(absent.body, first)).toMatchObject({ state: 'retry' });
    clock.set(new Date(clock.now().getTime() + 20 * 60_000)); // called again twenty minutes later
    const reached = await record(staff, { bookingId: first, outcome: 'reached' });
    expect(row(reached.body, first)).toMatchObject({ state: 'confirmed', overdue: false });
    expect(row(reached.body, first).calls.map((c) => [c.outcome, c.calledByName])).toEqual([
      ['no_answer', '受託 スタッフ'],
      ['reached', '受託 スタッフ'],
    ]);
    const recorded = await t.dataSource.getRepository(HandlingRecordEntity).findBy({ action: 'booking.confirmation_call', resourceId: first });
    expect(recorded.map((r) => r.reason).sort()).toEqual(['不在（再連絡）', '連絡済'].sort());
  });

  it('puts a booking still unconfirmed at 15:00 of the call day on the team’s attention list, not the confirmed one', async () => {
    const callDay = confirmationCallDay(visitDate);
    // The demo's own bookings of earlier days may be listed too: only this visit day's are looked at.
    const attention = async () => ((await t.http.get(`/api/programs/${programId}/dashboard`).set('Cookie', staff)).body.attention as Array<{ kind: string; label: string; date: string }>).filter((a) => a.kind === 'confirmation_call_due' && a.date === visitDate);
    const number = async (id: string) => (await t.dataSource.getRepository(BookingEntity).findOneByOrFail({ id })).receptionNumber;
    const [unconfirmed, confirmed] = [await number(second), await number(first)];
    expect(await attention()).toEqual([]); // 14:00
    await at(`${callDay}T06:30:00Z`); // 15:30 JST
    const due = await attention();
    expect(due.some((a) => a.label.includes(`受付番号${unconfirmed} に前日確認`))).toBe(true);
    expect(due.some((a) => a.label.includes(`受付番号${confirmed} に`))).toBe(false);
  });

  it('cancels the booking with the reason given on the phone, in the same request, and keeps it on the list', async () => {
    const noReason = await record(staff, { bookingId: second, outcome: 'cancelled' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors.reason).toBe('キャンセルの理由を入力してください');
    const cancelled = await record(staff, { bookingId: second, outcome: 'cancelled', reason: '入院のため訪問不要' });
    expect(cancelled.status).toBe(201);
    expect(row(cancelled.body, second)).toMatchObject({ state: 'cancelled', overdue: false });
    expect(await t.dataSource.getRepository(BookingEntity).findOneByOrFail({ id: second })).toMatchObject({ status: 'cancelled', cancelReason: '入院のため訪問不要' });
    expect(await t.dataSource.getRepository(HandlingRecordEntity).countBy({ action: 'booking.cancelled', resourceId: second })).toBe(1);
    // A cancelled booking takes no more calls.
    const again = await record(staff, { bookingId: second, outcome: 'reached' });
    expect(again.status).toBe(409);
    expect(again.body.errors.bookingId).toBe('確定している予約を選んでください');
  });

  it('is the vendor team’s: the city may not, another vendor finds nothing, another program’s booking is not found', async () => {
    expect((await list(await login(t, DEMO.otaruAdmin), visitDate)).status).toBe(403);
    expect((await list(await login(t, DEMO.vendorBManager), visitDate)).status).toBe(404);
    const foreign = await t.dataSource.getRepository(BookingEntity).findOneBy({ programId: t.ids.programs.shimonoseki });
    const other = await record(staff, { bookingId: foreign?.id ?? '00000000-0000-4000-8000-000000000000', outcome: 'reached' });
    expect(other.status).toBe(404);
    expect(other.body.message).toBe('予約が見つかりません');
  });
});
