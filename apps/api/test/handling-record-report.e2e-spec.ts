import { binary, readWorkbook } from './support/binary';
import { homeBooking, intake } from './support/factories';
import { createTestApp, DEMO, FixedClock, login, type TestApp } from './support/test-app';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** The handling record as the city files it for 特記事項 §15: the Excel read back as a city official opens it. */
describe('handling-record report (取扱状況報告, §15)', () => {
  const clock = new FixedClock(new Date('2026-10-01T01:00:00Z'));
  let t: TestApp;
  let programId: string;
  let receptionNumber: number;
  let visitDate: string;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    programId = t.ids.programs.otaru;
    // The vendor takes a booking and reads its slip; the city downloads a report.
    const staff = await login(t, DEMO.vendorStaff);
    const offer = (await t.http.post(`/api/programs/${programId}/slots/search`).set('Cookie', staff).send({ request: { kind: 'home', plannedApplications: 1, district: '中央地区', wishes: {} } })).body.offers[0];
    const booked = await t.http.post(`/api/programs/${programId}/bookings`).set('Cookie', staff).send(homeBooking(intake({}, { name: '架空 報告' }), { date: offer.date, half: offer.half, positions: offer.positions }));
    expect(booked.status).toBe(201);
    receptionNumber = booked.body.receptionNumber;
    visitDate = booked.body.visitDate;
    expect((await t.http.get(`/api/bookings/${booked.body.id}/personal`).set('Cookie', staff)).status).toBe(200);
    const city = await login(t, DEMO.otaruAdmin);
    expect((await t.http.get(`/api/programs/${programId}/reports/reception-list.xlsx`).set('Cookie', city).buffer(true).parse(binary)).status).toBe(200);
  });
  afterAll(() => t.close());

  it('has a title, the period in 和暦, Japanese actions and targets in words, page numbers, and never an id or JSON', async () => {
    const city = await login(t, DEMO.otaruAdmin);
    const filter = JSON.stringify({ from: '2026-09-01', to: '2026-10-31' });
    const res = await t.http.get('/api/handling-records/export.xlsx').query({ filter }).set('Cookie', city).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''%E5%8F%96%E6%89%B1%E8%A8%98%E9%8C%B2_");
    const wb = await readWorkbook(res.body);
    const ws = wb.getWorksheet('取扱状況報告')!;
    expect(ws).toBeDefined();
    const lines: string[][] = [];
    let headerRow = 0;
    ws.eachRow((row, n) => {
      lines.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))));
      if (row.getCell(1).value === '日時') headerRow = n;
    });
    const find = (first: string) => lines.find((l) => l[0] === first);

    expect(lines[0][0]).toBe('個人情報の取扱状況報告（取扱記録）');
    expect(find('担当課')?.[1]).toBe('小樽市 市民部 戸籍住民課');
    expect(find('対象期間')?.[1]).toBe('令和8年9月1日～令和8年10月31日');
    expect(find('作成日')?.[1]).toBe('令和8年10月1日');
    const header = lines.findIndex((l) => l[0] === '日時');
    expect(lines[header]).toEqual(['日時', '利用者', '組織', '役割', '操作', '対象の種類', '対象', '事業', '理由・内容']);
    const body = lines.slice(header + 1);
    const byAction = (label: string) => body.filter((l) => l[4] === label);

    // The vendor's handling of the city's residents is in the city's report, its target in words.
    // (The demo's own history of reservations comes before it.)
    const created = byAction('予約の受付').find((l) => l[6].startsWith(`受付番号${receptionNumber}（`))!;
    expect(created).toBeDefined();
    expect(created[0]).toMatch(/^令和8年10月1日 \d\d:\d\d$/);
    expect(created[1]).toBe('受託 スタッフ');
    expect(created[3]).toBe('受託者スタッフ');
    expect(created[5]).toBe('予約（受付票）');
    const visit = new Date(`${visitDate}T00:00:00Z`);
    expect(created[6]).toBe(`受付番号${receptionNumber}（令和${visit.getUTCFullYear() - 2018}年${visit.getUTCMonth() + 1}月${visit.getUTCDate()}日訪問）`);
    expect(created[7]).toMatch(/^小樽市/);
    expect(byAction('受付票（個人情報）の閲覧')[0][6]).toBe(created[6]);
    expect(byAction('帳票のダウンロード')[0].slice(5, 7)).toEqual(['帳票', '帳票「受付一覧表」']);

    // The sweep's deletions of personal data whose purpose ended (the demo's history) name the sweep as their actor,
    // as the deletion ledger does, with the rule in words.
    const swept = byAction('個人情報の削除');
    expect(swept.length).toBeGreaterThan(0);
    expect(swept.filter((l) => !(l[1] === '自動削除（定期処理）' && !l[2] && l[8].startsWith('利用目的の終了による自動削除（')))).toEqual([]);

    // Nothing a city official cannot read: no UUID, no JSON, no raw action or type names.
    const all = lines.flat().join('\n');
    expect(all).not.toMatch(UUID);
    expect(all).not.toMatch(/[{}]/);
    expect(all).not.toMatch(/\b(booking|report)\.[a-z_]+\b/);

    // Printed: landscape A4, the header row repeated, page numbers in the footer.
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });
    expect(ws.pageSetup.printTitlesRow).toBe(`${headerRow}:${headerRow}`);
    expect(ws.headerFooter.oddFooter).toContain('&P');
    expect(ws.headerFooter.oddFooter).toContain('&N');
  });

  it('gives one booking’s history, the vendor’s handling included, to the city', async () => {
    const city = await login(t, DEMO.otaruAdmin);
    const staff = await login(t, DEMO.vendorStaff);
    const [booking] = (await t.http.get('/api/bookings').query({ filter: JSON.stringify({ programId }) }).set('Cookie', staff)).body.filter((b: { receptionNumber: number }) => b.receptionNumber === receptionNumber);
    const res = await t.http.get('/api/handling-records').query({ filter: JSON.stringify({ resourceType: 'booking', resourceId: booking.id }), sort: JSON.stringify(['occurredAt', 'ASC']) }).set('Cookie', city);
    expect(res.status).toBe(200);
    expect(res.body.map((r: { action: string }) => r.action)).toEqual(['booking.create', 'booking.read_personal']);
    // The screen shows the target in words, as the §15 report does: never the booking's id.
    expect(res.body.map((r: { target: string }) => r.target)).toEqual([expect.stringMatching(`^受付番号${receptionNumber}（`), expect.stringMatching(`^受付番号${receptionNumber}（`)]);
    const all = (await t.http.get('/api/handling-records').query({ range: '[0,199]' }).set('Cookie', city)).body as Array<{ target: string | null }>;
    expect(all.filter((r) => r.target && /[0-9a-f]{8}-[0-9a-f]{4}-/.test(r.target))).toEqual([]);
  });

  it('names every kind of record in words — an application by its day, type and booking, a hand-over by its number, a session, a day’s report, a defect, an inquiry, an incident, a call-back by their days (its due day), a facility by its name — never a person', async () => {
    const staff = await login(t, DEMO.vendorStaff);
    const city = await login(t, DEMO.otaruAdmin);
    // The vendor's day: a visit held without a booking, its report saved, a call-back taken, a facility registered.
    const visit = { programId, date: '2026-10-01', serviceKind: 'home_visit', place: '中央地区', method: 'on_site_acceptance', startTime: '10:00', endTime: '10:40' };
    const held = { staffUserIds: [t.ids.users[DEMO.vendorStaff]], cityStaffPresent: true, status: 'held', unbookedReason: 'non_phone_application' };
    const session = await t.http.post('/api/sessions').set('Cookie', staff).send({ ...visit, ...held });
    expect(session.status).toBe(201);
    const reports = (await t.http.get('/api/daily-reports').query({ filter: JSON.stringify({ programId }) }).set('Cookie', staff)).body as Array<{ id: string; date: string }>;
    const report = reports.find((r) => r.date === '2026-10-01')!;
    const draft = (await t.http.get(`/api/daily-reports/${report.id}`).set('Cookie', staff)).body as { sessions: Array<Record<string, unknown> & { id: string }> };
    const counts = Object.fromEntries(Object.entries(draft.sessions.find((x) => x.id === session.body.id)!).filter(([, v]) => typeof v === 'number'));
    expect((await t.http.put(`/api/daily-reports/${report.id}`).set('Cookie', staff).send({ sessions: [{ ...counts, id: session.body.id, consultations: 1 }] })).status).toBe(200);
    const callBack = await t.http.post(`/api/programs/${programId}/call-backs`).set('Cookie', staff).send({ callerName: '見本 梅子', phone: '090-9999-0077', wanted: '午前', kind: 'home', dueAt: '2026-10-02T10:00:00+09:00' });
    expect(callBack.status).toBe(201);
    const facility = await t.http.post(`/api/programs/${programId}/facilities`).set('Cookie', staff).send({ name: 'グループホーム　見本', type: 'group_home', address: '小樽市見本町6-6', expectedResidents: 9 });
    expect(facility.status).toBe(201);
    // A defect, an inquiry and the manager's incident report: their contents may name a resident, their days do not.
    const defect = await t.http.post('/api/defects').set('Cookie', staff).send({ programId, foundBy: 'city', receivedDate: '2026-09-30', category: 'photo', description: '見本 梅子さんの写真の背景', attempts: [] });
    const inquiry = await t.http.post('/api/inquiries').set('Cookie', staff).send({ programId, date: '2026-10-01', channel: 'phone', category: 'inquiry', summary: '見本 梅子さんから訪問の持ち物について' });
    const manager = await login(t, DEMO.vendorManager);
    const incident = await t.http.post('/api/incidents').set('Cookie', manager).send({ programId, kind: 'loss', occurredAt: '2026-09-29T15:00:00+09:00', discoveredAt: '2026-09-30T09:00:00+09:00', residentsAffected: 1, summary: '受付票1枚が見当たらない' });
    expect([defect.status, inquiry.status, incident.status]).toEqual([201, 201, 201]);

    const rows = (await t.http.get('/api/handling-records').query({ range: '[0,999]' }).set('Cookie', city)).body as Array<{ action: string; resourceType: string | null; resourceId: string | null; target: string | null }>;
    const targetOf = (type: string, id: string) => [...new Set(rows.filter((r) => r.resourceType === type && r.resourceId === id).map((r) => r.target))];
    expect(targetOf('session', session.body.id)).toEqual(['令和8年10月1日 個人宅訪問']);
    expect(targetOf('daily_report', report.id)).toEqual(['令和8年10月1日の日次報告']);
    expect(targetOf('call_back', callBack.body.id)).toEqual(['令和8年10月2日期限の折り返し']);
    expect(targetOf('defect', defect.body.id)).toEqual(['令和8年9月30日の不備対応']);
    expect(targetOf('inquiry', inquiry.body.id)).toEqual(['令和8年10月1日の問い合わせ・苦情']);
    expect(targetOf('incident', incident.body.id)).toEqual(['令和8年9月30日の個人情報の事故報告']);
    expect(targetOf('facility', facility.body.id)).toEqual([facility.body.name]); // as the facility list shows it
    expect(facility.body.name).toMatch(/^グループホーム\s見本$/);

    // The demo's register and hand-overs (every application filed, every batch handed over, the sweep's deletions).
    const applications = rows.filter((r) => r.resourceType === 'application');
    expect(applications.length).toBeGreaterThan(0);
    expect(applications.filter((r) => !/^令和\d+年\d+月\d+日の申請（(新規|更新|紛失|自己責任による破損|その他の再交付)(・受付番号\d+)?）$/.test(r.target ?? ''))).toEqual([]);
    expect(applications.some((r) => /・受付番号\d+）$/.test(r.target!))).toBe(true); // a booked visit's applicant
    expect(applications.some((r) => /[^\d]）$/.test(r.target!))).toBe(true); // one taken on the day or from a facility's list
    const handOvers = rows.filter((r) => r.resourceType === 'hand_over');
    expect(handOvers.length).toBeGreaterThan(0);
    expect(handOvers.filter((r) => !/^第\d+回引渡し（令和\d+年\d+月\d+日）$/.test(r.target ?? ''))).toEqual([]);
    // Never the applicant or caller: their names and phone are nowhere among the targets.
    const targets = rows.map((r) => r.target ?? '').join('\n');
    expect(targets).not.toContain('見本 梅子');
    expect(targets).not.toContain('090-9999-0077');
  });

  it('records its own export with its conditions in words', async () => {
    const city = await login(t, DEMO.otaruAdmin);
    const list = await t.http.get('/api/handling-records').query({ filter: JSON.stringify({ action: 'handling_record.export' }) }).set('Cookie', city);
    expect(list.body[0].reason).toBe('条件: 期間の開始 令和8年9月1日、期間の終了 令和8年10月31日');
  });
});
