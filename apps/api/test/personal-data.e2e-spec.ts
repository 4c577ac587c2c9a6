import { SWEEP_LABEL_JA } from '@outreach/domain/personal-data';
import { BookingPersonalService } from '../src/modules/booking-personal/booking-personal.service';
import { HandlingRecordEntity } from '../src/modules/handling-records/handling-record.entity';
import { SessionEntity } from '../src/modules/sessions/session.entity';
import { UserEntity } from '../src/modules/users/user.entity';
import { binary, readWorkbook } from './support/binary';
import { homeBooking, intake } from './support/factories';
import { createTestApp, DEMO, FixedClock, login, type TestApp } from './support/test-app';

/**
 * Issue 14 item 2: the deletion ledger (who, when, on which rule) on the screen's endpoint and as Excel, and the
 * program's own limit for overdue deletions on the attention list.
 */
describe('personal data: the deletion ledger and the program’s deletion limit', () => {
  const clock = new FixedClock(new Date('2026-09-01T01:00:00Z')); // Tue 10:00 JST
  let t: TestApp;
  let programId: string;
  const cookies: Record<string, string> = {};

  const as = async (email: string) => (cookies[email] ??= await login(t, email));
  /** Sessions end when the clock jumps: everyone logs in again. */
  const jump = (at: Date) => {
    clock.set(at);
    for (const k of Object.keys(cookies)) delete cookies[k];
  };

  /** A home booking taken, its week shared with the city and its session held on its day (the clock is then on that day). */
  async function visitedAndShared(district: string): Promise<{ id: string; receptionNumber: number; date: string }> {
    const staff = await as(DEMO.vendorStaff);
    const offer = (await t.http.post(`/api/programs/${programId}/slots/search`).set('Cookie', staff).send({ request: { kind: 'home', plannedApplications: 1, district, wishes: {} } })).body.offers[0];
    const booked = (await t.http.post(`/api/programs/${programId}/bookings`).set('Cookie', staff).send(homeBooking(intake({ district }), { date: offer.date, half: offer.half, positions: offer.positions }))).body;
    const week = new Date(`${offer.date}T00:00:00Z`);
    week.setUTCDate(week.getUTCDate() - ((week.getUTCDay() + 6) % 7));
    expect((await t.http.post(`/api/programs/${programId}/reception-slips/share`).set('Cookie', await as(DEMO.vendorManager)).send({ weekStart: week.toISOString().slice(0, 10) })).status).toBe(200);
    jump(new Date(`${offer.date}T08:00:00Z`));
    const session = await t.dataSource.getRepository(SessionEntity).findOneByOrFail({ id: booked.sessionId });
    const held = await t.http.put(`/api/sessions/${session.id}`).set('Cookie', await as(DEMO.vendorStaff)).send({ date: session.date, serviceKind: 'home_visit', place: session.place, method: session.method, staffUserIds: [], cityStaffPresent: true, status: 'held' });
    expect(held.status).toBe(200);
    return { id: booked.id, receptionNumber: booked.receptionNumber, date: offer.date };
  }

  const overdue = async (cookie: string) =>
    ((await t.http.get(`/api/programs/${programId}/dashboard`).set('Cookie', cookie)).body.attention as Array<{ kind: string; id: string }>).filter((a) => a.kind === 'personal_data_overdue');

  beforeAll(async () => {
    t = await createTestApp({ clock });
    programId = t.ids.programs.otaru;
  });
  afterAll(() => t.close());

  it('keeps the limit per program (default 7 days) and the attention list follows it', async () => {
    const admin = await as(DEMO.otaruAdmin);
    const program = (await t.http.get(`/api/programs/${programId}`).set('Cookie', admin)).body;
    expect(program.personalDataDeletionLimitDays).toBe(7);
    const refused = await t.http.put(`/api/programs/${programId}`).set('Cookie', admin).send({ ...program, personalDataDeletionLimitDays: 0 });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.personalDataDeletionLimitDays).toBe('1以上で入力してください');
    expect((await t.http.put(`/api/programs/${programId}`).set('Cookie', admin).send({ ...program, personalDataDeletionLimitDays: 2 })).body.personalDataDeletionLimitDays).toBe(2);

    const booked = await visitedAndShared('中央地区');
    const visit = new Date(`${booked.date}T08:00:00Z`).getTime();
    jump(new Date(visit + 2 * 86400_000)); // due on the second day: not overdue yet
    expect(await overdue(await as(DEMO.vendorManager))).toEqual([]);
    jump(new Date(visit + 3 * 86400_000));
    for (const email of [DEMO.vendorManager, DEMO.otaruViewer]) expect((await overdue(await as(email))).map((a) => a.id)).toContain(booked.id);

    // Back to the default: 3 days on is within the 7.
    const current = (await t.http.get(`/api/programs/${programId}`).set('Cookie', await as(DEMO.otaruAdmin))).body;
    await t.http.put(`/api/programs/${programId}`).set('Cookie', await as(DEMO.otaruAdmin)).send({ ...current, personalDataDeletionLimitDays: 7 });
    expect((await overdue(await as(DEMO.vendorManager))).map((a) => a.id)).not.toContain(booked.id);
    await t.app.get(BookingPersonalService).purgeDue();
  });

  it('lists each deletion with who did it (a name, or the sweep) and the rule, and gives the same ledger as Excel', async () => {
    const bySweep = await visitedAndShared('南小樽地区');
    await t.app.get(BookingPersonalService).purgeDue();
    const byHand = await visitedAndShared('銭函地区');
    const manager = await as(DEMO.vendorManager);
    expect((await t.http.post(`/api/bookings/${byHand.id}/delete-personal-data`).set('Cookie', manager)).status).toBe(200);

    const city = await as(DEMO.otaruViewer);
    const ledger = (await t.http.get(`/api/programs/${programId}/personal-data-deletions`).set('Cookie', city)).body as Array<Record<string, unknown>>;
    const managerName = (await t.dataSource.getRepository(UserEntity).findOneByOrFail({ email: DEMO.vendorManager })).name;
    expect(ledger.find((r) => r.bookingId === byHand.id)).toMatchObject({ receptionNumber: byHand.receptionNumber, deletedBy: t.ids.users[DEMO.vendorManager], deletedByName: managerName, rule: 'visited_shared' });
    expect(ledger.find((r) => r.bookingId === bySweep.id)).toMatchObject({ receptionNumber: bySweep.receptionNumber, deletedBy: null, deletedByName: null, ruleLabel: '訪問完了・受付票の市への共有後' });
    expect(ledger.findIndex((r) => r.bookingId === byHand.id)).toBeLessThan(ledger.findIndex((r) => r.bookingId === bySweep.id)); // newest first

    const xlsx = await t.http.get(`/api/programs/${programId}/reports/personal-data-deletions.xlsx`).set('Cookie', city).buffer(true).parse(binary);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain(encodeURIComponent('小樽市_個人情報削除記録_'));
    const ws = (await readWorkbook(xlsx.body)).getWorksheet('個人情報削除記録')!;
    expect(ws.getRow(1).getCell(1).value).toBe('個人情報削除記録');
    let header = 0;
    ws.eachRow((r, i) => {
      if (r.getCell(1).value === '記録') header = i;
    });
    expect(ws.getRow(header).values).toEqual([undefined, '記録', '受付番号', '種別', '訪問日・申請日', '訪問完了日', '市への共有・引渡し日', '削除日時', '削除した者', '削除の根拠']);
    const rowOf = (n: number) => {
      let found = ws.getRow(header);
      ws.eachRow((r, i) => {
        if (i > header && r.getCell(1).value === '予約（受付票）' && r.getCell(2).value === n) found = r;
      });
      return found;
    };
    expect(rowOf(byHand.receptionNumber).getCell(8).value).toBe(managerName);
    expect(rowOf(bySweep.receptionNumber).getCell(8).value).toBe(SWEEP_LABEL_JA);
    expect(String(rowOf(bySweep.receptionNumber).getCell(7).value)).toMatch(/^令和8年\d+月\d+日 \d\d:\d\d$/);
    expect(ws.headerFooter.oddFooter).toBe('&C&P / &N');
    expect(ws.pageSetup.paperSize).toBe(9);
    const download = await t.dataSource.getRepository(HandlingRecordEntity).findOneBy({ action: 'report.download', resourceType: 'personal-data-deletions' });
    expect(download?.programId).toBe(programId);
  });
});
