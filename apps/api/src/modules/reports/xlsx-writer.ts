import { PassThrough, type Writable } from 'node:stream';
import type { Response } from 'express';
import { NUMBER_FORMATS, type SheetSpec, type WorkbookSpec } from '@outreach/domain/reports';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../../common/heavy-modules';
import { a4PageSetup, attachmentHeader, HOUSE_FONT, PAGE_NUMBER_FOOTER, styleDataCell, styleHeaderRow, styleTitleRow, styleTotalRow, XLSX_TYPE, ZIP_TYPE } from '../../common/excel/xlsx-response';

/** Called with the share of rows written so far (0…1). */
export type ProgressListener = (fraction: number) => void;

export interface WriteOptions {
  /** Picture bytes (JPEG) by the key the sheet layout names. */
  images?: ReadonlyMap<string, Buffer>;
  onProgress?: ProgressListener;
  created: Date;
}

/**
 * Writes a workbook laid out by the domain (packages/domain/src/reports) into a stream: cells, number formats,
 * house style, A4 print setup, frozen panes. Nothing here decides what a report contains.
 *
 * Workbooks without pictures go through exceljs's streaming WorkbookWriter, each row committed as it is
 * written, so memory stays flat however many rows there are. The streaming writer cannot place pictures: a
 * workbook with pictures (only the daily report, which embeds them only while it is small) is built in memory.
 */
export async function writeWorkbook(stream: Writable, spec: WorkbookSpec, options: WriteOptions): Promise<void> {
  const total = Math.max(1, spec.sheets.reduce((n, s) => n + s.rows.length, 0));
  let written = 0;
  const tick = () => {
    written++;
    if (written % 25 === 0 || written === total) options.onProgress?.(written / total);
  };
  const withImages = spec.sheets.some((s) => s.images.length > 0);
  const { stream: streaming, Workbook } = await loadExcelJS();

  if (!withImages) {
    const wb = new streaming.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
    describe(wb, options.created);
    for (const sheet of spec.sheets) {
      const ws = wb.addWorksheet(sheet.name, worksheetOptions(sheet));
      writeRows(ws, sheet, true, tick);
      ws.commit();
    }
    await wb.commit();
    return;
  }

  const wb = new Workbook();
  describe(wb, options.created);
  for (const sheet of spec.sheets) {
    const ws = wb.addWorksheet(sheet.name, worksheetOptions(sheet));
    writeRows(ws, sheet, false, tick);
    for (const image of sheet.images) {
      const buffer = options.images?.get(image.key);
      if (!buffer) continue;
      // exceljs types want its own Buffer flavour; a Node Buffer is what it reads.
      const id = wb.addImage({ buffer: buffer as unknown as ExcelJS.Buffer, extension: 'jpeg' });
      // Anchored a few pixels inside the cell, moving with it when rows are inserted above.
      ws.addImage(id, { tl: { col: image.col - 1 + 0.05, row: image.row - 1 + 0.05 }, ext: { width: image.width, height: image.height }, editAs: 'oneCell' });
    }
  }
  await wb.xlsx.write(stream);
}

/** A workbook as bytes: what a report submission stores (a frozen version is a file, not a layout). */
export async function workbookBuffer(spec: WorkbookSpec, options: WriteOptions): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => sink.once('end', resolve).once('error', reject));
  await writeWorkbook(sink, spec, options);
  if (!sink.writableEnded) sink.end();
  await ended;
  return Buffer.concat(chunks);
}

/** The headers of a download: its type (Excel, or a zip of CSV files), its (Japanese) file name, never cached. */
export function sendHeaders(res: Response, filename: string): void {
  res.setHeader('Content-Type', filename.endsWith('.zip') ? ZIP_TYPE : XLSX_TYPE);
  res.setHeader('Content-Disposition', attachmentHeader(filename));
  res.setHeader('Cache-Control', 'no-store');
}

/** Writes a workbook laid out by the domain to the response; a failure after the first byte can only cut the download. */
export async function sendWorkbook(res: Response, filename: string, spec: WorkbookSpec, options: WriteOptions): Promise<void> {
  sendHeaders(res, filename);
  try {
    await writeWorkbook(res, spec, options);
  } catch (e) {
    if (!res.headersSent) throw e;
    res.destroy(e instanceof Error ? e : new Error(String(e)));
  }
}

function describe(wb: ExcelJS.Workbook, created: Date): void {
  wb.creator = 'Outreach Desk';
  wb.created = created;
  wb.modified = created;
}

function worksheetOptions(sheet: SheetSpec): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    views: [{ state: 'frozen', ySplit: sheet.freezeRows, xSplit: 0 }],
    pageSetup: a4PageSetup(sheet.orientation, sheet.printTitlesRow),
    headerFooter: PAGE_NUMBER_FOOTER,
  };
}

function writeRows(ws: ExcelJS.Worksheet, sheet: SheetSpec, streaming: boolean, tick: () => void): void {
  ws.columns = sheet.widths.map((width) => ({ width }));
  // A spanning text (特記事項) or an empty table's 「該当なし」, merged across the columns the domain says.
  const merged = new Map((sheet.merges ?? []).map((m) => [m.row, m]));
  for (const spec of sheet.rows) {
    const row = ws.getRow(spec.index);
    spec.cells.forEach((c, i) => {
      if (c.value === null || c.value === '') return;
      const cell = row.getCell(i + 1);
      cell.value = c.value;
      const format = NUMBER_FORMATS[c.kind];
      if (format) cell.numFmt = format;
    });
    if (spec.height) row.height = spec.height;
    switch (spec.style) {
      case 'title':
        styleTitleRow(row);
        // A document number (文書番号) at the right end of the title row: body text, right-aligned.
        if (spec.cells.length > 1) {
          const corner = row.getCell(spec.cells.length);
          corner.font = HOUSE_FONT;
          corner.alignment = { horizontal: 'right', vertical: 'top' };
        }
        break;
      case 'meta':
        row.getCell(1).font = { ...HOUSE_FONT, bold: true };
        row.getCell(2).font = HOUSE_FONT;
        break;
      case 'heading':
        row.font = { ...HOUSE_FONT, bold: true, size: 12 };
        break;
      case 'header':
        styleHeaderRow(row);
        break;
      case 'data':
        // Every cell of the table gets its border, empty ones too.
        for (let i = 1; i <= spec.cells.length; i++) styleDataCell(row.getCell(i), typeof spec.cells[i - 1].value === 'string');
        break;
      case 'total':
        row.getCell(spec.cells.length); // the row spans the whole table, so empty cells get the style too
        styleTotalRow(row);
        break;
      case 'note':
        row.font = { ...HOUSE_FONT, size: 9, color: { argb: 'FF595959' } };
        break;
    }
    const merge = merged.get(spec.index);
    if (merge) ws.mergeCells(spec.index, merge.from, spec.index, merge.to);
    if (streaming) row.commit();
    tick();
  }
}
