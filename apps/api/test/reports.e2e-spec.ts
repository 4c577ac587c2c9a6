import type ExcelJS from 'exceljs';
import { Between, In } from 'typeorm';
import { CallEntity } from '../src/modules/calls/call.entity';
import { ActivityPhotoEntity, DailyReportEntity } from '../src/modules/daily-reports/daily-report.entity';
import { DefectEntity, InquiryEntity } from '../src/modules/follow-ups/follow-up.entity';
import { ReportDownloadEntity } from '../src/modules/reports/report-download.entity';
import { HandlingRecordEntity } from '../src/modules/handling-records/handling-record.entity';
import { ProgramEntity } from '../src/modules/programs/program.entity';
import { SessionEntity } from '../src/modules/sessions/session.entity';
import { binary, readWorkbook } from './support/binary';
import { meta, paperProblems, structure, table, ySplit } from './support/workbook';
import { DEMO, FixedClock, login, openDemo, type TestApp } from './support/test-app';

/**
 * The Excel reports, generated from the demo data as of 2026-11-20 and read back with exceljs as a city
 * official would open them. Every total is checked against sums computed here from the database rows.
 */

const CALL_CATEGORIES = ['予約', '変更・キャンセル', 'カード全般の質問', '事業の質問', '苦情', 'その他'];
const APPLICATION_TYPES = ['新規申請', '更新申請', '再交付（紛失）', '再交付（破損）', '再交付（その他）'];
const PHOTO_HEADERS = ['現地撮影', '写真持参', '撮り直し', '写真の特例（医療機器等）', '写真の特例（障害）', '写真の特例（寝たきり）', '写真の特例（その他）', '特例計'];
const SESSION_LIST = ['実施日', '曜日', '時間', 'サービス種別', '場所', '申請方式', ...APPLICATION_TYPES, '申請計', '顔認証カード', '施設への郵送', '相談件数', '代筆', '受付できなかった件数', '問題点・備考'];
const SUMMARY_HEADERS = [
  ['サービス種別', '実施回数', '申請件数', '相談件数', '代筆', '受付できなかった件数'],
  ['申請種別', '個人宅訪問', '福祉施設訪問', '計'],
  ['項目', '個人宅訪問', '福祉施設訪問', '計'],
  ['区分', '件数'],
  ['項目', '件数'],
  ['項目', '件数'],
  ['区分', '件数', '市への報告', '対応完了'],
  ['目標グループ', '達成条件', 'グループの状況', '目標', '目標値', '実績（累計）', '達成率', '期末見込み', '状況'],
  ['項目', '提出対象', '提出済み', '期限内', '期限前（未到来）', '提出率', '期限内提出率'],
];
const DEFECT_CATEGORY_HEADERS = ['区分', '受付', '解決', '月末時点の対応中', 'うち期限超過'];
const DEFECT_HEADERS = ['受付日', '区分', '発見者', '内容', '連絡回数', '最終連絡日', '最終連絡の方法', '最終連絡の結果', '解決日', '状況'];
const INQUIRY_HEADERS = ['受付日', '区分', '経路', '内容', '対応', '市への報告', '完了日', '状況'];
const CALL_WEEKS_WITHIN = ['週', '集計した日', ...CALL_CATEGORIES, '合計', '週報告の状況'];

/** 令和8年10月1日, written out here with Intl, independently of the domain's formatter. */
const wareki = (date: string) =>
  new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));

const filenameOf = (res: { headers: Record<string, string> }) => decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(res.headers['content-disposition'])![1]);

describe('Excel reports', () => {
  const clock = new FixedClock(new Date('2026-11-20T01:00:00Z')); // Fri 10:00 JST
  let t: TestApp;
  let city: string;
  let viewer: string;
  let vendor: string;
  let programId: string;

  const download = (path: string, cookie: string) => t.http.get(path).set('Cookie', cookie).buffer(true).parse(binary);
  const report = (name: string, query: Record<string, string> = {}, cookie = city) => download(`/api/programs/${programId}/reports/${name}?${new URLSearchParams(query)}`, cookie);

  const held = (from: string, to: string, pid = programId) => t.dataSource.getRepository(SessionEntity).find({ where: { programId: pid, status: 'held', date: Between(from, to) } });
  const apps = (s: SessionEntity) => s.applicationsNew + s.applicationsRenewal + s.applicationsReissueLost + s.applicationsReissueDamaged + s.applicationsReissueOther;
  const sum = <T>(rows: T[], f: (r: T) => number) => rows.reduce((s, r) => s + f(r), 0);
  const calls = async (from: string, to: string, where: { category?: string; outcome?: string } = {}) =>
    sum(await t.dataSource.getRepository(CallEntity).find({ where: { programId, direction: 'in', date: Between(from, to), ...where } }), (c) => c.count);

  const expectPrintSetup = (wb: ExcelJS.Workbook) => {
    for (const ws of wb.worksheets) {
      expect(ws.name.length).toBeLessThanOrEqual(31);
      expect(ws.name).not.toMatch(/[[\]:*?/\\]/);
      expect(ws.views[0]).toMatchObject({ state: 'frozen' });
      expect(ySplit(ws)).toBeGreaterThan(0);
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(['portrait', 'landscape']).toContain(ws.pageSetup.orientation);
      expect(ws.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
    }
    expect(paperProblems(wb)).toEqual([]);
  };

  beforeAll(async () => {
    ({ t, programId, cookies: { city, viewer, vendor } } = await openDemo({ clock }, { city: DEMO.otaruAdmin, viewer: DEMO.otaruViewer, vendor: DEMO.vendorManager }));
  });
  afterAll(() => t.close());

  describe('日次報告書', () => {
    let date: string;
    let photos: ActivityPhotoEntity[];
    let wb: ExcelJS.Workbook;

    beforeAll(async () => {
      // The latest accepted day with an activity photo.
      const reports = await t.dataSource.getRepository(DailyReportEntity).find({ where: { programId, status: 'accepted' }, order: { date: 'DESC' } });
      for (const r of reports) {
        photos = await t.dataSource.getRepository(ActivityPhotoEntity).find({ where: { dailyReportId: r.id } });
        if (photos.length) {
          date = r.date;
          break;
        }
      }
      const res = await report('daily.xlsx', { date }, viewer);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const [y, m, d] = date.split('-').map(Number);
      expect(filenameOf(res)).toBe(`小樽市_日次報告書_${y}年${m}月${d}日.xlsx`);
      wb = await readWorkbook(res.body);
    });

    it('has the day’s sessions with totals equal to the database’s, as formulas with cached values', async () => {
      const sessions = await held(date, date);
      const ws = wb.getWorksheet('日次報告書')!;
      expect(ws.getCell('A1').value).toBe(`日次報告書（${wareki(date)}）`);
      expect(meta(ws, '実施日')).toMatch(new RegExp(`^${wareki(date)}（[日月火水木金土]）$`));
      expect(meta(ws, '自治体')).toBe('小樽市');
      expect(meta(ws, '作成日')).toBe('令和8年11月20日');
      expect(meta(ws, '報告の状況')).toMatch(/^受理済み（提出 令和8年/);

      const main = table(ws, 'No', 0);
      expect(main.rows).toHaveLength(sessions.length);
      expect(main.sum('新規申請')).toBe(sum(sessions, (s) => s.applicationsNew));
      expect(main.sum('更新申請')).toBe(sum(sessions, (s) => s.applicationsRenewal));
      expect(main.sum('再交付（紛失）')).toBe(sum(sessions, (s) => s.applicationsReissueLost));
      expect(main.sum('申請計')).toBe(sum(sessions, apps));
      expect(main.sum('相談件数')).toBe(sum(sessions, (s) => s.consultations));
      expect(main.sum('代筆')).toBe(sum(sessions, (s) => s.proxyWriting));
      expect(main.total!.getCell(6).formula).toBe(`SUM(F${main.header + 1}:F${main.header + sessions.length})`);
      // Each session's 申請計 is a row formula too.
      expect(main.rows[0].getCell(11).formula).toBe(`SUM(F${main.header + 1}:J${main.header + 1})`);

      const photoStats = table(ws, 'No', 1);
      expect(photoStats.sum('現地撮影')).toBe(sum(sessions, (s) => s.photosTakenOnSite));
      expect(photoStats.sum('特例計')).toBe(sum(sessions, (s) => s.photoExceptionsMedical + s.photoExceptionsDisability + s.photoExceptionsBedridden + s.photoExceptionsOther));
    });

    it('embeds the activity photos as thumbnails with their captions (the report is small)', () => {
      const ws = wb.getWorksheet('活動写真')!;
      const list = table(ws, 'No');
      expect(list.column('説明')).toEqual(photos.map((p) => p.caption));
      expect(ws.getImages()).toHaveLength(photos.length);
      expect(ws.getImages()[0].range.tl.nativeRow).toBe(list.header); // 0-based: the first data row
      const media = (wb as unknown as { model: { media: Array<{ extension: string; buffer: Buffer }> } }).model.media;
      expect(media[0].extension).toBe('jpeg');
      expect(media[0].buffer.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    });

    it('keeps its layout (golden structure)', () => {
      expect(structure(wb)).toEqual([
        {
          sheet: '日次報告書',
          headers: [
            ['No', '時間', 'サービス種別', '場所', '申請方式', ...APPLICATION_TYPES, '申請計', '顔認証カード', '施設への郵送', '相談件数', '代筆', '受付できなかった件数'],
            ['No', '場所', ...PHOTO_HEADERS],
            ['No', '場所', '問題点', '備考', '写真の特例（その他）の内容', '受付できなかった理由', '写真が申請より少ない理由'],
            ['特記事項'],
          ],
        },
        { sheet: '活動写真', headers: [['No', '説明', '申請者の顔や個人情報が判別できないことの確認', '市の確認', '写真']] },
      ]);
      expectPrintSetup(wb);
      expect(wb.getWorksheet('日次報告書')!.pageSetup.orientation).toBe('landscape');
      const ws = wb.getWorksheet('日次報告書')!;
      expect(ySplit(ws)).toBe(table(ws, 'No').header);
      expect(ws.pageSetup.printTitlesRow).toBe(`${table(ws, 'No').header}:${table(ws, 'No').header}`);
    });

    it('answers 400 naming the field for a missing or impossible date, and for a day without a report', async () => {
      const missing = await t.http.get(`/api/programs/${programId}/reports/daily.xlsx`).set('Cookie', city);
      expect(missing.status).toBe(400);
      expect(missing.body.errors.date).toBeDefined();
      expect((await t.http.get(`/api/programs/${programId}/reports/daily.xlsx?date=2026-02-30`).set('Cookie', city)).body.errors.date).toBeDefined();
      const outside = await t.http.get(`/api/programs/${programId}/reports/daily.xlsx?date=2027-01-12`).set('Cookie', city);
      expect(outside.status).toBe(400);
      expect(outside.body.errors.date).toMatch(/契約期間/);
      const sunday = await t.http.get(`/api/programs/${programId}/reports/daily.xlsx?date=2026-06-07`).set('Cookie', city);
      expect(sunday.status).toBe(400);
      expect(sunday.body.errors.date).toBeDefined();
    });
  });

  describe('受電件数報告', () => {
    let wb: ExcelJS.Workbook;
    beforeAll(async () => {
      const res = await report('weekly-calls.xlsx', { from: '2026-10-07', to: '2026-10-14' });
      expect(res.status).toBe(200);
      // Whole weeks: Monday 10/5 to Sunday 10/18.
      expect(filenameOf(res)).toBe('小樽市_受電件数報告_2026年10月5日-2026年10月18日.xlsx');
      wb = await readWorkbook(res.body);
    });

    it('counts per day × category and per week as the database has them', async () => {
      const days = table(wb.getWorksheet('受電件数（日別）')!, '日付');
      expect(meta(wb.getWorksheet('受電件数（日別）')!, '対象期間')).toBe('令和8年10月5日～令和8年10月18日');
      expect(days.rows).toHaveLength(14);
      expect(days.sum('合計')).toBe(await calls('2026-10-05', '2026-10-18'));
      expect(days.sum('予約')).toBe(await calls('2026-10-05', '2026-10-18', { category: 'booking' }));
      expect(days.sum('苦情')).toBe(await calls('2026-10-05', '2026-10-18', { category: 'complaint' }));
      expect(days.column('稼働日')[7]).toBe('休業日'); // 10/12 スポーツの日

      const weeks = table(wb.getWorksheet('受電件数（週別）')!, '週');
      expect(weeks.rows).toHaveLength(2);
      expect(weeks.rows.map((r) => r.getCell(8).result)).toEqual([await calls('2026-10-05', '2026-10-11'), await calls('2026-10-12', '2026-10-18')]);
      expect(weeks.sum('合計')).toBe(await calls('2026-10-05', '2026-10-18'));
      expect(weeks.column('報告の状況')).toEqual(['受理済み', '受理済み']);

      const outcomes = table(wb.getWorksheet('対応結果（週別）')!, '週');
      expect(outcomes.sum('予約成立')).toBe(await calls('2026-10-05', '2026-10-18', { outcome: 'booked' }));
      expect(outcomes.sum('合計')).toBe(await calls('2026-10-05', '2026-10-18'));
    });

    it('agrees with the dashboard’s weekly series', async () => {
      const api = await t.http.get(`/api/programs/${programId}/calls/weekly`).query({ from: '2026-10-05', to: '2026-10-18' }).set('Cookie', city);
      const weeks = table(wb.getWorksheet('受電件数（週別）')!, '週');
      expect(weeks.rows.map((r) => r.getCell(8).result)).toEqual(api.body.map((w: { total: number }) => w.total));
    });

    it('keeps its layout (golden structure)', () => {
      expect(structure(wb)).toEqual([
        { sheet: '受電件数（日別）', headers: [['日付', '曜日', '稼働日', ...CALL_CATEGORIES, '合計']] },
        { sheet: '受電件数（週別）', headers: [['週', ...CALL_CATEGORIES, '合計', 'うち時間外', '報告期限', '報告の状況', '提出日時']] },
        { sheet: '対応結果（週別）', headers: [['週', '予約成立', '回答済み', '折り返し要', '市へ案内', '応答なし', '未記録', '合計']] },
      ]);
      expectPrintSetup(wb);
      expect(wb.getWorksheet('受電件数（日別）')!.pageSetup.orientation).toBe('landscape');
    });

    it('answers 400 for a missing start and an end before the start', async () => {
      const missing = await t.http.get(`/api/programs/${programId}/reports/weekly-calls.xlsx`).set('Cookie', city);
      expect(missing.status).toBe(400);
      expect(missing.body.errors.from).toBeDefined();
      const reversed = await t.http.get(`/api/programs/${programId}/reports/weekly-calls.xlsx?from=2026-10-14&to=2026-10-01`).set('Cookie', city);
      expect(reversed.status).toBe(400);
      expect(reversed.body.errors.to).toBeDefined();
    });
  });

  describe('月次報告書', () => {
    let wb: ExcelJS.Workbook;
    beforeAll(async () => {
      const res = await report('monthly.xlsx', { month: '2026-10' });
      expect(res.status).toBe(200);
      expect(filenameOf(res)).toBe('小樽市_月次報告書_2026年10月.xlsx');
      expect(res.headers['content-disposition']).toContain("filename*=UTF-8''%E5%B0%8F%E6%A8%BD%E5%B8%82_");
      wb = await readWorkbook(res.body);
    });

    it('sums the month on the summary and on every breakdown as the database has it', async () => {
      const sessions = await held('2026-10-01', '2026-10-31');
      const summary = wb.getWorksheet('概要')!;
      expect(summary.getCell('A1').value).toBe('月次報告書（令和8年10月分）');
      expect(meta(summary, '対象期間')).toBe('令和8年10月1日～令和8年10月31日');
      const kinds = table(summary, 'サービス種別');
      expect(kinds.sum('実施回数')).toBe(sessions.length);
      expect(kinds.sum('申請件数')).toBe(sum(sessions, apps));
      expect(kinds.sum('相談件数')).toBe(sum(sessions, (s) => s.consultations));
      const types = table(summary, '申請種別');
      expect(types.sum('計')).toBe(sum(sessions, apps));
      expect(types.sum('個人宅訪問')).toBe(sum(sessions.filter((s) => s.serviceKind === 'home_visit'), apps));
      expect(table(summary, '区分').sum('件数')).toBe(await calls('2026-10-01', '2026-10-31'));
      const inquiries = await t.dataSource.getRepository(InquiryEntity).find({ where: { programId, date: Between('2026-10-01', '2026-10-31') } });
      expect(table(summary, '区分', 1).sum('件数')).toBe(inquiries.length);

      const list = table(wb.getWorksheet('実施一覧')!, '実施日');
      expect(list.rows).toHaveLength(sessions.length);
      expect(list.sum('新規申請')).toBe(sum(sessions, (s) => s.applicationsNew));
      expect(list.sum('再交付（紛失）')).toBe(sum(sessions, (s) => s.applicationsReissueLost));
      expect(list.sum('申請計')).toBe(sum(sessions, apps));
      expect(list.sum('顔認証カード')).toBe(sum(sessions, (s) => s.faceAuthCards));

      const days = table(wb.getWorksheet('日別集計')!, '日付');
      expect(days.rows).toHaveLength(31);
      expect(days.sum('実施回数')).toBe(sessions.length);
      expect(days.sum('受電件数')).toBe(await calls('2026-10-01', '2026-10-31'));

      // Weeks crossing the month count only October's days, so the sheet adds up to the month.
      const weeks = table(wb.getWorksheet('受電件数（週別）')!, '週');
      expect(weeks.column('集計した日')).toEqual(['10/1～10/4', '全日', '全日', '全日', '10/26～10/31']);
      expect(weeks.sum('合計')).toBe(await calls('2026-10-01', '2026-10-31'));

      const photos = table(wb.getWorksheet('写真統計')!, '実施日');
      expect(photos.sum('現地撮影')).toBe(sum(sessions, (s) => s.photosTakenOnSite));
      expect(photos.sum('撮り直し')).toBe(sum(sessions, (s) => s.photoRetakes));

      const inquiryTable = table(wb.getWorksheet('問い合わせ・苦情')!, '受付日');
      expect(inquiryTable.rows).toHaveLength(inquiries.length);
      expect(inquiryTable.none).toBe(inquiries.length === 0); // an empty table says 該当なし (issue 20 item 3)
      const defects = await t.dataSource.getRepository(DefectEntity).find({ where: { programId } });
      const active = defects.filter((d) => d.receivedDate <= '2026-10-31' && (!d.resolvedDate || d.resolvedDate >= '2026-10-01'));
      expect(table(wb.getWorksheet('不備対応')!, '受付日').rows).toHaveLength(active.length);
    });

    it('shows progress against each target as of the month end, as the dashboard does', async () => {
      const api = (await t.http.get(`/api/programs/${programId}/progress`).query({ asOf: '2026-10-31' }).set('Cookie', city)).body;
      const targets = table(wb.getWorksheet('概要')!, '目標グループ');
      const measured = api.groups.flatMap((g: { targets: Array<{ measured: boolean; actual: number }> }) => g.targets.map((x) => (x.measured ? x.actual : null)));
      expect(targets.column('実績（累計）')).toEqual(measured);
      expect(targets.column('目標')).toEqual(['個人宅 予約件数', '個人宅 申請件数', '福祉施設 訪問施設数', '福祉施設 申請件数']);
      expect(wb.getWorksheet('概要')!.getRow(targets.header - 1).getCell(1).value).toBe('目標の進捗（令和8年10月31日時点の累計）');
    });

    it('keeps its layout (golden structure)', () => {
      expect(structure(wb)).toEqual([
        { sheet: '概要', headers: SUMMARY_HEADERS },
        { sheet: '実施一覧', headers: [SESSION_LIST] },
        { sheet: '日別集計', headers: [['日付', '曜日', '実施回数', '申請件数', '相談件数', '受電件数', '日次報告']] },
        { sheet: '受電件数（週別）', headers: [CALL_WEEKS_WITHIN] },
        { sheet: '写真統計', headers: [['実施日', ...PHOTO_HEADERS]] },
        { sheet: '不備対応', headers: [DEFECT_CATEGORY_HEADERS, DEFECT_HEADERS] },
        { sheet: '問い合わせ・苦情', headers: [INQUIRY_HEADERS] },
        { sheet: '活動写真', headers: [['No', '実施日', '説明', '写真']] },
        { sheet: '特記事項', headers: [['内容']] },
      ]);
      expectPrintSetup(wb);
      const list = wb.getWorksheet('実施一覧')!;
      expect(list.pageSetup.orientation).toBe('landscape');
      expect(ySplit(list)).toBe(8);
      expect(list.pageSetup.printTitlesRow).toBe('8:8');
      // The summary stacks several tables: the title block stays in view and on every page.
      expect(ySplit(wb.getWorksheet('概要')!)).toBe(6);
      expect(list.getCell(9, 7).numFmt).toBe('#,##0');
    });

    it('answers 400 naming the month for a malformed month or one outside the contract', async () => {
      for (const month of ['2026-13', 'oct', '2027-05']) {
        const res = await t.http.get(`/api/programs/${programId}/reports/monthly.xlsx`).query({ month }).set('Cookie', city);
        expect(res.status).toBe(400);
        expect(res.body.errors.month).toBeDefined();
      }
    });

    it('writes the period in 西暦 when the program asks for it', async () => {
      const shimonoseki = t.ids.programs.shimonoseki;
      await t.dataSource.getRepository(ProgramEntity).update({ id: shimonoseki }, { eraStyle: 'seireki' });
      try {
        const res = await download(`/api/programs/${shimonoseki}/reports/monthly.xlsx?month=2026-10`, await login(t, DEMO.shimonosekiAdmin));
        expect(res.status).toBe(200);
        const ws = (await readWorkbook(res.body)).getWorksheet('概要')!;
        expect(ws.getCell('A1').value).toBe('月次報告書（2026年10月分）');
        expect(meta(ws, '対象期間')).toBe('2026年10月1日～2026年10月31日');
        expect(meta(ws, '自治体')).toBe('下関市');
      } finally {
        await t.dataSource.getRepository(ProgramEntity).update({ id: shimonoseki }, { eraStyle: 'wareki' });
      }
    });
  });

  describe('委託業務完了報告書', () => {
    let wb: ExcelJS.Workbook;
    beforeAll(async () => {
      const res = await report('completion.xlsx', {}, vendor);
      expect(res.status).toBe(200);
      expect(filenameOf(res)).toBe('小樽市_委託業務完了報告書_令和8年度.xlsx');
      wb = await readWorkbook(res.body);
    });

    it('sums the whole period per month as the database has it', async () => {
      const sessions = await held('2026-06-01', '2026-12-24');
      const ws = wb.getWorksheet('月別集計')!;
      // The demo's contract (003 §3(1)) runs from 2026-05-01 (its signing, assumed) to 2027-01-08.
      expect(meta(ws, '契約期間')).toBe('令和8年5月1日～令和9年1月8日');
      const months = table(ws, '月');
      expect(months.column('月')).toEqual(['令和8年5月', '令和8年6月', '令和8年7月', '令和8年8月', '令和8年9月', '令和8年10月', '令和8年11月', '令和8年12月', '令和9年1月']);
      expect(months.sum('実施回数')).toBe(sessions.length);
      expect(months.sum('申請件数')).toBe(sum(sessions, apps));
      expect(months.sum('相談件数')).toBe(sum(sessions, (s) => s.consultations));
      expect(months.sum('受電件数')).toBe(await calls('2026-06-01', '2026-12-24'));
      const october = sessions.filter((s) => s.date.startsWith('2026-10'));
      expect(months.rows[5].getCell(2).value).toBe(october.length);
      const defects = await t.dataSource.getRepository(DefectEntity).find({ where: { programId } });
      expect(months.sum('不備の受付')).toBe(defects.length);
      const inquiries = await t.dataSource.getRepository(InquiryEntity).find({ where: { programId } });
      expect(months.sum('問い合わせ・苦情')).toBe(inquiries.length);
      expect(months.sum('うち苦情')).toBe(inquiries.filter((q) => q.category === 'complaint').length);

      expect(table(wb.getWorksheet('実施一覧')!, '実施日').rows).toHaveLength(sessions.length);
      expect(table(wb.getWorksheet('写真統計')!, '月').sum('現地撮影')).toBe(sum(sessions, (s) => s.photosTakenOnSite));
      expect(table(wb.getWorksheet('受電件数（週別）')!, '週').sum('合計')).toBe(await calls('2026-06-01', '2026-12-24'));
    });

    it('reports timeliness and targets exactly as the dashboard’s endpoints do', async () => {
      const rates = (await t.http.get(`/api/programs/${programId}/reporting-rates`).query({ from: '2026-06-01', to: '2026-12-24' }).set('Cookie', city)).body;
      const timeliness = table(wb.getWorksheet('報告の提出状況')!, '月');
      expect(timeliness.sum('日次報告 提出対象')).toBe(rates.totals.expected);
      expect(timeliness.sum('日次報告 提出済み')).toBe(rates.totals.received);
      expect(timeliness.sum('日次報告 期限内')).toBe(rates.totals.onTime);
      const rate = timeliness.total!.getCell(5);
      expect(rate.formula).toBe(`IF(B${timeliness.total!.number}=0,"",C${timeliness.total!.number}/B${timeliness.total!.number})`);
      expect(rate.result).toBeCloseTo(rates.totals.reportingRate, 10);
      expect(timeliness.total!.getCell(5).numFmt).toBe('0.0%');

      const progress = (await t.http.get(`/api/programs/${programId}/progress`).query({ asOf: '2026-11-20' }).set('Cookie', city)).body;
      const targets = table(wb.getWorksheet('目標と達成状況')!, '目標グループ');
      const apiTargets = progress.groups.flatMap((g: { targets: Array<{ measured: boolean; actual: number; goal: number }> }) => g.targets);
      expect(targets.column('目標値')).toEqual(apiTargets.map((x: { goal: number }) => x.goal));
      expect(targets.column('実績（累計）')).toEqual(apiTargets.map((x: { measured: boolean; actual: number }) => (x.measured ? x.actual : null)));
    });

    it('closes with the special notes: complaints and how they were handled', async () => {
      const complaints = await t.dataSource.getRepository(InquiryEntity).find({ where: { programId, category: 'complaint' } });
      const notes = table(wb.getWorksheet('特記事項')!, '日付');
      expect(notes.column('区分').filter((k) => k === '苦情と対応')).toHaveLength(complaints.length);
      expect(notes.column('内容')).toContain(`${complaints[0].summary}（対応：${complaints[0].handling}）`);
    });

    it('keeps its layout (golden structure)', () => {
      expect(structure(wb)).toEqual([
        { sheet: '概要', headers: SUMMARY_HEADERS },
        { sheet: '月別集計', headers: [['月', '実施回数', '申請件数', '相談件数', '受電件数', '不備の受付', '問い合わせ・苦情', 'うち苦情']] },
        { sheet: '目標と達成状況', headers: [['目標グループ', '達成条件', 'グループの状況', '目標', '目標値', '実績（累計）', '達成率', '期末見込み', '状況']] },
        { sheet: '実施一覧', headers: [SESSION_LIST] },
        { sheet: '日別集計', headers: [['日付', '曜日', '実施回数', '申請件数', '相談件数', '受電件数', '日次報告']] },
        { sheet: '受電件数（週別）', headers: [CALL_WEEKS_WITHIN] },
        { sheet: '写真統計', headers: [['月', ...PHOTO_HEADERS]] },
        { sheet: '不備対応', headers: [['区分', '受付', '解決', '作成日時点の対応中', 'うち期限超過'], DEFECT_HEADERS] },
        { sheet: '問い合わせ・苦情', headers: [INQUIRY_HEADERS] },
        { sheet: '活動写真', headers: [['No', '実施日', '説明', '写真']] },
        {
          sheet: '報告の提出状況',
          headers: [['月', '日次報告 提出対象', '日次報告 提出済み', '日次報告 期限内', '日次報告 提出率', '日次報告 期限内提出率', '週報告 期限到来', '週報告 期限内', '週報告 期限内提出率']],
        },
        { sheet: '特記事項', headers: [['日付', '区分', '内容'], ['所見・今後の課題']] },
      ]);
      expectPrintSetup(wb);
    });
  });

  describe('事業別集計', () => {
    it('gives a city admin one row per program of the city, with totals as formulas', async () => {
      const res = await download('/api/reports/city-summary.xlsx', city);
      expect(res.status).toBe(200);
      expect(filenameOf(res)).toBe('小樽市_事業別集計_2026年11月20日.xlsx');
      const wb = await readWorkbook(res.body);
      expect(structure(wb)).toEqual([
        { sheet: '事業別集計', headers: [['自治体', '事業名', '年度', '契約期間', '受託者', '実施回数', '申請件数', '相談件数', '受電件数', '未解決の不備', '苦情', '日次報告 提出率', '日次報告 期限内提出率', '目標の状況']] },
      ]);
      expectPrintSetup(wb);
      const rows = table(wb.getWorksheet('事業別集計')!, '自治体');
      expect(rows.column('事業名')).toEqual(['小樽市マイナンバーカード個人宅・福祉施設等出張申請受付予約受付等業務']);
      expect(rows.column('契約期間')).toEqual(['令和8年5月1日～令和9年1月8日']);
      const sessions = await held('2026-06-01', '2026-11-20');
      expect(rows.sum('実施回数')).toBe(sessions.length);
      expect(rows.sum('申請件数')).toBe(sum(sessions, apps));
      expect(rows.sum('受電件数')).toBe(await calls('2026-06-01', '2026-11-20'));
      const open = (await t.dataSource.getRepository(DefectEntity).find({ where: { programId } })).filter((d) => !d.resolvedDate || d.resolvedDate > '2026-11-20');
      expect(rows.sum('未解決の不備')).toBe(open.length);
    });

    it('counts the held sessions as the dashboard, its overview and the completion report do, a session dated after today in none of them', async () => {
      // 事業別集計 once said 104 where the dashboard and the completion report said 105: they read the program's whole
      // period, the summary up to today, and a session recorded as held on a later day counted in the first two only.
      const repo = t.dataSource.getRepository(SessionEntity);
      const [sample] = await held('2026-06-01', '2026-11-19');
      const later = repo.create({ ...sample, id: '00000000-0000-4000-8000-00000000f105', date: '2026-11-27', weekStart: '2026-11-23', month: '2026-11', bookingId: null });
      await repo.insert(later);
      try {
        const counted = (await held('2026-05-01', '2026-11-20')).length;
        const summary = table((await readWorkbook((await download('/api/reports/city-summary.xlsx', city)).body)).getWorksheet('事業別集計')!, '自治体');
        const dashboard = (await t.http.get(`/api/programs/${programId}/dashboard`).set('Cookie', city)).body;
        const completion = table((await readWorkbook((await report('completion.xlsx', {}, vendor)).body)).getWorksheet('月別集計')!, '月');
        expect(summary.sum('実施回数')).toBe(counted);
        expect(dashboard.kpis.sessionsHeld).toBe(counted);
        const overview = (await t.http.get('/api/dashboard/overview').set('Cookie', city)).body as Array<{ id: string; sessionsHeld: number; applications: number }>;
        expect(overview.find((row) => row.id === programId)).toMatchObject({ sessionsHeld: counted, applications: dashboard.kpis.applicationsTotal });
        expect(completion.sum('実施回数')).toBe(counted);
        expect(summary.sum('申請件数')).toBe(dashboard.kpis.applicationsTotal);
        expect(completion.sum('申請件数')).toBe(dashboard.kpis.applicationsTotal);
      } finally {
        await repo.delete({ id: later.id });
      }
    });
  });

  describe('access and the handling record', () => {
    it('is a 404 for a vendor or city that does not serve the program, and a 403 for vendor staff', async () => {
      const other = await login(t, DEMO.vendorBManager);
      expect((await t.http.get(`/api/programs/${programId}/reports/completion.xlsx`).set('Cookie', other)).status).toBe(404);
      expect((await t.http.get(`/api/programs/${programId}/reports/monthly.xlsx?month=2026-10`).set('Cookie', await login(t, DEMO.shimonosekiAdmin))).status).toBe(404);
      expect((await t.http.get(`/api/programs/${programId}/reports/completion.xlsx`).set('Cookie', await login(t, DEMO.vendorStaff))).status).toBe(403);
    });

    it('records every download with the report kind, the program and the parameters, and lists them for the 帳票 page', async () => {
      const rows = await t.dataSource.getRepository(HandlingRecordEntity).find({ where: { action: 'report.download', programId }, order: { id: 'ASC' } });
      expect(rows.map((r) => r.resourceType)).toEqual(expect.arrayContaining(['daily', 'weekly-calls', 'monthly', 'completion']));
      const monthly = rows.find((r) => r.resourceType === 'monthly')!;
      // The report's own columns, in the reports module's table; the handling record's free text stays empty.
      expect(monthly.reason).toBeNull();
      expect(await t.dataSource.getRepository(ReportDownloadEntity).findOneBy({ handlingRecordId: monthly.id })).toEqual({
        handlingRecordId: monthly.id,
        kind: 'monthly',
        programId,
        filename: '小樽市_月次報告書_2026年10月.xlsx',
        params: { month: '2026-10' },
        jobId: null,
      });
      // The vendor's download of Otaru's report is in Otaru's record as well.
      const byVendor = rows.find((r) => r.resourceType === 'completion')!;
      expect(byVendor.municipalityId).toBe(t.ids.municipalities.otaru);
      expect(byVendor.organizationId).toBe(t.ids.organizations.vendorA);

      const list = await t.http.get('/api/report-downloads').query({ sort: JSON.stringify(['occurredAt', 'DESC']), range: JSON.stringify([0, 49]) }).set('Cookie', city);
      expect(list.status).toBe(200);
      expect(Number(list.headers['x-total-count'])).toBeGreaterThanOrEqual(5);
      expect(list.body).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: 'monthly', kindLabel: '月次報告書', programId, filename: '小樽市_月次報告書_2026年10月.xlsx', params: { month: '2026-10' }, userName: '小樽 担当' }),
          expect.objectContaining({ kind: 'completion', kindLabel: '委託業務完了報告書', userName: '受託 管理' }),
        ]),
      );
      const foreign = await t.http.get('/api/report-downloads').set('Cookie', await login(t, DEMO.shimonosekiAdmin));
      expect(foreign.body.filter((r: { programId: string }) => r.programId === programId)).toEqual([]);
      // Labelled in the handling record's own download too.
      const ids = rows.map((r) => r.id);
      expect(await t.dataSource.getRepository(HandlingRecordEntity).count({ where: { id: In(ids) } })).toBe(ids.length);
    });
  });

  describe('report jobs', () => {
    it('runs a report in the background: start, poll until done, download once ready, owner only', async () => {
      const start = await t.http.post(`/api/programs/${programId}/report-jobs`).set('Cookie', vendor).send({ kind: 'monthly', params: { month: '2026-09' } });
      expect(start.status).toBe(202);
      expect(start.body).toMatchObject({ status: 'running', percent: 0, kind: 'monthly', programId });
      const id = start.body.id as string;

      let job = start.body;
      const seen: number[] = [];
      for (let i = 0; i < 200 && job.status === 'running'; i++) {
        await new Promise((r) => setTimeout(r, 25));
        job = (await t.http.get(`/api/report-jobs/${id}`).set('Cookie', vendor)).body;
        seen.push(job.percent);
      }
      expect(job).toMatchObject({ id, status: 'done', percent: 100, filename: '小樽市_月次報告書_2026年9月.xlsx' });
      expect(seen).toEqual([...seen].sort((a, b) => a - b)); // never goes back
      expect(Date.parse(job.expiresAt) - clock.now().getTime()).toBe(15 * 60 * 1000);

      // Someone else — even of the same program — does not see it.
      expect((await t.http.get(`/api/report-jobs/${id}`).set('Cookie', city)).status).toBe(404);
      expect((await t.http.get(`/api/report-jobs/${id}/download`).set('Cookie', city)).status).toBe(404);

      const before = await t.dataSource.getRepository(HandlingRecordEntity).count({ where: { action: 'report.download' } });
      const res = await download(`/api/report-jobs/${id}/download`, vendor);
      expect(res.status).toBe(200);
      expect(filenameOf(res)).toBe('小樽市_月次報告書_2026年9月.xlsx');
      const wb = await readWorkbook(res.body);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['概要', '実施一覧', '日別集計', '受電件数（週別）', '写真統計', '不備対応', '問い合わせ・苦情', '活動写真', '特記事項']);
      expect(meta(wb.getWorksheet('概要')!, '対象期間')).toBe('令和8年9月1日～令和8年9月30日');
      expect(await t.dataSource.getRepository(HandlingRecordEntity).count({ where: { action: 'report.download' } })).toBe(before + 1);
      expect(await t.dataSource.getRepository(ReportDownloadEntity).countBy({ jobId: id })).toBe(1);

      // After 15 minutes the file is gone.
      clock.advance(15 * 60 * 1000 + 1);
      try {
        expect((await t.http.get(`/api/report-jobs/${id}`).set('Cookie', vendor)).status).toBe(404);
      } finally {
        clock.set(new Date('2026-11-20T01:00:00Z'));
      }
    });

    it('starts once per Idempotency-Key: a retried start answers the first job, another key or report starts its own', async () => {
      const jobs = (key: string, month: string) =>
        t.http.post(`/api/programs/${programId}/report-jobs`).set('Cookie', vendor).set('Idempotency-Key', key).send({ kind: 'monthly', params: { month } });
      const first = await jobs('retry-key-0001', '2026-08');
      const retry = await jobs('retry-key-0001', '2026-08');
      expect([first.status, retry.status]).toEqual([202, 202]);
      expect(retry.body.id).toBe(first.body.id);
      const other = await jobs('retry-key-0002', '2026-08');
      expect(other.status).toBe(202);
      expect(other.body.id).not.toBe(first.body.id);
      const changed = await jobs('retry-key-0001', '2026-07');
      expect([changed.status, changed.body.errors?.['Idempotency-Key']]).toEqual([422, expect.any(String)]);
      // The two jobs end before the next test (a person may run only a few at once).
      for (const id of [first.body.id as string, other.body.id as string]) {
        let job = first.body;
        for (let i = 0; i < 200 && (job.status === 'running' || job.id !== id); i++) {
          await new Promise((r) => setTimeout(r, 25));
          job = (await t.http.get(`/api/report-jobs/${id}`).set('Cookie', vendor)).body;
        }
        expect(job).toMatchObject({ id, status: 'done' });
      }
    });

    it('checks the kind and the parameters before starting (400 naming the field)', async () => {
      const badKind = await t.http.post(`/api/programs/${programId}/report-jobs`).set('Cookie', vendor).send({ kind: 'invoice', params: {} });
      expect(badKind.status).toBe(400);
      expect(badKind.body.errors.kind).toBeDefined();
      const badMonth = await t.http.post(`/api/programs/${programId}/report-jobs`).set('Cookie', vendor).send({ kind: 'monthly', params: { month: '2026-13' } });
      expect(badMonth.status).toBe(400);
      expect(badMonth.body.errors.month).toBeDefined();
      const staff = await t.http.post(`/api/programs/${programId}/report-jobs`).set('Cookie', await login(t, DEMO.vendorStaff)).send({ kind: 'completion', params: {} });
      expect(staff.status).toBe(403);
    });
  });
});
