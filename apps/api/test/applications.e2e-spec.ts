import { ApplicationEntity, ApplicationSearchTokenEntity } from '../src/modules/applications/application.entity';
import { DailyReportEntity } from '../src/modules/daily-reports/daily-report.entity';
import { HandlingRecordEntity } from '../src/modules/handling-records/handling-record.entity';
import { SessionEntity } from '../src/modules/sessions/session.entity';
import { jstDateKey } from '@outreach/domain/common';
import { homeBooking, intake } from './support/factories';
import { type Cookies, DEMO, FixedClock, login, loginAll, openDemo, OTARU_DESK, type TestApp } from './support/test-app';

/**
 * Issue 19 item 1: one application per applicant served, created from the booked applicants (prefilled) or as a
 * walk-in where the session has no booking; its personal fields sealed at rest and found by keyed hashes only; a foreign tenant's register a
 * 404; the individual number refused by field and never echoed; a retried submit filed once.
 */
const FORM_ID = '1234 5678 9012 3456 7890 123';
const INDIVIDUAL_NUMBER = '1234-5678-9018';

describe('the applicant register (申請台帳)', () => {
  const clock = new FixedClock(new Date('2026-09-01T01:00:00Z')); // Tue 10:00 JST
  let t: TestApp;
  let programId: string;
  let cookies: Cookies<typeof OTARU_DESK>;
  let bookingId: string;
  let sessionId: string;

  const registerOf = (cookie: string, id = sessionId, program = programId) => t.http.get(`/api/programs/${program}/sessions/${id}/register`).set('Cookie', cookie);
  const file = (cookie: string, body: object, key?: string, id = sessionId, program = programId) => {
    const req = t.http.post(`/api/programs/${program}/sessions/${id}/applications`).set('Cookie', cookie);
    if (key) void req.set('Idempotency-Key', key);
    return req.send(body);
  };

  beforeAll(async () => {
    ({ t, programId, cookies } = await openDemo({ clock }, OTARU_DESK));
    const offer = (await t.http.post(`/api/programs/${programId}/slots/search`).set('Cookie', cookies.staff).send({ request: { kind: 'home', plannedApplications: 2, district: '中央地区', wishes: {} } })).body.offers[0];
    const household = intake({
      caller: { relation: 'cohabiting_family', name: '見本 花枝', relationDetail: '娘', phone: '090-9999-0042' },
      applicants: [intake().applicants[0], { ...intake().applicants[0], name: '見本 久作', kana: 'ミホン キュウサク', applicationType: 'new', identityDocuments: ['drivers_license'] }],
    });
    const booked = await t.http.post(`/api/programs/${programId}/bookings`).set('Cookie', cookies.staff).send(homeBooking(household, { date: offer.date, half: offer.half, positions: offer.positions }));
    expect(booked.status).toBe(201);
    bookingId = booked.body.id;
    sessionId = (await t.dataSource.getRepository(SessionEntity).findOneByOrFail({ bookingId })).id;
    clock.set(new Date(`${offer.date}T05:00:00Z`)); // the visit day, 14:00 JST: signed in again on it
    cookies = await loginAll(t, OTARU_DESK);
  });
  afterAll(() => t.close());

  it('offers the booked applicants prefilled, and files one with its 申請書ID, photo and exception, sealed at rest', async () => {
    const reg = await registerOf(cookies.staff);
    expect(reg.status).toBe(200);
    expect(reg.body.personalHiddenReason).toBeNull();
    expect(reg.body.candidates.map((c: { sourceIndex: number; prefill: { name: string } }) => [c.sourceIndex, c.prefill.name])).toEqual([
      [0, '架空 太郎'],
      [1, '見本 久作'],
    ]);
    const candidate = reg.body.candidates[1];
    const res = await file(
      cookies.staff,
      { ...candidate.prefill, source: 'booking', bookingId, sourceIndex: 1, applicationFormId: FORM_ID, photoSource: 'taken_on_site', photoException: 'bedridden', photoExceptionReason: 'ベッド上で撮影', proxyWriting: true, proxyConsentBy: 'applicant', faceAuthCard: true },
      'register-create-0001',
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ source: 'booking', applicationType: 'new', photoException: 'bedridden', proxyWriting: true, personal: null });

    const raw = JSON.stringify(await t.dataSource.getRepository(ApplicationEntity).findOneByOrFail({ id: res.body.id }));
    const tokens = JSON.stringify(await t.dataSource.getRepository(ApplicationSearchTokenEntity).findBy({ applicationId: res.body.id }));
    for (const clear of ['見本', 'ミホン', '久作', '12345678901234567890123', 'ベッド上']) {
      expect(raw).not.toContain(clear);
      expect(tokens).not.toContain(clear);
    }

    const after = (await registerOf(cookies.staff)).body;
    expect(after.candidates.map((c: { sourceIndex: number }) => c.sourceIndex)).toEqual([0]);
    expect(after.applications[0].personal).toMatchObject({ name: '見本 久作', applicationFormId: '12345678901234567890123', photoExceptionReason: 'ベッド上で撮影' });
    expect(after.counts).toMatchObject({ applicationsNew: 1, photosTakenOnSite: 1, photoExceptionsBedridden: 1, proxyWriting: 1, faceAuthCards: 1 });
    const reads = await t.dataSource.getRepository(HandlingRecordEntity).findBy({ resourceId: res.body.id });
    expect(reads.map((r) => r.action).sort()).toEqual(['application.create', 'application.read_personal']);
  });

  it('files a retried submit once, and the same applicant twice is a 409', async () => {
    const body = { ...intake().applicants[0], source: 'booking', bookingId, sourceIndex: 0, applicationFormId: '9999 8888 7777 6666 5555 444', photoSource: 'brought', receiptMethod: 'limited_delivery_mail', identityDocuments: ['my_number_card'] };
    delete (body as Record<string, unknown>).phone;
    const first = await file(cookies.staff, body, 'register-create-0002');
    const again = await file(cookies.staff, body, 'register-create-0002');
    expect(first.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(await t.dataSource.getRepository(ApplicationEntity).countBy({ sessionId })).toBe(2);
    expect((await file(cookies.staff, body)).status).toBe(409);
  });

  it('keeps a planned session whose applications were entered: deleting it is a 409 naming them, and nothing is deleted', async () => {
    const res = await t.http.delete(`/api/sessions/${sessionId}`).set('Cookie', cookies.manager);
    expect([res.status, res.body.message]).toEqual([409, 'この実施には申請台帳の申請が2件あるため削除できません（中止にする場合は状態を変更してください）']);
    expect(await t.dataSource.getRepository(SessionEntity).countBy({ id: sessionId, status: 'planned' })).toBe(1);
    expect(await t.dataSource.getRepository(ApplicationEntity).countBy({ sessionId })).toBe(2);
  });

  it('refuses an individual number with a 422 on its field, never echoing it, and saves nothing', async () => {
    const before = await t.dataSource.getRepository(ApplicationEntity).count();
    const res = await file(cookies.staff, { source: 'booking', bookingId, sourceIndex: 5, applicationFormId: FORM_ID, name: '架空 次郎', kana: 'カクウ ジロウ', dateOfBirth: '1940-01-01', address: `小樽市 ${INDIVIDUAL_NUMBER}`, applicationType: 'new', identityDocuments: ['drivers_license'], photoSource: 'brought', receiptMethod: 'limited_delivery_mail' });
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.errors)).toEqual(['address']);
    expect(JSON.stringify(res.body)).not.toMatch(/5678|9018/);
    const formId = await file(cookies.staff, { source: 'booking', bookingId, sourceIndex: 5, applicationFormId: '123456789018', name: '架空 次郎', kana: 'カクウ ジロウ', dateOfBirth: '1940-01-01', address: '小樽市', applicationType: 'new', identityDocuments: ['drivers_license'], photoSource: 'brought', receiptMethod: 'limited_delivery_mail' });
    expect(formId.status).toBe(422);
    expect(formId.body.errors.applicationFormId).toContain('個人番号');
    expect(await t.dataSource.getRepository(ApplicationEntity).count()).toBe(before);
  });

  it('refuses a walk-in at a booked home visit, shows the city the facts only, and answers another tenant with 404', async () => {
    const walkIn = await file(cookies.staff, { source: 'walk_in', applicationFormId: FORM_ID, name: '架空 三郎', kana: 'カクウ サブロウ', dateOfBirth: '1940-01-01', address: '小樽市', applicationType: 'new', identityDocuments: ['drivers_license'], photoSource: 'brought', receiptMethod: 'limited_delivery_mail' });
    expect(walkIn.status).toBe(422);
    expect(walkIn.body.errors.source).toBe('予約・申請者名簿のある実施です。その予約・名簿の申請者として登録してください');
    expect((await registerOf(cookies.staff)).body.walkInAllowed).toBe(false);

    const city = (await registerOf(cookies.city)).body;
    expect(city.personalHiddenReason).toContain('受託者');
    expect(city.applications.map((a: { personal: unknown }) => a.personal)).toEqual([null, null]);
    expect(city.counts.applicationsNew + city.counts.applicationsRenewal).toBe(2);

    expect((await registerOf(cookies.otherVendor)).status).toBe(404);
    const shimonoseki = t.ids.programs.shimonoseki;
    expect((await registerOf(cookies.otherVendor, sessionId, shimonoseki)).status).toBe(404);
    expect((await file(cookies.otherVendor, { source: 'walk_in' }, undefined, sessionId, shimonoseki)).status).toBe(400);
  });

  it('edits an application and lists the day, with the edit recorded', async () => {
    const first = (await registerOf(cookies.staff)).body.applications.find((a: { personal: { name: string } }) => a.personal.name === '見本 久作');
    const edit = { ...first.personal, applicationType: 'new', photoSource: 'taken_on_site', photoException: null, photoExceptionReason: null, proxyWriting: false, receiptMethod: 'facility', faceAuthCard: false };
    const res = await t.http.put(`/api/programs/${programId}/applications/${first.id}`).set('Cookie', cookies.manager).send(edit);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ receiptMethod: 'facility', proxyWriting: false, photoException: null });
    const day = await t.http.get(`/api/programs/${programId}/applications?date=${first.date}`).set('Cookie', cookies.manager);
    expect(day.body.map((a: { id: string }) => a.id)).toContain(first.id);
    expect((await t.dataSource.getRepository(HandlingRecordEntity).findBy({ resourceId: first.id, action: 'application.update' })).length).toBe(1);
    const other = await login(t, DEMO.shimonosekiAdmin);
    expect((await t.http.put(`/api/programs/${programId}/applications/${first.id}`).set('Cookie', other).send(edit)).status).toBe(404);
  });
  it('makes the day’s report agree with the register: a held session’s counts that differ are checks beside the field, and submit waits for them', async () => {
    const session = (await t.http.get(`/api/sessions/${sessionId}`).set('Cookie', cookies.staff)).body;
    const held = await t.http
      .put(`/api/sessions/${sessionId}`)
      .set('Cookie', cookies.staff)
      .send({ date: session.date, serviceKind: session.serviceKind, place: session.place, method: session.method, staffUserIds: [], cityStaffPresent: true, status: 'held' });
    expect(held.status).toBe(200);
    const report = await t.dataSource.getRepository(DailyReportEntity).findOneByOrFail({ programId, date: session.date });
    const view = (await t.http.get(`/api/daily-reports/${report.id}`).set('Cookie', cookies.staff)).body;
    const register = view.register[sessionId];
    expect(register).toMatchObject({ applicationsNew: 1, applicationsRenewal: 1, photosTakenOnSite: 1, photosBrought: 1, mailToFacility: 1 });
    expect(view.checks[sessionId].applicationsNew).toBe('申請台帳では1件です（入力0件）');
    const refused = await t.http.post(`/api/daily-reports/${report.id}/submit`).set('Cookie', cookies.staff).send({});
    expect(refused.status).toBe(422);
    expect(refused.body.errors['sessions.0.applicationsNew']).toBe('申請台帳では1件です（入力0件）');

    const saved = await t.http.put(`/api/daily-reports/${report.id}`).set('Cookie', cookies.staff).send({ sessions: [{ id: sessionId, ...register }] });
    expect(saved.status).toBe(200);
    expect(saved.body.checks[sessionId] ?? {}).toEqual({});
  });
  it('finds an application by name, kana or 申請書ID through keyed hashes, recording the search without its term; the city may not search', async () => {
    const find = (cookie: string, q: string) => t.http.post(`/api/programs/${programId}/applications/search`).set('Cookie', cookie).send({ q });
    for (const q of ['見本久作', 'みほん きゅうさく', FORM_ID, '１２３４５６７８９０１２３４５６７８９０１２３']) {
      const res = await find(cookies.staff, q);
      expect(res.status).toBe(200);
      expect(res.body.map((a: { personal: { name: string } }) => a.personal.name)).toEqual(['見本 久作']);
    }
    expect((await find(cookies.staff, 'ミホン')).body).toEqual([]);
    expect((await find(cookies.staff, '0134-99-0042')).status).toBe(400);
    expect((await find(cookies.city, '見本久作')).status).toBe(403);
    const searches = await t.dataSource.getRepository(HandlingRecordEntity).findBy({ action: 'application.search' });
    expect(searches.map((r) => r.reason)).toContain('申請書IDで申請を検索（1件）');
    expect(JSON.stringify(searches)).not.toMatch(/見本|ミホン|12345678901234567890123/);
  });

  it('links a defect to its application: whom to call shown to the vendor (recorded), the facts to the city, another program’s application a 404; overdue after its follow-up period', async () => {
    const app = (await registerOf(cookies.staff)).body.applications.find((a: { personal: { name: string } }) => a.personal.name === '見本 久作');
    const today = (await t.http.get(`/api/sessions/${sessionId}`).set('Cookie', cookies.staff)).body.date as string;
    const body = { programId, applicationId: app.id, foundBy: 'jlis', receivedDate: today, category: 'photo', description: 'J-LISから写真の背景の不備通知', attempts: [] };
    const created = await t.http.post('/api/defects').set('Cookie', cookies.staff).send(body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ applicationId: app.id, foundBy: 'jlis', open: true, overdue: false });

    const whom = await t.http.get(`/api/programs/${programId}/applications/${app.id}`).set('Cookie', cookies.staff);
    expect(whom.status).toBe(200);
    expect(whom.body.personal).toMatchObject({ name: '見本 久作', applicationFormId: '12345678901234567890123' });
    const reads = await t.dataSource.getRepository(HandlingRecordEntity).findBy({ resourceId: app.id, action: 'application.read_personal', reason: '不備対応の連絡先の確認' });
    expect(reads).toHaveLength(1);
    const city = await t.http.get(`/api/programs/${programId}/applications/${app.id}`).set('Cookie', cookies.city);
    expect([city.status, city.body.personal]).toEqual([200, null]);
    expect((await t.http.get(`/api/programs/${programId}/applications/${app.id}`).set('Cookie', cookies.otherVendor)).status).toBe(404);
    const shimonoseki = await login(t, DEMO.shimonosekiAdmin);
    expect((await t.http.get(`/api/programs/${t.ids.programs.shimonoseki}/applications/${app.id}`).set('Cookie', shimonoseki)).status).toBe(404);

    const foreign = await t.http.post('/api/defects').set('Cookie', cookies.staff).send({ ...body, applicationId: '00000000-0000-4000-8000-000000000000' });
    expect([foreign.status, Object.keys(foreign.body.errors)]).toEqual([404, ['applicationId']]);
    expect((await t.http.get(`/api/defects?filter=${encodeURIComponent(JSON.stringify({ applicationId: app.id }))}`).set('Cookie', cookies.city)).body.map((d: { id: string }) => d.id)).toEqual([created.body.id]);

    // Fifteen days later, still unresolved: overdue on the defect and on the attention list.
    const before = clock.now();
    clock.set(new Date(before.getTime() + 15 * 86_400_000));
    try {
      const staff = await login(t, DEMO.vendorStaff);
      expect((await t.http.get(`/api/defects/${created.body.id}`).set('Cookie', staff)).body.overdue).toBe(true);
      const dashboard = (await t.http.get(`/api/programs/${programId}/dashboard`).set('Cookie', staff)).body;
      expect(dashboard.attention).toContainEqual(expect.objectContaining({ kind: 'defect_overdue', id: created.body.id }));
      const resolved = await t.http.put(`/api/defects/${created.body.id}`).set('Cookie', staff).send({ ...body, programId: undefined, attempts: [{ at: clock.now().toISOString(), method: 'phone', result: 'resolved' }], resolvedDate: jstDateKey(clock.now()) });
      expect(resolved.body).toMatchObject({ open: false, overdue: false });
    } finally {
      clock.set(before);
    }
  });

  it('takes applications on the day at a visit without a booking (下関市 books none): offered by its register, filed as 当日受付', async () => {
    const shimonoseki = t.ids.programs.shimonoseki;
    const visit = await t.dataSource.getRepository(SessionEntity).findOneOrFail({ where: { programId: shimonoseki, serviceKind: 'home_visit', status: 'planned' }, order: { date: 'ASC' } });
    expect(visit.bookingId).toBeNull();
    const before = (await registerOf(cookies.otherVendor, visit.id, shimonoseki)).body;
    expect(before).toMatchObject({ walkInAllowed: true, candidates: [], applications: [] });
    const res = await file(cookies.otherVendor, { source: 'walk_in', applicationFormId: FORM_ID, name: '下関 一子', kana: 'シモノセキ イチコ', dateOfBirth: '1939-05-05', address: '山口県下関市（架空）', applicationType: 'new', identityDocuments: ['drivers_license'], photoSource: 'taken_on_site', receiptMethod: 'limited_delivery_mail' }, undefined, visit.id, shimonoseki);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ source: 'walk_in', bookingId: null, sourceIndex: null, sessionId: visit.id });
    const after = (await registerOf(cookies.otherVendor, visit.id, shimonoseki)).body;
    expect(after.applications.map((a: { personal: { name: string } }) => a.personal.name)).toEqual(['下関 一子']);
    expect(after.counts.applicationsNew).toBe(1);
  });
});
