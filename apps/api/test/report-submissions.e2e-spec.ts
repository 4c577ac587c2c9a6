import fs from 'node:fs';
import path from 'node:path';
import { Between } from 'typeorm';
import { ENV } from '../src/config/config.module';
import type { Env } from '../src/config/env';
import { ActivityPhotoEntity, DailyReportEntity } from '../src/modules/daily-reports/daily-report.entity';
import { HandlingRecordEntity } from '../src/modules/handling-records/handling-record.entity';
import { ReportSubmissionEntity } from '../src/modules/reports/report-submission.entity';
import { SessionEntity } from '../src/modules/sessions/session.entity';
import { binary, readWorkbook } from './support/binary';
import { table } from './support/workbook';
import { type Cookies, DEMO, FixedClock, handlingTargets, openShimonoseki, SHIMONOSEKI_DESK, type TestApp } from './support/test-app';

type Figure = { key: string; label: string; value: number | null };
type Change = { key: string; previous: number | null; current: number | null; changed: boolean };

/**
 * Issue 20 item 1: 月次報告書 and 委託業務完了報告書 as submissions. The vendor's manager submits a report (a frozen
 * version: the workbook stored, its figures kept); the city's admin accepts or returns it; a resubmission is a new
 * version compared with the one before; a record changed later never alters a stored version.
 */
describe('report submissions', () => {
  const clock = new FixedClock(new Date('2026-11-20T01:00:00Z')); // Fri 10:00 JST
  let t: TestApp;
  let programId: string;
  let cookies: Cookies<typeof SHIMONOSEKI_DESK>;

  const base = () => `/api/programs/${programId}/report-submissions`;
  const submit = (body: object, key?: string, cookie = cookies.vendor) => {
    const req = t.http.post(base()).set('Cookie', cookie);
    if (key) req.set('Idempotency-Key', key);
    return req.send(body);
  };
  const file = (id: string, cookie = cookies.city) => t.http.get(`${base()}/${id}/file`).set('Cookie', cookie).buffer(true).parse(binary);
  const value = (figures: Figure[], key: string) => figures.find((f) => f.key === key)?.value;
  const octoberHeld = () => t.dataSource.getRepository(SessionEntity).find({ where: { programId, status: 'held', date: Between('2026-10-01', '2026-10-31') } });

  beforeAll(async () => {
    ({ t, programId, cookies } = await openShimonoseki({ clock }));
    // The demo has submitted every finished month (demo-reports.ts); this file follows a program from nothing submitted.
    await t.dataSource.getRepository(ReportSubmissionEntity).delete({ programId });
    fs.rmSync(path.join(t.app.get<Env>(ENV).PHOTO_DIR, 'reports', programId), { recursive: true, force: true });
  });
  afterAll(() => t.close());

  it('shows the vendor the draft’s figures and deadline before anything is submitted', async () => {
    const draft = await t.http.get(`${base()}/draft?kind=monthly&month=2026-10`).set('Cookie', cookies.vendor);
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ kind: 'monthly', period: '2026-10', title: '月次報告書（令和8年10月分）', from: '2026-10-01', to: '2026-10-31', dueDate: '2026-11-10', changes: null, latestStatus: null, canSubmit: true });
    expect(value(draft.body.figures, 'sessions')).toBe((await octoberHeld()).length);
    const noMonth = await t.http.get(`${base()}/draft?kind=monthly`).set('Cookie', cookies.vendor);
    expect(noMonth.status).toBe(400);
    expect(noMonth.body.errors).toEqual({ month: '月次報告書の月を選んでください' });
    const outside = await t.http.get(`${base()}/draft?kind=monthly&month=2026-05`).set('Cookie', cookies.vendor);
    expect(outside.status).toBe(400);
    expect(Object.keys(outside.body.errors)).toEqual(['month']);
    const completion = await t.http.get(`${base()}/draft?kind=completion`).set('Cookie', cookies.city);
    expect(completion.body).toMatchObject({ title: '委託業務完了報告書', dueDate: '2027-03-31', from: '2026-07-01', to: '2027-03-31' });
  });

  it('freezes a version on submit (the workbook with its 特記事項 and the figures), files a retried submit once, and refuses a second while it waits', async () => {
    const body = { kind: 'monthly', month: '2026-10', remarks: '10月は台風で1回延期しました。' };
    const first = await submit(body, 'monthly-2026-10-a');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ version: 1, status: 'submitted', remarks: body.remarks, title: '月次報告書（令和8年10月分）', dueDate: '2026-11-10', changes: null, submittedBy: t.ids.users[DEMO.vendorBManager], submittedByName: expect.any(String) });
    expect(first.body.fileName).toMatch(/月次報告書.*_第1版\.xlsx$/);
    const retried = await submit(body, 'monthly-2026-10-a');
    expect(retried.body.id).toBe(first.body.id);
    expect(await t.dataSource.getRepository(ReportSubmissionEntity).countBy({ programId })).toBe(1);

    const again = await submit({ kind: 'monthly', month: '2026-10' });
    expect(again.status).toBe(409);
    expect(again.body.errors.kind).toMatch(/受理を待っています/);

    const wb = await readWorkbook((await file(first.body.id)).body);
    const notes = wb.getWorksheet('特記事項')!;
    const texts: string[] = [];
    notes.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain(body.remarks);
    expect(wb.getWorksheet('概要')?.getCell('A1').value).toBe('月次報告書（令和8年10月分）');
  });

  it('keeps a submitted version as it was when a record changes later; the draft and the next version show the correction', async () => {
    const [v1] = (await t.http.get(`${base()}?kind=monthly&month=2026-10`).set('Cookie', cookies.city)).body;
    const before = await file(v1.id);
    const [session] = await octoberHeld();
    await t.dataSource.getRepository(SessionEntity).update({ id: session.id }, { applicationsNew: session.applicationsNew + 7 });

    const [still] = (await t.http.get(`${base()}?kind=monthly&month=2026-10`).set('Cookie', cookies.city)).body;
    expect(still.figures).toEqual(v1.figures);
    expect((await file(v1.id)).body.equals(before.body)).toBe(true);
    const draft = await t.http.get(`${base()}/draft?kind=monthly&month=2026-10`).set('Cookie', cookies.vendor);
    expect(draft.body).toMatchObject({ latestStatus: 'submitted', canSubmit: false });
    const applications = (draft.body.changes as Change[]).find((c) => c.key === 'applications')!;
    expect(applications).toEqual({ key: 'applications', label: '申請件数', previous: value(v1.figures, 'applications'), current: value(v1.figures, 'applications')! + 7, changed: true });
  });

  it('returns a version only with a reason, takes the resubmission as version 2 with the changes marked, and accepts it once', async () => {
    const [v1] = (await t.http.get(`${base()}?kind=monthly&month=2026-10`).set('Cookie', cookies.city)).body;
    const noReason = await t.http.post(`${base()}/${v1.id}/return`).set('Cookie', cookies.city).send({ reason: ' ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual({ reason: '差し戻しの理由を入力してください' });
    const returned = await t.http.post(`${base()}/${v1.id}/return`).set('Cookie', cookies.city).send({ reason: '申請件数を実施記録と照合してください' });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({ status: 'returned', returnReason: '申請件数を実施記録と照合してください', decidedBy: t.ids.users[DEMO.shimonosekiAdmin], decidedAt: clock.now().toISOString() });
    expect((await t.http.post(`${base()}/${v1.id}/accept`).set('Cookie', cookies.city)).status).toBe(409);

    const v2 = await submit({ kind: 'monthly', month: '2026-10', remarks: '申請件数を訂正しました。' }, 'monthly-2026-10-b');
    expect(v2.status).toBe(201);
    expect(v2.body.version).toBe(2);
    const changed = (v2.body.changes as Change[]).filter((c) => c.changed).map((c) => c.key);
    // The month's applications, and the applications target's actual that counts them.
    expect(changed).toEqual(['applications', 'target:0:1:applications']);

    const accepted = await t.http.post(`${base()}/${v2.body.id}/accept`).set('Cookie', cookies.city);
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    expect((await t.http.post(`${base()}/${v2.body.id}/accept`).set('Cookie', cookies.city)).status).toBe(409);
    // Both versions stay, each with its own file.
    const versions = (await t.http.get(`${base()}?kind=monthly&month=2026-10`).set('Cookie', cookies.vendor)).body as Array<{ id: string; version: number; status: string }>;
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'accepted'],
      [1, 'returned'],
    ]);
    const stored = fs.readdirSync(path.join(t.app.get<Env>(ENV).PHOTO_DIR, 'reports', programId)).sort();
    expect(stored).toEqual(versions.map((v) => `${v.id}.xlsx`).sort());

    const actions = await t.dataSource.getRepository(HandlingRecordEntity).find({ where: { resourceType: 'report_submission' }, order: { id: 'ASC' } });
    expect(actions.map((a) => [a.action, a.resourceId])).toEqual([
      ['report_submission.submit', v1.id],
      ['report_submission.return', v1.id],
      ['report_submission.submit', v2.body.id],
      ['report_submission.accept', v2.body.id],
    ]);
    // The city's handling record names each version by its report and number.
    expect(await handlingTargets(t, cookies.city, 'report_submission', v1.id)).toEqual(['月次報告書（令和8年10月分） 第1版']);
    expect(await handlingTargets(t, cookies.city, 'report_submission', v2.body.id)).toEqual(['月次報告書（令和8年10月分） 第2版']);
  });

  it('lists every report the program owes with its deadline and where it stands', async () => {
    const schedule = (await t.http.get(`${base()}/schedule`).set('Cookie', cookies.vendor)).body as Array<{ period: string; title: string; dueDate: string; state: string; latest: { version: number } | null }>;
    // Shimonoseki: a monthly report per month of its visits (July to March), due on the 10th, and the completion report, by due date.
    expect(schedule.map((r) => [r.period, r.dueDate, r.state])).toEqual([
      ['2026-07', '2026-08-10', 'overdue'],
      ['2026-08', '2026-09-10', 'overdue'],
      ['2026-09', '2026-10-10', 'overdue'],
      ['2026-10', '2026-11-10', 'accepted'],
      ['2026-11', '2026-12-10', 'upcoming'],
      ['2026-12', '2027-01-10', 'upcoming'],
      ['2027-01', '2027-02-10', 'upcoming'],
      ['2027-02', '2027-03-10', 'upcoming'],
      ['program', '2027-03-31', 'upcoming'],
      ['2027-03', '2027-04-10', 'upcoming'],
    ]);
    expect(schedule[3]).toMatchObject({ title: '月次報告書（令和8年10月分）', latest: { version: 2 }, firstSubmittedDate: '2026-11-20' });
  });

  it('puts overdue reports on both sides’ attention lists and counts them in the reporting figures', async () => {
    const attention = async (cookie: string) =>
      ((await t.http.get(`/api/programs/${programId}/dashboard`).set('Cookie', cookie)).body.attention as Array<{ kind: string; label: string; resource: string; query?: string }>).filter((i) => i.kind.startsWith('period_report'));
    // Each entry opens its own report (?report=2026-07), not just the list.
    expect((await attention(cookies.vendor)).map((i) => [i.kind, i.label, i.resource, i.query])).toEqual([
      ['period_report_overdue', '月次報告書（令和8年7月分）が期限（8/10）を過ぎています', 'report-submissions', 'report=2026-07'],
      ['period_report_overdue', '月次報告書（令和8年8月分）が期限（9/10）を過ぎています', 'report-submissions', 'report=2026-08'],
      ['period_report_overdue', '月次報告書（令和8年9月分）が期限（10/10）を過ぎています', 'report-submissions', 'report=2026-09'],
    ]);
    expect((await attention(cookies.city)).map((i) => i.label)).toEqual([
      '月次報告書（令和8年7月分）が期限（8/10）を過ぎても提出されていません',
      '月次報告書（令和8年8月分）が期限（9/10）を過ぎても提出されていません',
      '月次報告書（令和8年9月分）が期限（10/10）を過ぎても提出されていません',
    ]);
    // July to October are due: October is in, ten days late.
    const reporting = (await t.http.get(`/api/programs/${programId}/dashboard`).set('Cookie', cookies.city)).body.reporting;
    expect(reporting.periodReports).toMatchObject({ expected: 4, received: 1, onTime: 0, reportingRate: 0.25, onTimeRate: 0 });
  });

  it('submits the completion report with its remarks in 総括', async () => {
    const res = await submit({ kind: 'completion', remarks: '全体を通じて大きな事故はありませんでした。' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'completion', period: 'program', version: 1, dueDate: '2027-03-31' });
    const wb = await readWorkbook((await file(res.body.id, cookies.vendor)).body);
    const texts: string[] = [];
    wb.getWorksheet('特記事項')!.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain('全体を通じて大きな事故はありませんでした。');
  });

  it('marks each held day’s daily report in 日別集計 and embeds the month’s approved photos (issue 20 item 3)', async () => {
    const reports = await t.dataSource.getRepository(DailyReportEntity).find({ where: { programId, date: Between('2026-10-01', '2026-10-31') }, order: { date: 'ASC' } });
    expect(reports.length).toBeGreaterThan(1);
    // One accepted, one returned: the workbook says which.
    await t.dataSource.getRepository(DailyReportEntity).update({ id: reports[0].id }, { status: 'accepted' });
    await t.dataSource.getRepository(DailyReportEntity).update({ id: reports[1].id }, { status: 'returned' });
    const photos = await t.dataSource.getRepository(ActivityPhotoEntity).find({ where: { programId }, order: { id: 'ASC' } });
    const october = photos.filter((p) => reports.some((r) => r.id === p.dailyReportId));
    expect(october.length).toBeGreaterThan(0); // the demo's October reports carry photos
    await t.dataSource.getRepository(ActivityPhotoEntity).update({ id: october[0].id }, { reviewStatus: 'approved', confirmedNoPersonalData: true, caption: '会場の受付の様子' });
    for (const p of october.slice(1)) await t.dataSource.getRepository(ActivityPhotoEntity).update({ id: p.id }, { reviewStatus: 'pending' });

    const res = await t.http.get(`/api/programs/${programId}/reports/monthly.xlsx?month=2026-10`).set('Cookie', cookies.city).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    const wb = await readWorkbook(res.body);
    const days = table(wb.getWorksheet('日別集計')!, '日付');
    // 令和8年10月5日: the day's row, found by its month and day.
    const mark = (date: string) => days.rows.find((r) => String(r.getCell(1).value).includes(`${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`))?.getCell(7).value;
    expect(mark(reports[0].date)).toBe('受理済');
    expect(mark(reports[1].date)).toBe('差戻し');
    expect(days.column('日次報告').every((v) => v === null || ['受理済', '差戻し', '未受理', '未提出'].includes(String(v)))).toBe(true);

    const pictures = wb.getWorksheet('活動写真')!;
    expect(table(pictures, 'No').column('説明')).toEqual(['会場の受付の様子']);
    expect(pictures.getImages()).toHaveLength(1);
    const media = (wb as unknown as { model: { media: Array<{ extension: string; buffer: Buffer }> } }).model.media;
    expect(media[0].extension).toBe('jpeg');
    expect(media[0].buffer.subarray(0, 2).toString('hex')).toBe('ffd8');

    // The completion report has the same sheet over the whole period (issue 20, as the monthly report does).
    const whole = await readWorkbook((await t.http.get(`/api/programs/${programId}/reports/completion.xlsx`).set('Cookie', cookies.city).buffer(true).parse(binary)).body);
    const all = whole.getWorksheet('活動写真')!;
    const captions = table(all, 'No').column('説明');
    expect(captions).toContain('会場の受付の様子');
    expect(all.getImages()).toHaveLength(captions.length);
  });

  it('lets only the vendor manager submit and only the city admin decide; another city’s reports are not found', async () => {
    const [latest] = (await t.http.get(base()).set('Cookie', cookies.city)).body;
    expect((await submit({ kind: 'completion' }, undefined, cookies.city)).status).toBe(403);
    expect((await t.http.post(`${base()}/${latest.id}/accept`).set('Cookie', cookies.vendor)).status).toBe(403);
    expect((await t.http.get(base()).set('Cookie', cookies.otaruCity)).status).toBe(404);
    expect((await file(latest.id, cookies.otaruVendor)).status).toBe(404);
    expect((await submit({ kind: 'completion' }, undefined, cookies.otaruVendor)).status).toBe(404);
    // Shimonoseki's report through Otaru's program: not found either.
    expect((await t.http.get(`/api/programs/${t.ids.programs.otaru}/report-submissions/${latest.id}/file`).set('Cookie', cookies.otaruCity)).status).toBe(404);
    expect((await t.http.post(`/api/programs/${t.ids.programs.otaru}/report-submissions/${latest.id}/accept`).set('Cookie', cookies.otaruCity)).status).toBe(404);
  });
});
