import type ExcelJS from 'exceljs';
import { impliedPrintScale, MIN_PRINT_SCALE } from '@outreach/domain/reports';

/** Reading the Excel reports back as a city official would open them: tables by their first header, totals, meta lines. */

const HEADER_FILL = 'FFD9D9D9';

/** A row's values from column A; a cell merged across (特記事項 spans the sheet) counts once, as written. */
export const values = (row: ExcelJS.Row): unknown[] => {
  const all = row.values as unknown[];
  const out: unknown[] = [];
  for (let i = 1; i < all.length; i++) {
    const cell = row.getCell(i);
    if (cell.isMerged && cell.master.address !== cell.address) continue;
    out.push(all[i]);
  }
  return out;
};
/** The frozen rows of a sheet (exceljs types the views without their split). */
export const ySplit = (ws: ExcelJS.Worksheet) => (ws.views[0] as ExcelJS.WorksheetViewFrozen).ySplit;
export const isHeader = (row: ExcelJS.Row) => (row.getCell(1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === HEADER_FILL;

/** Every sheet's name and header rows: the layout a golden test pins down. */
export function structure(wb: ExcelJS.Workbook): Array<{ sheet: string; headers: unknown[][] }> {
  return wb.worksheets.map((ws) => {
    const headers: unknown[][] = [];
    ws.eachRow((row) => {
      if (isHeader(row)) headers.push(values(row));
    });
    return { sheet: ws.name, headers };
  });
}

export interface Table {
  header: number;
  headers: string[];
  rows: ExcelJS.Row[];
  /** The table is empty and says so: its one row reads 「該当なし」 (then `rows` is empty). */
  none: boolean;
  total: ExcelJS.Row | null;
  /** A column's value in the total row, checked to be a formula with its cached result. */
  sum(header: string): number;
  column(header: string): unknown[];
}

/** The n-th table of a sheet whose header starts with `first`: its data rows and its total row. */
export function table(ws: ExcelJS.Worksheet, first: string, nth = 0): Table {
  const starts: number[] = [];
  ws.eachRow((row, n) => {
    if (isHeader(row) && row.getCell(1).value === first) starts.push(n);
  });
  const header = starts[nth];
  if (!header) throw new Error(`no table "${first}" #${nth} on ${ws.name}`);
  const headers = values(ws.getRow(header)) as string[];
  const rows: ExcelJS.Row[] = [];
  let total: ExcelJS.Row | null = null;
  for (let n = header + 1; n <= ws.rowCount; n++) {
    const row = ws.getRow(n);
    if (!row.hasValues) break;
    if (row.getCell(1).value === '合計') {
      total = row;
      break;
    }
    rows.push(row);
  }
  const none = rows.length === 1 && rows[0].getCell(1).value === '該当なし';
  if (none) rows.pop();
  const col = (h: string) => {
    const i = headers.indexOf(h);
    if (i < 0) throw new Error(`no column ${h} in ${headers.join(',')}`);
    return i + 1;
  };
  return {
    header,
    headers,
    rows,
    none,
    total,
    sum(h) {
      const cell = total!.getCell(col(h));
      expect(cell.formula).toMatch(/^SUM\(/);
      // exceljs reads a cached 0 back as no result (the file holds <v>0</v>).
      return (cell.result as number | undefined) ?? 0;
    },
    column: (h) => rows.map((r) => r.getCell(col(h)).value),
  };
}

export const meta = (ws: ExcelJS.Worksheet, label: string) => {
  for (let n = 2; n <= 10; n++) if (ws.getRow(n).getCell(1).value === label) return ws.getRow(n).getCell(2).value;
  return undefined;
};


/**
 * Legible on paper (issue 20 item 5), from the file as written: each sheet's print scale on A4 from its column
 * widths, orientation and margins, and every cell holding a value with its font named. Returns the problems.
 */
export function paperProblems(wb: ExcelJS.Workbook): string[] {
  const problems: string[] = [];
  for (const ws of wb.worksheets) {
    const widths = ws.columns.map((c) => c.width ?? 9);
    const margins = ws.pageSetup.margins ?? { left: 0.7, right: 0.7 };
    const scale = impliedPrintScale({ orientation: ws.pageSetup.orientation ?? 'portrait', widths, margins });
    if (scale < MIN_PRINT_SCALE) problems.push(`${ws.name}: prints at ${Math.round(scale * 100)}%`);
    ws.eachRow((row, n) =>
      row.eachCell((cell) => {
        if (!cell.font?.name) problems.push(`${ws.name}!${cell.address}: no font name (row ${n})`);
      }),
    );
  }
  return problems;
}
