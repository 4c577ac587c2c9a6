import ExcelJS from 'exceljs';
import { HandlingRecordEntity } from '../src/modules/handling-records/handling-record.entity';
import { binary, readWorkbook } from './support/binary';
import { DEMO, FixedClock, openDemo, type TestApp } from './support/test-app';

/**
 * Issue 21 item 6: the district travel matrix kept in Excel — downloaded as the square sheet 「移動時間」, corrected
 * in a spreadsheet, read back (nothing saved until the manager saves the table on screen), a bad sheet answered
 * cell by cell. The files are real .xlsx written by exceljs.
 */
describe('the travel matrix in Excel (移動時間)', () => {
  const clock = new FixedClock(new Date('2026-09-01T01:00:00Z'));
  let t: TestApp;
  let programId: string;
  let cookies: Record<'manager' | 'city', string>;
  const url = (suffix = '') => `/api/programs/${programId}/travel-matrix${suffix}`;
  const matrix = { districts: ['中央', '南小樽', '銭函'], minutes: { 中央: { 南小樽: 10, 銭函: 35 }, 南小樽: { 銭函: 40 } } };

  beforeAll(async () => {
    ({ t, programId, cookies } = await openDemo({ clock }, { manager: DEMO.vendorManager, city: DEMO.otaruAdmin }));
    expect((await t.http.put(url()).set('Cookie', cookies.manager).send(matrix)).status).toBe(200);
  });
  afterAll(() => t.close());

  const download = async () => {
    const res = await t.http.get(url('/workbook')).set('Cookie', cookies.city).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('移動時間_'));
    return readWorkbook(res.body);
  };
  const upload = async (wb: ExcelJS.Workbook) => t.http.post(url('/import')).set('Cookie', cookies.manager).attach('file', Buffer.from(await wb.xlsx.writeBuffer()), 'idou.xlsx');
  const grid = (ws: ExcelJS.Worksheet) => ws.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));

  it('downloads the matrix as a square sheet, districts across and down, each pair both ways', async () => {
    const ws = (await download()).getWorksheet('移動時間')!;
    expect(grid(ws)).toEqual([
      ['地区（分）', '中央', '南小樽', '銭函'],
      ['中央', 0, 10, 35],
      ['南小樽', 10, 0, 40],
      ['銭函', 35, 40, 0],
    ]);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
  });

  it('reads a corrected sheet back — a district added, one minute changed — without saving it', async () => {
    const wb = await download();
    const ws = wb.getWorksheet('移動時間')!;
    ws.getCell('E1').value = '朝里';
    ws.getCell('E2').value = 20;
    ws.getCell('E3').value = 15;
    ws.getCell('A5').value = '朝里';
    ws.getCell('E4').value = 25;
    ws.getCell('D2').value = 30; // 中央→銭函, and its mirror cell too, as a careful editor would
    ws.getCell('B4').value = 30;
    const read = await upload(wb);
    expect(read.status).toBe(200);
    expect(read.body.districts).toEqual(['中央', '南小樽', '銭函', '朝里']);
    expect(read.body.minutes['中央']).toMatchObject({ 銭函: 30, 朝里: 20 });
    expect(read.body.minutes['南小樽']).toMatchObject({ 朝里: 15 });
    // Nothing saved until the table is saved on screen (and that save is the recorded change).
    expect((await t.http.get(url()).set('Cookie', cookies.manager)).body.districts).toEqual(matrix.districts);
    const saved = await t.http.put(url()).set('Cookie', cookies.manager).send(read.body);
    expect(saved.status).toBe(200);
    expect((await t.dataSource.getRepository(HandlingRecordEntity).findBy({ action: 'travel_matrix.update', programId })).length).toBe(2);
  });

  it('answers a bad sheet with each bad cell, and a file that is not an .xlsx with what to choose', async () => {
    const wb = await download();
    const ws = wb.getWorksheet('移動時間')!;
    ws.getCell('C2').value = 'すぐ';
    ws.getCell('D3').value = 41; // 南小樽→銭函 41 against 銭函→南小樽 40
    const bad = await upload(wb);
    expect(bad.status).toBe(422);
    expect(bad.body.message).toBe('移動時間の表に誤りがあります（2件）');
    expect(bad.body.errors.file.split('\n')).toEqual(['C2: 中央→南小樽: 移動時間は0〜300の整数（分）で入力してください', 'C4: 銭函→南小樽（40分）と南小樽→銭函（41分）が一致しません']);
    const notXlsx = await t.http.post(url('/import')).set('Cookie', cookies.manager).attach('file', Buffer.from('地区,中央\n'), 'idou.csv');
    expect(notXlsx.status).toBe(422);
    expect(notXlsx.body.errors.file).toBe('Excelファイル（.xlsx）として読み取れません。「移動時間」のシートがあるファイルを選んでください');
    const none = await t.http.post(url('/import')).set('Cookie', cookies.manager).send({});
    expect(none.body.errors.file).toBe('ファイルを選んでください');
  });
});
