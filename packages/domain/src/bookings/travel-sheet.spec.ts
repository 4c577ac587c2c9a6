import fc from 'fast-check';
import { TRAVEL_SHEET_CORNER, travelMatrixFromGrid, travelSheetGrid } from './travel-sheet.js';
import { travelMinutes } from './travel.js';

describe('the travel matrix as a square sheet (移動時間)', () => {
  const matrix = { districts: ['中央', '南小樽', '銭函'], minutes: { 中央: { 南小樽: 10, 銭函: 35 }, 南小樽: { 銭函: 40 } } };

  it('writes the districts across and down, each pair both ways and 0 on the diagonal', () => {
    expect(travelSheetGrid(matrix)).toEqual([
      [TRAVEL_SHEET_CORNER, '中央', '南小樽', '銭函'],
      ['中央', 0, 10, 35],
      ['南小樽', 10, 0, 40],
      ['銭函', 35, 40, 0],
    ]);
  });

  it('reads a sheet filled in one triangle only, with full-width digits and rows in another order', () => {
    const read = travelMatrixFromGrid([
      ['地区', '中央', '南小樽', '銭函'],
      ['銭函', '３５', '４０', null],
      ['中央', null, 10, null],
      ['南小樽', null, null, null],
    ]);
    expect(read.problems).toEqual([]);
    expect(read.matrix?.districts).toEqual(['中央', '南小樽', '銭函']);
    expect(travelMinutes(read.matrix!, '中央', '銭函')).toEqual({ known: true, minutes: 35 });
    expect(travelMinutes(read.matrix!, '南小樽', '銭函')).toEqual({ known: true, minutes: 40 });
  });

  it('names each bad cell: a non-number, a pair that disagrees, an unknown or duplicated district, a missing row', () => {
    const read = travelMatrixFromGrid([
      ['', '中央', '南小樽', '中央'],
      ['中央', 0, 'すぐ', 5],
      ['南小樽', 12, 0],
      ['朝里', 3],
    ]);
    expect(read.matrix).toBeNull();
    expect(read.problems).toEqual([
      { cell: 'D1', message: '地区「中央」が重複しています' },
      { cell: 'C2', message: '中央→南小樽: 移動時間は0〜300の整数（分）で入力してください' },
      { cell: 'A4', message: '地区「朝里」は1行目にありません' },
    ]);
    expect(travelMatrixFromGrid([['地区', '中央', '南小樽'], ['中央', 0, 10], ['南小樽', 12, 0]]).problems).toEqual([{ cell: 'B3', message: '南小樽→中央（12分）と中央→南小樽（10分）が一致しません' }]);
    expect(travelMatrixFromGrid([['地区', '中央', '南小樽'], ['中央', 0, 10]]).problems).toEqual([{ cell: 'A', message: 'A列に次の地区の行がありません: 南小樽' }]);
    expect(travelMatrixFromGrid([['地区'], ['中央', 0]]).problems).toEqual([{ cell: 'B1', message: '1行目のB列から右へ地区名を入力してください' }]);
    expect(travelMatrixFromGrid([['地区', '中央'], ['中央', 0], [null, 5]]).problems).toEqual([{ cell: 'A3', message: 'A列に地区名を入力してください' }]);
  });

  it('reads back every matrix it writes: the same districts and the same minutes for every pair', () => {
    const districtNames = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }).map((s) => `地区${s.replace(/\s/g, '_')}`), { minLength: 1, maxLength: 12, selector: (s) => s.normalize('NFKC').trim() });
    const matrices = districtNames.chain((districts) =>
      fc
        .array(fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }), { minLength: districts.length * districts.length, maxLength: districts.length * districts.length })
        .map((values) => {
          const minutes: Record<string, Record<string, number>> = {};
          districts.forEach((from, i) =>
            districts.forEach((to, j) => {
              const v = values[i * districts.length + j];
              if (j > i && v !== undefined) (minutes[from] ??= {})[to] = v;
            }),
          );
          return { districts: districts.map((d) => d.normalize('NFKC').trim()), minutes: Object.fromEntries(Object.entries(minutes).map(([k, row]) => [k.normalize('NFKC').trim(), Object.fromEntries(Object.entries(row).map(([t, v]) => [t.normalize('NFKC').trim(), v]))])) };
        }),
    );
    fc.assert(
      fc.property(matrices, (m) => {
        const read = travelMatrixFromGrid(travelSheetGrid(m));
        expect(read.problems).toEqual([]);
        expect(read.matrix?.districts).toEqual(m.districts);
        for (const from of m.districts) for (const to of m.districts) expect(travelMinutes(read.matrix!, from, to)).toEqual(travelMinutes(m, from, to));
      }),
    );
  });
});
