/**
 * Legible on paper: the scale at which a sheet prints on A4 when it is fitted to the page width, computed from
 * its column widths and page setup alone (no spreadsheet application involved).
 *
 * The approximation, honest rather than exact:
 * - A column `w` characters wide is `w × 7 + 5` pixels: Excel's (and LibreOffice's) width unit is the maximum
 *   digit width of the default font, 7 px at 96 dpi for an 11 pt face, plus 5 px of cell padding.
 * - 1 pt = 4/3 px (96 dpi against 72 points to the inch).
 * - The printable width of A4 is the paper's width (210 mm portrait, 297 mm landscape) less the left and right
 *   margins.
 * - Fitted to one page wide, the sheet prints at printable width ÷ sheet width, never above 100% (fitting to
 *   the page only shrinks).
 * Below {@link MIN_PRINT_SCALE} the body text (11 pt) prints smaller than about 8 pt, which a city office cannot
 * read on paper; every sheet of every workbook is tested against it.
 */

/** The margins every workbook prints with, in inches (Excel's unit for page margins). */
export const PRINT_MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } as const;
/** The smallest print scale a sheet may have. */
export const MIN_PRINT_SCALE = 0.7;

const MM_PER_INCH = 25.4;
const PT_PER_INCH = 72;
const A4_MM = { portrait: 210, landscape: 297 } as const;
/** Maximum digit width of the default font at 96 dpi, and the padding Excel adds to every column. */
const DIGIT_PX = 7;
const PADDING_PX = 5;
const PX_PER_PT = 4 / 3;

export interface PrintLayout {
  orientation: 'portrait' | 'landscape';
  /** Column widths in characters. */
  widths: readonly number[];
  /** Left and right margins in inches; the house margins when not given. */
  margins?: { left: number; right: number };
}

/** A column's printed width in points. */
export function columnWidthPoints(chars: number): number {
  return (chars * DIGIT_PX + PADDING_PX) / PX_PER_PT;
}

/** The printable width of A4 in points, for an orientation and left/right margins in inches. */
export function a4PrintableWidthPoints(orientation: 'portrait' | 'landscape', margins: { left: number; right: number } = PRINT_MARGINS): number {
  return (A4_MM[orientation] / MM_PER_INCH - margins.left - margins.right) * PT_PER_INCH;
}

/** The scale (0…1) at which the sheet prints fitted to the width of A4. */
export function impliedPrintScale(sheet: PrintLayout): number {
  const width = sheet.widths.reduce((sum, w) => sum + columnWidthPoints(w), 0);
  if (width <= 0) return 1;
  return Math.min(1, a4PrintableWidthPoints(sheet.orientation, sheet.margins) / width);
}

/** The widest sheet (in characters, columns added up) that still prints at `scale` on A4 in that orientation. */
export function maxCharsAt(orientation: 'portrait' | 'landscape', columns: number, scale = MIN_PRINT_SCALE): number {
  const pt = a4PrintableWidthPoints(orientation) / scale;
  return (pt * PX_PER_PT - columns * PADDING_PX) / DIGIT_PX;
}

/** The sheets of a workbook that print below {@link MIN_PRINT_SCALE}, with their scale in percent: [] when all are legible. */
export function illegibleSheets(workbook: { sheets: ReadonlyArray<PrintLayout & { name: string }> }): string[] {
  return workbook.sheets.flatMap((s) => {
    const scale = impliedPrintScale(s);
    return scale < MIN_PRINT_SCALE ? [`${s.name}: ${Math.round(scale * 100)}%`] : [];
  });
}

/**
 * Narrows the columns (never below their floors, 7 characters when not given) until the sheet prints a little
 * above MIN_PRINT_SCALE on A4; texts then wrap, and their rows must grow to hold them.
 */
export function fitWidthsToA4(widths: readonly number[], orientation: 'portrait' | 'landscape', floors: readonly number[] = widths.map((w) => Math.min(w, 7))): number[] {
  const budget = maxCharsAt(orientation, widths.length, MIN_PRINT_SCALE + 0.02);
  const total = widths.reduce((a, b) => a + b, 0);
  if (total <= budget) return [...widths];
  const floorTotal = floors.reduce((a, b) => a + b, 0);
  const k = Math.max(0, (budget - floorTotal) / (total - floorTotal));
  return widths.map((w, i) => Math.floor((floors[i] + (w - floors[i]) * k) * 10) / 10);
}
