import type { ReportContext } from '../reports/figures.js';
import { type DeletionLedgerEntry, deletedByLabel, DELETION_LEDGER_HEADERS, shapeDeletionLedger, SWEEP_LABEL_JA } from './deletion-ledger.js';

const context: ReportContext = { municipalityName: '小樽市', programTitle: '出張申請受付業務', vendorNames: ['架空サービス株式会社'], eraStyle: 'wareki', createdOn: '2026-12-04' };

const entry = (over: Partial<DeletionLedgerEntry> = {}): DeletionLedgerEntry => ({
  bookingId: 'b1',
  receptionNumber: 12,
  kind: 'home',
  visitDate: '2026-11-17',
  visitFinishedDate: '2026-11-17',
  sharedWithCityDate: '2026-11-10',
  deletedAt: '2026-11-18T01:05:00.000Z',
  deletedBy: null,
  deletedByName: null,
  rule: 'visited_shared',
  ruleLabel: '訪問完了・受付票の市への共有後',
  ...over,
});

describe(deletedByLabel.name, () => {
  it('names the person, or the sweep when nobody deleted by hand', () => {
    expect(deletedByLabel(entry())).toBe(SWEEP_LABEL_JA);
    expect(deletedByLabel(entry({ deletedBy: 'u1', deletedByName: '架空 管理者' }))).toBe('架空 管理者');
    expect(deletedByLabel(entry({ deletedBy: 'u1', deletedByName: null }))).toBe('（登録のない利用者）');
  });
});

describe(shapeDeletionLedger.name, () => {
  it('lays out one row per deletion in words and 和暦, with the title, the program and the count', () => {
    const spec = shapeDeletionLedger({ context, asOf: '2026-12-04', rows: [entry(), entry({ receptionNumber: 3, kind: 'facility', deletedBy: 'u1', deletedByName: '架空 管理者', rule: 'facility_visited', ruleLabel: '施設訪問の完了後', sharedWithCityDate: null })] });
    const [sheet] = spec.sheets;
    const text = (i: number) => sheet.rows.find((r) => r.index === i)?.cells.map((c) => c.value);
    expect(text(1)).toEqual(['個人情報削除記録']);
    expect(sheet.rows.filter((r) => r.style === 'meta').map((r) => r.cells.map((c) => c.value))).toContainEqual(['現在', '令和8年12月4日']);
    const header = sheet.rows.find((r) => r.style === 'header')!;
    expect(header.cells.map((c) => c.value)).toEqual([...DELETION_LEDGER_HEADERS]);
    const data = sheet.rows.filter((r) => r.style === 'data').map((r) => r.cells.map((c) => c.value));
    expect(data[0]).toEqual([12, '個人宅訪問', '令和8年11月17日', '令和8年11月17日', '令和8年11月10日', '令和8年11月18日 10:05', SWEEP_LABEL_JA, '訪問完了・受付票の市への共有後']);
    expect(data[1].slice(0, 2)).toEqual([3, '福祉施設訪問']);
    expect(data[1].slice(4, 8)).toEqual(['', '令和8年11月18日 10:05', '架空 管理者', '施設訪問の完了後']);
    expect(sheet.rows.some((r) => r.style === 'note' && r.cells[0].value === '削除件数 2件')).toBe(true);
    expect(sheet.freezeRows).toBe(header.index);
    expect(sheet.orientation).toBe('landscape');
  });

  it('says so when nothing was deleted yet', () => {
    const spec = shapeDeletionLedger({ context: { ...context, eraStyle: 'seireki' }, asOf: '2026-12-04', rows: [] });
    expect(spec.sheets[0].rows.some((r) => r.cells[0]?.value === '削除件数 0件')).toBe(true);
    expect(spec.sheets[0].rows.find((r) => r.style === 'meta' && r.cells[0].value === '現在')?.cells[1].value).toBe('2026年12月4日');
  });
});
