import { MONTHLY_REPORT_SHEETS } from '@outreach/domain/reports';
import { HandlingRecordEntity } from '../src/modules/handling-records/handling-record.entity';
import { ReportSubmissionEntity } from '../src/modules/reports/report-submission.entity';
import { binary, readWorkbook } from './support/binary';
import { paperProblems } from './support/workbook';
import { type Cookies, FixedClock, openShimonoseki, SHIMONOSEKI_DESK, type TestApp } from './support/test-app';

const filenameOf = (res: { headers: Record<string, string> }) => decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(res.headers['content-disposition'])![1]);

/**
 * Issue 20 item 4, 様式は協議: the city's admin chooses the sheets of the monthly and completion reports, their order,
 * 和暦 or 西暦, the title and the city's document number; every download and every submission is built with it, and a
 * version submitted before a change keeps the form it was built with.
 */
describe('report forms', () => {
  // 5 November: the demo has not submitted October's monthly report yet (it does two days before the 10th).
  const clock = new FixedClock(new Date('2026-11-05T01:00:00Z')); // Thu 10:00 JST
  let t: TestApp;
  let programId: string;
  let cookies: Cookies<typeof SHIMONOSEKI_DESK>;

  const forms = (cookie = cookies.vendor) => t.http.get(`/api/programs/${programId}/report-forms`).set('Cookie', cookie);
  const save = (body: object, cookie = cookies.city) => t.http.put(`/api/programs/${programId}/report-forms`).set('Cookie', cookie).send(body);
  const download = (name: string, query: object = {}, cookie = cookies.vendor) =>
    t.http.get(`/api/programs/${programId}/reports/${name}`).query(query).set('Cookie', cookie).buffer(true).parse(binary);
  const submissions = () => `/api/programs/${programId}/report-submissions`;
  const storedFile = (id: string) => t.http.get(`${submissions()}/${id}/file`).set('Cookie', cookies.city).buffer(true).parse(binary);

  beforeAll(async () => {
    ({ t, programId, cookies } = await openShimonoseki({ clock }));
  });
  afterAll(() => t.close());

  it('shows everyone on the program the usual form until the city records one; only the city’s admin changes it, with Japanese messages on the field', async () => {
    const res = await forms();
    expect(res.status).toBe(200);
    expect(res.body.map((f: { kind: string }) => f.kind)).toEqual(['monthly', 'completion']);
    expect(res.body[0]).toMatchObject({ isDefault: true, eraStyle: 'wareki', title: null, documentNumber: null, updatedAt: null });
    expect(res.body[1].sheets).toContain('activity-photos');

    expect((await save({ kind: 'monthly', sheets: ['summary'], eraStyle: 'wareki' }, cookies.vendor)).status).toBe(403);
    expect((await save({ kind: 'monthly', sheets: ['summary'], eraStyle: 'wareki' }, cookies.otaruCity)).status).toBe(404);
    const bad = await save({ kind: 'monthly', sheets: ['summary', 'summary'], eraStyle: 'wareki', title: 'あ'.repeat(41) });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual({ sheets: '同じシートが2回選ばれています（概要）', title: '40文字以内で入力してください' });
    expect((await save({ kind: 'monthly', sheets: [], eraStyle: 'wareki' })).body.errors).toEqual({ sheets: 'シートを1つ以上選んでください' });
  });

  it('builds downloads and new versions with the recorded form, while a version submitted before keeps its own', async () => {
    const before = await t.http.post(submissions()).set('Cookie', cookies.vendor).send({ kind: 'monthly', month: '2026-10' });
    expect(before.status).toBe(201);

    const saved = await save({ kind: 'monthly', sheets: ['sessions', 'summary', 'remarks'], eraStyle: 'seireki', title: '月例業務報告書', documentNumber: '下総第45号' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ kind: 'monthly', sheets: ['sessions', 'summary', 'remarks'], eraStyle: 'seireki', title: '月例業務報告書', documentNumber: '下総第45号', isDefault: false });
    const record = await t.dataSource.getRepository(HandlingRecordEntity).findOneByOrFail({ action: 'report_form.update', programId });
    expect(record.reason).toBe('月次報告書の様式：実施一覧・概要・特記事項／西暦／表題「月例業務報告書」／文書番号「下総第45号」');
    expect((await forms()).body[0]).toMatchObject({ sheets: ['sessions', 'summary', 'remarks'], isDefault: false });

    // The download, read back as a city official opens it.
    const res = await download('monthly.xlsx', { month: '2026-10' });
    expect(res.status).toBe(200);
    expect(filenameOf(res)).toBe('下関市_月例業務報告書_2026年10月.xlsx');
    const wb = await readWorkbook(res.body);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['実施一覧', '概要', '特記事項']);
    const first = wb.worksheets[0];
    expect(first.getCell('A1').value).toBe('月例業務報告書（2026年10月分） 実施一覧');
    const corner = first.getRow(1).getCell(first.columnCount);
    expect(corner.value).toBe('下総第45号');
    expect(corner.alignment?.horizontal).toBe('right');
    expect(wb.worksheets[1].getCell('A1').value).toBe('月例業務報告書（2026年10月分）');
    expect(wb.worksheets[1].getRow(1).cellCount).toBe(1);
    expect(String(first.getRow(5).getCell(2).value)).toMatch(/^2026年10月1日/); // 対象期間 in 西暦
    expect(paperProblems(wb)).toEqual([]);

    // The version submitted before the change: its stored workbook and its form as they were.
    const old = await readWorkbook((await storedFile(before.body.id)).body);
    expect(old.worksheets.map((w) => w.name)).toEqual([...MONTHLY_REPORT_SHEETS]);
    expect(old.worksheets[0].getCell('A1').value).toBe('月次報告書（令和8年10月分）');
    const repo = t.dataSource.getRepository(ReportSubmissionEntity);
    expect((await repo.findOneByOrFail({ id: before.body.id })).form).toMatchObject({ eraStyle: 'wareki', title: null, documentNumber: null });

    // The city returns it; the resubmission is built with the new form and keeps it.
    expect((await t.http.post(`${submissions()}/${before.body.id}/return`).set('Cookie', cookies.city).send({ reason: '様式を変更したため再提出してください' })).status).toBe(200);
    const after = await t.http.post(submissions()).set('Cookie', cookies.vendor).send({ kind: 'monthly', month: '2026-10' });
    expect(after.status).toBe(201);
    expect(after.body.fileName).toBe('下関市_月例業務報告書_2026年10月_第2版.xlsx');
    const v2 = await readWorkbook((await storedFile(after.body.id)).body);
    expect(v2.worksheets.map((w) => w.name)).toEqual(['実施一覧', '概要', '特記事項']);
    expect((await repo.findOneByOrFail({ id: after.body.id })).form).toEqual({ sheets: ['sessions', 'summary', 'remarks'], eraStyle: 'seireki', title: '月例業務報告書', documentNumber: '下総第45号' });
    expect((await readWorkbook((await storedFile(before.body.id)).body)).worksheets).toHaveLength(MONTHLY_REPORT_SHEETS.length);
  });

  it('gives the completion report an activity-photo sheet, and its own form in 西暦 without touching the monthly one', async () => {
    const usual = await readWorkbook((await download('completion.xlsx')).body);
    expect(usual.worksheets.map((w) => w.name)).toContain('活動写真');
    expect((await save({ kind: 'completion', sheets: ['targets', 'summary'], eraStyle: 'seireki' })).status).toBe(200);
    const res = await download('completion.xlsx');
    expect(filenameOf(res)).toBe('下関市_委託業務完了報告書_2026年度.xlsx');
    const wb = await readWorkbook(res.body);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['目標と達成状況', '概要']);
    expect(wb.worksheets[0].getCell('A1').value).toBe('委託業務完了報告書 目標と達成状況');
    expect((await forms()).body[0].title).toBe('月例業務報告書');
  });
});
