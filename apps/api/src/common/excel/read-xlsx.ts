import { invalid } from '@outreach/domain/common';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../heavy-modules';

/**
 * Reading an uploaded .xlsx (Excel as data): the file checked before exceljs sees it, and a cell's value as the
 * domain reads it. What the sheet means belongs to the domain; this file only moves cells out of exceljs.
 */

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** A compound file: an .xlsx saved with a password, or an old .xls. */
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export interface UnreadableMessages {
  notAnXlsx: string;
  encrypted: string;
}

const unreadable = (message: string) => invalid(message, { file: message });

/** The workbook in `buffer`; a file that is not a readable .xlsx is a DomainError `invalid` on the field `file`. */
export async function loadXlsx(buffer: Buffer, messages: UnreadableMessages): Promise<ExcelJS.Workbook> {
  if (buffer.subarray(0, CFB_MAGIC.length).equals(CFB_MAGIC)) throw unreadable(messages.encrypted);
  if (!buffer.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) throw unreadable(messages.notAnXlsx);
  const { Workbook } = await loadExcelJS();
  const wb = new Workbook();
  try {
    // exceljs types want its own Buffer flavour; a Node Buffer is what it reads.
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw unreadable(messages.notAnXlsx);
  }
  if (wb.worksheets.length === 0) throw unreadable(messages.notAnXlsx);
  return wb;
}

/** What a cell shows: formulas by their result, rich text and links by their text; an error value is nothing. */
export function plainCellValue(value: ExcelJS.CellValue): string | number | boolean | Date | null {
  if (value == null || typeof value !== 'object' || value instanceof Date) return (value ?? null) as string | number | boolean | Date | null;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return plainCellValue(value.result as ExcelJS.CellValue);
  if ('text' in value) return typeof value.text === 'string' ? value.text : plainCellValue(value.text as ExcelJS.CellValue);
  return null; // an error value (#N/A) or a formula without a cached result
}
