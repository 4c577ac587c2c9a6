import type { ReportContext } from '../reports/figures.js';
import { type ApplicationDeletionEntry, type DeletionLedgerEntry, deletedByLabel, DELETION_LEDGER_HEADERS, shapeDeletionLedger, SWEEP_LABEL_JA } from './deletion-ledger.js';

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
    expect(data[0]).toEqual(['予約（受付票）', 12, '個人宅訪問', '令和8年11月17日', '令和8年11月17日', '令和8年11月10日', '令和8年11月18日 10:05', SWEEP_LABEL_JA, '訪問完了・受付票の市への共有後']);
    expect(data[1].slice(0, 3)).toEqual(['予約（受付票）', 3, '福祉施設訪問']);
    expect(data[1].slice(5, 9)).toEqual(['', '令和8年11月18日 10:05', '架空 管理者', '施設訪問の完了後']);
    expect(sheet.rows.some((r) => r.style === 'note' && r.cells[0].value === '削除件数 2件')).toBe(true);
    expect(sheet.freezeRows).toBe(header.index);
    expect(sheet.orientation).toBe('landscape');
  });

  it('lists the register’s deletions with the bookings’, newest first, the kind of record (and its face photo) in the first column', () => {
    const application = (over: Partial<ApplicationDeletionEntry>): ApplicationDeletionEntry => ({
      applicationId: 'a1',
      date: '2026-08-20',
      applicationType: 'new',
      handedOverDate: '2026-08-21',
      facePhoto: true,
      deletedAt: '2026-11-20T00:00:00.000Z',
      deletedBy: null,
      deletedByName: null,
      rule: 'handed_over',
      ruleLabel: '市への引渡し後の削除（特記事項第10）',
      ...over,
    });
    const spec = shapeDeletionLedger({
      context,
      asOf: '2026-12-04',
      rows: [entry()],
      applications: [application({}), application({ applicationId: 'a2', facePhoto: false, handedOverDate: null, deletedAt: '2026-11-01T00:00:00.000Z', deletedBy: 'u1', deletedByName: '架空 管理者', rule: 'contract_closed', ruleLabel: '契約終了に伴う削除（特記事項第10）' })],
    });
    const data = spec.sheets[0].rows.filter((r) => r.style === 'data').map((r) => r.cells.map((c) => c.value));
    expect(data.map((d) => d[0])).toEqual(['申請記録・顔写真', '予約（受付票）', '申請記録']);
    expect(data[0]).toEqual(['申請記録・顔写真', null, '新規', '令和8年8月20日', '', '令和8年8月21日', '令和8年11月20日 09:00', SWEEP_LABEL_JA, '市への引渡し後の削除（特記事項第10）']);
    expect(data[2].slice(5, 9)).toEqual(['', '令和8年11月1日 09:00', '架空 管理者', '契約終了に伴う削除（特記事項第10）']);
    expect(spec.sheets[0].rows.some((r) => r.style === 'note' && r.cells[0].value === '削除件数 3件')).toBe(true);
  });

  it('says so when nothing was deleted yet', () => {
    const spec = shapeDeletionLedger({ context: { ...context, eraStyle: 'seireki' }, asOf: '2026-12-04', rows: [] });
    expect(spec.sheets[0].rows.some((r) => r.cells[0]?.value === '削除件数 0件')).toBe(true);
    expect(spec.sheets[0].rows.find((r) => r.style === 'meta' && r.cells[0].value === '現在')?.cells[1].value).toBe('2026年12月4日');
  });
});
