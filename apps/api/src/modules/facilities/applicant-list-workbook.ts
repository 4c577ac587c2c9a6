import type { DateKey } from '@outreach/domain/common';
import {
  APPLICANT_LIST_COLUMNS,
  APPLICANT_LIST_EXAMPLE,
  APPLICANT_LIST_INSTRUCTIONS,
  APPLICANT_LIST_INSTRUCTIONS_SHEET,
  APPLICANT_LIST_MESSAGES,
  APPLICANT_LIST_SHEET,
  type ApplicantCells,
  type ApplicantCellValue,
  type ApplicantListColumnKey,
  type ApplicantListImport,
  type ApplicantRow,
  applicantRowCells,
  isApplicantListHeader,
  matchApplicantListHeadings,
  TEMPLATE_ROWS,
  validateApplicantRows,
} from '@outreach/domain/facilities';
import type ExcelJS from 'exceljs';
import { fitWidthsToA4 } from '@outreach/domain/reports';
import { loadXlsx, plainCellValue } from '../../common/excel/read-xlsx';
import { a4PageSetup, HOUSE_FONT, styleDataCell, styleHeaderRow, styleTitleRow } from '../../common/excel/xlsx-response';
import { loadExcelJS } from '../../common/heavy-modules';

/**
 * The applicant list (申請者名簿, issue 18 item 4) as an Excel file: the template a facility fills, and the reading of
 * what it sends back. What the columns are and what a valid row is belongs to the domain
 * (`@outreach/domain/facilities`); this file only moves cells in and out of exceljs.
 */

const HEADER_ROW = 1;
/** The list's columns narrowed to print on A4 landscape at 70% or more (headings and long texts wrap). */
const LIST_WIDTHS = fitWidthsToA4(
  APPLICANT_LIST_COLUMNS.map((c) => c.width),
  'landscape',
);
const EXAMPLE_ROW = 2;
/** Columns typed as text, so Excel keeps 1950/4/1, 昭和25年4月1日 and leading zeros as written. */
const TEXT_COLUMNS = new Set<ApplicantListColumnKey>(['name', 'kana', 'dateOfBirth', 'address', 'photoException', 'note']);

export interface TemplateOptions {
  created: Date;
  /** Shown on the 記入方法 sheet so the facility knows the file is theirs. */
  facilityName?: string;
}

/** The template: 「申請者名簿」 (headings, the example row, drop-down lists on TEMPLATE_ROWS rows) and 「記入方法」. */
export async function applicantListTemplate(options: TemplateOptions): Promise<Buffer> {
  const { Workbook } = await loadExcelJS();
  const wb = new Workbook();
  wb.creator = 'Outreach Desk';
  wb.created = options.created;

  const ws = wb.addWorksheet(APPLICANT_LIST_SHEET, { views: [{ state: 'frozen', ySplit: HEADER_ROW }], pageSetup: a4PageSetup('landscape', `${HEADER_ROW}:${HEADER_ROW}`) });
  ws.columns = APPLICANT_LIST_COLUMNS.map((c, i) => ({ key: c.key, width: LIST_WIDTHS[i] }));
  const header = ws.getRow(HEADER_ROW);
  APPLICANT_LIST_COLUMNS.forEach((c, i) => {
    header.getCell(i + 1).value = c.heading;
  });
  styleHeaderRow(header);
  header.height = 32;

  const example = ws.getRow(EXAMPLE_ROW);
  APPLICANT_LIST_COLUMNS.forEach((c, i) => {
    example.getCell(i + 1).value = APPLICANT_LIST_EXAMPLE[c.key];
  });
  example.font = { ...HOUSE_FONT, italic: true, color: { argb: 'FF7F7F7F' } };

  const lastRow = EXAMPLE_ROW + TEMPLATE_ROWS;
  APPLICANT_LIST_COLUMNS.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    if (TEXT_COLUMNS.has(c.key)) col.numFmt = '@';
    if (!c.list) return;
    const validation: ExcelJS.DataValidation = {
      type: 'list',
      allowBlank: !c.required,
      formulae: [`"${c.list.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: c.heading,
      error: APPLICANT_LIST_MESSAGES.notInList(c),
    };
    for (let r = EXAMPLE_ROW; r <= lastRow; r++) ws.getCell(r, i + 1).dataValidation = validation;
  });

  const help = wb.addWorksheet(APPLICANT_LIST_INSTRUCTIONS_SHEET, { pageSetup: a4PageSetup('portrait') });
  help.getColumn(1).width = 110;
  const lines = [...APPLICANT_LIST_INSTRUCTIONS];
  if (options.facilityName) lines.splice(1, 0, `施設名：${options.facilityName}`);
  lines.forEach((line, i) => {
    const cell = help.getCell(i + 1, 1);
    cell.value = line;
    cell.font = HOUSE_FONT;
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  styleTitleRow(help.getRow(1));

  return Buffer.from(await wb.xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------------------------------------
// Reading a filled list

export interface ParseOptions {
  /** Today in Japan: a date of birth after it is refused. */
  today: DateKey;
  /** Called with the share of rows read so far (0…1), every few hundred rows. */
  onProgress?: (fraction: number) => void;
}

/** How far down the header row may sit (a facility may add a title above it). */
const HEADER_SEARCH_ROWS = 20;
const PROGRESS_EVERY = 500;

const plainValue = (value: ExcelJS.CellValue): ApplicantCellValue => plainCellValue(value);

/**
 * A cell's value. A cell merged down (one 住所 over several residents) holds the value of the merge for each
 * row; a cell merged across from another column holds nothing, so one column's text never lands in the next.
 */
function cellValue(cell: ExcelJS.Cell): ApplicantCellValue {
  if (cell.isMerged && cell.master !== cell) return cell.master.col === cell.col ? plainValue(cell.master.value) : null;
  return plainValue(cell.value);
}

function headingText(cell: ExcelJS.Cell): string {
  if (cell.isMerged && cell.master !== cell) return '';
  const v = cellValue(cell);
  return v == null ? '' : String(v instanceof Date ? '' : v).trim();
}

function findSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const wanted = APPLICANT_LIST_SHEET.normalize('NFKC');
  return wb.worksheets.find((ws) => ws.name.normalize('NFKC').trim() === wanted);
}

function findHeaderRow(ws: ExcelJS.Worksheet): number | undefined {
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, ws.rowCount); r++) {
    const row = ws.getRow(r);
    const texts: string[] = [];
    row.eachCell((cell) => texts.push(headingText(cell)));
    if (isApplicantListHeader(texts)) return r;
  }
  return undefined;
}

/** The rows under the header, each as its mapped cells, to the last row the sheet has. */
function* dataRows(ws: ExcelJS.Worksheet, headerRow: number, columns: ReadonlyMap<number, ApplicantListColumnKey>, onProgress?: (fraction: number) => void) {
  const total = Math.max(1, ws.rowCount - headerRow);
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: ApplicantCells = {};
    for (const [col, key] of columns) cells[key] = cellValue(row.getCell(col));
    yield { row: r, cells };
    if ((r - headerRow) % PROGRESS_EVERY === 0) onProgress?.((r - headerRow) / total);
  }
  onProgress?.(1);
}

/**
 * Reads a filled applicant list: the sheet 「申請者名簿」, columns found by their headings (not their position),
 * every row validated by the domain. Bad content is answered with errors by row and column (nothing is thrown);
 * only a file that cannot be read as an .xlsx at all throws a DomainError `invalid` on the field `file`.
 */
export async function parseApplicantList(buffer: Buffer, options: ParseOptions): Promise<ApplicantListImport> {
  const wb = await loadXlsx(buffer, APPLICANT_LIST_MESSAGES);

  const sheetError = (message: string): ApplicantListImport => ({ rows: [], errors: [{ row: 0, column: '', message }] });
  const ws = findSheet(wb);
  if (!ws) return sheetError(APPLICANT_LIST_MESSAGES.sheetMissing);
  const headerRow = findHeaderRow(ws);
  if (headerRow === undefined) return sheetError(APPLICANT_LIST_MESSAGES.headerMissing);

  const headings = new Map<number, string>();
  ws.getRow(headerRow).eachCell((cell, col) => {
    const text = headingText(cell);
    if (text) headings.set(col, text);
  });
  const { columns, errors } = matchApplicantListHeadings(headings, headerRow);
  if (errors.length > 0) return { rows: [], errors };

  return validateApplicantRows(dataRows(ws, headerRow, columns, options.onProgress), options.today);
}

// ---------------------------------------------------------------------------------------------------------
// The list back to the city

export interface CityCopyOptions {
  created: Date;
  facilityName?: string;
  visitDate: DateKey | null;
}

/**
 * The committed list as the city receives it (issue 18 item 7, its agreed form): one sheet 「申請者名簿」 with the
 * template's Japanese headings in the template's order and the words the facility picked, dates of birth in 西暦 —
 * so the city can read it with the same eyes as the template, and the file can be read back by the import.
 */
export async function applicantListForCity(rows: readonly ApplicantRow[], options: CityCopyOptions): Promise<Buffer> {
  const { Workbook } = await loadExcelJS();
  const wb = new Workbook();
  wb.creator = 'Outreach Desk';
  wb.created = options.created;
  const ws = wb.addWorksheet(APPLICANT_LIST_SHEET, { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.columns = APPLICANT_LIST_COLUMNS.map((c, i) => ({ key: c.key, width: LIST_WIDTHS[i] }));
  const title = [options.facilityName ? `施設名：${options.facilityName}` : null, options.visitDate ? `訪問日：${options.visitDate}` : null, `${rows.length}人`].filter(Boolean).join('　');
  ws.getCell(1, 1).value = `申請者名簿\u3000${title}`;
  styleTitleRow(ws.getRow(1));
  const header = ws.getRow(2);
  APPLICANT_LIST_COLUMNS.forEach((c, i) => {
    header.getCell(i + 1).value = c.heading;
  });
  styleHeaderRow(header);
  rows.forEach((r, n) => {
    const cells = applicantRowCells(r);
    const row = ws.getRow(n + 3);
    APPLICANT_LIST_COLUMNS.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.value = cells[c.key];
      styleDataCell(cell, c.key === 'address' || c.key === 'note' || c.key === 'photoException');
    });
  });
  ws.pageSetup = a4PageSetup('landscape', '2:2');
  return Buffer.from(await wb.xlsx.writeBuffer());
}
