import { TRAVEL_SHEET, type TravelCell, type TravelMatrixInput, travelMatrixFromGrid, travelSheetGrid } from '@outreach/domain/bookings';
import { invalid } from '@outreach/domain/common';
import { loadXlsx, plainCellValue } from '../../common/excel/read-xlsx';
import { loadExcelJS } from '../../common/heavy-modules';
import { a4PageSetup, HOUSE_FONT, styleDataCell, styleHeaderRow } from '../../common/excel/xlsx-response';

/**
 * The travel matrix as an Excel file (issue 21 item 6): written as the square sheet 「移動時間」 the domain defines
 * (`travelSheetGrid`), read back through `travelMatrixFromGrid`. This file only moves cells in and out of exceljs.
 */

const MESSAGES = {
  notAnXlsx: 'Excelファイル（.xlsx）として読み取れません。「移動時間」のシートがあるファイルを選んでください',
  encrypted: 'パスワード付きのファイルは読み取れません。パスワードを外して保存したファイルを選んでください',
};
/** Problems listed in the answer; the rest are counted (a whole wrong sheet would be a wall of text). */
const PROBLEMS_SHOWN = 20;

/** The matrix as a workbook: districts across and down, the header row and column frozen, A4 landscape. */
export async function travelWorkbook(matrix: TravelMatrixInput, created: Date): Promise<Buffer> {
  const { Workbook } = await loadExcelJS();
  const wb = new Workbook();
  wb.creator = 'Outreach Desk';
  wb.created = created;
  const ws = wb.addWorksheet(TRAVEL_SHEET, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  const grid = travelSheetGrid(matrix);
  ws.columns = (grid[0] ?? []).map((_, i) => ({ width: i === 0 ? 14 : 9 }));
  grid.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    values.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      cell.value = value;
      styleDataCell(cell, true);
      if (c === 0 && r > 0) cell.font = { ...HOUSE_FONT, bold: true };
    });
    row.height = 20;
  });
  styleHeaderRow(ws.getRow(1));
  ws.pageSetup = a4PageSetup('landscape', '1:1');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * Reads a filled sheet 「移動時間」 (or the workbook's only sheet). A file that is not a readable .xlsx, or a sheet
 * with problems, is a 422 on `file` naming each bad cell (「C4: …」).
 */
export async function readTravelWorkbook(buffer: Buffer): Promise<TravelMatrixInput> {
  const wb = await loadXlsx(buffer, MESSAGES);
  const ws = wb.worksheets.find((w) => w.name.normalize('NFKC').trim() === TRAVEL_SHEET) ?? (wb.worksheets.length === 1 ? wb.worksheets[0] : undefined);
  if (!ws) throw invalid(`「${TRAVEL_SHEET}」のシートがありません`, { file: `「${TRAVEL_SHEET}」のシートがありません` });
  const grid: TravelCell[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: TravelCell[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, 1); c++) {
      const value = plainCellValue(row.getCell(c).value);
      cells.push(value === null || typeof value === 'number' || typeof value === 'string' ? value : String(value));
    }
    grid.push(cells);
  }
  const read = travelMatrixFromGrid(grid);
  if (read.matrix) return read.matrix;
  const lines = read.problems.slice(0, PROBLEMS_SHOWN).map((p) => (p.cell ? `${p.cell}: ${p.message}` : p.message));
  if (read.problems.length > PROBLEMS_SHOWN) lines.push(`ほか${read.problems.length - PROBLEMS_SHOWN}件`);
  const message = `移動時間の表に誤りがあります（${read.problems.length}件）`;
  throw invalid(message, { file: lines.join('\n') });
}
