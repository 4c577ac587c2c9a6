/**
 * The layout of one worksheet as plain data: every row at its final position, every total as a formula with
 * its value already computed. The API only writes these cells with exceljs; which rows, which headings and
 * which totals a report has is decided here, and tested without a workbook.
 *
 * Layout of every sheet: row 1 the title, then the header lines (自治体, 事業名, 対象期間, 作成日 …), a blank
 * row, then the tables one after another, each optionally under a heading, separated by a blank row.
 */

import { fitWidthsToA4, impliedPrintScale, MIN_PRINT_SCALE } from './print-scale.js';

/** An Excel formula with the value it evaluates to, written as the cell's cached result. */
export interface FormulaValue {
  formula: string;
  result: number | string;
}
export type CellValue = string | number | null | FormulaValue;
/** How a cell is formatted: integers and decimals with thousands separators, ratios as percentages. */
export type CellKind = 'text' | 'int' | 'decimal' | 'percent';
export type RowStyle = 'title' | 'meta' | 'heading' | 'header' | 'data' | 'total' | 'note';

export interface SheetCell {
  value: CellValue;
  kind: CellKind;
}
export interface SheetRow {
  /** 1-based row number in the sheet. */
  index: number;
  style: RowStyle;
  cells: SheetCell[];
  /** Row height in points (rows holding a picture). */
  height?: number;
}
/** A picture placed over a cell (the daily report's activity photos); `key` names the bytes for the writer. */
export interface SheetImage {
  key: string;
  /** 1-based row and column of the top-left cell. */
  row: number;
  col: number;
  width: number;
  height: number;
}
export interface SheetSpec {
  name: string;
  orientation: 'portrait' | 'landscape';
  /** Column widths in characters. */
  widths: number[];
  /** Rows frozen at the top (the header row of the main table, or the title block). */
  freezeRows: number;
  /** Rows repeated on every printed page, e.g. '7:7'. */
  printTitlesRow: string;
  rows: SheetRow[];
  images: SheetImage[];
  /** Cells merged across columns (a one-column table spanning the sheet's width): 1-based row and columns. */
  merges?: Array<{ row: number; from: number; to: number }>;
}
export interface WorkbookSpec {
  sheets: SheetSpec[];
}

/** What an empty table says, in its one row. */
export const NONE = '該当なし';

/** Number formats of the kinds (Excel's, as Japanese offices expect: 1,234 and 85.0%). */
export const NUMBER_FORMATS: Record<CellKind, string | undefined> = {
  text: undefined,
  int: '#,##0',
  decimal: '#,##0.0',
  percent: '0.0%',
};

// ---------------------------------------------------------------------------------------------------------
// Names and texts Excel accepts

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;
export const MAX_SHEET_NAME = 31;

/**
 * A sheet name Excel accepts: no []:*?/\ , not blank, at most 31 characters, no leading or trailing apostrophe,
 * and unique (case-insensitively) among `taken`, by a numbered suffix when needed.
 */
export function safeSheetName(name: string, taken: readonly string[] = []): string {
  let base = cleanText(name).replace(SHEET_NAME_FORBIDDEN, '_').replace(/^'+|'+$/g, '').trim() || 'Sheet';
  base = [...base].slice(0, MAX_SHEET_NAME).join('');
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = `(${i})`;
    const candidate = [...base].slice(0, MAX_SHEET_NAME - suffix.length).join('') + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

// XML 1.0 forbids these control characters; Excel refuses a file that contains them.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** Longest text a cell holds. */
export const MAX_CELL_TEXT = 32767;

/** A text Excel can store: forbidden control characters removed, CRLF as LF, at most 32,767 characters. */
export function cleanText(text: string): string {
  const cleaned = text.replace(/\r\n?/g, '\n').replace(XML_FORBIDDEN, '');
  return cleaned.length > MAX_CELL_TEXT ? cleaned.slice(0, MAX_CELL_TEXT) : cleaned;
}

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The number a cell stands for (a formula's result), or 0. */
export function numericValue(value: CellValue): number {
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && typeof value.result === 'number') return value.result;
  return 0;
}

// ---------------------------------------------------------------------------------------------------------
// Building a sheet

export interface TableColumn {
  header: string;
  kind?: CellKind;
  width?: number;
  /** What the total row shows under this column: a SUM, or the ratio of two other columns' totals. */
  total?: 'sum' | { ratioOf: [numerator: number, denominator: number] };
}

export interface TableInput {
  /** A bold line above the table (the summary sheets stack several tables). */
  heading?: string;
  columns: TableColumn[];
  rows: CellValue[][];
  /** Label of the total row in the first column; the row exists when a column has a total. */
  totalLabel?: string;
  /** Column (0-based) holding, in every data row, the SUM of columns from..to of the same row. */
  rowSum?: { column: number; from: number; to: number };
  /** Freeze the panes and repeat on each printed page down to this table's header row. */
  freeze?: boolean;
  /** Height in points of every data row (rows that also hold a picture). */
  rowHeight?: number;
  /** A one-column table (a long text: 特記事項) whose cells span every column of the sheet. */
  span?: boolean;
}

export interface PlacedTable {
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  totalRow: number | null;
}

export interface SheetHeader {
  title: string;
  /** Label and value lines under the title: 自治体, 事業名, 対象期間, 作成日 … */
  meta: ReadonlyArray<readonly [string, string]>;
  /** A short text at the right end of the title row: the city's document number (文書番号) on a report's first sheet. */
  corner?: string;
}

/**
 * Lays out a sheet top to bottom. Pure: the rows and formulas it returns depend only on what is passed in.
 */
export class SheetBuilder {
  private readonly rows: SheetRow[] = [];
  private readonly images: SheetImage[] = [];
  private readonly widths: number[] = [];
  private next = 1;
  private freezeRows = 0;
  private tables = 0;
  private firstHeaderRow = 0;
  private maxColumns = 2;
  private readonly metaEnd: number;
  private readonly spans: number[] = [];
  private readonly tableMerges: Array<{ row: number; from: number; to: number }> = [];
  private readonly metaLabelWidth: number;
  private readonly corner: string | undefined;

  constructor(
    readonly name: string,
    header: SheetHeader,
    private readonly options: { orientation?: 'portrait' | 'landscape'; widths?: number[] } = {},
  ) {
    this.push('title', [text(header.title)]);
    this.corner = header.corner?.trim() || undefined;
    for (const [label, value] of header.meta) this.push('meta', [text(label), text(value)]);
    this.metaEnd = this.next - 1;
    this.metaLabelWidth = Math.max(0, ...header.meta.map(([label]) => displayWidth(label) + 2));
    this.next++; // blank line
  }

  private push(style: RowStyle, cells: SheetCell[], height?: number): number {
    const index = this.next++;
    this.rows.push(height ? { index, style, cells, height } : { index, style, cells });
    return index;
  }

  /** Places a table; returns where its rows landed. */
  table(input: TableInput): PlacedTable {
    const cols = input.columns;
    this.maxColumns = Math.max(this.maxColumns, cols.length);
    // A spanning table takes the width of the columns it spans, and widens none.
    if (!input.span)
      cols.forEach((c, i) => {
        this.widths[i] = Math.max(this.widths[i] ?? 0, c.width ?? defaultWidth(c));
      });
    if (this.tables++ > 0) this.next++; // blank line between tables
    if (input.heading) this.push('heading', [text(input.heading)]);
    const headerRow = this.push('header', cols.map((c) => text(c.header)));
    if (input.span) this.spans.push(headerRow);
    if (this.firstHeaderRow === 0) this.firstHeaderRow = headerRow;
    if (input.freeze) this.freezeRows = headerRow;

    const firstDataRow = this.next;
    const sum = input.rowSum;
    for (const raw of input.rows) {
      const index = this.next;
      const values = cols.map((_, i) => raw[i] ?? null);
      if (sum) {
        const total = values.slice(sum.from, sum.to + 1).reduce<number>((s, v) => s + numericValue(v), 0);
        values[sum.column] = { formula: `SUM(${columnLetter(sum.from + 1)}${index}:${columnLetter(sum.to + 1)}${index})`, result: total };
      }
      this.push('data', values.map((v, i) => ({ value: typeof v === 'string' ? cleanText(v) : v, kind: cols[i].kind ?? 'text' })), input.rowHeight);
      if (input.span) this.spans.push(index);
    }
    const lastDataRow = this.next - 1;
    // An empty table says so, as a city files it: one row 「該当なし」 across the table (no figures, no formulas).
    if (input.rows.length === 0) {
      const index = this.push('data', cols.map((_, i): SheetCell => (i === 0 ? text(NONE) : { value: null, kind: 'text' })));
      if (cols.length > 1) this.tableMerges.push({ row: index, from: 1, to: cols.length });
    }

    let totalRow: number | null = null;
    if (cols.some((c) => c.total)) {
      const index = this.next;
      const letter = (i: number) => columnLetter(i + 1);
      const sums = cols.map((c, i) =>
        c.total === 'sum' ? this.rows.filter((r) => r.index >= firstDataRow && r.index <= lastDataRow).reduce((s, r) => s + numericValue(r.cells[i].value), 0) : 0,
      );
      const cells: SheetCell[] = cols.map((c, i): SheetCell => {
        const kind = c.kind ?? 'text';
        if (c.total === 'sum') {
          // An empty table has no range to add up: its total is a plain 0.
          const value: CellValue = lastDataRow >= firstDataRow ? { formula: `SUM(${letter(i)}${firstDataRow}:${letter(i)}${lastDataRow})`, result: sums[i] } : 0;
          return { value, kind };
        }
        if (c.total && typeof c.total === 'object') {
          const [n, d] = c.total.ratioOf;
          const result = sums[d] > 0 ? sums[n] / sums[d] : '';
          return { value: { formula: `IF(${letter(d)}${index}=0,"",${letter(n)}${index}/${letter(d)}${index})`, result }, kind };
        }
        return { value: i === 0 ? (input.totalLabel ?? '合計') : null, kind: 'text' };
      });
      totalRow = this.push('total', cells);
    }
    return { headerRow, firstDataRow, lastDataRow, totalRow };
  }

  /** Lines of text (notes under a table, the closing remarks), a blank line apart from a table above. */
  note(...lines: string[]): void {
    const last = this.rows[this.rows.length - 1];
    if (last && last.style !== 'note' && last.index === this.next - 1 && this.tables > 0) this.next++;
    for (const line of lines) this.push('note', [text(line)]);
  }

  image(image: SheetImage): void {
    this.images.push(image);
  }

  build(): SheetSpec {
    // A sheet with one table freezes at its header; a summary of several tables keeps the title block in view.
    const freezeRows = this.freezeRows || (this.tables === 1 ? this.firstHeaderRow : this.metaEnd);
    const natural = this.options.widths ?? this.widths.map((w) => w ?? 12);
    // Column A also holds the bold labels of the title block (自治体, 報告の状況 …): never narrower than they are.
    if (natural.length > 0) natural[0] = Math.max(natural[0], this.metaLabelWidth);
    const orientation =
      this.options.orientation ?? (this.maxColumns > 7 || impliedPrintScale({ orientation: 'portrait', widths: natural }) < MIN_PRINT_SCALE ? 'landscape' : 'portrait');
    const widths = this.options.widths ? [...natural] : fitWidthsToA4(natural, orientation, this.floors(natural));
    const merges = [...this.spans.map((row) => ({ row, from: 1, to: widths.length })), ...this.tableMerges].sort((a, b) => a.row - b.row);
    const spanned = new Set(this.spans);
    const rows = this.rows.map((r) => withHeight(r, spanned.has(r.index) ? [widths.reduce((a, b) => a + b, 0)] : widths));
    // The document number in the title row's last column (at least the second), right-aligned by the writer.
    if (this.corner) {
      const last = Math.max(2, widths.length);
      const title = rows[0];
      rows[0] = { ...title, cells: [...title.cells, ...Array.from({ length: last - 1 - title.cells.length }, (): SheetCell => ({ value: null, kind: 'text' })), text(this.corner)] };
    }
    return {
      name: this.name,
      orientation,
      widths,
      freezeRows,
      printTitlesRow: this.freezeRows || this.tables === 1 ? `${freezeRows}:${freezeRows}` : `1:${this.metaEnd}`,
      rows,
      images: this.images,
      ...(merges.length > 0 ? { merges } : {}),
    };
  }

  /** How narrow each column may get when the sheet is fitted to the page: column A as wide as the title block's labels, others 7. */
  private floors(widths: readonly number[]): number[] {
    return widths.map((w, i) => Math.min(w, i === 0 ? Math.max(this.metaLabelWidth, 6) : 7));
  }
}

/** Excel's default row height (15 pt) is too low for Japanese text; one line of 11 pt text in a Japanese font. */
export const LINE_HEIGHT_PT = 18;
const TITLE_HEIGHT_PT = 24;
/** Each further line of a wrapped cell. */
const EXTRA_LINE_PT = 15;

/** How many lines a text needs in a column `width` characters wide (full-width characters count two). */
export function linesNeeded(value: string, width: number): number {
  const room = Math.max(2, Math.floor(width - 1));
  let lines = 0;
  for (const paragraph of value.split('\n')) {
    // Characters are not split: a full-width one that does not fit starts the next line.
    let used = 0;
    lines++;
    for (const ch of paragraph) {
      const w = displayWidth(ch);
      if (used + w > room) {
        lines++;
        used = 0;
      }
      used += w;
    }
  }
  return lines;
}

/** A row tall enough for its text: table cells wrap, and their row grows to hold every line (a picture row keeps its height). */
function withHeight(row: SheetRow, widths: readonly number[]): SheetRow {
  // The title (14 pt) and the lines that never wrap (labels, headings, notes spilling to the right) need one line.
  if (row.style === 'title') return { ...row, height: Math.max(row.height ?? 0, TITLE_HEIGHT_PT) };
  if (row.style !== 'header' && row.style !== 'data' && row.style !== 'total') return { ...row, height: Math.max(row.height ?? 0, LINE_HEIGHT_PT) };
  const lines = Math.max(1, ...row.cells.map((c, i) => (typeof c.value === 'string' && c.value ? linesNeeded(c.value, widths[i] ?? 10) : 1)));
  const height = LINE_HEIGHT_PT + (lines - 1) * EXTRA_LINE_PT;
  return { ...row, height: Math.max(row.height ?? 0, height) };
}

/** Width of a text in columns: full-width (Japanese) characters count two. */
export function displayWidth(value: string): number {
  return [...value].reduce((w, ch) => w + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);
}

function text(value: string): SheetCell {
  return { value: cleanText(value), kind: 'text' };
}

function defaultWidth(c: TableColumn): number {
  // Japanese characters are about two columns wide.
  const headerWidth = displayWidth(c.header) + 2;
  const base = c.kind && c.kind !== 'text' ? 10 : 14;
  return Math.min(40, Math.max(base, headerWidth));
}

/** Sheet names made safe and unique within one workbook, in order. */
export function uniqueSheetNames(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const n of names) out.push(safeSheetName(n, out));
  return out;
}
