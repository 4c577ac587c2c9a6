import { randomUUID } from 'node:crypto';
import { BookingEntity } from '../src/modules/bookings/booking.entity';
import { type Cookies, FixedClock, openDemo, OTARU_DESK, type TestApp } from './support/test-app';

/**
 * Issue 18 items 2–3 (003 §9(2), 001): a facility request's coordination — the checklist with a state, date and note
 * per item, the procedure a/b/c, and the steps before the visit with their due dates counted back from it — kept by the
 * vendor, read by the city, its overdue steps on the attention lists.
 */
describe('facility coordination', () => {
  const clock = new FixedClock(new Date('2026-09-01T01:00:00Z')); // Tue 10:00 JST
  let t: TestApp;
  let cookies: Cookies<typeof OTARU_DESK>;
  let programId: string;
  let facilityId: string;

  const coordination = (cookie: string, id = facilityId) => t.http.get(`/api/bookings/${id}/coordination`).set('Cookie', cookie);
  const save = (cookie: string, body: object, id = facilityId) => t.http.put(`/api/bookings/${id}/coordination`).set('Cookie', cookie).send(body);
  const attention = async (cookie: string) => (await t.http.get(`/api/programs/${programId}/dashboard`).set('Cookie', cookie)).body.attention as Array<{ kind: string; id: string; label: string }>;

  beforeAll(async () => {
    ({ t, programId, cookies } = await openDemo({ clock }, OTARU_DESK));
    const request = { facilityName: '架空ホーム かえで', facilityType: '特別養護老人ホーム', address: '小樽市架空町3-3', phone: '0134-00-3333', contactName: '架空 相談員', estimatedApplicants: 12, district: '中央地区' };
    const booked = await t.http.post(`/api/programs/${programId}/bookings`).set('Cookie', cookies.staff).send({ type: 'facility', request });
    expect(booked.status).toBe(201);
    facilityId = booked.body.id;
  });
  afterAll(() => t.close());

  it('starts with every item open — the city\'s visit beforehand included from 10 applicants — and no timeline before a date is fixed', async () => {
    const res = await coordination(cookies.staff);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ bookingId: facilityId, expectedApplicants: 12, procedure: null, timeline: null, updatedAt: null, progress: { settled: 0, total: 12 } });
    expect(res.body.items.map((i: { key: string }) => i.key)).toContain('city_visit_beforehand');
    expect(res.body.items.every((i: { state: string }) => i.state === 'open')).toBe(true);
  });

  it('keeps what the vendor records, item by item, and shows it to the city', async () => {
    const saved = await save(cookies.staff, {
      procedure: 'photos_first',
      items: { procedure: { state: 'done', date: '2026-09-01', note: '写真撮影を先にまとめて行う' }, photo_spot: { state: 'in_progress' }, face_auth_card: { state: 'not_applicable' } },
      steps: { notice: '2026-09-01' },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ procedure: 'photos_first', progress: { settled: 2, total: 12 } });
    const again = await save(cookies.manager, { items: { photo_spot: { state: 'done', date: '2026-09-02' } } });
    const byKey = Object.fromEntries(again.body.items.map((i: { key: string }) => [i.key, i]));
    expect(byKey.procedure).toMatchObject({ state: 'done', date: '2026-09-01', note: '写真撮影を先にまとめて行う' });
    expect(byKey.photo_spot).toMatchObject({ state: 'done', date: '2026-09-02', note: null });
    expect(again.body.procedure).toBe('photos_first');
    const read = await coordination(cookies.city);
    expect(read.status).toBe(200);
    expect(read.body.progress).toEqual({ settled: 3, total: 12 });
    expect((await save(cookies.city, { procedure: 'mixed' })).status).toBe(403);
  });

  it('refuses a note holding personal data, an unknown item or state, on the field', async () => {
    const phone = await save(cookies.staff, { items: { desk_and_power: { state: 'done', note: '担当 090-1234-5678' } } });
    expect(phone.status).toBe(400);
    expect(Object.keys(phone.body.errors)).toEqual(['items.desk_and_power.note']);
    expect((await save(cookies.staff, { items: { unknown_item: { state: 'done' } } })).status).toBe(400);
    expect((await save(cookies.staff, { items: { photo_spot: { state: 'finished' } } })).status).toBe(400);
  });

  it('counts the steps back from the confirmed visit and puts an overdue one on the vendor\'s and the city\'s lists', async () => {
    // Confirmed for a visit 30 days ahead: the notice (30 days before) is due today and done; the pre-meeting is due in 10 days.
    const offer = (await t.http.post(`/api/programs/${programId}/slots/search`).set('Cookie', cookies.manager).send({ request: { kind: 'facility', plannedApplications: 12, district: '中央地区', wishes: {} } })).body.offers[0];
    const placed = await t.http.post(`/api/bookings/${facilityId}/place`).set('Cookie', cookies.manager).send({ choice: { date: offer.date, half: offer.half, positions: offer.positions } });
    expect(placed.status).toBe(200);
    const res = await coordination(cookies.staff);
    expect(res.body.timeline.map((s: { step: string }) => s.step)).toEqual(['notice', 'pre_meeting', 'applicant_list', 'visit']);
    expect(res.body.timeline[0]).toMatchObject({ doneOn: '2026-09-01', state: 'done' });
    expect(res.body.timeline[3]).toMatchObject({ due: offer.date, state: 'upcoming' });

    // Another facility visit tomorrow with nothing done: its steps are overdue, on both lists, linked to the booking.
    const late = randomUUID();
    await t.dataSource.getRepository(BookingEntity).insert({
      id: late, programId, receptionNumber: 9101, kind: 'facility', status: 'confirmed', receivedAt: new Date('2026-07-01T01:00:00Z'), receivedDate: '2026-07-01',
      visitDate: '2026-09-02', half: 'am', positions: ['FAM'], district: null, applicants: 8, plannedApplications: 8, callerRelation: null, applicationTypes: [], guidanceGiven: [],
      callId: null, sessionId: null, overrideReason: null, cancelReason: null, sharedWithCityAt: null, visitFinishedDate: null, personalDataDeletedAt: null,
    });
    for (const cookie of [cookies.staff, cookies.city]) {
      const items = (await attention(cookie)).filter((i) => i.kind === 'facility_step_due' && i.id === late);
      expect(items.map((i) => i.label)).toEqual([
        '受付番号9101 の施設訪問：施設への案内の期限（8/3）を過ぎています',
        '受付番号9101 の施設訪問：事前打合せの期限（8/13）を過ぎています',
        '受付番号9101 の施設訪問：申請者リストの市への提出の期限（8/26）を過ぎています',
      ]);
    }
    await save(cookies.staff, { steps: { notice: '2026-08-01', pre_meeting: '2026-08-12', applicant_list: '2026-08-25' } }, late);
    expect((await attention(cookies.staff)).some((i) => i.kind === 'facility_step_due' && i.id === late)).toBe(false);
  });

  it('is not found for a home booking, an unknown id or another vendor\'s program', async () => {
    const home = (await t.dataSource.getRepository(BookingEntity).findOneByOrFail({ programId, kind: 'home' })).id;
    expect((await coordination(cookies.staff, home)).status).toBe(404);
    expect((await coordination(cookies.staff, randomUUID())).status).toBe(404);
    expect((await coordination(cookies.otherVendor)).status).toBe(404);
    expect((await save(cookies.otherVendor, { procedure: 'mixed' })).status).toBe(404);
  });
});
