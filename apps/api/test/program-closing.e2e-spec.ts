import { In } from 'typeorm';
import sharp from 'sharp';
import { UploadedFiles } from '../src/common/files/uploaded-files';
import { ApplicationEntity } from '../src/modules/applications/application.entity';
import { FacePhotoFiles } from '../src/modules/applications/face-photo-files';
import { BookingPersonalEntity } from '../src/modules/booking-personal/booking-personal.entity';
import { RecordCipher } from '../src/common/crypto/record-cipher';
import { BookingEntity } from '../src/modules/bookings/booking.entity';
import { FacilityEntity } from '../src/modules/facilities/facility.entity';
import { CallBackEntity } from '../src/modules/call-backs/call-back.entity';
import { HandlingRecordEntity } from '../src/modules/handling-records/handling-record.entity';
import { binary, readWorkbook } from './support/binary';
import { homeBooking, intake } from './support/factories';
import { createTestApp, DEMO, FixedClock, login, type TestApp } from './support/test-app';

/** Closing a contract (個人情報取扱特記事項 §10): checklist, deletion or handover, closing, certificate of deletion. */
describe('closing a contract', () => {
  const clock = new FixedClock(new Date('2026-10-01T01:00:00Z'));
  let t: TestApp;
  let programId: string;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    programId = t.ids.programs.otaru;
    // Three reservations still holding personal data when the contract ends.
    const staff = await login(t, DEMO.vendorStaff);
    for (let i = 0; i < 3; i++) {
      const offer = (await t.http.post(`/api/programs/${programId}/slots/search`).set('Cookie', staff).send({ request: { kind: 'home', plannedApplications: 1, district: '中央地区', wishes: {} } })).body.offers[0];
      const res = await t.http.post(`/api/programs/${programId}/bookings`).set('Cookie', staff).send(homeBooking(intake({}, { name: `架空 終了${i}` }), { date: offer.date, half: offer.half, positions: offer.positions }));
      expect(res.status).toBe(201);
      if (i === 0) {
        // Its application in the register (issue 19), its personal fields sealed under the application's own key.
        const { phone: _phone, ...applicant } = intake({}, { name: '架空 終了0' }).applicants[0];
        const filed = await t.http
          .post(`/api/programs/${programId}/sessions/${res.body.sessionId}/applications`)
          .set('Cookie', staff)
          .send({ ...applicant, source: 'booking', bookingId: res.body.id, sourceIndex: 0, applicationFormId: '9999 8888 7777 6666 5555 401', photoSource: 'brought', receiptMethod: 'limited_delivery_mail' });
        expect(filed.status).toBe(201);
        // With its face photo, which the closing deletes with the personal fields.
        const face = await sharp({ create: { width: 35, height: 45, channels: 3, background: '#a09080' } }).jpeg().toBuffer();
        expect((await t.http.put(`/api/programs/${programId}/applications/${filed.body.id}/face-photo`).set('Cookie', staff).attach('file', face, { filename: 'face.jpg' })).status).toBe(200);
      }
    }
    clock.set(new Date('2026-12-10T01:00:00Z'));
  });
  afterAll(() => t.close());

  const checklist = async (cookie: string) => (await t.http.get(`/api/programs/${programId}/closing`).set('Cookie', cookie)).body;

  it('waits for the end of the period', async () => {
    const manager = await login(t, DEMO.vendorManager);
    const list = await checklist(manager);
    expect(list.notYet).toBe('事業期間（令和9年1月8日まで）が終わってから終了の手続きをしてください');
    const held = list.items.filter((i: { kind: string }) => i.kind === 'booking');
    expect(held.length).toBeGreaterThan(1);
    const res = await t.http.post(`/api/programs/${programId}/closing/delete`).set('Cookie', manager).send({ bookingIds: [held[0].id] });
    expect(res.status).toBe(422);
  });

  it('lists every record holding personal data; each is deleted or handed over, recorded; then the program closes and takes no new personal data', async () => {
    // The demo's contract (003 §3(1)) ends on 2027-01-08, after the visits.
    clock.set(new Date('2027-01-09T01:00:00Z'));
    const manager = await login(t, DEMO.vendorManager);
    const staff = await login(t, DEMO.vendorStaff);
    const city = await login(t, DEMO.otaruAdmin);
    // A caller still waiting for a call back when the contract ends: the closing deletes their data.
    const waiting = await t.http.post(`/api/programs/${programId}/call-backs`).set('Cookie', staff).send({ callerName: '見本 桜子', phone: '090-9999-0099', wanted: '来年度も訪問があるか', dueAt: '2027-01-12T10:00:00+09:00' });
    expect(waiting.status).toBe(201);
    const before = await checklist(city);
    const held: Array<{ id: string; label: string }> = before.items.filter((i: { kind: string }) => i.kind === 'booking');
    expect(held.every((i) => /^受付番号\d+（/.test(i.label))).toBe(true);
    expect(before.closeProblem).toBe(`個人情報が残っている記録が${before.items.length}件あります。すべて削除するか市へ引き渡してから終了してください`);
    expect((await t.http.post(`/api/programs/${programId}/closing/close`).set('Cookie', manager)).status).toBe(409);

    // Hand one over to the city: a handover file, prepared by staff, approved by the manager, downloaded.
    const [handed, ...rest] = held;
    const file = await t.http.post(`/api/programs/${programId}/share-files`).set('Cookie', staff).send({ purpose: 'handover', bookingIds: [handed.id] });
    expect(file.status).toBe(201);
    expect((await checklist(manager)).items.find((i: { id: string }) => i.id === handed.id)).toMatchObject({ inHandoverFile: true, actions: [] });
    expect((await t.http.post(`/api/programs/${programId}/closing/delete`).set('Cookie', manager).send({ bookingIds: [handed.id] })).status).toBe(409);
    expect((await t.http.post(`/api/share-files/${file.body.id}/approve`).set('Cookie', manager)).status).toBe(200);
    const dl = await t.http.post(`/api/share-files/${file.body.id}/download`).set('Cookie', staff);
    expect(dl.status).toBe(200);
    expect(await t.dataSource.getRepository(BookingPersonalEntity).findOneBy({ bookingId: handed.id })).toBeNull();
    expect((await t.dataSource.getRepository(BookingEntity).findOneByOrFail({ id: handed.id })).personalDataDeletionRule).toBe('handed_over');
    expect(await t.dataSource.getRepository(HandlingRecordEntity).findOneBy({ resourceId: handed.id, action: 'booking.hand_over' })).not.toBeNull();

    // Delete the rest.
    const deleted = await t.http.post(`/api/programs/${programId}/closing/delete`).set('Cookie', manager).send({ bookingIds: rest.map((r) => r.id) });
    expect(deleted.status).toBe(200);
    expect(deleted.body.items).toEqual([]);
    expect(deleted.body.closeProblem).toBeNull();
    expect(deleted.body.handedOver).toBe(1);
    const rows = await t.dataSource.getRepository(HandlingRecordEntity).findBy({ action: 'booking.personal_delete', reason: '契約終了に伴う削除（特記事項第10）' });
    expect(rows.map((r) => r.resourceId).sort()).toEqual(rest.map((r) => r.id).sort());

    // The facilities' contact persons, sealed under each facility's own key, are still readable before the closing.
    const cipher = t.app.get(RecordCipher);
    const facilities = t.dataSource.getRepository(FacilityEntity);
    const sealed = (await facilities.findBy({ programId })).filter((f) => f.contact !== null);
    expect(sealed.length).toBeGreaterThan(0);
    expect(cipher.open<{ contactName: string | null }>(sealed[0].id, sealed[0].contact!).contactName).toBeTruthy();

    const applications = t.dataSource.getRepository(ApplicationEntity);
    const registered = (await applications.findBy({ programId })).filter((a) => a.data !== null);
    expect(registered.length).toBeGreaterThan(0);
    // This test's application among the demo's register.
    const own = registered.find((a) => cipher.open<{ name: string }>(a.id, a.data!).name === '架空 終了0')!;
    expect(own).toBeDefined();

    const closed = await t.http.post(`/api/programs/${programId}/closing/close`).set('Cookie', manager);
    expect(closed.status).toBe(200);
    expect(closed.body.closedAt).not.toBeNull();
    expect(await t.dataSource.getRepository(HandlingRecordEntity).findOneBy({ resourceId: programId, action: 'program.close' })).not.toBeNull();

    // Closing crypto-shreds them: the column is emptied, each deletion recorded, and a copy taken before (a backup)
    // no longer opens with any key the system holds; the facility itself (an organisation's data) stays.
    expect(await facilities.countBy({ programId })).toBeGreaterThanOrEqual(sealed.length);
    expect((await facilities.findBy({ programId })).filter((f) => f.contact !== null)).toEqual([]);
    const recorded = await t.dataSource.getRepository(HandlingRecordEntity).findBy({ action: 'facility.delete_contact', programId });
    expect(recorded.map((r) => r.resourceId).sort()).toEqual(sealed.map((f) => f.id).sort());
    expect(recorded.every((r) => r.reason === '契約終了に伴う削除（特記事項第10）')).toBe(true);
    for (const f of sealed) expect(() => cipher.open(f.id, f.contact!)).toThrow('この個人情報は削除済みです');
    // The applicant register's personal fields go the same way; the application's facts stay for the reports.
    for (const a of await applications.findBy({ id: In(registered.map((r) => r.id)) })) expect(a).toMatchObject({ data: null, personalDataDeletedAt: expect.any(Date) });
    expect((await applications.findOneByOrFail({ id: own.id })).applicationType).toBe('renewal');
    // (The demo's earlier ones are the sweep's, of the hand-overs whose follow-up ended: not the closing's.)
    const shredded = (await t.dataSource.getRepository(HandlingRecordEntity).findBy({ action: 'application.delete_personal', programId })).filter((r) => r.userId !== null);
    expect(shredded.map((r) => r.resourceId).sort()).toEqual(registered.map((r) => r.id).sort());
    expect(shredded.every((r) => r.userId === t.ids.users[DEMO.vendorManager])).toBe(true);
    for (const a of registered) expect(() => cipher.open(a.id, a.data!)).toThrow('この個人情報は削除済みです');
    // Its face photo too: the files removed, the deletion recorded as the manager's on the closing's rule.
    const withPhoto = registered.find((a) => a.facePhotoAt !== null)!;
    await expect(t.app.get(UploadedFiles).read(FacePhotoFiles.fileName(programId, withPhoto.id, 'full'))).rejects.toThrow();
    const photoDeleted = await t.dataSource.getRepository(HandlingRecordEntity).findBy({ action: 'application.delete_face_photo', programId });
    expect(photoDeleted.map((r) => [r.resourceId, r.userId, r.reason])).toEqual([[withPhoto.id, t.ids.users[DEMO.vendorManager], '契約終了に伴う削除（特記事項第10）']]);
    expect(await applications.findOneByOrFail({ id: withPhoto.id })).toMatchObject({ personalDataDeletionRule: 'contract_closed', personalDataDeletedBy: t.ids.users[DEMO.vendorManager] });
    const callBack = await t.dataSource.getRepository(CallBackEntity).findOneByOrFail({ id: waiting.body.id });
    expect(callBack).toMatchObject({ status: 'done', data: null });
    expect(await t.dataSource.getRepository(HandlingRecordEntity).findOneBy({ resourceId: waiting.body.id, action: 'call_back.delete_personal', reason: '契約終了に伴う削除（特記事項第10）' })).not.toBeNull();
    const page = await t.http.get(`/api/programs/${programId}/facilities/${sealed[0].id}`).set('Cookie', manager);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ name: sealed[0].name, contactName: null, contactPhone: null });

    const refused = await t.http.post(`/api/programs/${programId}/bookings`).set('Cookie', staff).send(homeBooking(intake(), { date: '2026-12-28', half: 'am', positions: ['AM1'] }));
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe('この事業は契約終了の手続きが済んでいるため、個人情報を含む新しい受付はできません');
  });

  it('issues the certificate of deletion in 和暦, listing what was deleted and when', async () => {
    const res = await t.http.get(`/api/programs/${programId}/reports/deletion-certificate.xlsx`).set('Cookie', await login(t, DEMO.otaruAdmin)).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    const ws = (await readWorkbook(res.body)).getWorksheet('削除証明書')!;
    const text = JSON.stringify(ws.getSheetValues());
    expect(text).toContain('個人情報削除証明書');
    expect(text).toContain('小樽市長\u3000様');
    expect(text).toContain('令和9年1月9日');
    expect(text).toContain('市への引渡し後の削除（特記事項第10）');
    expect(text).toContain('契約終了に伴う削除（特記事項第10）');
    expect(text).not.toContain('途中');
  });
});
