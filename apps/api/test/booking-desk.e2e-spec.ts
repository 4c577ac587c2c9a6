import { addDays } from '@outreach/domain/common';
import { homeBooking, intake } from './support/factories';
import { DEMO, FixedClock, openDemo, type TestApp } from './support/test-app';

interface Position {
  position: string;
  state: string;
  reason: string;
  overrides: string[];
}
interface Day {
  date: string;
  halves: Array<{ half: string; positions: Position[] }>;
}

/** Issue 17 item 3: the booking desk never dead-ends — every position of the week says why, as the finder decides. */
describe('the booking desk: the week view and the finder agree', () => {
  const clock = new FixedClock(new Date('2026-09-01T01:00:00Z')); // Tue 10:00 JST
  let t: TestApp;
  let programId: string;
  let cookies: Record<'staff' | 'manager', string>;

  beforeAll(async () => {
    ({ t, programId, cookies } = await openDemo({ clock }, { staff: DEMO.vendorStaff, manager: DEMO.vendorManager }));
  });
  afterAll(() => t.close());

  const week = async (from: string, to: string, query = '') =>
    (await t.http.get(`/api/programs/${programId}/availability?from=${from}&to=${to}${query}`).set('Cookie', cookies.staff)).body as Day[];

  it('says of every free position inside the 14 days’ notice that a manager may override it, and of the bookable ones exactly what the finder offers', async () => {
    const days = await week('2026-09-01', '2026-10-31', '&kind=home&applicants=1&district=%E4%B8%AD%E5%A4%AE%E5%9C%B0%E5%8C%BA');
    const positions = days.flatMap((d) => d.halves.flatMap((h) => h.positions.map((p) => ({ ...p, date: d.date }))));
    const near = positions.filter((p) => p.date < addDays('2026-09-01', 14) && p.state !== 'taken');
    expect(near.length).toBeGreaterThan(0);
    // None is bookable; the home positions are refused for the notice alone, which a manager may set aside.
    expect(near.filter((p) => p.state === 'bookable')).toEqual([]);
    const home = near.filter((p) => !p.position.startsWith('F'));
    expect(home.length).toBeGreaterThan(0);
    for (const p of home) expect(p).toMatchObject({ state: 'blocked', reason: '受付から14日以上先の日付のみ予約できます', overrides: ['leadTime'] });
    for (const p of positions) expect(p.reason).not.toBe('');

    const offers = (
      await t.http
        .post(`/api/programs/${programId}/slots/search`)
        .set('Cookie', cookies.staff)
        .send({ request: { kind: 'home', plannedApplications: 1, district: '中央地区', wishes: { from: '2026-09-01', to: '2026-10-31' } } })
    ).body.offers as Array<{ date: string; position: string }>;
    const bookable = positions.filter((p) => p.state === 'bookable').map((p) => `${p.date}:${p.position}`);
    // The finder answers its best ten; each of them is bookable on the grid.
    expect(offers.length).toBeGreaterThan(0);
    for (const o of offers) expect(bookable).toContain(`${o.date}:${o.position}`);
  });

  it('judges a facility day as refused for a home request, and refuses a malformed request with the field', async () => {
    const days = await week('2026-09-01', '2026-12-31', '&kind=home&applicants=1');
    // A facility day's free position (the demo's confirmed facilities hold some of them: those say 予約済み).
    const facilityPositions = days.flatMap((d) => d.halves.flatMap((h) => h.positions.filter((p) => p.position.startsWith('F'))));
    const free = facilityPositions.find((p) => p.reason !== '予約済みです');
    if (facilityPositions.length) expect(free?.reason).toBe('この日は施設訪問の実施日です');
    const bad = await t.http.get(`/api/programs/${programId}/availability?from=2026-09-01&to=2026-09-07&applicants=0`).set('Cookie', cookies.staff);
    expect(bad.status).toBe(400);
    expect(bad.body.errors.applicants).toBeDefined();
  });

  it('refuses an impossible date of birth with 422 and the field, and keeps the caller’s relation and the household’s 外出困難な事情 per applicant (item 5)', async () => {
    const offer = (await t.http.post(`/api/programs/${programId}/slots/search`).set('Cookie', cookies.staff).send({ request: { kind: 'home', plannedApplications: 2, district: '中央地区', wishes: {} } })).body.offers[0];
    const choice = { date: offer.date, half: offer.half, positions: offer.positions };
    const future = await t.http.post(`/api/programs/${programId}/bookings`).set('Cookie', cookies.staff).send(homeBooking(intake({}, { dateOfBirth: '2027-01-01' }), choice));
    expect(future.status).toBe(422);
    expect(future.body.errors['intake.applicants.0.dateOfBirth']).toBe('生年月日が今日より後の日付になっています');

    const mother = { ...intake().applicants[0], name: '架空 母', kana: 'カクウ ハハ', outingDifficulty: undefined, applicationType: 'new', identityDocuments: ['drivers_license'] };
    const noRelation = await t.http.post(`/api/programs/${programId}/bookings`).set('Cookie', cookies.staff).send(homeBooking(intake({ applicants: [intake().applicants[0], mother] }), choice));
    expect(noRelation.status).toBe(400);
    expect(noRelation.body.errors['intake.applicants.1.relation']).toBe('電話の方（1人目の申請者）との続柄を選択してください');
    const booked = await t.http.post(`/api/programs/${programId}/bookings`).set('Cookie', cookies.staff).send(homeBooking(intake({ applicants: [intake().applicants[0], { ...mother, relation: 'cohabiting_family' }] }), choice));
    expect(booked.status).toBe(201);
    const slip = (await t.http.get(`/api/bookings/${booked.body.id}/personal`).set('Cookie', cookies.staff)).body;
    expect(slip.intake.applicants[1]).toMatchObject({ relation: 'cohabiting_family' });
    expect(slip.intake.applicants[1].outingDifficulty).toBeUndefined(); // the household's, told once
  });
});

