import JSZip from 'jszip';
import sharp from 'sharp';
import { UploadedFiles } from '../src/common/files/uploaded-files';
import { ApplicationEntity, HandOverBatchEntity } from '../src/modules/applications/application.entity';
import { ActivityPhotoEntity } from '../src/modules/daily-reports/daily-report.entity';
import { FacePhotoFiles } from '../src/modules/applications/face-photo-files';
import { HandOversService } from '../src/modules/applications/hand-overs.service';
import { HandlingRecordEntity } from '../src/modules/handling-records/handling-record.entity';
import { SessionEntity } from '../src/modules/sessions/session.entity';
import { binary, readWorkbook } from './support/binary';
import { homeBooking, intake } from './support/factories';
import { DEMO, FixedClock, login, openDemo, type TestApp } from './support/test-app';
import { isHeader, values } from './support/workbook';

/**
 * Issue 19 item 3: a day's applications go to the city as one recorded batch (each application's hand-over date
 * kept, in one batch at most, a retried create filed once), the Excel list in Japanese read back with exceljs and its
 * download recorded, another municipality's city a 404, and the personal fields deleted by the purge after the
 * program's follow-up period, each deletion recorded. The face photo (顔写真): attached by staff, sealed at rest, shown
 * only to those who see the personal fields (each view recorded), handed over in the zip named by 申請書ID, and deleted
 * with the personal fields by the purge.
 */
describe('the hand-over to the city (引渡し)', () => {
  const clock = new FixedClock(new Date('2026-09-01T01:00:00Z'));
  let t: TestApp;
  let programId: string;
  let cookies: Record<'staff' | 'manager' | 'city' | 'otherCity', string>;
  let date: string;
  let batchId: string;
  /** The batch's number: after the demo's own hand-overs of earlier weeks. */
  let n: number;
  /** The program's demo applications handed over in earlier batches. */
  let earlier = 0;
  let kyusakuId: string;
  let photoJpeg: Buffer;
  const relogin = async () => {
    cookies = { staff: await login(t, DEMO.vendorStaff), manager: await login(t, DEMO.vendorManager), city: await login(t, DEMO.otaruAdmin), otherCity: await login(t, DEMO.shimonosekiAdmin) };
  };

  beforeAll(async () => {
    ({ t, programId, cookies } = await openDemo({ clock }, { staff: DEMO.vendorStaff, manager: DEMO.vendorManager, city: DEMO.otaruAdmin, otherCity: DEMO.shimonosekiAdmin }));
    const offer = (await t.http.post(`/api/programs/${programId}/slots/search`).set('Cookie', cookies.staff).send({ request: { kind: 'home', plannedApplications: 2, district: '中央地区', wishes: {} } })).body.offers[0];
    const household = intake({ caller: { relation: 'cohabiting_family', name: '見本 花枝', relationDetail: '娘', phone: '090-9999-0042' }, applicants: [intake().applicants[0], { ...intake().applicants[0], name: '見本 久作', kana: 'ミホン キュウサク', dateOfBirth: '1941-04-01', applicationType: 'new', identityDocuments: ['drivers_license'] }] });
    const booked = await t.http.post(`/api/programs/${programId}/bookings`).set('Cookie', cookies.staff).send(homeBooking(household, { date: offer.date, half: offer.half, positions: offer.positions }));
    expect(booked.status).toBe(201);
    const sessionId = (await t.dataSource.getRepository(SessionEntity).findOneByOrFail({ bookingId: booked.body.id })).id;
    date = offer.date;
    clock.set(new Date(`${offer.date}T05:00:00Z`));
    await relogin();
    const reg = (await t.http.get(`/api/programs/${programId}/sessions/${sessionId}/register`).set('Cookie', cookies.staff)).body;
    const formIds = ['1234 5678 9012 3456 7890 123', '9999 8888 7777 6666 5555 444'];
    for (const [i, c] of reg.candidates.entries()) {
      const res = await t.http
        .post(`/api/programs/${programId}/sessions/${sessionId}/applications`)
        .set('Cookie', cookies.staff)
        .send({ ...c.prefill, source: 'booking', bookingId: booked.body.id, sourceIndex: c.sourceIndex, applicationFormId: formIds[i], sex: 'male', receiptMethod: 'limited_delivery_mail', identityDocuments: ['my_number_card'] });
      expect(res.status).toBe(201);
    }
    kyusakuId = (await t.dataSource.getRepository(ApplicationEntity).findOneByOrFail({ bookingId: booked.body.id, sourceIndex: 1 })).id;
  });
  afterAll(() => t.close());

  it('attaches a face photo: JPEG or PNG checked with a Japanese 422 on file, sealed at rest, shown only to the vendor’s people, each view recorded', async () => {
    const url = `/api/programs/${programId}/applications/${kyusakuId}/face-photo`;
    const png = await sharp({ create: { width: 350, height: 450, channels: 3, background: '#d0c0b0' } }).png().toBuffer();
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00');
    const refused = await t.http.put(url).set('Cookie', cookies.staff).attach('file', gif, { filename: 'face.jpg', contentType: 'image/jpeg' });
    expect([refused.status, refused.body.errors]).toEqual([422, { file: '顔写真は JPEG または PNG の画像を選択してください（HEIC は JPEG で保存してください）' }]);
    const big = Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await t.http.put(url).set('Cookie', cookies.staff).attach('file', big, { filename: 'face.png', contentType: 'image/png' });
    expect([tooBig.status, tooBig.body.errors]).toEqual([422, { file: '顔写真は10MBまでです' }]);
    expect((await t.http.put(url).set('Cookie', cookies.city).attach('file', png, { filename: 'face.png' })).status).toBe(403);

    const activityPhotos = await t.dataSource.getRepository(ActivityPhotoEntity).countBy({ programId });
    const attached = await t.http.put(url).set('Cookie', cookies.staff).attach('file', png, { filename: 'face.png', contentType: 'image/png' });
    expect(attached.status).toBe(200);
    expect(attached.body.facePhoto).toBe(true);
    // Never an activity photo: nothing the photo statistics, the reports or the 活動写真 sheet read was added.
    expect(await t.dataSource.getRepository(ActivityPhotoEntity).countBy({ programId })).toBe(activityPhotos);

    const shown = await t.http.get(url).set('Cookie', cookies.staff).buffer(true).parse(binary);
    expect([shown.status, shown.headers['content-type'], shown.headers['cache-control']]).toEqual([200, 'image/jpeg', 'no-store']);
    photoJpeg = shown.body as Buffer;
    expect((await sharp(photoJpeg).metadata()).format).toBe('jpeg');
    const thumb = await t.http.get(`${url}/thumbnail`).set('Cookie', cookies.manager).buffer(true).parse(binary);
    expect((await sharp(thumb.body as Buffer).metadata()).height).toBeLessThanOrEqual(240);

    // At rest: the file under PHOTO_DIR is sealed — neither the JPEG nor its start — and names no person.
    const raw = await t.app.get(UploadedFiles).read(FacePhotoFiles.fileName(programId, kyusakuId, 'full'));
    expect(raw.equals(photoJpeg)).toBe(false);
    expect(raw.includes(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false);
    expect(raw.subarray(0, 4).toString('ascii')).toBe('r1f.');

    // The city sees the register's facts, not the photo; another municipality's city and another program: 404.
    const city = await t.http.get(url).set('Cookie', cookies.city);
    expect(city.status).toBe(403);
    expect((await t.http.get(`/api/programs/${programId}/applications/${kyusakuId}`).set('Cookie', cookies.city)).body).toMatchObject({ personal: null, facePhoto: true });
    expect((await t.http.get(url).set('Cookie', cookies.otherCity)).status).toBe(404);
    expect((await t.http.get(`/api/programs/${t.ids.programs.shimonoseki}/applications/${kyusakuId}/face-photo`).set('Cookie', cookies.otherCity)).status).toBe(404);
    const views = await t.dataSource.getRepository(HandlingRecordEntity).findBy({ action: 'application.read_face_photo', resourceId: kyusakuId });
    expect(views).toHaveLength(2);
    expect(await t.dataSource.getRepository(HandlingRecordEntity).countBy({ action: 'application.attach_face_photo', resourceId: kyusakuId })).toBe(1);
    clock.set(new Date(`${date}T09:00:00Z`)); // 18:00 JST, the day's work done
  });

  it('shows the manager the day’s applications not yet handed over, and hands them over once however often the create is retried', async () => {
    const pending = await t.http.get(`/api/programs/${programId}/hand-overs/pending?from=${date}&to=${date}`).set('Cookie', cookies.manager);
    expect(pending.status).toBe(200);
    expect(pending.body.map((a: { personal: { name: string } }) => a.personal.name).sort()).toEqual(['架空 太郎', '見本 久作']);
    expect((await t.http.get(`/api/programs/${programId}/hand-overs/pending?from=${date}&to=${date}`).set('Cookie', cookies.city)).status).toBe(403);

    const create = () => t.http.post(`/api/programs/${programId}/hand-overs`).set('Cookie', cookies.manager).set('Idempotency-Key', 'hand-over-0001').send({ from: date, to: date });
    const first = await create();
    expect(first.status).toBe(201);
    n = await t.dataSource.getRepository(HandOverBatchEntity).countBy({ programId }); // the demo's batches, then this one
    expect(first.body).toMatchObject({ number: n, from: date, to: date, applicationCount: 2, personalDataDeletedAt: null });
    batchId = first.body.id;
    const again = await create();
    expect(again.body.id).toBe(batchId);
    expect(await t.dataSource.getRepository(HandOverBatchEntity).countBy({ programId })).toBe(n);

    const nothing = await t.http.post(`/api/programs/${programId}/hand-overs`).set('Cookie', cookies.manager).send({ from: date, to: date });
    expect([nothing.status, Object.keys(nothing.body.errors)]).toEqual([422, ['from']]);
    const week = await t.http.post(`/api/programs/${programId}/hand-overs`).set('Cookie', cookies.manager).send({ from: date, to: '2099-01-01' });
    expect([week.status, Object.keys(week.body.errors)]).toEqual([400, ['to']]);

    const apps = await t.dataSource.getRepository(ApplicationEntity).findBy({ programId, date });
    expect(apps.map((a) => [a.handOverBatchId, a.handedOverDate])).toEqual([
      [batchId, date],
      [batchId, date],
    ]);
    const recorded = await t.dataSource.getRepository(HandlingRecordEntity).findBy({ action: 'hand_over.create', resourceId: batchId });
    expect(recorded.map((r) => r.reason)).toEqual([`第${n}回 申請2件`]);
  });

  it('gives the city the batch as one zip — its Excel list in Japanese and the face photo named by 申請書ID — recorded; another municipality’s city gets 404', async () => {
    const list = await t.http.get(`/api/programs/${programId}/hand-overs`).set('Cookie', cookies.city);
    expect(list.body.map((b: { id: string }) => b.id)).toContain(batchId);
    const res = await t.http.get(`/api/programs/${programId}/hand-overs/${batchId}/download.zip`).set('Cookie', cookies.city).buffer(true).parse(binary);
    expect([res.status, res.headers['content-type']]).toEqual([200, 'application/zip']);
    expect(decodeURIComponent(res.headers['content-disposition'])).toContain(`引渡し_第${n}回_${date.replaceAll('-', '')}.zip`);
    const zip = await JSZip.loadAsync(res.body as Buffer);
    const entries = Object.keys(zip.files).filter((n) => !zip.files[n].dir).sort();
    expect(entries).toEqual([`申請者一覧_第${n}回_${date.replaceAll('-', '')}.xlsx`, '顔写真/99998888777766665555444.jpg']);
    expect((await zip.file('顔写真/99998888777766665555444.jpg')!.async('nodebuffer')).equals(photoJpeg)).toBe(true);
    // What went to the city stays as given: the photo of a handed-over application is not replaced.
    const late = await t.http.put(`/api/programs/${programId}/applications/${kyusakuId}/face-photo`).set('Cookie', cookies.staff).attach('file', photoJpeg, { filename: 'face.jpg' });
    expect([late.status, Object.keys(late.body.errors)]).toEqual([409, ['file']]);
    const wb = await readWorkbook(await zip.file(entries[0])!.async('nodebuffer'));
    const ws = wb.getWorksheet('申請者一覧')!;
    const rows: unknown[][] = [];
    let header: unknown[] = [];
    ws.eachRow((row) => {
      if (isHeader(row)) header = values(row);
      else if (header.length && typeof row.getCell(1).value === 'number') rows.push(values(row));
    });
    expect(header.slice(0, 9)).toEqual(['No', '申請書ID', '氏名', 'フリガナ', '生年月日', '性別', '住所', '申請区分', '受取方法']);
    const kyusaku = rows.find((r) => r[2] === '見本 久作')!;
    expect(kyusaku.slice(4, 6)).toEqual(['昭和16年4月1日', '男']);
    expect(kyusaku[8]).toBe('本人限定受取郵便');
    expect(rows.map((r) => r[1]).sort()).toEqual(['12345678901234567890123', '99998888777766665555444']);
    const downloads = await t.dataSource.getRepository(HandlingRecordEntity).findBy({ action: 'hand_over.download', resourceId: batchId });
    expect(downloads.map((r) => r.reason)).toEqual([`第${n}回 申請者一覧 2件・顔写真 1枚`]);

    expect((await t.http.get(`/api/programs/${programId}/hand-overs`).set('Cookie', cookies.otherCity)).status).toBe(404);
    expect((await t.http.get(`/api/programs/${programId}/hand-overs/${batchId}/download.zip`).set('Cookie', cookies.otherCity)).status).toBe(404);
    expect((await t.http.get(`/api/programs/${t.ids.programs.shimonoseki}/hand-overs/${batchId}/download.zip`).set('Cookie', cookies.otherCity)).status).toBe(404);
  });

  it('deletes the personal fields by the purge only after the follow-up period, each deletion recorded, and the list is no longer given', async () => {
    const purge = t.app.get(HandOversService);
    const handed = clock.now();
    // The demo's batches of earlier weeks (both cities') were handed over before this one: their follow-up ends first
    // (the first ones' ended before today: the demo's sweep deleted those already).
    const all = await t.dataSource.getRepository(ApplicationEntity).find({});
    const held = all.filter((a) => a.handOverBatchId !== null && a.handOverBatchId !== batchId && a.personalDataDeletedAt === null);
    earlier = all.filter((a) => a.programId === programId && a.handOverBatchId !== null && a.handOverBatchId !== batchId).length;
    clock.set(new Date(handed.getTime() + 90 * 86_400_000));
    expect(await purge.purgeDue()).toBe(held.length);
    clock.set(new Date(handed.getTime() + 91 * 86_400_000));
    expect(await purge.purgeDue()).toBe(2);
    expect(await purge.purgeDue()).toBe(0);
    const apps = await t.dataSource.getRepository(ApplicationEntity).findBy({ handOverBatchId: batchId });
    expect(apps.map((a) => [a.data, a.personalDataDeletedAt !== null])).toEqual([
      [null, true],
      [null, true],
    ]);
    // The photo's file is gone with the fields, its deletion recorded; a view is now a 404.
    await expect(t.app.get(UploadedFiles).read(FacePhotoFiles.fileName(programId, kyusakuId, 'full'))).rejects.toThrow();
    await expect(t.app.get(UploadedFiles).read(FacePhotoFiles.fileName(programId, kyusakuId, 'thumb'))).rejects.toThrow();
    const photoDeleted = await t.dataSource.getRepository(HandlingRecordEntity).findBy({ action: 'application.delete_face_photo', programId });
    expect(photoDeleted.map((r) => [r.resourceId, r.userId])).toEqual([[kyusakuId, null]]);
    const deletions = await t.dataSource.getRepository(HandlingRecordEntity).findBy({ action: 'application.delete_personal', programId });
    expect(deletions.filter((d) => apps.some((a) => a.id === d.resourceId)).map((d) => d.reason)).toEqual([
      `利用目的の終了による自動削除（市への引渡し後の削除（特記事項第10）・第${n}回引渡しから90日経過）`,
      `利用目的の終了による自動削除（市への引渡し後の削除（特記事項第10）・第${n}回引渡しから90日経過）`,
    ]);
    await relogin();
    expect((await t.http.get(`/api/programs/${programId}/applications/${kyusakuId}/face-photo`).set('Cookie', cookies.staff)).status).toBe(404);
    const batch = (await t.http.get(`/api/programs/${programId}/hand-overs`).set('Cookie', cookies.city)).body[0];
    expect(batch.personalDataDeletedAt).not.toBeNull();
    const gone = await t.http.get(`/api/programs/${programId}/hand-overs/${batchId}/download.zip`).set('Cookie', cookies.city);
    expect([gone.status, Object.keys(gone.body.errors)]).toEqual([409, ['id']]);

    // The deletion ledger's workbook lists both applications' deletions, the one with a photo as such.
    const xlsx = await t.http.get(`/api/programs/${programId}/reports/personal-data-deletions.xlsx`).set('Cookie', cookies.city).buffer(true).parse(binary);
    expect(xlsx.status).toBe(200);
    const ws = (await readWorkbook(xlsx.body)).getWorksheet('個人情報削除記録')!;
    const lines: unknown[][] = [];
    ws.eachRow((row) => {
      if (String(row.getCell(1).value).startsWith('申請記録')) lines.push(values(row));
    });
    const rule = '市への引渡し後の削除（特記事項第10）';
    // With the demo's applications handed over earlier, deleted the same way: one of all with a photo.
    expect(lines.length).toBe(earlier + 2);
    expect(lines.filter((l) => l[0] === '申請記録・顔写真').length).toBe(1);
    expect(lines.every((l) => l[0] !== '' && l[5] !== '' && l[7] === '自動削除（定期処理）' && l[8] === rule)).toBe(true);
  });
});
