import { cleanText, columnLetter, LINE_HEIGHT_PT, linesNeeded, MAX_CELL_TEXT, NONE, safeSheetName, SheetBuilder, uniqueSheetNames } from './sheet.js';

describe(safeSheetName.name, () => {
  it('removes the characters Excel forbids and keeps 31 characters at most', () => {
    expect(safeSheetName('受電/週別[10月]:*?\\')).toBe('受電_週別_10月_____');
    const long = safeSheetName('あ'.repeat(40));
    expect([...long]).toHaveLength(31);
  });

  it('makes names unique within the workbook (Excel compares them case-insensitively) and never blank', () => {
    expect(safeSheetName('概要', ['概要'])).toBe('概要(2)');
    expect(safeSheetName('Sheet', ['sheet', 'Sheet(2)'])).toBe('Sheet(3)');
    expect(safeSheetName('   ')).toBe('Sheet');
    expect(safeSheetName("'引用'")).toBe('引用');
    const taken = ['い'.repeat(31)];
    const next = safeSheetName('い'.repeat(35), taken);
    expect([...next]).toHaveLength(31);
    expect(next.endsWith('(2)')).toBe(true);
    expect(uniqueSheetNames(['写真', '写真', '写真'])).toEqual(['写真', '写真(2)', '写真(3)']);
  });
});

describe(cleanText.name, () => {
  it('drops control characters XML cannot carry and limits the length', () => {
    expect(cleanText('a\u0000b\u0007c\u001fd\te\r\nf')).toBe('abcd\te\nf');
    expect(cleanText('x'.repeat(MAX_CELL_TEXT + 10))).toHaveLength(MAX_CELL_TEXT);
  });
});

describe(columnLetter.name, () => {
  it('names columns as Excel does', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe(SheetBuilder.name, () => {
  const header = { title: '月次報告書', meta: [['自治体', '小樽市'], ['対象期間', '令和8年10月1日～令和8年10月31日']] as Array<[string, string]> };

  it('places the title, the header lines, a blank line and the table, with SUM totals and their values', () => {
    const b = new SheetBuilder('集計', header);
    const placed = b.table({
      columns: [{ header: '区分' }, { header: '件数', kind: 'int', total: 'sum' }, { header: '時間外', kind: 'int', total: 'sum' }],
      rows: [
        ['予約', 1200, 3],
        ['苦情', 34, null],
      ],
    });
    expect(placed).toEqual({ headerRow: 5, firstDataRow: 6, lastDataRow: 7, totalRow: 8 });
    const sheet = b.build();
    expect(sheet.rows.map((r) => [r.index, r.style])).toEqual([
      [1, 'title'],
      [2, 'meta'],
      [3, 'meta'],
      [5, 'header'],
      [6, 'data'],
      [7, 'data'],
      [8, 'total'],
    ]);
    expect(sheet.rows[6].cells.map((c) => c.value)).toEqual(['合計', { formula: 'SUM(B6:B7)', result: 1234 }, { formula: 'SUM(C6:C7)', result: 3 }]);
    expect(sheet.rows[6].cells[1].kind).toBe('int');
    // One table: frozen at its header, which is printed on every page.
    expect(sheet.freezeRows).toBe(5);
    expect(sheet.printTitlesRow).toBe('5:5');
    expect(sheet.orientation).toBe('portrait');
  });

  it('writes a row total as a formula over the row, and an empty table’s total as a plain 0', () => {
    const b = new SheetBuilder('x', header);
    b.table({
      columns: [{ header: '週' }, { header: 'a', kind: 'int', total: 'sum' }, { header: 'b', kind: 'int', total: 'sum' }, { header: '計', kind: 'int', total: 'sum' }],
      rows: [['w1', 2, 3, null]],
      rowSum: { column: 3, from: 1, to: 2 },
    });
    b.table({ columns: [{ header: '月' }, { header: 'n', kind: 'int', total: 'sum' }], rows: [] });
    const rows = b.build().rows;
    expect(rows.find((r) => r.index === 6)!.cells[3].value).toEqual({ formula: 'SUM(B6:C6)', result: 5 });
    expect(rows.find((r) => r.index === 7)!.cells[3].value).toEqual({ formula: 'SUM(D6:D6)', result: 5 });
    const emptyTotal = rows[rows.length - 1];
    expect(emptyTotal.style).toBe('total');
    expect(emptyTotal.cells[1].value).toBe(0);
  });

  it('says 該当なし in one row across an empty table, above its total', () => {
    const b = new SheetBuilder('x', header);
    const placed = b.table({ columns: [{ header: '月' }, { header: 'n', kind: 'int', total: 'sum' }], rows: [] });
    const sheet = b.build();
    const none = sheet.rows.find((r) => r.index === placed.headerRow + 1)!;
    expect(none).toMatchObject({ style: 'data', cells: [{ value: NONE }, { value: null }] });
    expect(sheet.merges).toEqual([{ row: none.index, from: 1, to: 2 }]);
    expect(placed.totalRow).toBe(none.index + 1);
    expect(sheet.rows.find((r) => r.index === placed.totalRow)!.cells[1].value).toBe(0);
  });

  it('gives wrapped texts rows tall enough for their lines, never the 15 pt default', () => {
    const b = new SheetBuilder('x', header);
    b.table({ columns: [{ header: '内容', width: 12 }], rows: [['短い'], ['とても長い文章が三行にわたって折り返されます']] });
    const rows = b.build().rows;
    const [short, long] = rows.filter((r) => r.style === 'data');
    expect(short.height).toBe(LINE_HEIGHT_PT);
    expect(linesNeeded('とても長い文章が三行にわたって折り返されます', 12)).toBe(5);
    expect(long.height).toBeGreaterThan(4 * LINE_HEIGHT_PT * 0.8);
    expect(rows.every((r) => (r.height ?? 0) >= LINE_HEIGHT_PT)).toBe(true);
  });

  it('writes a ratio total from the total row itself, blank when the denominator is 0', () => {
    const b = new SheetBuilder('x', header);
    b.table({
      columns: [{ header: '月' }, { header: '対象', kind: 'int', total: 'sum' }, { header: '提出', kind: 'int', total: 'sum' }, { header: '率', kind: 'percent', total: { ratioOf: [2, 1] } }],
      rows: [
        ['6月', 4, 3, 0.75],
        ['7月', 4, 4, 1],
      ],
    });
    const total = b.build().rows.at(-1)!;
    expect(total.cells[3]).toEqual({ value: { formula: 'IF(B8=0,"",C8/B8)', result: 7 / 8 }, kind: 'percent' });

    const empty = new SheetBuilder('y', header);
    empty.table({ columns: [{ header: '月' }, { header: '対象', kind: 'int', total: 'sum' }, { header: '率', kind: 'percent', total: { ratioOf: [1, 1] } }], rows: [['6月', 0, null]] });
    expect(empty.build().rows.at(-1)!.cells[2].value).toEqual({ formula: 'IF(B7=0,"",B7/B7)', result: '' });
  });

  it('stacks several tables a blank line apart; a summary keeps its title block frozen unless a table asks', () => {
    const b = new SheetBuilder('概要', header);
    const first = b.table({ heading: '実施状況', columns: [{ header: 'a' }], rows: [['x']] });
    const second = b.table({ heading: '受電件数', columns: [{ header: 'b' }], rows: [['y'], ['z']] });
    b.note('※注記');
    expect(first).toMatchObject({ headerRow: 6, firstDataRow: 7 });
    expect(second).toMatchObject({ headerRow: 10, lastDataRow: 12 });
    const sheet = b.build();
    expect(sheet.rows.find((r) => r.style === 'note')!.index).toBe(14);
    expect(sheet.freezeRows).toBe(3);
    expect(sheet.printTitlesRow).toBe('1:3');

    const frozen = new SheetBuilder('日次', header);
    frozen.table({ heading: '実施状況', columns: [{ header: 'a' }], rows: [], freeze: true });
    frozen.table({ columns: [{ header: 'b' }], rows: [] });
    expect(frozen.build()).toMatchObject({ freezeRows: 6, printTitlesRow: '6:6' });
  });

  it('turns wide sheets to landscape and cleans every text it is given', () => {
    const b = new SheetBuilder('wide', { title: 'タイトル\u0000', meta: [] });
    b.table({ columns: Array.from({ length: 8 }, (_, i) => ({ header: `h${i}` })), rows: [['a\u0001b']] });
    const sheet = b.build();
    expect(sheet.orientation).toBe('landscape');
    expect(sheet.rows[0].cells[0].value).toBe('タイトル');
    expect(sheet.rows.find((r) => r.style === 'data')!.cells[0].value).toBe('ab');
    expect(sheet.widths).toHaveLength(8);
  });
});
