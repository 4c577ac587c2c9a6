import exifReader from 'exif-reader';
import sharp from 'sharp';
import { In, Not } from 'typeorm';
import { eachDay, isWorkingDay } from '@outreach/domain/common';
import { QueryLog } from '../bench/query-log';
import { DailyReportEntity } from '../src/modules/daily-reports/daily-report.entity';
import { HandlingRecordEntity } from '../src/modules/handling-records/handling-record.entity';
import { ProgramEntity } from '../src/modules/programs/program.entity';
import { SessionQueries } from '../src/modules/sessions/session-queries.service';
import { SessionEntity } from '../src/modules/sessions/session.entity';
import { createTestApp, DEMO, FixedClock, handlingTargets, login, openDemo, type TestApp } from './support/test-app';

/** The demo's Otaru program as of 2026-07-10: a new held session on Monday 2026-07-13 gets a fresh daily report. */
describe('sessions and daily reports', () => {
  const clock = new FixedClock(new Date('2026-07-13T08:00:00Z')); // Mon 17:00 JST
  let t: TestApp;
  let staff: string;
  let manager: string;
  let city: string;
  let programId: string;
  let reportId: string;
  let sessionId: string;

  const counts = (over: Record<string, unknown> = {}) => ({
    applicationsNew: 2,
    applicationsRenewal: 1,
    applicationsReissueLost: 0,
    applicationsReissueDamaged: 0,
    applicationsReissueOther: 0,
    faceAuthCards: 1,
    mailToFacility: 0,
    consultations: 1,
    photosTakenOnSite: 3,
    photosBrought: 0,
    photoRetakes: 0,
    photoExceptionsMedical: 1,
    photoExceptionsDisability: 0,
    photoExceptionsBedridden: 0,
    photoExceptionsOther: 0,
    proxyWriting: 1,
    notTaken: 0,
    ...over,
  });

  beforeAll(async () => {
    // The real 2026 calendar in July (demoWeeks: 0), whatever the day's placement would be.
    ({ t, programId, cookies: { staff, manager, city } } = await openDemo({ clock, demoWeeks: 0 }, { staff: DEMO.vendorStaff, manager: DEMO.vendorManager, city: DEMO.otaruAdmin }));
    const created = await t.http.post('/api/sessions').set('Cookie', staff).send({
      programId,
      date: '2026-07-13',
      serviceKind: 'home_visit',
      place: '中央地区',
      method: 'on_site_acceptance',
      startTime: '10:00',
      endTime: '10:40',
      staffUserIds: [t.ids.users[DEMO.vendorStaff]],
      cityStaffPresent: true,
      status: 'held',
      unbookedReason: 'non_phone_application',
    });
    expect(created.status).toBe(201);
    sessionId = created.body.id;
    reportId = (await t.dataSource.getRepository(DailyReportEntity).findOneByOrFail({ programId, date: '2026-07-13' })).id;
  });
  afterAll(() => t.close());

  it('refuses a home-visit session with an address as its place, and a weekend visit without a reason', async () => {
    const base = { programId, serviceKind: 'home_visit', method: 'on_site_acceptance', cityStaffPresent: true, status: 'planned', staffUserIds: [] };
    const address = await t.http.post('/api/sessions').set('Cookie', staff).send({ ...base, date: '2026-07-14', place: '花園1丁目2番3号' });
    expect(address.status).toBe(400);
    expect(address.body.errors.place).toContain('地区名');
    const weekend = await t.http.post('/api/sessions').set('Cookie', staff).send({ ...base, date: '2026-07-18', place: '中央地区' });
    expect(weekend.status).toBe(422);
    expect(weekend.body.errors.offDayReason).toBeDefined();
  });

  it('opens one draft report per held day, with the submit time left empty until submission', async () => {
    const report = await t.http.get(`/api/daily-reports/${reportId}`).set('Cookie', staff);
    expect(report.body).toMatchObject({ status: 'draft', submittedAt: null, date: '2026-07-13', dueAt: '2026-07-14T03:00:00.000Z' });
    expect(report.body.sessions.map((s: { id: string }) => s.id)).toContain(sessionId);
  });

  it('saves the draft as typed, and shows the cross-checks with the numbers in Japanese', async () => {
    const saved = await t.http
      .put(`/api/daily-reports/${reportId}`)
      .set('Cookie', staff)
      .send({ sessions: [{ id: sessionId, ...counts({ faceAuthCards: 5, photosTakenOnSite: 1 }) }] });
    expect(saved.status).toBe(200);
    expect(saved.body.checks[sessionId].faceAuthCards).toBe('顔認証カード（5件）が申請件数（3件）を超えています');
    expect(saved.body.checks[sessionId].photoShortfallExplanation).toBeDefined();
    const submit = await t.http.post(`/api/daily-reports/${reportId}/submit`).set('Cookie', staff);
    expect(submit.status).toBe(422);
    expect(submit.body.errors['sessions.0.faceAuthCards']).toContain('5件');
    const negative = await t.http.put(`/api/daily-reports/${reportId}`).set('Cookie', staff).send({ sessions: [{ id: sessionId, ...counts({ consultations: -1 }) }] });
    expect(negative.status).toBe(400);
    expect(negative.body.errors['sessions.0.consultations']).toBeDefined();
  });

  it('refuses a save that a submission overtook (409) and writes none of its counts', async () => {
    const queries = t.app.get(SessionQueries);
    const reports = t.dataSource.getRepository(DailyReportEntity);
    const consultations = async () => (await t.dataSource.getRepository(SessionEntity).findOneByOrFail({ id: sessionId })).consultations;
    const saves = () => t.dataSource.getRepository(HandlingRecordEntity).countBy({ action: 'daily_report.save', resourceId: reportId });
    const [before, savesBefore] = [await consultations(), await saves()];
    const ofDay = queries.ofDay.bind(queries);
    // The save has found the report editable; the submission (another tab, the manager) lands before it writes.
    const overtaken = jest.spyOn(queries, 'ofDay').mockImplementationOnce(async (...args) => {
      await reports.update({ id: reportId }, { status: 'submitted' });
      return ofDay(...args);
    });
    try {
      const res = await t.http.put(`/api/daily-reports/${reportId}`).set('Cookie', staff).send({ sessions: [{ id: sessionId, ...counts({ consultations: before + 7 }) }] });
      expect(overtaken).toHaveBeenCalled();
      expect(res.status).toBe(409);
      expect(res.body.message).toContain('提出済み');
      expect(await consultations()).toBe(before);
      expect(await saves()).toBe(savesBefore);
    } finally {
      overtaken.mockRestore();
      await reports.update({ id: reportId }, { status: 'draft' });
    }
  });

  it('refuses a session of another program (404) or of another day (422) in the save, naming the row, and writes nothing', async () => {
    const sessions = t.dataSource.getRepository(SessionEntity);
    const [foreign, otherDay] = await Promise.all([
      sessions.findOneByOrFail({ programId: t.ids.programs.shimonoseki }),
      sessions.findOneByOrFail({ programId, status: 'held', date: Not('2026-07-13') }),
    ]);
    const before = await sessions.findOneByOrFail({ id: sessionId });
    const own = { id: sessionId, ...counts({ consultations: before.consultations + 3 }) };
    const notOurs = await t.http.put(`/api/daily-reports/${reportId}`).set('Cookie', staff).send({ sessions: [own, { id: foreign.id, ...counts() }] });
    expect(notOurs.status).toBe(404);
    expect(notOurs.body.errors['sessions.1.id']).toBe('実施の記録が見つかりません');
    const wrongDay = await t.http.put(`/api/daily-reports/${reportId}`).set('Cookie', staff).send({ sessions: [own, { id: otherDay.id, ...counts() }] });
    expect(wrongDay.status).toBe(422);
    expect(wrongDay.body.errors['sessions.1.id']).toBe('この日の実施済みの記録ではありません');
    expect((await sessions.findOneByOrFail({ id: sessionId })).consultations).toBe(before.consultations);
  });

  it('strips every EXIF and GPS tag from an uploaded photo and keeps a thumbnail', async () => {
    const withGps = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#88aacc' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'TestCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '43/1 11/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '141/1 0/1 0/1' } })
      .toBuffer();
    const source = exifReader((await sharp(withGps).metadata()).exif!);
    expect(source.GPSInfo?.GPSLatitudeRef).toBe('N'); // the test file really carries GPS

    const up = await t.http.post(`/api/daily-reports/${reportId}/photos`).set('Cookie', staff).field('caption', '受付の様子').attach('file', withGps, { filename: 'IMG_0001.HEIC.jpg', contentType: 'image/heic' });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ confirmedNoPersonalData: false, reviewStatus: 'pending', width: 800, height: 600 });
    expect(await handlingTargets(t, city, 'activity_photo', up.body.id)).toEqual(['令和8年7月13日の活動写真']); // its report's day

    const full = await t.http.get(`/api/photos/${up.body.id}`).set('Cookie', city).buffer(true);
    expect(full.headers['content-type']).toBe('image/jpeg');
    const meta = await sharp(full.body as Buffer).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect((full.body as Buffer).includes(Buffer.from('TestCam'))).toBe(false);
    const thumb = await t.http.get(`/api/photos/${up.body.id}/thumbnail`).set('Cookie', city).buffer(true);
    expect((await sharp(thumb.body as Buffer).metadata()).width).toBeLessThanOrEqual(320);
    expect((await t.http.get(`/api/photos/${up.body.id}`).set('Cookie', await login(t, DEMO.shimonosekiAdmin))).status).toBe(404);
  });

  it('refuses a caption with a phone number or a birth date, saying why, and stores nothing', async () => {
    const before = await t.http.get(`/api/daily-reports/${reportId}`).set('Cookie', staff);
    const image = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#88aacc' } }).jpeg().toBuffer();
    const bad = await t.http.post(`/api/daily-reports/${reportId}/photos`).set('Cookie', staff).field('caption', '090-1234-5678 1950年1月1日生').attach('file', image, { filename: 'a.jpg', contentType: 'image/jpeg' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.caption).toContain('電話番号');
    expect(bad.body.errors.caption).toContain('市にも表示されます');
    const after = await t.http.get(`/api/daily-reports/${reportId}`).set('Cookie', staff);
    expect(after.body.photos).toHaveLength(before.body.photos.length);
  });

  it('refuses a script dressed as an image, an empty file and a decompression bomb, with a clear 4xx', async () => {
    const polyglot = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('<script>alert(document.cookie)</script>')]);
    const script = await t.http.post(`/api/daily-reports/${reportId}/photos`).set('Cookie', staff).attach('file', polyglot, { filename: 'photo.jpg', contentType: 'image/jpeg' });
    expect(script.status).toBe(422);
    expect(script.body.errors.file).toContain('読み取れません');

    const html = await t.http.post(`/api/daily-reports/${reportId}/photos`).set('Cookie', staff).attach('file', Buffer.from('<html><script>x</script></html>'), { filename: 'photo.jpg', contentType: 'image/jpeg' });
    expect(html.status).toBe(422);
    expect(html.body.errors.file).toContain('JPEG・PNG・WebP');

    const empty = await t.http.post(`/api/daily-reports/${reportId}/photos`).set('Cookie', staff).attach('file', Buffer.alloc(0), { filename: 'empty.jpg', contentType: 'image/jpeg' });
    expect([400, 422]).toContain(empty.status);
    expect(empty.body.errors.file).toBeDefined();

    // 12000 × 12000 pixels of one colour: a few hundred kilobytes that would inflate to ~430 MB.
    const bomb = await sharp({ create: { width: 12000, height: 12000, channels: 3, background: '#ffffff' } }).png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const big = await t.http.post(`/api/daily-reports/${reportId}/photos`).set('Cookie', staff).attach('file', bomb, { filename: 'bomb.png', contentType: 'image/png' });
    expect(big.status).toBe(422);
    expect(big.body.errors.file).toContain('メガピクセル');
  });

  it('needs every photo checked before submission, then submits to the manager’s check exactly once however it is retried', async () => {
    await t.http.put(`/api/daily-reports/${reportId}`).set('Cookie', staff).send({ specialNotes: '特になし', sessions: [{ id: sessionId, ...counts() }] });
    const unchecked = await t.http.post(`/api/daily-reports/${reportId}/submit`).set('Cookie', staff);
    expect(unchecked.status).toBe(422);
    expect(unchecked.body.errors.photos).toContain('申請者の顔や個人情報が判別できない');
    const photo = (await t.http.get(`/api/daily-reports/${reportId}`).set('Cookie', staff)).body.photos[0];
    expect((await t.http.put(`/api/photos/${photo.id}`).set('Cookie', staff).send({ confirmedNoPersonalData: true })).status).toBe(200);

    clock.set(new Date('2026-07-14T01:30:00Z')); // Tue 10:30 JST, before the noon deadline
    staff = await login(t, DEMO.vendorStaff);
    manager = await login(t, DEMO.vendorManager);
    city = await login(t, DEMO.otaruAdmin);
    const key = 'submit-2026-07-13-abcdef';
    // Two at once with the same key: one does the work, the other is told it is in progress (or gets the result).
    const [a, b] = await Promise.all([
      t.http.post(`/api/daily-reports/${reportId}/submit`).set('Cookie', staff).set('Idempotency-Key', key).send({}),
      t.http.post(`/api/daily-reports/${reportId}/submit`).set('Cookie', staff).set('Idempotency-Key', key).send({}),
    ]);
    expect([a.status, b.status].sort()).toEqual(a.status === 200 && b.status === 200 ? [200, 200] : [200, 409]);
    const first = a.status === 200 ? a.body : b.body;
    // 社内確認 is on by default: staff's report waits for the vendor manager; the city has not received it.
    expect(first).toMatchObject({ status: 'checking', preparedAt: '2026-07-14T01:30:00.000Z', submittedAt: null, onTime: null });

    clock.advance(60_000);
    const retry = await t.http.post(`/api/daily-reports/${reportId}/submit`).set('Cookie', staff).set('Idempotency-Key', key).send({});
    expect(retry.status).toBe(200);
    expect(retry.body.preparedAt).toBe(first.preparedAt); // the first result, not a second submission
    const changed = await t.http.post(`/api/daily-reports/${reportId}/submit`).set('Cookie', staff).set('Idempotency-Key', key).send({ note: 'different' });
    expect(changed.status).toBe(422);
    const reports = await t.dataSource.getRepository(DailyReportEntity).findBy({ programId, date: '2026-07-13' });
    expect(reports).toHaveLength(1);
  });

  it('keeps a report under the internal check from the city until the manager releases it (社内確認)', async () => {
    const dashboard = async (cookie: string) => (await t.http.get(`/api/programs/${programId}/dashboard`).set('Cookie', cookie)).body.attention.filter((a: { id: string }) => a.id === reportId).map((a: { kind: string }) => a.kind);
    const cityList = async (status?: string) => (await t.http.get('/api/daily-reports').query({ filter: JSON.stringify({ programId, ...(status ? { status } : {}) }), range: '[0,199]' }).set('Cookie', city)).body.map((r: { id: string }) => r.id);
    // The author cannot change it while it waits, nor the day's sessions; the city cannot see it, let alone decide.
    expect((await t.http.put(`/api/daily-reports/${reportId}`).set('Cookie', staff).send({ sessions: [{ id: sessionId, ...counts() }] })).status).toBe(409);
    expect((await t.http.get(`/api/daily-reports/${reportId}`).set('Cookie', city)).status).toBe(404);
    expect((await t.http.post(`/api/daily-reports/${reportId}/accept`).set('Cookie', city)).status).toBe(404);
    expect(await cityList()).not.toContain(reportId);
    expect(await cityList('checking')).toEqual([]);
    expect((await t.http.post(`/api/daily-reports/${reportId}/release`).set('Cookie', staff)).status).toBe(403);
    expect(await dashboard(manager)).toEqual(['report_checking']);
    expect(await dashboard(city)).toEqual([]);

    // 社内差し戻し: a reason, back to the author at once; still nothing for the city.
    expect((await t.http.post(`/api/daily-reports/${reportId}/return-internally`).set('Cookie', manager).send({})).body.errors.reason).toBe('理由を入力してください');
    const back = await t.http.post(`/api/daily-reports/${reportId}/return-internally`).set('Cookie', manager).send({ reason: '相談件数の内訳を確認してください' });
    expect(back.body).toMatchObject({ status: 'returned_internally', reason: '相談件数の内訳を確認してください', submittedAt: null });
    expect(await dashboard(staff)).toEqual(['report_returned_internally']);
    expect(await dashboard(city)).toEqual([]);
    expect((await t.http.get(`/api/daily-reports/${reportId}`).set('Cookie', city)).status).toBe(404);

    // The author corrects and resubmits; the manager releases before the deadline: on time, received by the city.
    expect((await t.http.put(`/api/daily-reports/${reportId}`).set('Cookie', staff).send({ sessions: [{ id: sessionId, ...counts({ consultations: 2 }) }] })).status).toBe(200);
    expect((await t.http.post(`/api/daily-reports/${reportId}/submit`).set('Cookie', staff).set('Idempotency-Key', 'resubmit-2026-07-13-in1').send({})).body.status).toBe('checking');
    clock.set(new Date('2026-07-14T02:00:00Z'));
    const [a, b] = await Promise.all([t.http.post(`/api/daily-reports/${reportId}/release`).set('Cookie', manager), t.http.post(`/api/daily-reports/${reportId}/release`).set('Cookie', manager)]);
    // One release only: the other finds it released (422) or loses at the old status in the UPDATE (409).
    expect([[200, 409], [200, 422]]).toContainEqual([a.status, b.status].sort());
    const released = a.status === 200 ? a.body : b.body;
    expect(released).toMatchObject({ status: 'submitted', submittedAt: '2026-07-14T02:00:00.000Z', onTime: true, reason: null });
    expect(await cityList('submitted')).toContain(reportId);
    expect(await dashboard(manager)).toEqual([]);
    const handled = await t.http.get('/api/handling-records').query({ filter: JSON.stringify({ resourceId: reportId }) }).set('Cookie', city);
    expect(handled.body.map((h: { action: string }) => h.action)).toEqual(expect.arrayContaining(['daily_report.return_internally', 'daily_report.release']));
  });

  it('locks a submitted report; the city returns it with a reason, accepts the resubmission, and may reopen it', async () => {
    const locked = await t.http.put(`/api/daily-reports/${reportId}`).set('Cookie', staff).send({ sessions: [{ id: sessionId, ...counts() }] });
    expect(locked.status).toBe(409);
    const sessionEdit = await t.http.put(`/api/sessions/${sessionId}`).set('Cookie', staff).send({ date: '2026-07-13', serviceKind: 'home_visit', place: '南小樽地区', method: 'on_site_acceptance', cityStaffPresent: true, status: 'held', staffUserIds: [], unbookedReason: 'non_phone_application' });
    expect(sessionEdit.status).toBe(409);

    expect((await t.http.post(`/api/daily-reports/${reportId}/return`).set('Cookie', city).send({})).body.errors.reason).toBe('理由を入力してください');
    const returned = await t.http.post(`/api/daily-reports/${reportId}/return`).set('Cookie', city).send({ reason: '相談件数を確認してください' });
    expect(returned.body).toMatchObject({ status: 'returned', reason: '相談件数を確認してください' });
    // The city's return shows for the author at once, and for the city (it is the vendor's turn).
    for (const cookie of [staff, city]) {
      const attention = (await t.http.get(`/api/programs/${programId}/dashboard`).set('Cookie', cookie)).body.attention;
      expect(attention).toContainEqual(expect.objectContaining({ kind: 'report_returned', id: reportId }));
    }
    expect((await t.http.put(`/api/daily-reports/${reportId}`).set('Cookie', staff).send({ sessions: [{ id: sessionId, ...counts({ consultations: 2 }) }] })).status).toBe(200);
    // With 社内確認 off (the program setting), staff's resubmission goes straight to the city.
    await t.dataSource.getRepository(ProgramEntity).update({ id: programId }, { dailyReportReview: 'none' });
    expect((await t.http.get(`/api/programs/${programId}`).set('Cookie', city)).body.dailyReportReview).toBe('none');
    expect((await t.http.post(`/api/daily-reports/${reportId}/submit`).set('Cookie', staff).set('Idempotency-Key', 'resubmit-2026-07-13-x1').send({})).body.status).toBe('submitted');
    const accepted = await t.http.post(`/api/daily-reports/${reportId}/accept`).set('Cookie', city);
    expect(accepted.body.status).toBe('accepted');
    expect(accepted.body.photos[0].reviewStatus).toBe('approved');
    expect((await t.http.post(`/api/daily-reports/${reportId}/submit`).set('Cookie', staff)).status).toBe(422);
    expect((await t.http.post(`/api/daily-reports/${reportId}/reopen`).set('Cookie', city).send({ reason: '写真の差し替え' })).body.status).toBe('returned');
  });

  it('counts the filed figures toward the program targets', async () => {
    const progress = (await t.http.get(`/api/programs/${programId}/progress`).query({ asOf: '2026-07-13' }).set('Cookie', city)).body;
    const homeApps = progress.groups[0].targets.find((x: { target: { metric: string; serviceKinds: string[] } }) => x.target.metric === 'applications' && x.target.serviceKinds.join() === 'home_visit');
    const rows = await t.dataSource.getRepository(SessionEntity).findBy({ programId, serviceKind: 'home_visit', status: 'held' });
    const expected = rows.filter((s) => s.date <= '2026-07-13').reduce((n, s) => n + s.applicationsNew + s.applicationsRenewal + s.applicationsReissueLost + s.applicationsReissueDamaged + s.applicationsReissueOther, 0);
    expect(homeApps.actual).toBe(expected);
  });
  it('saves each of a day’s sessions its own counts and notes, in one statement for the day', async () => {
    const sessions = t.dataSource.getRepository(SessionEntity);
    const taken = new Set((await sessions.findBy({ programId })).map((x) => x.date));
    const date = eachDay('2026-06-17', '2026-07-10').find((d) => isWorkingDay(d) && !taken.has(d))!;
    const base = { programId, date, serviceKind: 'facility_visit', method: 'on_site_acceptance', cityStaffPresent: true, status: 'held', staffUserIds: [], unbookedReason: 'facility_request' };
    const ids: string[] = [];
    for (const place of ['銭函の家', '望洋台ホーム', 'オタモイ荘']) {
      const res = await t.http.post('/api/sessions').set('Cookie', staff).send({ ...base, place });
      expect(res.body).toMatchObject({ place });
      ids.push(res.body.id);
    }
    const day = (await t.dataSource.getRepository(DailyReportEntity).findOneByOrFail({ programId, date })).id;
    const untouched = await sessions.findOneByOrFail({ programId, status: 'held', date: Not(date) });
    const drafts: Array<ReturnType<typeof counts> & { id: string; note?: string; notTakenReason?: string }> = [
      { id: ids[0], ...counts({ applicationsNew: 4, consultations: 2, note: '午前は雨で来場少なめ' }) },
      { id: ids[1], ...counts({ applicationsNew: 0, applicationsRenewal: 3, consultations: 5, notTaken: 1, notTakenReason: '本人確認書類の不足' }) },
      { id: ids[2], ...counts({ applicationsNew: 7, photosBrought: 2 }) },
    ];
    const log = new QueryLog(t.dataSource);
    let res!: Awaited<ReturnType<typeof t.http.put>>;
    const queries = await log.record(async () => {
      res = await t.http.put(`/api/daily-reports/${day}`).set('Cookie', staff).send({ specialNotes: '3会場で実施', sessions: drafts });
    });
    expect(res.status).toBe(200);
    expect(queries.filter((q) => /^UPDATE\s+["`]?session["`]?\s/i.test(q.sql))).toHaveLength(1);
    const stored = await sessions.findBy({ id: In(ids) });
    for (const draft of drafts) {
      const row = stored.find((x) => x.id === draft.id)!;
      expect({ id: row.id, applicationsNew: row.applicationsNew, applicationsRenewal: row.applicationsRenewal, consultations: row.consultations, notTaken: row.notTaken, photosBrought: row.photosBrought, note: row.note, notTakenReason: row.notTakenReason }).toEqual({
        id: draft.id,
        applicationsNew: draft.applicationsNew,
        applicationsRenewal: draft.applicationsRenewal,
        consultations: draft.consultations,
        notTaken: draft.notTaken,
        photosBrought: draft.photosBrought,
        note: draft.note ?? null,
        notTakenReason: draft.notTakenReason ?? null,
      });
    }
    expect(res.body).toMatchObject({ specialNotes: '3会場で実施', sessionCount: 3, applications: (4 + 1) + (0 + 3) + (7 + 1) });
    expect(await sessions.findOneByOrFail({ id: untouched.id })).toEqual(untouched);
    // A session sent twice in one save keeps the later counts, as when each row was written in turn.
    const twice = await t.http.put(`/api/daily-reports/${day}`).set('Cookie', staff).send({ sessions: [drafts[0], { ...drafts[2], consultations: 8 }, { ...drafts[2], consultations: 9 }] });
    expect(twice.status).toBe(200);
    expect((await sessions.findOneByOrFail({ id: ids[2] })).consultations).toBe(9);
  });
});

describe('reporting rates', () => {
  it('computes reporting and on-time rates from the stored reports (fixed data)', async () => {
    const clock = new FixedClock(new Date('2026-07-20T03:00:00Z'));
    // The real 2026 calendar in July (demoWeeks: 0), whatever the day's placement would be.
    const t = await createTestApp({ clock, demoWeeks: 0 });
    try {
      const city = await login(t, DEMO.otaruAdmin);
      const res = await t.http.get(`/api/programs/${t.ids.programs.otaru}/reporting-rates`).query({ from: '2026-06-01', to: '2026-06-30' }).set('Cookie', city);
      expect(res.status).toBe(200);
      const reports = await t.dataSource.getRepository(DailyReportEntity).find({ where: { programId: t.ids.programs.otaru } });
      const june = reports.filter((r) => r.date >= '2026-06-01' && r.date <= '2026-06-30');
      const received = june.filter((r) => r.status === 'submitted' || r.status === 'accepted').length;
      expect(res.body.totals.expected).toBe(june.length);
      expect(res.body.totals.received).toBe(received);
      expect(res.body.totals.reportingRate).toBeCloseTo(received / june.length);
      expect(res.body.months.map((m: { month: string }) => m.month)).toEqual(['2026-06']);
      expect(res.body.totals.onTime).toBeLessThanOrEqual(res.body.totals.received);
    } finally {
      await t.close();
    }
  });
});

describe('visits without a booking', () => {
  const clock = new FixedClock(new Date('2026-07-13T08:00:00Z'));
  let t: TestApp;
  let staff: string;
  let city: string;
  beforeAll(async () => {
    // The real 2026 calendar in July (demoWeeks: 0), whatever the day's placement would be.
    ({ t, cookies: { staff, city } } = await openDemo({ clock, demoWeeks: 0 }, { staff: DEMO.vendorStaff, city: DEMO.otaruAdmin }));
  });
  afterAll(() => t.close());

  it('asks why a held visit has no booking, keeps the reason only where it belongs, and counts it on the funnel', async () => {
    const programId = t.ids.programs.otaru;
    const taken = new Set((await t.dataSource.getRepository(SessionEntity).findBy({ programId })).map((x) => x.date));
    const date = eachDay('2026-06-17', '2026-07-10').find((d) => isWorkingDay(d) && !taken.has(d))!;
    const base = { programId, date, place: '中央地区', method: 'on_site_acceptance', cityStaffPresent: true, status: 'held', staffUserIds: [] };
    const bare = await t.http.post('/api/sessions').set('Cookie', staff).send({ ...base, serviceKind: 'home_visit' });
    expect(bare.status).toBe(422);
    expect(bare.body.errors.unbookedReason).toBe('予約から作成されていない訪問を「実施済み」にするには、予約なしの理由を選んでください');
    const other = await t.http.post('/api/sessions').set('Cookie', staff).send({ ...base, serviceKind: 'home_visit', unbookedReason: 'other' });
    expect(other.status).toBe(400);
    expect(other.body.errors.unbookedReasonText).toBe('予約なしの理由（その他）の内容を入力してください');
    const unknown = await t.http.post('/api/sessions').set('Cookie', staff).send({ ...base, serviceKind: 'home_visit', unbookedReason: 'whim' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors.unbookedReason).toBe('予約なしの理由を選んでください');
    const planned = await t.http.post('/api/sessions').set('Cookie', staff).send({ ...base, serviceKind: 'home_visit', status: 'planned' });
    expect(planned.status).toBe(201);
    const heldLater = await t.http.put(`/api/sessions/${planned.body.id}`).set('Cookie', staff).send({ ...base, programId: undefined, serviceKind: 'home_visit' });
    expect(heldLater.body.errors.unbookedReason).toBeDefined();

    const held = await t.http.put(`/api/sessions/${planned.body.id}`).set('Cookie', staff).send({ ...base, programId: undefined, serviceKind: 'home_visit', unbookedReason: 'other', unbookedReasonText: '民生委員からの紹介' });
    expect(held.status).toBe(200);
    expect(held.body).toMatchObject({ bookingId: null, unbookedReason: 'other', unbookedReasonText: '民生委員からの紹介' });
    const facility = await t.http.post('/api/sessions').set('Cookie', staff).send({ ...base, serviceKind: 'facility_visit', place: '検証の家', unbookedReason: 'facility_request' });
    expect(facility.status).toBe(201);

    const summary = (await t.http.get(`/api/programs/${programId}/dashboard?from=${date}&to=${date}`).set('Cookie', city)).body;
    expect(summary.funnel.unbookedByReason).toEqual([
      { reason: 'facility_request', count: 1 },
      { reason: 'other', count: 1 },
    ]);
    expect(summary.funnel).toMatchObject({ unbookedVisits: 2, visitsFromBookings: 0 });
  });

  it('asks no reason and keeps none where the program books no visits: no visit of it is 予約なし', async () => {
    const programId = t.ids.programs.otaru;
    const current = (await t.http.get(`/api/programs/${programId}`).set('Cookie', city)).body;
    expect((await t.http.put(`/api/programs/${programId}`).set('Cookie', city).send({ ...current, takesBookings: false })).status).toBe(200);
    try {
      const taken = new Set((await t.dataSource.getRepository(SessionEntity).findBy({ programId })).map((x) => x.date));
      const date = eachDay('2026-06-17', '2026-07-10').find((d) => isWorkingDay(d) && !taken.has(d))!;
      const base = { programId, date, place: '中央地区', method: 'on_site_acceptance', cityStaffPresent: true, status: 'held', staffUserIds: [], serviceKind: 'home_visit' };
      const bare = await t.http.post('/api/sessions').set('Cookie', staff).send(base);
      expect(bare.status).toBe(201);
      const given = await t.http.post('/api/sessions').set('Cookie', staff).send({ ...base, serviceKind: 'facility_visit', place: '検証の家', unbookedReason: 'facility_request' });
      expect(given.status).toBe(201);
      expect([bare.body.unbookedReason, given.body.unbookedReason]).toEqual([null, null]);
      const summary = (await t.http.get(`/api/programs/${programId}/dashboard?from=${date}&to=${date}`).set('Cookie', city)).body;
      expect(summary.funnel).toMatchObject({ sessionsHeld: 2, unbookedVisits: 0, visitsFromBookings: 0, unbookedByReason: [] });
    } finally {
      expect((await t.http.put(`/api/programs/${programId}`).set('Cookie', city).send(current)).status).toBe(200);
    }
  });
});
