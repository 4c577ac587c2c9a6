/** A plain text table for the terminal (and for pasting into docs/performance.md as Markdown). */
export function printTable(title: string, headers: string[], rows: Array<Array<string | number | null>>): void {
  const cells = rows.map((r) => r.map((c) => (c === null || c === undefined ? '–' : String(c))));
  const widths = headers.map((h, i) => Math.max(width(h), ...cells.map((r) => width(r[i] ?? ''))));
  const line = (r: string[]) => `| ${r.map((c, i) => pad(c, widths[i], i > 1)).join(' | ')} |`;
  console.log(`\n${title}\n`);
  console.log(line(headers));
  console.log(`|${widths.map((w, i) => (i > 1 ? `${'-'.repeat(w + 1)}:` : `-${'-'.repeat(w)}-`)).join('|')}|`);
  for (const r of cells) console.log(line(r));
  console.log('');
}

/** East Asian wide characters take two columns in a terminal. */
function width(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return n;
}

function pad(s: string, w: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
}

export const fmt = (x: number | null | undefined, digits = 1): string | null => (x === null || x === undefined || !Number.isFinite(x) ? null : x.toFixed(digits));
export const fmtRatio = (x: number | null | undefined): string | null => (x === null || x === undefined ? null : `${x.toFixed(2)}×`);
export const goal = (met: boolean | null): string => (met === null ? 'n/a' : met ? 'met' : 'MISSED');
