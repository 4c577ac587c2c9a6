import { DomainError } from '@outreach/domain/common';
import { APPLICANT_LIST_COLUMNS, APPLICANT_LIST_MESSAGES as M, type ApplicantListImport } from '@outreach/domain/facilities';
import ExcelJS from 'exceljs';
import { encryptOfficePackage } from '../../common/excel/office-encryption';
import { impliedPrintScale, MIN_PRINT_SCALE } from '@outreach/domain/reports';
import { applicantListForCity, applicantListTemplate, parseApplicantList } from './applicant-list-workbook';

const TODAY = '2026-06-17';
const CREATED = new Date('2026-06-01T00:00:00Z');
const HEADINGS = APPLICANT_LIST_COLUMNS.map((c) => c.heading);

/** One resident as a facility types it, in the template's column order. */
const resident = (no: number, over: Partial<Record<string, ExcelJS.CellValue>> = {}): ExcelJS.CellValue[] => {
  const values: Record<string, ExcelJS.CellValue> = {
    No: no,
    氏名: `小樽\u3000${no}郎`,
    フリガナ: 'おたる　いちろう',
    生年月日: '1940/4/1',
    性別: '男',
    住所: '北海道小樽市花園1丁目1番1号',
    申請種別: '新規',
    本人確認書類: 'A区分1点',
    代筆の要否: '不要',
    '写真の例外（理由）': null,
    顔認証マイナンバーカードの希望: '希望しない',
    カードの送付先: '施設',
    備考: null,
    ...over,
  };
  return HEADINGS.map((h) => values[h]);
};

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A list written from scratch: the sheet, the headings in row 1, then the rows. */
const list = (rows: ExcelJS.CellValue[][], sheetName = '申請者名簿') =>
  xlsx((wb) => {
    const ws = wb.addWorksheet(sheetName);
    ws.addRow(HEADINGS);
    for (const r of rows) ws.addRow(r);
  });

const parse = (buffer: Buffer) => parseApplicantList(buffer, { today: TODAY });
const col = (heading: string) => HEADINGS.indexOf(heading) + 1;

async function fileError(buffer: Buffer): Promise<DomainError> {
  const error = await parse(buffer).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw new Error('expected a DomainError');
  return error;
}

describe('applicantListTemplate', () => {
  it('has the list sheet (headings, example row, drop-down lists on 200 rows) and the instructions sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await applicantListTemplate({ created: CREATED, facilityName: '見本ホーム' })) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['申請者名簿', '記入方法']);
    const ws = wb.getWorksheet('申請者名簿') as ExcelJS.Worksheet;
    expect((ws.getRow(1).values as ExcelJS.CellValue[]).slice(1)).toEqual(HEADINGS);
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.getCell(2, col('No')).value).toBe('例');
    expect(ws.getCell(2, col('氏名')).value).toBe('見本　花子');
    for (const row of [3, 202]) {
      expect(ws.getCell(row, col('申請種別')).dataValidation).toMatchObject({ type: 'list', formulae: ['"新規,更新,紛失,破損,その他再交付"'] });
      expect(ws.getCell(row, col('代筆の要否')).dataValidation).toMatchObject({ type: 'list', formulae: ['"要,不要"'] });
    }
    expect(ws.getCell(3, col('氏名')).dataValidation).toBeUndefined();
    const help = wb.getWorksheet('記入方法') as ExcelJS.Worksheet;
    const lines = help.getColumn(1).values.filter((v): v is string => typeof v === 'string');
    expect(lines).toContain('施設名：見本ホーム');
    expect(lines.some((l) => l.startsWith('生年月日（必須）：西暦'))).toBe(true);
  });

  it('prints every sheet on A4 at 70% or more, its fonts named (the template and the city’s copy)', async () => {
    for (const file of [await applicantListTemplate({ created: CREATED }), await applicantListForCity([], { created: CREATED, visitDate: null })]) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
      for (const ws of wb.worksheets) {
        expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1 });
        const scale = impliedPrintScale({ orientation: ws.pageSetup.orientation ?? 'portrait', widths: ws.columns.map((c) => c.width ?? 9), margins: ws.pageSetup.margins! });
        expect(scale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
        ws.eachRow((row) => row.eachCell((cell) => expect(cell.font?.name).toBeTruthy()));
      }
    }
  });

  it('read back untouched has only its example row, which is not an applicant', async () => {
    expect(await parse(await applicantListTemplate({ created: CREATED }))).toEqual({ rows: [], errors: [{ row: 0, column: '', message: M.noApplicants }] });
  });

  it('filled in and read back gives every resident, the example row skipped', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await applicantListTemplate({ created: CREATED })) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('申請者名簿') as ExcelJS.Worksheet;
    ws.getRow(3).values = resident(1);
    ws.getRow(4).values = resident(2, { フリガナ: 'ｵﾀﾙ ｼﾞﾛｳ', 生年月日: 'S15.4.1', 申請種別: '更新', 本人確認書類: '旧マイナンバーカード（更新）', 代筆の要否: '要', 顔認証マイナンバーカードの希望: '希望する', '写真の例外（理由）': '寝たきり' });
    const { rows, errors } = await parse(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      expect.objectContaining({ row: 3, no: 1, name: '小樽　1郎', kana: 'オタル　イチロウ', dateOfBirth: '1940-04-01', applicationType: 'new', cardDelivery: 'facility' }),
      expect.objectContaining({
        row: 4,
        kana: 'オタル　ジロウ',
        dateOfBirth: '1940-04-01',
        applicationType: 'renewal',
        identityDocuments: 'old_card',
        proxyWritingNeeded: true,
        faceAuthCardWanted: true,
        photoExceptionReason: '寝たきり',
      }),
    ]);
  });
});

describe(parseApplicantList.name, () => {
  it('answers bad rows with errors by row and column in Japanese, without the values', async () => {
    const result = await parse(
      await list([
        resident(1),
        resident(2, { フリガナ: '小樽次郎', 生年月日: '平成35年5月1日', 申請種別: '再発行' }),
        resident(3, { 備考: '個人番号 1234-5678-9012' }),
      ]),
    );
    expect(result.rows.map((r) => r.row)).toEqual([2]);
    expect(result.errors).toEqual([
      { row: 3, column: 'フリガナ', message: M.kanaKanji },
      { row: 3, column: '生年月日', message: M.dateOfBirth.era },
      { row: 3, column: '申請種別', message: '申請種別は一覧の値から選んでください（新規、更新、紛失、破損、その他再交付）' },
      { row: 4, column: '備考', message: M.individualNumber },
    ]);
    expect(JSON.stringify(result.errors)).not.toMatch(/小樽|1234|平成35|再発行/);
  });

  it('says so when the sheet is not named 申請者名簿', async () => {
    expect(await parse(await list([resident(1)], 'Sheet1'))).toEqual({ rows: [], errors: [{ row: 0, column: '', message: M.sheetMissing }] });
  });

  it('maps columns by heading: another order, a title above, an extra column, and refuses an individual-number column', async () => {
    const order = [...HEADINGS].reverse();
    const buffer = await xlsx((wb) => {
      const ws = wb.addWorksheet('申請者名簿');
      ws.addRow(['見本ホーム 申請者名簿']);
      ws.addRow([...order, '部屋番号']);
      ws.addRow([...resident(1)].reverse().concat(['201']));
    });
    const { rows, errors } = await parse(buffer);
    expect(errors).toEqual([]);
    expect(rows).toEqual([expect.objectContaining({ row: 3, kana: 'オタル　イチロウ', address: '北海道小樽市花園1丁目1番1号' })]);

    const withNumber = await xlsx((wb) => {
      const ws = wb.addWorksheet('申請者名簿');
      ws.addRow([...HEADINGS, '個人番号']);
      ws.addRow([...resident(1), '123456789012']);
    });
    expect(await parse(withNumber)).toEqual({ rows: [], errors: [{ row: 1, column: '個人番号', message: M.individualNumberColumn }] });
  });

  it('reads a cell merged down as each row’s value and a cell merged across as empty', async () => {
    const buffer = await xlsx((wb) => {
      const ws = wb.addWorksheet('申請者名簿');
      ws.addRow(HEADINGS);
      ws.addRow(resident(1));
      ws.addRow(resident(2, { 住所: null }));
      ws.addRow(resident(3, { フリガナ: null }));
      ws.mergeCells(2, col('住所'), 3, col('住所')); // one address for two residents
      ws.mergeCells(4, col('氏名'), 4, col('フリガナ')); // the name spread over the kana column
    });
    const { rows, errors } = await parse(buffer);
    expect(rows.filter((r) => r.address === '北海道小樽市花園1丁目1番1号').map((r) => r.row)).toEqual([2, 3]);
    expect(errors).toEqual([{ row: 4, column: 'フリガナ', message: M.required(APPLICANT_LIST_COLUMNS[2]) }]);
  });

  it('reads full-width digits, 和暦 dates, a date Excel typed as a date, rich text and formulas', async () => {
    const buffer = await xlsx((wb) => {
      const ws = wb.addWorksheet('申請者名簿');
      ws.addRow(HEADINGS);
      ws.addRow(resident(1, { No: '１', 生年月日: '１９４０／４／１' }));
      ws.addRow(resident(2, { 生年月日: '昭和15年4月1日' }));
      ws.addRow(resident(3, { 生年月日: '令和元年5月1日' }));
      ws.addRow(resident(4, { 生年月日: new Date(Date.UTC(1940, 3, 1)) }));
      ws.getCell(5, col('生年月日')).numFmt = 'yyyy/m/d';
      ws.addRow(resident(5, { フリガナ: { richText: [{ text: 'オタル' }, { text: '　ゴロウ', font: { bold: true } }] }, 生年月日: { formula: 'TEXT(DATE(1940,4,1),"yyyy/m/d")', result: '1940/4/1' } }));
    });
    const { rows, errors } = await parse(buffer);
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.row, r.no, r.dateOfBirth])).toEqual([
      [2, 1, '1940-04-01'],
      [3, 2, '1940-04-01'],
      [4, 3, '2019-05-01'],
      [5, 4, '1940-04-01'],
      [6, 5, '1940-04-01'],
    ]);
    expect(rows[4].kana).toBe('オタル　ゴロウ');
  });

  it('ignores empty rows at the end, even formatted ones', async () => {
    const buffer = await xlsx((wb) => {
      const ws = wb.addWorksheet('申請者名簿');
      ws.addRow(HEADINGS);
      ws.addRow(resident(1));
      for (let r = 3; r <= 60; r++) ws.getCell(r, col('備考')).border = { bottom: { style: 'thin' } };
      ws.getCell(61, col('No')).value = 60; // numbered in advance, nothing else
    });
    const { rows, errors } = await parse(buffer);
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.row)).toEqual([2]);
  });

  it('reads a list of 5,000 residents whole, reporting progress to the end', async () => {
    const buffer = await list(Array.from({ length: 5000 }, (_, i) => resident(i + 1)));
    const progress: number[] = [];
    const result: ApplicantListImport = await parseApplicantList(buffer, { today: TODAY, onProgress: (f) => progress.push(f) });
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(5000);
    expect(result.rows[4999]).toMatchObject({ row: 5001, no: 5000 });
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThan(5);
  });

  it('refuses a file that is not an Excel workbook with an error on the field file', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n');
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    const valid = await list([resident(1)]);
    const truncated = valid.subarray(0, Math.floor(valid.length / 2));
    for (const buffer of [pdf, png, truncated, Buffer.alloc(0)]) {
      const error = await fileError(buffer);
      expect(error.code).toBe('invalid');
      expect(error.errors).toEqual({ file: M.notAnXlsx });
    }
    const encrypted = await fileError(await encryptOfficePackage(valid, 'secret'));
    expect(encrypted.errors).toEqual({ file: M.encrypted });
  });
});
