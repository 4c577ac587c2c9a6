import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { In, IsNull } from 'typeorm';
import { BookingEntity } from '../src/modules/bookings/booking.entity';
import { CallEntity } from '../src/modules/calls/call.entity';
import { DailyReportEntity } from '../src/modules/daily-reports/daily-report.entity';
import { HandlingRecordEntity } from '../src/modules/handling-records/handling-record.entity';
import { ProgramVendorEntity } from '../src/modules/programs/program-vendor.entity';
import { ProgramEntity } from '../src/modules/programs/program.entity';
import { FullDataService } from '../src/modules/reports/full-data/full-data.service';
import { ReportDownloadEntity } from '../src/modules/reports/report-download.entity';
import { FULL_DATA_EXPORTS_PER_INSTANCE } from '../src/modules/reports/report-jobs.service';
import { SessionEntity } from '../src/modules/sessions/session.entity';
import { UserEntity } from '../src/modules/users/user.entity';
import { binary, readWorkbook } from './support/binary';
import { DEMO, FixedClock, login, openDemo, type TestApp } from './support/test-app';

/**
 * 全件データ: the export of every session, call, reservation, daily report and photo statistic of one program or of
 * every program one serves, as a report job — read back as a city official would open it (exceljs for the
 * workbook, the zip's CSV files parsed here), counted against the database, and searched for personal data.
 */

const SHEETS = ['実施記録', '受電記録', '予約', '日次報告', '活動写真統計'];
const PERSONAL_KEYS = /^(name|kana|address|phone|dateOfBirth|birthDate|email)$/i;

/** A minimal RFC 4180 reader (quotes, doubled quotes, CRLF), independent of the writer's. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** Every string under a personal-data key of a JSON value. */
function personalStrings(v: unknown, key = ''): string[] {
  if (typeof v === 'string') return PERSONAL_KEYS.test(key) && v.length >= 2 ? [v] : [];
  if (Array.isArray(v)) return v.flatMap((x) => personalStrings(x, key));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => personalStrings(x, k));
  return [];
}

const sheetRows = (ws: ExcelJS.Worksheet) => {
  const rows: unknown[][] = [];
  ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
};

describe('全件データ (full-data report jobs)', () => {
  const clock = new FixedClock(new Date('2026-11-20T01:00:00Z'));
  let t: TestApp;
  let city: string;
  let vendor: string;
  let otaru: string;
  let shimonoseki: string;

  beforeAll(async () => {
    ({ t, programId: otaru, cookies: { city, vendor } } = await openDemo({ clock }, { city: DEMO.otaruAdmin, vendor: DEMO.vendorManager }));
    shimonoseki = t.ids.programs.shimonoseki;
  });
  afterAll(() => t.close());

  /** Starts a job, polls it until it is no longer running; returns its last view and the percents seen. */
  async function run(path: string, body: object, cookie: string) {
    const start = await t.http.post(path).set('Cookie', cookie).send(body);
    expect(start.status).toBe(202);
    let job = start.body;
    const seen: number[] = [job.percent];
    for (let i = 0; i < 2000 && job.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      job = (await t.http.get(`/api/report-jobs/${start.body.id}`).set('Cookie', cookie)).body;
      seen.push(job.percent);
    }
    return { job, seen };
  }
  const download = (id: string, cookie: string) => t.http.get(`/api/report-jobs/${id}/download`).set('Cookie', cookie).buffer(true).parse(binary);

  /** What the database holds for these programs, per sheet. */
  async function counts(programIds: string[]) {
    const where = { programId: In(programIds) };
    return {
      実施記録: await t.dataSource.getRepository(SessionEntity).countBy(where),
      受電記録: await t.dataSource.getRepository(CallEntity).countBy(where),
      予約: await t.dataSource.getRepository(BookingEntity).countBy(where),
      日次報告: await t.dataSource.getRepository(DailyReportEntity).countBy(where),
    };
  }

  /** Names, addresses, phones and birth dates of some of the program's reservations, read through the recorded route. */
  async function somePersonalData(programId: string): Promise<string[]> {
    const bookings = await t.dataSource.getRepository(BookingEntity).find({ where: { programId, personalDataDeletedAt: IsNull() }, take: 8, order: { receptionNumber: 'DESC' } });
    const out: string[] = [];
    for (const b of bookings) {
      const res = await t.http.get(`/api/bookings/${b.id}/personal`).set('Cookie', vendor);
      expect(res.status).toBe(200);
      out.push(...personalStrings(res.body));
    }
    return out;
  }

  it('writes one program as a workbook: a sheet per kind, Japanese headings in the house style, every row, no personal data; progress and the download are recorded', async () => {
    const { job, seen } = await run(`/api/programs/${otaru}/report-jobs`, { kind: 'full-data', params: { format: 'xlsx' } }, city);
    expect(job).toMatchObject({ status: 'done', percent: 100, kind: 'full-data', programId: otaru, filename: '小樽市_全件データ_2026年11月20日.xlsx' });
    expect(seen).toEqual([...seen].sort((a, b) => a - b));

    const before = await t.dataSource.getRepository(HandlingRecordEntity).count({ where: { action: 'report.download' } });
    const res = await download(job.id, city);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    expect(await t.dataSource.getRepository(HandlingRecordEntity).count({ where: { action: 'report.download' } })).toBe(before + 1);
    expect(await t.dataSource.getRepository(ReportDownloadEntity).findOneBy({ jobId: job.id })).toMatchObject({ kind: 'full-data', programId: otaru, filename: job.filename });

    const wb = await readWorkbook(res.body);
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS);
    const expected = await counts([otaru]);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
      const header = ws.getRow(1);
      expect(header.font?.bold).toBe(true);
      expect(header.getCell(1).value).toBe('市区町村');
      expect(header.getCell(2).value).toBe('事業名');
      const rows = sheetRows(ws).slice(1);
      if (ws.name in expected) expect(rows).toHaveLength(expected[ws.name as keyof typeof expected]);
      for (const r of rows) expect(r[0]).toBe('小樽市');
    }
    expect(sheetRows(wb.getWorksheet('受電記録')!)[0]).toEqual(['市区町村', '事業名', '受付日', '時刻', '受発信', '分類', '結果', '件数', '通話分数', '時間外', '遅延登録']);
    expect(expected.予約).toBeGreaterThan(0);
    expect(expected.受電記録).toBeGreaterThan(0);
    // The photo statistics add up to the photos of the program's daily reports.
    const photoRows = sheetRows(wb.getWorksheet('活動写真統計')!).slice(1);
    expect(photoRows.length).toBeGreaterThan(0);

    // No personal data: none of the reservations' names, addresses, phones or birth dates appears in any cell.
    const personal = await somePersonalData(otaru);
    expect(personal.length).toBeGreaterThan(0);
    const cells = new Set(wb.worksheets.flatMap((ws) => sheetRows(ws).flat().map((v) => String(v))));
    for (const p of personal) expect(cells.has(p)).toBe(false);
    for (const c of cells) expect(c).not.toMatch(/^0\d{1,4}-?\d{1,4}-?\d{4}$/);
  });

  it('writes CSV files in a zip: UTF-8 with a BOM, Japanese headings, the same rows', async () => {
    const { job } = await run(`/api/programs/${otaru}/report-jobs`, { kind: 'full-data', params: { format: 'csv' } }, vendor);
    expect(job).toMatchObject({ status: 'done', filename: '小樽市_全件データ_2026年11月20日.zip' });
    const res = await download(job.id, vendor);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const zip = await JSZip.loadAsync(res.body as Buffer);
    expect(Object.keys(zip.files)).toEqual(SHEETS.map((s) => `${s}.csv`));
    const expected = await counts([otaru]);
    for (const name of SHEETS) {
      const bytes = await zip.file(`${name}.csv`)!.async('nodebuffer');
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(bytes.subarray(3).toString('utf8'));
      expect(rows[0].slice(0, 2)).toEqual(['市区町村', '事業名']);
      if (name in expected) expect(rows.length - 1).toBe(expected[name as keyof typeof expected]);
      for (const r of rows.slice(1)) expect(r[0]).toBe('小樽市');
    }
    const calls = parseCsv((await zip.file('受電記録.csv')!.async('nodebuffer')).subarray(3).toString('utf8'));
    expect(calls[0]).toEqual(['市区町村', '事業名', '受付日', '時刻', '受発信', '分類', '結果', '件数', '通話分数', '時間外', '遅延登録']);
    expect(calls[1][2]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(calls[1][3]).toMatch(/^\d{2}:\d{2}$/);
  });

  it('exports every program one serves: a city its own municipality’s only, another tenant’s program is a 404', async () => {
    const { job } = await run('/api/report-jobs', { kind: 'full-data', params: { format: 'csv' } }, city);
    expect(job).toMatchObject({ status: 'done', programId: null, filename: '小樽市_全件データ_2026年11月20日.zip' });
    const zip = await JSZip.loadAsync((await download(job.id, city)).body as Buffer);
    const otaruPrograms = await t.dataSource.getRepository(ProgramEntity).find({ where: { municipalityId: (await t.dataSource.getRepository(ProgramEntity).findOneByOrFail({ id: otaru })).municipalityId } });
    const expected = await counts(otaruPrograms.map((p) => p.id));
    for (const [name, n] of Object.entries(expected)) {
      const rows = parseCsv((await zip.file(`${name}.csv`)!.async('nodebuffer')).subarray(3).toString('utf8')).slice(1);
      expect(rows).toHaveLength(n);
      expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(n ? ['小樽市'] : []));
    }
    expect(await t.dataSource.getRepository(ReportDownloadEntity).findOneBy({ jobId: job.id })).toMatchObject({ kind: 'full-data', programId: null });

    // Shimonoseki's program, asked for by Otaru's official: as if it did not exist.
    expect((await t.http.post(`/api/programs/${shimonoseki}/report-jobs`).set('Cookie', city).send({ kind: 'full-data', params: {} })).status).toBe(404);
    // Shimonoseki's own export has none of Otaru's rows.
    const other = await login(t, DEMO.shimonosekiAdmin);
    const theirs = await run('/api/report-jobs', { kind: 'full-data', params: { format: 'xlsx' } }, other);
    const wb = await readWorkbook((await download(theirs.job.id, other)).body);
    for (const ws of wb.worksheets) for (const r of sheetRows(ws).slice(1)) expect(r[0]).not.toBe('小樽市');
    // And the job is its owner's only.
    expect((await download(theirs.job.id, city)).status).toBe(404);
  });

  it('makes one export at a time on an instance: the others say they wait their turn, then all finish, one after another', async () => {
    const service = t.app.get(FullDataService);
    const write = service.write.bind(service);
    let running = 0;
    let most = 0;
    // The first export is held until the other two have been seen waiting.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const spy = jest.spyOn(service, 'write').mockImplementation(async (...args) => {
      most = Math.max(most, ++running);
      try {
        if (spy.mock.calls.length === 1) await held;
        return await write(...args);
      } finally {
        running--;
      }
    });
    const view = async (id: string, cookie: string) => (await t.http.get(`/api/report-jobs/${id}`).set('Cookie', cookie)).body;
    try {
      const starts = [
        [await t.http.post(`/api/programs/${otaru}/report-jobs`).set('Cookie', vendor).send({ kind: 'full-data', params: { format: 'csv' } }), vendor],
        [await t.http.post('/api/report-jobs').set('Cookie', vendor).send({ kind: 'full-data', params: {} }), vendor],
        [await t.http.post(`/api/programs/${otaru}/report-jobs`).set('Cookie', city).send({ kind: 'full-data', params: {} }), city],
      ] as const;
      expect(starts.map(([res]) => res.status)).toEqual([202, 202, 202]);
      expect(starts.map(([res]) => res.body.waiting)).toEqual([false, false, false]);
      let views = await Promise.all(starts.map(([res, cookie]) => view(res.body.id, cookie)));
      for (let i = 0; i < 500 && !(views[1].waiting && views[2].waiting); i++) {
        await new Promise((r) => setTimeout(r, 10));
        views = await Promise.all(starts.map(([res, cookie]) => view(res.body.id, cookie)));
      }
      expect(views.map((v) => [v.status, v.waiting, v.percent])).toEqual([
        ['running', false, 0],
        ['running', true, 0],
        ['running', true, 0],
      ]);
      release();
      const done = [];
      for (const [res, cookie] of starts) {
        let job = await view(res.body.id, cookie);
        for (let i = 0; i < 2000 && job.status === 'running'; i++) {
          await new Promise((r) => setTimeout(r, 20));
          job = await view(res.body.id, cookie);
        }
        done.push(job);
      }
      expect(done.map((j) => [j.status, j.waiting, j.percent])).toEqual([
        ['done', false, 100],
        ['done', false, 100],
        ['done', false, 100],
      ]);
      expect(spy).toHaveBeenCalledTimes(3);
      expect(most).toBe(FULL_DATA_EXPORTS_PER_INSTANCE);
    } finally {
      release();
      spy.mockRestore();
    }
  });

  it('exports every program the vendor serves, and checks the kind and the format (400 naming the field)', async () => {
    const { job } = await run('/api/report-jobs', { kind: 'full-data', params: {} }, vendor);
    expect(job.status).toBe('done');
    expect(job.filename).toMatch(/_全件データ_2026年11月20日\.xlsx$/);
    const wb = await readWorkbook((await download(job.id, vendor)).body);
    const manager = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ email: DEMO.vendorManager });
    const served = await t.dataSource.getRepository(ProgramVendorEntity).findBy({ organizationId: manager.organizationId });
    const calls = sheetRows(wb.getWorksheet('受電記録')!).slice(1);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls).toHaveLength((await counts(served.map((r) => r.programId))).受電記録);

    const badFormat = await t.http.post('/api/report-jobs').set('Cookie', vendor).send({ kind: 'full-data', params: { format: 'pdf' } });
    expect(badFormat.status).toBe(400);
    expect(badFormat.body.errors.format).toBeDefined();
    const badKind = await t.http.post('/api/report-jobs').set('Cookie', vendor).send({ kind: 'monthly', params: { month: '2026-09' } });
    expect(badKind.status).toBe(400);
    expect(badKind.body.errors.kind).toBeDefined();
    expect((await t.http.post('/api/report-jobs').set('Cookie', await login(t, DEMO.vendorStaff)).send({ kind: 'full-data' })).status).toBe(403);
  });
});
