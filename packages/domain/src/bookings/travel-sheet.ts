import { columnLetter } from '../reports/sheet.js';
import { type TravelMatrixInput, travelMatrixSchema } from './booking-api.schema.js';

/**
 * The travel matrix as a spreadsheet (issue 21 item 6): a city office keeps its districts and the minutes between
 * them in Excel, so the matrix is written and read as one square sheet 「移動時間」 — the districts across row 1 and
 * down column A, the minutes where they meet. Only one triangle needs filling (the matrix is symmetric); a pair
 * filled both ways must agree; a blank is "not set" (the booking desk then warns instead of checking).
 */

export const TRAVEL_SHEET = '移動時間';
export const TRAVEL_SHEET_CORNER = '地区（分）';

/** What a cell holds once read: the spreadsheet's text, a number, or nothing. */
export type TravelCell = string | number | null;

export interface TravelSheetProblem {
  /** The cell in A1 notation ("C4"), or "" for the sheet as a whole. */
  cell: string;
  message: string;
}

export type TravelSheetRead = { matrix: TravelMatrixInput; problems: [] } | { matrix: null; problems: TravelSheetProblem[] };

const address = (row: number, column: number) => `${columnLetter(column + 1)}${row + 1}`;
const text = (value: TravelCell) => (value === null ? '' : String(value).normalize('NFKC').trim());

/** The sheet for a matrix: the header row, then one row per district (the pair written both ways). */
export function travelSheetGrid(matrix: TravelMatrixInput): TravelCell[][] {
  const header: TravelCell[] = [TRAVEL_SHEET_CORNER, ...matrix.districts];
  const rows = matrix.districts.map((from): TravelCell[] => [
    from,
    ...matrix.districts.map((to) => matrix.minutes[from]?.[to] ?? matrix.minutes[to]?.[from] ?? (from === to ? 0 : null)),
  ]);
  return [header, ...rows];
}

/**
 * Reads the square sheet back. The districts are row 1 from column B on (to the first blank); column A below must
 * name the same districts (in any order). Every problem is named by its cell, so the screen can say 「C4: …」.
 */
export function travelMatrixFromGrid(grid: readonly (readonly TravelCell[])[]): TravelSheetRead {
  const problems: TravelSheetProblem[] = [];
  const header = grid[0] ?? [];
  const districts: string[] = [];
  for (let c = 1; c < header.length && text(header[c]) !== ''; c++) districts.push(text(header[c]));
  if (districts.length === 0) return { matrix: null, problems: [{ cell: 'B1', message: '1行目のB列から右へ地区名を入力してください' }] };
  const seen = new Set<string>();
  districts.forEach((d, i) => {
    if (seen.has(d)) problems.push({ cell: address(0, i + 1), message: `地区「${d}」が重複しています` });
    seen.add(d);
  });

  const minutes: Record<string, Record<string, number>> = {};
  const rowOf = new Map<string, number>();
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const from = text(row[0] ?? null);
    if (from === '') {
      if (row.slice(1).some((v) => text(v) !== '')) problems.push({ cell: address(r, 0), message: 'A列に地区名を入力してください' });
      continue;
    }
    if (!districts.includes(from)) {
      problems.push({ cell: address(r, 0), message: `地区「${from}」は1行目にありません` });
      continue;
    }
    if (rowOf.has(from)) {
      problems.push({ cell: address(r, 0), message: `地区「${from}」の行が重複しています` });
      continue;
    }
    rowOf.set(from, r);
    districts.forEach((to, i) => {
      const raw = row[i + 1] ?? null;
      const value = text(raw);
      if (value === '' || from === to) return;
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0 || n > 300) {
        problems.push({ cell: address(r, i + 1), message: `${from}→${to}: 移動時間は0〜300の整数（分）で入力してください` });
        return;
      }
      const back = minutes[to]?.[from];
      if (back !== undefined && back !== n) {
        problems.push({ cell: address(r, i + 1), message: `${from}→${to}（${n}分）と${to}→${from}（${back}分）が一致しません` });
        return;
      }
      if (back === undefined) (minutes[from] ??= {})[to] = n;
    });
  }
  const missing = districts.filter((d) => !rowOf.has(d));
  if (missing.length > 0) problems.push({ cell: 'A', message: `A列に次の地区の行がありません: ${missing.join('、')}` });
  if (problems.length > 0) return { matrix: null, problems };

  const checked = travelMatrixSchema.safeParse({ districts, minutes });
  if (!checked.success) return { matrix: null, problems: checked.error.issues.map((issue) => ({ cell: '', message: issue.message })) };
  return { matrix: checked.data, problems: [] };
}
