import { shapeDeletionLedger } from '../personal-data/deletion-ledger.js';
import { shapeDeletionCertificate } from './deletion-certificate.js';
import { shapeFacilityList } from './facility-list.js';
import { shapeHandlingRecordReport } from './handling-record-report.js';
import { a4PrintableWidthPoints, columnWidthPoints, fitWidthsToA4, illegibleSheets, impliedPrintScale, maxCharsAt, MIN_PRINT_SCALE } from './print-scale.js';
import { shapeReceptionList } from './reception-list.js';
import { shapeReceptionSlips } from './reception-slips.js';

describe(impliedPrintScale.name, () => {
  it('measures columns as 7 px per character plus 5 px padding, at 96 dpi', () => {
    expect(columnWidthPoints(10)).toBeCloseTo(56.25); // 75 px
    expect(a4PrintableWidthPoints('portrait')).toBeCloseTo(537.7, 1); // 210 mm − 2 × 0.4 in
    expect(a4PrintableWidthPoints('landscape')).toBeCloseTo(784.3, 1);
  });

  it('prints a narrow sheet at 100% and shrinks a wide one in proportion, more room in landscape', () => {
    expect(impliedPrintScale({ orientation: 'portrait', widths: [10, 20, 30] })).toBe(1);
    const wide = { widths: Array.from({ length: 18 }, () => 14) };
    const portrait = impliedPrintScale({ ...wide, orientation: 'portrait' });
    const landscape = impliedPrintScale({ ...wide, orientation: 'landscape' });
    expect(landscape / portrait).toBeCloseTo(784.3 / 537.7, 3);
    expect(impliedPrintScale({ ...wide, orientation: 'portrait', widths: wide.widths.map((w) => w * 2) })).toBeLessThan(portrait);
    expect(impliedPrintScale({ orientation: 'portrait', widths: [] })).toBe(1);
  });

  it('agrees with maxCharsAt at the limit', () => {
    for (const orientation of ['portrait', 'landscape'] as const) {
      const chars = maxCharsAt(orientation, 10);
      expect(impliedPrintScale({ orientation, widths: Array.from({ length: 10 }, () => chars / 10) })).toBeCloseTo(MIN_PRINT_SCALE, 6);
    }
  });

  it('narrows a too-wide sheet to just above 70%, never below the floors, and leaves a narrow one alone', () => {
    const wide = [6, 40, 40, 40, 20, 20, 60];
    const fitted = fitWidthsToA4(wide, 'landscape');
    expect(impliedPrintScale({ orientation: 'landscape', widths: wide })).toBeLessThan(MIN_PRINT_SCALE);
    expect(impliedPrintScale({ orientation: 'landscape', widths: fitted })).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
    fitted.forEach((w, i) => expect(w).toBeGreaterThanOrEqual(Math.min(wide[i], 7)));
    expect(fitted[0]).toBe(6);
    expect(fitWidthsToA4([10, 20], 'portrait')).toEqual([10, 20]);
  });

  it('names the sheets below 70%', () => {
    expect(illegibleSheets({ sheets: [{ name: 'ok', orientation: 'landscape', widths: [40, 40] }, { name: 'wide', orientation: 'portrait', widths: [60, 60, 60] }] })).toEqual(['wide: 56%']);
  });
});

describe('the list workbooks, printed on A4', () => {
  const context = { municipalityName: '小樽市', programTitle: '出張申請受付業務', vendorNames: ['受託者'], eraStyle: 'wareki' as const, createdOn: '2026-09-01' };
  // Column widths do not depend on the rows, so empty lists show each sheet's width. The daily, weekly,
  // monthly, completion and 事業別集計 workbooks are checked in reports.spec.ts.
  it.each([
    ['reception list', () => shapeReceptionList({ context, asOf: '2026-09-01', rows: [] })],
    ['reception slips', () => shapeReceptionSlips({ context, title: '受付票', period: { label: '訪問日', value: '令和8年9月1日' }, home: [], facilities: [] })],
    ['facility list', () => shapeFacilityList({ context, asOf: '2026-09-01', rows: [] })],
    ['deletion certificate', () => shapeDeletionCertificate({ context, periodStart: '2026-06-01', periodEnd: '2026-12-24', closedAt: null, rows: [], remaining: 0 })],
    ['deletion ledger', () => shapeDeletionLedger({ context, asOf: '2026-12-04', rows: [] })],
    ['handling records', () => shapeHandlingRecordReport({ holder: { label: '担当課', name: '小樽市' }, from: null, to: '2026-10-31', createdOn: '2026-11-01', eraStyle: 'wareki', rows: [] })],
  ])('%s prints every sheet at 70% or more', (_, shape) => {
    expect(illegibleSheets(shape())).toEqual([]);
  });
});
