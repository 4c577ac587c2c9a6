import { BookingPersonalEntity } from '../src/modules/booking-personal/booking-personal.entity';
import { BookingEntity } from '../src/modules/bookings/booking.entity';
import { BookingPersonalService } from '../src/modules/booking-personal/booking-personal.service';
import { HandlingRecordEntity } from '../src/modules/handling-records/handling-record.entity';
import { SessionEntity } from '../src/modules/sessions/session.entity';
import { binary, readWorkbook } from './support/binary';
import { homeBooking, intake } from './support/factories';
import { type Cookies, DEMO, FixedClock, login, loginAll, openDemo, OTARU_DESK, type TestApp } from './support/test-app';

describe('booking home and facility visits', () => {
  const clock = new FixedClock(new Date('2026-09-01T01:00:00Z')); // Tue 10:00 JST
  let t: TestApp;
  let cookies: Cookies<typeof OTARU_DESK>;
  let programId: string;

  const search = (cookie: string, request: object, overrides?: object) => t.http.post(`/api/programs/${programId}/slots/search`).set('Cookie', cookie).send({ request, overrides });
  const book = (cookie: string, body: object) => t.http.post(`/api/programs/${programId}/bookings`).set('Cookie', cookie).send(body);

  beforeAll(async () => {
    ({ t, programId, cookies } = await openDemo({ clock }, OTARU_DESK));
  });
  afterAll(() => t.close());

  it("reads the program's guidance: pick-up items only where the card is picked up later (申請サポート), as the city set them", async () => {
    const homeOffer = async () => (await search(cookies.staff, { kind: 'home', plannedApplications: 1, district: '中央地区' })).body.offers[0];
    let offer = await homeOffer();
    // Otaru's homes are 出張申請受付: the card comes by post, there is nothing to pick up.
    const refused = await book(cookies.staff, { type: 'home', intake: intake(), choice: { date: offer.date, half: offer.half, positions: offer.positions }, guidanceGiven: ['pick_up'] });
    expect(refused.status).toBe(422);
    expect(refused.body.errors.guidanceGiven).toContain('pick_up');

    const current = (await t.http.get(`/api/programs/${programId}`).set('Cookie', cookies.city)).body;
    const support = { ...current, methods: { ...current.methods, home_visit: 'application_support' }, guidance: { ...current.guidance, proxyPickUp: '代理人は委任欄を記入した交付通知書を持参' } };
    expect((await t.http.put(`/api/programs/${programId}`).set('Cookie', cookies.city).send(support)).status).toBe(200);
    try {
      offer = await homeOffer();
      const onSite = homeBooking(intake(), { date: offer.date, half: offer.half, positions: offer.positions });
      const res = await book(cookies.staff, { ...onSite, guidanceGiven: [...onSite.guidanceGiven, 'pick_up', 'proxy_pick_up'] });
      expect(res.status).toBe(201);
      const personal = (await t.http.get(`/api/bookings/${res.body.id}/personal`).set('Cookie', cookies.staff)).body;
      const proxy = personal.guidance.find((g: { id: string }) => g.id === 'proxy_pick_up');
      expect(proxy).toEqual({ id: 'proxy_pick_up', text: '代理人による受け取りについて案内する：代理人は委任欄を記入した交付通知書を持参', given: true });
    } finally {
      expect((await t.http.put(`/api/programs/${programId}`).set('Cookie', cookies.city).send(current)).status).toBe(200);
    }
  });

  it('offers Tuesday-afternoon slots first, at least two weeks ahead, with their time windows', async () => {
    const res = await search(cookies.staff, { kind: 'home', plannedApplications: 1, district: '中央地区', wishes: { weekdays: [2], halves: ['pm'] } });
    expect(res.status).toBe(200);
    const [best] = res.body.offers;
    expect(best.matchesWishes).toBe(true);
    expect(new Date(`${best.date}T00:00:00Z`).getUTCDay()).toBe(2);
    expect(best.half).toBe('pm');
    expect(best.date >= '2026-09-15').toBe(true);
    expect(best.window.label).toMatch(/14:00頃|14:30〜15:30/);
    // Inside the notice: the demo's bookings fill those days, but the slot a household gave back is refused for the notice.
    const early = await search(cookies.staff, { kind: 'home', plannedApplications: 1, district: '中央地区', wishes: { from: '2026-09-02', to: '2026-09-14' } });
    expect(early.body.excluded.some((e: { reason: string }) => e.reason.includes('14日'))).toBe(true);
  });

  it('books a slot with a new reception number, the guidance given, a planned session and the call it came in', async () => {
    const call = await t.http.post('/api/calls').set('Cookie', cookies.staff).send({ programId, category: 'booking', outcome: 'booked' });
    const offer = (await search(cookies.staff, { kind: 'home', plannedApplications: 1, district: '中央地区', wishes: { weekdays: [2], halves: ['pm'] } })).body.offers[0];
    const before = await t.dataSource.getRepository(BookingEntity).count({ where: { programId } });
    const res = await book(cookies.staff, homeBooking(intake(), { date: offer.date, half: offer.half, positions: offer.positions }, { callId: call.body.id }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'confirmed', visitDate: offer.date, receptionNumber: before + 1, callId: call.body.id, guidanceGiven: ['renewal_old_card', 'renewal_eligibility_certificate', 'validity'] });
    expect(res.body).not.toHaveProperty('applicants.0.name');
    const session = await t.dataSource.getRepository(SessionEntity).findOneByOrFail({ id: res.body.sessionId });
    expect(session).toMatchObject({ status: 'planned', date: offer.date, serviceKind: 'home_visit', place: '中央地区', bookingId: res.body.id });
    expect((await t.http.get(`/api/calls/${call.body.id}`).set('Cookie', cookies.staff)).body.bookingId).toBe(res.body.id);

    // Personal data is encrypted at rest and only readable through the recorded route.
    const raw = await t.dataSource.getRepository(BookingPersonalEntity).findOneByOrFail({ bookingId: res.body.id });
    expect(raw.data).not.toContain('架空 太郎');
    expect(raw.data).not.toContain('車いす');
    const personal = await t.http.get(`/api/bookings/${res.body.id}/personal`).set('Cookie', cookies.staff);
    expect(personal.body.intake.applicants[0]).toMatchObject({ name: '架空 太郎', outingDifficulty: '車いす利用のため外出が難しい' });
    expect(personal.body.guidance.map((g: { id: string; given: boolean }) => [g.id, g.given])).toEqual([
      ['renewal_old_card', true],
      ['renewal_eligibility_certificate', true],
      ['validity', true], // the program's guidance: a renewal hears how long the new card is valid
    ]);
    const read = await t.dataSource.getRepository(HandlingRecordEntity).findOneBy({ action: 'booking.read_personal', resourceId: res.body.id });
    expect(read).toMatchObject({ userId: t.ids.users[DEMO.vendorStaff], programId });
  });

  it('takes no booking, home or facility, where the program is set to book none: 422 on the program, nothing written', async () => {
    const offer = (await search(cookies.staff, { kind: 'home', plannedApplications: 1, district: '中央地区' })).body.offers[0];
    const current = (await t.http.get(`/api/programs/${programId}`).set('Cookie', cookies.city)).body;
    expect(current.takesBookings).toBe(true);
    const off = await t.http.put(`/api/programs/${programId}`).set('Cookie', cookies.city).send({ ...current, takesBookings: false });
    expect(off.status).toBe(200);
    expect(off.body.takesBookings).toBe(false);
    const message = 'この事業はコールセンターで訪問の予約を受け付けない設定です';
    try {
      const counts = async () => [await t.dataSource.getRepository(BookingEntity).count({ where: { programId } }), await t.dataSource.getRepository(BookingPersonalEntity).count(), await t.dataSource.getRepository(SessionEntity).count({ where: { programId } })];
      const before = await counts();
      const searched = await search(cookies.staff, { kind: 'home', plannedApplications: 1, district: '中央地区' });
      expect(searched.status).toBe(422);
      expect(searched.body.errors).toEqual({ programId: message });
      const home = await book(cookies.staff, homeBooking(intake(), { date: offer.date, half: offer.half, positions: offer.positions }));
      expect(home.status).toBe(422);
      expect(home.body.errors.programId).toBe(message);
      const facility = await book(cookies.manager, {
        type: 'facility',
        request: { facilityName: '架空ホーム かえで', facilityType: 'グループホーム', address: '小樽市架空町3-3', phone: '0134-00-3333', contactName: '架空 主任', estimatedApplicants: 9, district: '中央地区' },
      });
      expect(facility.status).toBe(422);
      expect(await counts()).toEqual(before);
    } finally {
      expect((await t.http.put(`/api/programs/${programId}`).set('Cookie', cookies.city).send(current)).status).toBe(200);
    }
    expect((await search(cookies.staff, { kind: 'home', plannedApplications: 1, district: '中央地区' })).status).toBe(200);
  });

  it('answers a taken slot with 409 and fresh alternatives', async () => {
    const offer = (await search(cookies.staff, { kind: 'home', plannedApplications: 6, district: '中央地区', wishes: {} })).body.offers[0];
    const choice = { date: offer.date, half: offer.half, positions: offer.positions };
    expect(offer.positions.length).toBeGreaterThanOrEqual(2); // a 6-person household takes the whole half-day
    const six = Array.from({ length: 6 }, (_, i) => ({ ...intake().applicants[0], name: `架空 ${i}郎`, ...(i > 0 ? { relation: 'cohabiting_family' } : {}), applicationType: 'new', identityDocuments: ['drivers_license'] }));
    expect((await book(cookies.staff, homeBooking(intake({ applicants: six }), choice))).status).toBe(201);
    const again = await book(cookies.staff, homeBooking(intake(), { ...choice, positions: [offer.positions[0]] }));
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('この枠は直前に予約されました');
    expect(again.body.alternatives.length).toBeGreaterThan(0);
  });

  it('lets only a manager override the lead time, with a recorded reason', async () => {
    const near = { kind: 'home', plannedApplications: 1, district: '中央地区', wishes: { from: '2026-09-02', to: '2026-09-11' } };
    expect((await search(cookies.staff, near, { leadTime: true, reason: '急ぎ' })).status).toBe(403);
    const res = await search(cookies.manager, near, { leadTime: true, reason: '入院前のため急ぎ' });
    const offer = res.body.offers.find((o: { date: string }) => o.date < '2026-09-15');
    expect(offer).toBeDefined();
    expect(offer.warnings.join()).toContain('管理者承認');
    const staffTry = await book(cookies.staff, homeBooking(intake(), { date: offer.date, half: offer.half, positions: offer.positions }));
    expect(staffTry.status).toBe(422);
    expect(staffTry.body.errors.choice).toContain('14日');
    const booked = await book(cookies.manager, homeBooking(intake(), { date: offer.date, half: offer.half, positions: offer.positions }, { overrides: { leadTime: true, reason: '入院前のため急ぎ' } }));
    expect(booked.status).toBe(201);
    expect(booked.body.overrideReason).toBe('入院前のため急ぎ');
  });

  it('confirms a visit only with the guidance read out and valid identity documents, unless a manager overrides with a reason (issue 21 item 5)', async () => {
    const offer = (await search(cookies.staff, { kind: 'home', plannedApplications: 1, district: '中央地区', wishes: {} })).body.offers[0];
    const choice = { date: offer.date, half: offer.half, positions: offer.positions };
    const lostCard = intake({}, { name: '架空 紛失', applicationType: 'lost', identityDocuments: ['my_number_card'] });
    const count = () => t.dataSource.getRepository(BookingEntity).count({ where: { programId } });
    const before = await count();

    // A lost card booked silently: nothing read out, and the suspended card is no proof of identity.
    const silent = await book(cookies.staff, { type: 'home', intake: lostCard, choice });
    expect(silent.status).toBe(422);
    expect(silent.body.message).toBe('案内と本人確認書類を確認してから予約を確定してください');
    expect(silent.body.errors.guidanceGiven).toMatch(/^読み上げていない案内が\d+件あります/);
    expect(silent.body.errors['intake.applicants.0.identityDocuments']).toBe('A欄から1点、またはB欄から2点が必要です');
    // Every item read out is not enough while the documents fall short.
    const read = await book(cookies.staff, homeBooking(lostCard, choice));
    expect(read.status).toBe(422);
    expect(Object.keys(read.body.errors)).toEqual(['intake.applicants.0.identityDocuments']);
    expect(await count()).toBe(before);

    // Only a manager may set the requirements aside, and only with a reason, which is recorded.
    expect((await book(cookies.staff, homeBooking(lostCard, choice, { overrides: { requirements: true, reason: '書類は訪問時に確認' } }))).status).toBe(403);
    const noReason = await book(cookies.manager, homeBooking(lostCard, choice, { overrides: { requirements: true } }));
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors['overrides.reason']).toBe('管理者承認の理由を入力してください');
    const overridden = await book(cookies.manager, homeBooking(lostCard, choice, { overrides: { requirements: true, reason: '警察への届出後に書類を用意すると本人から聞き取り' } }));
    expect(overridden.status).toBe(201);
    expect(overridden.body.overrideReason).toBe('警察への届出後に書類を用意すると本人から聞き取り');
    const recorded = await t.dataSource.getRepository(HandlingRecordEntity).findOneByOrFail({ action: 'booking.create', resourceId: overridden.body.id });
    expect(recorded.reason).toBe('警察への届出後に書類を用意すると本人から聞き取り');

    // With a driver's licence and every item read out, the operator books it without anyone's exception.
    const next = (await search(cookies.staff, { kind: 'home', plannedApplications: 1, district: '中央地区', wishes: {} })).body.offers[0];
    const valid = await book(cookies.staff, homeBooking(intake({}, { applicationType: 'lost', identityDocuments: ['drivers_license'] }), { date: next.date, half: next.half, positions: next.positions }));
    expect(valid.status).toBe(201);
    expect(valid.body.overrideReason).toBeNull();
  });

  it('reschedules keeping the number, and cancelling frees the slot', async () => {
    const first = (await search(cookies.staff, { kind: 'home', plannedApplications: 1, district: '北部地区', wishes: {} })).body.offers[0];
    const booked = await book(cookies.staff, homeBooking(intake({ district: '北部地区' }), { date: first.date, half: first.half, positions: first.positions }));
    const later = (await search(cookies.staff, { kind: 'home', plannedApplications: 1, district: '北部地区', wishes: { from: '2026-10-20' } })).body.offers[0];
    const moved = await t.http.post(`/api/bookings/${booked.body.id}/place`).set('Cookie', cookies.staff).send({ choice: { date: later.date, half: later.half, positions: later.positions } });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ receptionNumber: booked.body.receptionNumber, visitDate: later.date });
    expect((await t.dataSource.getRepository(SessionEntity).findOneByOrFail({ id: booked.body.sessionId })).date).toBe(later.date);
    const cancelled = await t.http.post(`/api/bookings/${booked.body.id}/cancel`).set('Cookie', cookies.staff).send({ reason: '入院のため' });
    expect(cancelled.body.status).toBe('cancelled');
    const again = await search(cookies.staff, { kind: 'home', plannedApplications: 1, district: '北部地区', wishes: { dates: [later.date], halves: [later.half] } });
    expect(again.body.offers.some((o: { date: string; position: string }) => o.date === later.date && o.position === later.position)).toBe(true);
  });

  it('closes a booking once when a cancel and a no-show race: one answer wins, one event and one record', async () => {
    const offer = (await search(cookies.staff, { kind: 'home', plannedApplications: 1, district: '北部地区', wishes: {} })).body.offers[0];
    const booked = (await book(cookies.staff, homeBooking(intake({ district: '北部地区' }), { date: offer.date, half: offer.half, positions: offer.positions }))).body;
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => t.http.post(`/api/bookings/${booked.id}/${i % 2 ? 'no-show' : 'cancel'}`).set('Cookie', cookies.staff).send({ reason: '都合により' })),
    );
    expect(answers.filter((r) => r.status === 200)).toHaveLength(1);
    expect(answers.filter((r) => r.status !== 200).every((r) => [409, 422].includes(r.status) && typeof r.body.message === 'string')).toBe(true);
    const records = await t.dataSource.getRepository(HandlingRecordEntity).findBy({ resourceId: booked.id });
    expect(records.filter((r) => r.action === 'booking.cancelled' || r.action === 'booking.no_show')).toHaveLength(1);
  });

  it('records a facility request as tentative until the manager confirms it into a facility slot', async () => {
    const req = await book(cookies.staff, {
      type: 'facility',
      request: { facilityName: '架空ホーム さくら', facilityType: '特別養護老人ホーム', address: '小樽市架空町1-1', phone: '0134-00-1111', contactName: '架空 施設長', estimatedApplicants: 12, district: '中央地区' },
    });
    expect(req.status).toBe(201);
    expect(req.body).toMatchObject({ status: 'tentative', kind: 'facility', visitDate: null });
    const offer = (await search(cookies.manager, { kind: 'facility', plannedApplications: 12, district: '中央地区', wishes: {} })).body.offers[0];
    expect(offer.date >= '2026-10-01').toBe(true); // a month ahead for 6+ applicants
    expect((await t.http.post(`/api/bookings/${req.body.id}/place`).set('Cookie', cookies.staff).send({ choice: { date: offer.date, half: offer.half, positions: offer.positions } })).status).toBe(403);
    const confirmed = await t.http.post(`/api/bookings/${req.body.id}/place`).set('Cookie', cookies.manager).send({ choice: { date: offer.date, half: offer.half, positions: offer.positions } });
    expect(confirmed.body).toMatchObject({ status: 'confirmed', visitDate: offer.date });
    expect((await t.dataSource.getRepository(SessionEntity).findOneByOrFail({ id: confirmed.body.sessionId })).place).toBe('架空ホーム さくら');
  });

  it('counts a facility request\'s month of notice from the call, not from the day the manager confirms it (003 §8(2)オ)', async () => {
    const request = { facilityName: '架空ホーム つばき', facilityType: 'グループホーム', address: '小樽市架空町2-2', phone: '0134-00-2222', contactName: '架空 主任', estimatedApplicants: 8, district: '中央地区' };
    const req = await book(cookies.staff, { type: 'facility', request });
    expect(req.body).toMatchObject({ status: 'tentative', receivedDate: '2026-09-01' });
    // The call came a month before today's confirmation (sessions expire if the clock moves, so the call moves).
    await t.dataSource.getRepository(BookingEntity).update({ id: req.body.id }, { receivedDate: '2026-08-01' });
    const facilityRequest = { kind: 'facility', plannedApplications: 8, district: '中央地区', wishes: {} };
    const asToday = (await search(cookies.manager, facilityRequest)).body.offers as Array<{ date: string; half: string; positions: string[] }>;
    const received = await t.http.post(`/api/programs/${programId}/slots/search`).set('Cookie', cookies.manager).send({ request: facilityRequest, receivedOn: '2026-08-01' });
    expect(received.status).toBe(200);
    // Tomorrow's facility day is 32 days after the call: offered for this request, not for a call taken today.
    const early = (received.body.offers as typeof asToday).find((o) => o.date === '2026-09-02');
    expect(early).toBeDefined();
    expect(asToday.some((o) => o.date === '2026-09-02')).toBe(false);
    const confirmed = await t.http.post(`/api/bookings/${req.body.id}/place`).set('Cookie', cookies.manager).send({ choice: { date: early!.date, half: early!.half, positions: early!.positions } });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ status: 'confirmed', visitDate: early!.date, overrideReason: null });
  });

  it('shares a week of slips with the city, deletes the personal data once visited, and keeps the reception list row', async () => {
    const offer = (await search(cookies.staff, { kind: 'home', plannedApplications: 1, district: '南小樽地区', wishes: {} })).body.offers[0];
    const booked = (await book(cookies.staff, homeBooking(intake({ district: '南小樽地区' }), { date: offer.date, half: offer.half, positions: offer.positions }))).body;
    expect((await t.http.get(`/api/bookings/${booked.id}/personal`).set('Cookie', cookies.city)).status).toBe(403); // not shared yet
    const week = new Date(`${offer.date}T00:00:00Z`);
    week.setUTCDate(week.getUTCDate() - ((week.getUTCDay() + 6) % 7));
    const shared = await t.http.post(`/api/programs/${programId}/reception-slips/share`).set('Cookie', cookies.manager).send({ weekStart: week.toISOString().slice(0, 10) });
    expect(shared.body.map((b: { id: string }) => b.id)).toContain(booked.id);
    expect((await t.http.get(`/api/bookings/${booked.id}/personal`).set('Cookie', cookies.city)).status).toBe(200);
    expect((await t.http.get(`/api/bookings/${booked.id}/personal`).set('Cookie', await login(t, DEMO.otaruViewer))).status).toBe(200);

    // Before the visit day the session cannot be held, so the booking cannot become visited nor its data deletable.
    const early = await t.dataSource.getRepository(SessionEntity).findOneByOrFail({ id: booked.sessionId });
    const tooEarly = await t.http.put(`/api/sessions/${early.id}`).set('Cookie', cookies.staff).send({ date: early.date, serviceKind: 'home_visit', place: early.place, method: early.method, staffUserIds: [], cityStaffPresent: true, status: 'held' });
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.body.errors.status).toContain('より前に「実施済み」にはできません');
    expect((await t.http.get(`/api/bookings/${booked.id}`).set('Cookie', cookies.staff)).body.status).toBe('confirmed');
    expect((await t.http.post(`/api/bookings/${booked.id}/delete-personal-data`).set('Cookie', cookies.manager)).status).toBe(422);

    clock.set(new Date(`${offer.date}T08:00:00Z`));
    cookies = await loginAll(t, OTARU_DESK);
    const session = await t.dataSource.getRepository(SessionEntity).findOneByOrFail({ id: booked.sessionId });
    const held = await t.http.put(`/api/sessions/${session.id}`).set('Cookie', cookies.staff).send({ date: session.date, serviceKind: 'home_visit', place: session.place, method: session.method, staffUserIds: [], cityStaffPresent: true, status: 'held' });
    expect(held.status).toBe(200);
    expect((await t.http.get(`/api/bookings/${booked.id}`).set('Cookie', cookies.staff)).body).toMatchObject({ status: 'visited', visitFinishedDate: offer.date });

    const purged = await t.app.get(BookingPersonalService).purgeDue();
    expect(purged).toBeGreaterThanOrEqual(1);
    expect(await t.dataSource.getRepository(BookingPersonalEntity).findOneBy({ bookingId: booked.id })).toBeNull();
    expect((await t.http.get(`/api/bookings/${booked.id}/personal`).set('Cookie', cookies.staff)).status).toBe(404);
    const list = (await t.http.get(`/api/programs/${programId}/reception-list`).set('Cookie', cookies.city)).body;
    const row = list.find((r: { receptionNumber: number }) => r.receptionNumber === booked.receptionNumber);
    expect(row).toMatchObject({ visitDate: offer.date, plannedApplications: 1, visitFinishedDate: offer.date, personalDataDeletedDate: offer.date });
    expect(row.sharedWithCityDate).toBe('2026-09-01');
    const deletion = await t.dataSource.getRepository(HandlingRecordEntity).findOneBy({ action: 'booking.personal_delete', resourceId: booked.id });
    expect(deletion?.reason).toBe('利用目的の終了による自動削除（訪問完了・受付票の市への共有後）');
    const ledger = (await t.http.get(`/api/programs/${programId}/personal-data-deletions`).set('Cookie', cookies.city)).body;
    expect(ledger.find((r: { bookingId: string }) => r.bookingId === booked.id)).toMatchObject({ receptionNumber: booked.receptionNumber, deletedBy: null, rule: 'visited_shared', ruleLabel: '訪問完了・受付票の市への共有後' });

    // The same list as Excel, read back: the row with its dates in 和暦, the deletion date included.
    const xlsx = await t.http.get(`/api/programs/${programId}/reports/reception-list.xlsx`).set('Cookie', cookies.city).buffer(true).parse(binary);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain(encodeURIComponent('受付一覧表'));
    const ws = (await readWorkbook(xlsx.body)).getWorksheet('受付一覧表')!;
    let header = 0;
    ws.eachRow((r, i) => {
      if (r.getCell(1).value === '受付番号') header = i;
    });
    expect(ws.getRow(header).values).toEqual([undefined, '受付番号', '受付日', '訪問日', '申請予定件数', '市への共有日', '訪問完了日', '個人情報削除日']);
    const excelRow = ws.getRow(header + list.findIndex((r: { receptionNumber: number }) => r.receptionNumber === booked.receptionNumber) + 1);
    expect(excelRow.getCell(1).value).toBe(booked.receptionNumber);
    expect(String(excelRow.getCell(7).value)).toMatch(/^令和8年/);
  });

  it('puts personal data still held after its deletion date on the attention list of the vendor and the city', async () => {
    const offer = (await search(cookies.staff, { kind: 'home', plannedApplications: 1, district: '中央地区', wishes: {} })).body.offers[0];
    const booked = (await book(cookies.staff, homeBooking(intake(), { date: offer.date, half: offer.half, positions: offer.positions }))).body;
    const week = new Date(`${offer.date}T00:00:00Z`);
    week.setUTCDate(week.getUTCDate() - ((week.getUTCDay() + 6) % 7));
    await t.http.post(`/api/programs/${programId}/reception-slips/share`).set('Cookie', cookies.manager).send({ weekStart: week.toISOString().slice(0, 10) });
    clock.set(new Date(`${offer.date}T08:00:00Z`));
    cookies.staff = await login(t, DEMO.vendorStaff);
    const session = await t.dataSource.getRepository(SessionEntity).findOneByOrFail({ id: booked.sessionId });
    await t.http.put(`/api/sessions/${session.id}`).set('Cookie', cookies.staff).send({ date: session.date, serviceKind: 'home_visit', place: session.place, method: session.method, staffUserIds: [], cityStaffPresent: true, status: 'held' });
    clock.set(new Date(new Date(`${offer.date}T08:00:00Z`).getTime() + 8 * 86400_000)); // the sweep did not run for 8 days
    cookies = await loginAll(t, OTARU_DESK);
    for (const cookie of [cookies.manager, cookies.city]) {
      const attention = (await t.http.get(`/api/programs/${programId}/dashboard`).set('Cookie', cookie)).body.attention;
      expect(attention).toContainEqual(expect.objectContaining({ kind: 'personal_data_overdue', resource: 'bookings', id: booked.id, label: expect.stringContaining(`受付番号${booked.receptionNumber} の個人情報が削除期限`) }));
    }
    await t.app.get(BookingPersonalService).purgeDue();
    const after = (await t.http.get(`/api/programs/${programId}/dashboard`).set('Cookie', cookies.city)).body.attention;
    expect(after.filter((a: { kind: string }) => a.kind === 'personal_data_overdue')).toEqual([]);
  });

  it('lets the manager run the sweep now: a cancelled booking 30 days on is deleted once, recorded as theirs', async () => {
    const offer = (await search(cookies.staff, { kind: 'home', plannedApplications: 1, district: '中央地区', wishes: {} })).body.offers[0];
    const booked = (await book(cookies.staff, homeBooking(intake(), { date: offer.date, half: offer.half, positions: offer.positions }))).body;
    expect((await t.http.post(`/api/bookings/${booked.id}/cancel`).set('Cookie', cookies.staff).send({ reason: 'ご家族の都合' })).status).toBe(200);
    expect((await t.http.post(`/api/programs/${programId}/personal-data-deletions/run`).set('Cookie', cookies.manager)).body).toEqual({ deleted: 0 });
    // The 30 days count from the booking row's updated_at, which the database stamps with its own time (not the Clock).
    clock.set(new Date(Math.max(clock.now().getTime(), Date.now()) + 31 * 86400_000));
    cookies = await loginAll(t, OTARU_DESK);
    expect((await t.http.post(`/api/programs/${programId}/personal-data-deletions/run`).set('Cookie', cookies.staff)).status).toBe(403);
    const run = await t.http.post(`/api/programs/${programId}/personal-data-deletions/run`).set('Cookie', cookies.manager);
    expect(run.status).toBe(200);
    expect(run.body.deleted).toBeGreaterThanOrEqual(1);
    expect((await t.http.post(`/api/programs/${programId}/personal-data-deletions/run`).set('Cookie', cookies.manager)).body).toEqual({ deleted: 0 });
    const ledger = (await t.http.get(`/api/programs/${programId}/personal-data-deletions`).set('Cookie', cookies.city)).body;
    expect(ledger.find((r: { bookingId: string }) => r.bookingId === booked.id)).toMatchObject({ deletedBy: t.ids.users[DEMO.vendorManager], rule: 'closed_retention', ruleLabel: 'キャンセル・不在から30日経過' });
    const rows = await t.dataSource.getRepository(HandlingRecordEntity).findBy({ action: 'booking.personal_delete', resourceId: booked.id });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId: t.ids.users[DEMO.vendorManager], reason: 'キャンセル・不在から30日経過' });
  });

  it('keeps residents’ names, addresses and phone numbers out of the handling record and the booking facts', async () => {
    const dump = JSON.stringify(await t.dataSource.query('SELECT * FROM handling_record')) + JSON.stringify(await t.dataSource.query('SELECT * FROM booking')) + JSON.stringify(await t.dataSource.query('SELECT * FROM session'));
    for (const needle of ['架空 太郎', 'カクウ タロウ', '架空町9丁目', '0134-99-9999', '1941-04-01', '車いす', '架空 一郎', '0134-00-0000']) expect(dump).not.toContain(needle);
  });
});
