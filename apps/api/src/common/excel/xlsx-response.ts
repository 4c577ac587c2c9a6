import { PRINT_MARGINS } from '@outreach/domain/reports';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../heavy-modules';
import type { Response } from 'express';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const ZIP_TYPE = 'application/zip';

/** Content-Disposition with an ASCII fallback and the Japanese name as RFC 5987 filename*. */
export function attachmentHeader(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** Sends a whole file as a download: its type, its (Japanese) name, never cached, never sniffed. */
export function sendFile(res: Response, type: string, fileName: string, bytes: Buffer): void {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Disposition', attachmentHeader(fileName));
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.send(bytes);
}

/**
 * Streams a workbook to the response with exceljs's streaming writer, so memory stays flat however many
 * rows there are. `build` adds sheets and commits rows as it goes.
 */
export async function streamXlsx(res: Response, filename: string, created: Date, build: (wb: ExcelJS.stream.xlsx.WorkbookWriter) => Promise<void>): Promise<void> {
  res.setHeader('Content-Type', XLSX_TYPE);
  res.setHeader('Content-Disposition', attachmentHeader(filename));
  res.setHeader('Cache-Control', 'no-store');
  const { stream } = await loadExcelJS();
  const wb = new stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
  wb.creator = 'Outreach Desk';
  wb.created = created;
  await build(wb);
  await wb.commit();
}

/**
 * The font named on every style the workbooks use, bold totals included: a spreadsheet application that does
 * not have it falls back to another sans-serif Japanese face (family 2 = swiss), never to a serif one.
 */
export const HOUSE_FONT = { name: 'Yu Gothic', family: 2, charset: 128, size: 11 } as const;

/** House style for a header row: bold, grey fill, thin borders, wrapped. */
export function styleHeaderRow(row: ExcelJS.Row): void {
  row.font = { ...HOUSE_FONT, bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
}

const THIN = { style: 'thin' } as const;
const BORDER_ALL = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/** House style for a report's title (first row): bold, larger. */
export function styleTitleRow(row: ExcelJS.Row): void {
  row.font = { ...HOUSE_FONT, bold: true, size: 14 };
}

/** House style for a table's data cells: thin borders, top-aligned, long texts wrapped. */
export function styleDataCell(cell: ExcelJS.Cell, wrap: boolean): void {
  cell.font = HOUSE_FONT;
  cell.border = BORDER_ALL;
  cell.alignment = { vertical: 'top', wrapText: wrap };
}

/** House style for a totals row: bold, light fill, a double line above. */
export function styleTotalRow(row: ExcelJS.Row): void {
  row.font = { ...HOUSE_FONT, bold: true };
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    cell.border = { ...BORDER_ALL, top: { style: 'double' } };
  });
}

/** A4, fitted to the page width (as many pages down as needed), the given rows repeated on every page. */
export function a4PageSetup(orientation: 'portrait' | 'landscape', printTitlesRow?: string): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    // The margins impliedPrintScale assumes (packages/domain/src/reports/print-scale.ts).
    margins: { ...PRINT_MARGINS },
    ...(printTitlesRow ? { printTitlesRow } : {}),
  };
}

/** Page numbers at the foot of every printed page: 1 / 3. */
export const PAGE_NUMBER_FOOTER: Partial<ExcelJS.HeaderFooter> = { oddFooter: '&C&P / &N' };
