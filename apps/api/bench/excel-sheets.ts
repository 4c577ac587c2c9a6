import ExcelJS from 'exceljs';
import { styleHeaderRow } from '../src/common/excel/xlsx-response';

/**
 * The two sheets of the vendor-wide detail export (vendor-export.ts), shared with its floor, which must write
 * the same cells without loading the app: this file imports exceljs and nothing of the API but its house style.
 */
export type Cell = string | number | null;

export interface SheetColumns {
  name: string;
  columns: Array<{ header: string; width: number }>;
}

export const CALL_SHEET: SheetColumns = {
  name: '受電記録',
  columns: [
    { header: '市区町村', width: 12 },
    { header: '事業名', width: 40 },
    { header: '受付日', width: 11 },
    { header: '時刻', width: 7 },
    { header: '受発信', width: 7 },
    { header: '分類', width: 16 },
    { header: '結果', width: 12 },
    { header: '件数', width: 6 },
    { header: '通話分数', width: 8 },
    { header: '時間外', width: 7 },
    { header: '遅延登録', width: 8 },
    { header: 'メモ', width: 30 },
  ],
};

export const SESSION_SHEET: SheetColumns = {
  name: '実施記録',
  columns: [
    { header: '市区町村', width: 12 },
    { header: '事業名', width: 40 },
    { header: '実施日', width: 11 },
    { header: '開始', width: 6 },
    { header: '種別', width: 12 },
    { header: '場所', width: 30 },
    { header: '方式', width: 12 },
    { header: '状況', width: 9 },
    { header: '新規', width: 6 },
    { header: '更新', width: 6 },
    { header: '再交付（紛失）', width: 8 },
    { header: '再交付（破損）', width: 8 },
    { header: '再交付（その他）', width: 8 },
    { header: '顔認証', width: 6 },
    { header: '相談', width: 6 },
    { header: '撮影', width: 6 },
    { header: '持参', width: 6 },
    { header: '撮り直し', width: 6 },
    { header: '例外（医療）', width: 8 },
    { header: '例外（障害）', width: 8 },
    { header: '例外（寝たきり）', width: 8 },
    { header: '例外（その他）', width: 8 },
    { header: '代筆', width: 6 },
    { header: '不受理', width: 6 },
    { header: '問題点', width: 30 },
  ],
};

/** Adds a sheet with the house header row and a frozen header; returns it ready for rows. */
export function addSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, sheet: SheetColumns, styled: boolean): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet.name, styled ? { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] } : {});
  ws.columns = sheet.columns.map((c) => ({ header: c.header, width: c.width }));
  const header = ws.getRow(1);
  if (styled) {
    styleHeaderRow(header);
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
  header.commit();
  return ws;
}


/** Bytes of a sheet's XML allowed to wait for the zip before the writer pauses. */
export const SHEET_QUEUE_LIMIT = 4 * 1024 * 1024;

interface SheetInternals {
  _stream?: { pipes?: Array<{ _writableState?: { length: number } }> };
}

/**
 * exceljs's streaming writer ignores backpressure (exceljs issues #734, #1894, #2916): each committed row's XML
 * goes into a PassThrough inside archiver, which deflates it only as the event loop turns. A loop that commits
 * rows and awaits nothing else (or only better-sqlite3's synchronous queries) keeps every row's XML in memory
 * until the end — RSS grows by ≈0.5 KB a row and time grows faster than the rows (600k rows: 381 MB, 52 s; with
 * this pause: 123 MB, 25 s, measured on this machine). Call between batches: while more than `limit` bytes wait
 * for the zip, it sleeps 1 ms at a time so the loop turns. Returns how many times it slept.
 *
 * It reads exceljs internals (the sheet's stream and its first pipe); if their shape changes it only yields once.
 */
export async function drainSheet(ws: ExcelJS.Worksheet, limit = SHEET_QUEUE_LIMIT): Promise<number> {
  const state = (ws as unknown as SheetInternals)._stream?.pipes?.[0]?._writableState;
  if (!state) {
    await new Promise(setImmediate);
    return 0;
  }
  let waits = 0;
  while (state.length > limit) {
    waits++;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  return waits;
}
