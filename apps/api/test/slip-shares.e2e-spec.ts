import { decryptOfficePackage } from '../src/common/excel/office-encryption';
import { BookingEntity } from '../src/modules/bookings/booking.entity';
import { ProgramEntity } from '../src/modules/programs/program.entity';
import { HandlingRecordEntity } from '../src/modules/handling-records/handling-record.entity';
import { readWorkbook } from './support/binary';
import { homeBooking, intake } from './support/factories';
import { createTestApp, DEMO, FixedClock, handlingTargets, login, type TestApp } from './support/test-app';

/** The weekly share on time (003 §9(1)) and the encrypted share file released by a second person (ADR 0010). */
describe('weekly share of reception slips', () => {
  const clock = new FixedClock(new Date('2026-09-01T01:00:00Z')); // Tuesday 2026-09-01 JST
  let t: TestApp;
  let staff: string;
  let manager: string;
  let programId: string;
  let booking: { id: string; visitDate: string; receptionNumber: number };
  let visitWeek: string;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    programId = t.ids.programs.otaru;
    staff = await login(t, DEMO.vendorStaff);
    manager = await login(t, DEMO.vendorManager);
    const offer = (await t.http.post(`/api/programs/${programId}/slots/search`).set('Cookie', staff).send({ request: { kind: 'home', plannedApplications: 1, district: '中央地区', wishes: {} } })).body.offers[0];
    const res = await t.http.post(`/api/programs/${programId}/bookings`).set('Cookie', staff).send(homeBooking(intake({}, { name: '架空 週共有' }), { date: offer.date, half: offer.half, positions: offer.positions }));
    expect(res.status).toBe(201);
    booking = res.body;
    const d = new Date(`${booking.visitDate}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
    visitWeek = d.toISOString().slice(0, 10);
  });
  afterAll(() => t.close());

  const week = async (cookie: string) => {
    const res = await t.http.get(`/api/programs/${programId}/slip-shares?from=${visitWeek}&to=${visitWeek}`).set('Cookie', cookie);
    expect(res.status).toBe(200);
    return res.body[0];
  };

  it('gives each visit week its due date (Tuesday of the week before) and lists the slips not yet shared', async () => {
    const w = await week(staff);
    const due = new Date(`${visitWeek}T00:00:00Z`);
    due.setUTCDate(due.getUTCDate() - 6);
    expect(w).toMatchObject({ weekStart: visitWeek, dueDate: due.toISOString().slice(0, 10) });
    expect(w.unshared).toEqual(expect.arrayContaining([{ bookingId: booking.id, receptionNumber: booking.receptionNumber, visitDate: booking.visitDate }]));
  });

  it('puts an overdue share on the attention list of the vendor and of the city', async () => {
    const w = await week(staff);
    clock.set(new Date(`${w.dueDate}T15:00:00Z`)); // the day after the due date, JST
    for (const email of [DEMO.vendorManager, DEMO.otaruAdmin]) {
      const s = await t.http.get(`/api/programs/${programId}/dashboard`).set('Cookie', await login(t, email));
      expect(s.body.attention).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'slip_share_overdue', resource: 'reception-list', id: visitWeek })]));
    }
    clock.set(new Date('2026-09-01T01:00:00Z'));
  });

  it('refuses a share for a date that is not a week start (422, the field named, in Japanese)', async () => {
    const wednesday = new Date(`${visitWeek}T00:00:00Z`);
    wednesday.setUTCDate(wednesday.getUTCDate() + 2);
    const res = await t.http.post(`/api/programs/${programId}/reception-slips/share`).set('Cookie', manager).send({ weekStart: wednesday.toISOString().slice(0, 10) });
    expect(res.status).toBe(422);
    expect(res.body.errors.weekStart).toBe(`共有する週はその週の初日（月曜日、この日なら${visitWeek}）で指定してください`);
  });

  it('keeps the file out unless the program asks for it', async () => {
    const res = await t.http.post(`/api/programs/${programId}/share-files`).set('Cookie', staff).send({ purpose: 'weekly', weekStart: visitWeek });
    expect(res.status).toBe(409);
  });

  it('releases an encrypted file only after a second person approves, each step recorded, and the download shares the slips', async () => {
    await t.dataSource.getRepository(ProgramEntity).update({ id: programId }, { slipShareFile: true });
    const prepared = await t.http.post(`/api/programs/${programId}/share-files`).set('Cookie', staff).send({ purpose: 'weekly', weekStart: visitWeek });
    expect(prepared.status).toBe(201);
    expect(prepared.body).toMatchObject({ status: 'prepared', statusLabel: '承認待ち', weekStart: visitWeek });
    expect(prepared.body.receptionNumbers).toContain(booking.receptionNumber);
    const id: string = prepared.body.id;

    expect((await t.http.post(`/api/share-files/${id}/download`).set('Cookie', staff)).status).toBe(409);
    expect((await t.http.post(`/api/share-files/${id}/approve`).set('Cookie', staff)).status).toBe(403);
    const approved = await t.http.post(`/api/share-files/${id}/approve`).set('Cookie', manager);
    expect(approved.status).toBe(200);
    expect(approved.body.approvedByName).toBeTruthy();

    const dl = await t.http.post(`/api/share-files/${id}/download`).set('Cookie', staff);
    expect(dl.status).toBe(200);
    expect(dl.body.password).toMatch(/^[A-HJ-NP-Za-km-z2-9]{16}$/);
    expect(dl.body.filename).toMatch(/^小樽市_受付票_.*\.xlsx$/);
    const file = Buffer.from(dl.body.content, 'base64');
    expect(file.includes(Buffer.from('架空 週共有'))).toBe(false);
    const wb = await readWorkbook(await decryptOfficePackage(file, dl.body.password));
    const cells = JSON.stringify(wb.getWorksheet('個人宅')!.getSheetValues());
    expect(cells).toContain('架空 週共有');
    const again = await t.http.post(`/api/share-files/${id}/download`).set('Cookie', manager);
    expect(again.body.password).not.toBe(dl.body.password); // a new password at every download

    expect((await t.dataSource.getRepository(BookingEntity).findOneByOrFail({ id: booking.id })).sharedWithCityAt).not.toBeNull();
    const actions = (await t.dataSource.getRepository(HandlingRecordEntity).find({ where: { resourceId: id } })).map((r) => r.action).sort();
    expect(actions).toEqual(['share_file.approve', 'share_file.download', 'share_file.download', 'share_file.prepare']);
    expect(await handlingTargets(t, manager, 'share_file', id)).toEqual([expect.stringMatching(/^令和\d+年\d+月\d+日作成の受付票ファイル（週次の受付票）$/)]);
    const shared = await t.dataSource.getRepository(HandlingRecordEntity).findOneByOrFail({ resourceId: booking.id, action: 'booking.share' });
    expect(shared.municipalityId).toBe(t.ids.municipalities.otaru);
    // The week in words, as the share file names it (not the ISO date key).
    const [y, m, d] = visitWeek.split('-').map(Number);
    expect(shared.reason).toBe(`${y}年${m}月${d}日からの週（暗号化ファイル）`);
    expect((await week(staff)).unshared).toEqual([]);
  });

  it('does not let the one who prepared a file approve it', async () => {
    await t.dataSource.getRepository(BookingEntity).update({ id: booking.id }, { sharedWithCityAt: null });
    const prepared = await t.http.post(`/api/programs/${programId}/share-files`).set('Cookie', manager).send({ purpose: 'weekly', weekStart: visitWeek });
    expect(prepared.status).toBe(201);
    const own = await t.http.post(`/api/share-files/${prepared.body.id}/approve`).set('Cookie', manager);
    expect(own.status).toBe(409);
    expect(own.body.message).toBe('準備した本人は承認できません。別の管理者が内容を確認して承認してください');
  });
});
