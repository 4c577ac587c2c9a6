import { APPLICANT_LIST_COLUMNS, APPLICANT_LIST_EXAMPLE, APPLICANT_LIST_SHEET, type ApplicantListColumnKey } from '@outreach/domain/facilities';
import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { BookingEntity } from '../src/modules/bookings/booking.entity';
import { ApplicantListsService } from '../src/modules/facilities/applicant-lists.service';
import { FacilityApplicantEntity, FacilityApplicantListEntity } from '../src/modules/facilities/facility-applicant-list.entity';
import { FacilityCoordinationEntity } from '../src/modules/facilities/facility-coordination.entity';
import { HandlingRecordEntity } from '../src/modules/handling-records/handling-record.entity';
import { type Cookies, DEMO, FixedClock, login, openDemo, OTARU_DESK, type TestApp } from './support/test-app';

/**
 * Issue 18 item 4 and item 7's second half: a facility's applicant list (申請者名簿, 003 §9(2)ウ) — the template, a
 * check that saves nothing, the commit (all or nothing, once per Idempotency-Key), its rows for those who need them,
 * the share a week before the visit, the copy back to the city, and its recorded deletion after the visit. The files
 * are real .xlsx written by exceljs.
 */

type Cells = Partial<Record<ApplicantListColumnKey, string | number | Date | null>>;
const INDIVIDUAL_NUMBER = '123456789018';

const person = (i: number, over: Cells = {}): Cells => ({
  no: i,
  name: `架空\u3000太郎${i}`,
  kana: 'カクウ\u3000タロウ',
  dateOfBirth: `1940/1/${(i % 28) + 1}`,
  gender: '男',
  address: `小樽市架空町${i}丁目`,
  applicationType: '新規',
  identityDocuments: 'B区分2点',
  proxyWriting: '不要',
  faceAuthCard: '希望しない',
  cardDelivery: '施設',
  ...over,
});

/** A list as a facility fills the template: heading row, the example row, then the given rows. */
async function workbook(rows: Cells[], opts: { sheet?: string; edit?: (ws: ExcelJS.Worksheet) => void } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(opts.sheet ?? APPLICANT_LIST_SHEET);
  ws.addRow(APPLICANT_LIST_COLUMNS.map((c) => c.heading));
  ws.addRow(APPLICANT_LIST_COLUMNS.map((c) => APPLICANT_LIST_EXAMPLE[c.key]));
  for (const r of rows) ws.addRow(APPLICANT_LIST_COLUMNS.map((c) => r[c.key] ?? null));
  opts.edit?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The NDJSON answer of a preview: its lines, parsed. */
function events(res: Response): Array<{ type: string; fraction?: number; rows?: Array<Record<string, unknown>>; errors?: Array<{ row: number; column: string; message: string }> }> {
  return res.text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}
const resultOf = (res: Response) => events(res).at(-1)!;

/** The facility desk, and the city's viewer (who may not read a list). */
const CAST = { ...OTARU_DESK, viewer: DEMO.otaruViewer };

describe('facility applicant list', () => {
  const clock = new FixedClock(new Date('2026-09-01T01:00:00Z')); // Tue 10:00 JST
  let t: TestApp;
  let cookies: Cookies<typeof CAST>;
  let programId: string;
  let facilityId: string;

  const base = () => `/api/bookings/${facilityId}/applicant-list`;
  const preview = (cookie: string, file: Buffer, id = facilityId) => t.http.post(`/api/bookings/${id}/applicant-list/preview`).set('Cookie', cookie).attach('file', file, 'meibo.xlsx');
  const commit = (cookie: string, file: Buffer, key?: string) => {
    const req = t.http.post(base()).set('Cookie', cookie);
    if (key) req.set('Idempotency-Key', key);
    return req.attach('file', file, 'meibo.xlsx');
  };
  const read = (cookie: string) => t.http.get(base()).set('Cookie', cookie);
  const records = async () => t.dataSource.getRepository(HandlingRecordEntity).findBy({ resourceId: facilityId });
  const stored = async () => ({
    lists: await t.dataSource.getRepository(FacilityApplicantListEntity).countBy({ bookingId: facilityId }),
    rows: await t.dataSource.getRepository(FacilityApplicantEntity).countBy({ bookingId: facilityId }),
  });

  beforeAll(async () => {
    ({ t, programId, cookies } = await openDemo({ clock }, CAST));
    const request = { facilityName: '架空ホーム もみじ', facilityType: '特別養護老人ホーム', address: '小樽市架空町4-4', phone: '0134-00-4444', contactName: '架空 相談員', estimatedApplicants: 12, district: '中央地区' };
    const booked = await t.http.post(`/api/programs/${programId}/bookings`).set('Cookie', cookies.staff).send({ type: 'facility', request });
    expect(booked.status).toBe(201);
    facilityId = booked.body.id;
    const offer = (await t.http.post(`/api/programs/${programId}/slots/search`).set('Cookie', cookies.manager).send({ request: { kind: 'facility', plannedApplications: 12, district: '中央地区', wishes: {} } })).body.offers[0];
    const placed = await t.http.post(`/api/bookings/${facilityId}/place`).set('Cookie', cookies.manager).send({ choice: { date: offer.date, half: offer.half, positions: offer.positions } });
    expect(placed.status).toBe(200);
  });
  afterAll(() => t.close());

  it('hands the vendor the template as a recorded download, and it reads back as an empty list', async () => {
    const res = await t.http.get(`${base()}/template`).set('Cookie', cookies.staff).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as ExcelJS.Buffer);
    expect(wb.getWorksheet(APPLICANT_LIST_SHEET)!.getRow(1).getCell(2).value).toBe('氏名');
    expect((await records()).map((r) => r.action)).toContain('applicant_list.template');
    const empty = resultOf(await preview(cookies.staff, res.body as Buffer));
    expect(empty.errors).toEqual([{ row: 0, column: '', message: '申請者が1人も記入されていません' }]);
  });

  it('previews a good file with progress, saving nothing', async () => {
    const res = await preview(cookies.staff, await workbook([person(1), person(2, { dateOfBirth: '昭和15年4月1日' })]));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('application/x-ndjson');
    const ev = events(res);
    expect(ev.some((e) => e.type === 'progress' && e.fraction === 1)).toBe(true);
    expect(ev.at(-1)).toMatchObject({ type: 'result', errors: [] });
    expect(ev.at(-1)!.rows!.map((r) => r.dateOfBirth)).toEqual(['1940-01-02', '1940-04-01']);
    expect(await stored()).toEqual({ lists: 0, rows: 0 });
  });

  it('answers a wrong sheet, merged cells, full-width digits and 和暦 dates by row and column in Japanese', async () => {
    expect(resultOf(await preview(cookies.staff, await workbook([person(1)], { sheet: 'Sheet1' }))).errors).toEqual([{ row: 0, column: '', message: expect.stringContaining('「申請者名簿」シートが見つかりません') }]);
    // 住所 merged down over two residents counts for both; 氏名 merged across into フリガナ leaves フリガナ empty.
    const merged = await workbook([person(1), person(2), person(3)], {
      edit: (ws) => {
        ws.mergeCells('F3:F4');
        ws.mergeCells('B5:C5');
      },
    });
    const m = resultOf(await preview(cookies.staff, merged));
    expect(m.errors).toEqual([{ row: 5, column: 'フリガナ', message: 'フリガナを入力してください' }]);
    expect(m.rows!.filter((r) => r.row === 3 || r.row === 4).map((r) => r.address)).toEqual(['小樽市架空町1丁目', '小樽市架空町1丁目']);
    const wide = resultOf(await preview(cookies.staff, await workbook([person(1, { no: '１２', dateOfBirth: '１９４０／４／１' }), person(2, { dateOfBirth: '平成31年5月1日' })])));
    expect(wide.rows!.map((r) => [r.no, r.dateOfBirth])).toEqual([[12, '1940-04-01']]);
    expect(wide.errors).toEqual([{ row: 4, column: '生年月日', message: expect.stringContaining('元号と年月日が合いません') }]);
  });

  it('refuses a file that is not Excel on the file field, before any stream', async () => {
    const res = await preview(cookies.staff, Buffer.from('氏名,フリガナ\n架空,カクウ\n'));
    expect(res.status).toBe(422);
    expect(res.body.errors.file).toContain('Excelファイル');
  });

  it('refuses an individual number without echoing it anywhere, and saves nothing', async () => {
    const file = await workbook([person(1), person(2, { note: `番号 ${INDIVIDUAL_NUMBER}` })]);
    const res = await preview(cookies.staff, file);
    expect(res.text).not.toContain(INDIVIDUAL_NUMBER);
    expect(resultOf(res).errors).toEqual([{ row: 4, column: '備考', message: expect.stringContaining('個人番号') }]);
    const refused = await commit(cookies.staff, file);
    expect(refused.status).toBe(422);
    expect(refused.body.rowErrors).toHaveLength(1);
    expect(JSON.stringify(refused.body)).not.toContain(INDIVIDUAL_NUMBER);
    expect(await stored()).toEqual({ lists: 0, rows: 0 });
    expect(JSON.stringify(await records())).not.toContain(INDIVIDUAL_NUMBER);
  });

  it('commits 5,000 rows at once, once for a retried submit, and opens them to the vendor (recorded without the data)', async () => {
    const file = await workbook(Array.from({ length: 5000 }, (_, i) => person(i + 1, { name: `架空\u3000利用者${i + 1}` })));
    const previewed = await preview(cookies.staff, file);
    expect(events(previewed).filter((e) => e.type === 'progress').length).toBeGreaterThan(2);
    expect(resultOf(previewed).rows).toHaveLength(5000);
    const first = await commit(cookies.staff, file, 'applicant-list-commit-1');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ state: 'committed', rowCount: 5000, rows: null });
    const again = await commit(cookies.staff, file, 'applicant-list-commit-1');
    expect(again.body).toEqual(first.body);
    expect((await records()).filter((r) => r.action === 'applicant_list.commit' || r.action === 'applicant_list.replace')).toHaveLength(1);
    expect(await stored()).toEqual({ lists: 1, rows: 5000 });
    // Sealed: no name is readable in the table.
    const one = await t.dataSource.getRepository(FacilityApplicantEntity).findOneByOrFail({ bookingId: facilityId, position: 0 });
    expect(one.data).toMatch(/^r1\./);
    const res = await read(cookies.staff);
    expect(res.body.rows).toHaveLength(5000);
    expect(res.body.rows[4999].name).toBe('架空\u3000利用者5000');
    const reads = (await records()).filter((r) => r.action === 'applicant_list.read');
    expect(reads).toHaveLength(1);
    expect(JSON.stringify(reads)).not.toContain('架空');
  });

  it('replaces the list with a smaller one, all or nothing: a bad file leaves the earlier list whole', async () => {
    const bad = await workbook([person(1), person(2, { kana: '架空' })]);
    expect((await commit(cookies.staff, bad)).status).toBe(422);
    expect(await stored()).toEqual({ lists: 1, rows: 5000 });
    const replaced = await commit(cookies.staff, await workbook([person(1), person(2), person(3)]));
    expect(replaced.body).toMatchObject({ state: 'committed', rowCount: 3 });
    expect(await stored()).toEqual({ lists: 1, rows: 3 });
    expect((await records()).map((r) => r.action)).toContain('applicant_list.replace');
  });

  it('hides the rows from the city before the share and from the city viewer always; shares from a week before the visit, earlier with a reason', async () => {
    const before = await read(cookies.city);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ state: 'committed', rowCount: 3, rows: null, rowsHiddenReason: 'この申請者名簿はまだ市に共有されていません' });
    expect((await t.http.get(`${base()}/export`).set('Cookie', cookies.city)).status).toBe(403);
    expect((await t.http.post(`${base()}/share`).set('Cookie', cookies.staff).send({})).status).toBe(403);
    const early = await t.http.post(`${base()}/share`).set('Cookie', cookies.manager).send({});
    expect(early.status).toBe(422);
    expect(early.body.errors.reason).toContain('7日前');
    const listStep = async () => (await t.http.get(`/api/bookings/${facilityId}/coordination`).set('Cookie', cookies.city)).body.timeline.find((s: { step: string }) => s.step === 'applicant_list');
    expect(await listStep()).toMatchObject({ doneOn: null, state: expect.not.stringMatching(/^done$/) });
    const shared = await t.http.post(`${base()}/share`).set('Cookie', cookies.manager).send({ reason: '市が申請書の準備を早めたいため' });
    expect(shared.status).toBe(200);
    expect(shared.body.state).toBe('shared');
    const share = (await records()).find((r) => r.action === 'applicant_list.share')!;
    expect(share.reason).toContain('市が申請書の準備を早めたいため');
    // The share is the coordination's step 「申請者リストの市への提出」: done on the share's day, written with the share.
    expect(await listStep()).toMatchObject({ doneOn: '2026-09-01', state: 'done' });
    const coordination = await t.dataSource.getRepository(FacilityCoordinationEntity).findOneByOrFail({ bookingId: facilityId });
    expect(coordination.applicantListDoneOn).toBe('2026-09-01');
    const after = await read(cookies.city);
    expect(after.body.rows.map((r: { name: string }) => r.name)).toEqual(['架空\u3000太郎1', '架空\u3000太郎2', '架空\u3000太郎3']);
    expect((await read(cookies.viewer)).body).toMatchObject({ rows: null, rowsHiddenReason: '申請者名簿を閲覧する権限がありません' });
  });

  it('gives the city its copy with the template headings, recorded as an export', async () => {
    const res = await t.http.get(`${base()}/export`).set('Cookie', cookies.city).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as ExcelJS.Buffer);
    const ws = wb.getWorksheet(APPLICANT_LIST_SHEET)!;
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual(APPLICANT_LIST_COLUMNS.map((c) => c.heading));
    expect(ws.getRow(3).getCell(2).value).toBe('架空\u3000太郎1');
    expect(ws.getRow(3).getCell(7).value).toBe('新規');
    expect((await records()).filter((r) => r.action === 'applicant_list.export')).toHaveLength(1);
    // The copy reads back through the import unchanged.
    expect(resultOf(await preview(cookies.staff, res.body as Buffer)).rows).toHaveLength(3);
  });

  it('hides another vendor\'s and another city\'s list behind a 404', async () => {
    expect((await read(cookies.otherVendor)).status).toBe(404);
    expect((await preview(cookies.otherVendor, await workbook([person(1)]))).status).toBe(404);
    expect((await t.http.get(`${base()}/export`).set('Cookie', cookies.otherVendor)).status).toBe(404);
    const homeBooking = await t.dataSource.getRepository(BookingEntity).findOneByOrFail({ programId, kind: 'home' });
    expect((await t.http.get(`/api/bookings/${homeBooking.id}/applicant-list`).set('Cookie', cookies.staff)).status).toBe(404);
  });

  it('deletes the rows once the facility was visited, by the sweep, recorded; the state stays for the facility workflow', async () => {
    const lists = t.app.get(ApplicantListsService);
    expect(await lists.sweep()).toBe(0);
    await t.dataSource.getRepository(BookingEntity).update({ id: facilityId }, { status: 'visited' });
    expect(await lists.sweep()).toBe(1);
    expect(await stored()).toEqual({ lists: 1, rows: 0 });
    const deletion = (await records()).find((r) => r.action === 'applicant_list.delete')!;
    expect(deletion).toMatchObject({ userId: null, reason: expect.stringContaining('施設訪問の完了後') });
    // The count stays (how many the facility listed); the rows are gone.
    expect((await read(cookies.manager)).body).toMatchObject({ state: 'deleted', rowCount: 3, rows: null, deletionRuleLabel: expect.stringContaining('施設訪問') });
    expect((await t.http.get(`${base()}/export`).set('Cookie', cookies.city)).status).toBe(404);
    const state = (await lists.listStateOf([facilityId])).get(facilityId)!;
    expect(state).toMatchObject({ rows: 3, sharedAt: expect.any(Date), deletedAt: expect.any(Date) });
    expect(await lists.sweep()).toBe(0);
  });
  it('lets the vendor manager delete a list at once (a facility withdrew), recorded as theirs', async () => {
    const request = { facilityName: '架空ホーム えのき', facilityType: '病院', address: '小樽市架空町7-7', phone: '0134-00-7777', contactName: '架空 職員', estimatedApplicants: 2, district: '中央地区' };
    const id = (await t.http.post(`/api/programs/${programId}/bookings`).set('Cookie', cookies.staff).send({ type: 'facility', request })).body.id as string;
    expect((await t.http.post(`/api/bookings/${id}/applicant-list`).set('Cookie', cookies.staff).attach('file', await workbook([person(1)]), 'meibo.xlsx')).status).toBe(200);
    expect((await t.http.delete(`/api/bookings/${id}/applicant-list`).set('Cookie', cookies.staff)).status).toBe(403);
    const res = await t.http.delete(`/api/bookings/${id}/applicant-list`).set('Cookie', cookies.manager);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ state: 'deleted', rowCount: 1, deletionRuleLabel: '受託者管理者による削除' });
    expect(await t.dataSource.getRepository(FacilityApplicantEntity).countBy({ bookingId: id })).toBe(0);
    const record = await t.dataSource.getRepository(HandlingRecordEntity).findOneByOrFail({ resourceId: id, action: 'applicant_list.delete' });
    expect(record.userId).not.toBeNull();
    expect((await t.http.delete(`/api/bookings/${id}/applicant-list`).set('Cookie', cookies.manager)).status).toBe(409);
  });

  it('deletes the lists still held when the contract closes, with the booking, recorded', async () => {
    const request = { facilityName: '架空ホーム かしわ', facilityType: 'グループホーム', address: '小樽市架空町6-6', phone: '0134-00-6666', contactName: '架空 管理者', estimatedApplicants: 3, district: '中央地区' };
    const booked = await t.http.post(`/api/programs/${programId}/bookings`).set('Cookie', cookies.staff).send({ type: 'facility', request });
    const second = booked.body.id as string;
    const file = await workbook([person(1), person(2)]);
    expect((await t.http.post(`/api/bookings/${second}/applicant-list`).set('Cookie', cookies.staff).attach('file', file, 'meibo.xlsx')).status).toBe(200);
    // The demo's contract ends on 2027-01-08.
    clock.set(new Date('2027-01-09T01:00:00Z'));
    const closer = await login(t, DEMO.vendorManager);
    const items = (await t.http.get(`/api/programs/${programId}/closing`).set('Cookie', closer)).body.items as Array<{ kind: string; id: string }>;
    expect(items.find((i) => i.id === second)).toMatchObject({ kind: 'booking' });
    const res = await t.http.post(`/api/programs/${programId}/closing/delete`).set('Cookie', closer).send({ bookingIds: [second] });
    expect(res.status).toBe(200);
    expect(await t.dataSource.getRepository(FacilityApplicantEntity).countBy({ bookingId: second })).toBe(0);
    const deletion = await t.dataSource.getRepository(HandlingRecordEntity).findOneByOrFail({ resourceId: second, action: 'applicant_list.delete' });
    expect(deletion.reason).toContain('契約終了');
    expect((await t.http.get(`/api/bookings/${second}/applicant-list`).set('Cookie', closer)).body).toMatchObject({ state: 'deleted', deletionRuleLabel: expect.stringContaining('契約終了') });
  });
});
