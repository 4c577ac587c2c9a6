import { SWEEP_LABEL_JA, type DeletionLedgerEntry } from '@outreach/domain/personal-data';
import { ledgerLine } from './ledger';

const row: DeletionLedgerEntry = {
  bookingId: 'b1',
  receptionNumber: 7,
  kind: 'home',
  visitDate: '2026-11-17',
  visitFinishedDate: '2026-11-17',
  sharedWithCityDate: null,
  deletedAt: '2026-11-18T01:05:00.000Z',
  deletedBy: null,
  deletedByName: null,
  rule: 'visited_shared',
  ruleLabel: '訪問完了・受付票の市への共有後',
};

describe(ledgerLine.name, () => {
  it('says each field in words: 和暦 dates, Japan time, the sweep or the person', () => {
    expect(ledgerLine(row)).toEqual({
      id: 'b1',
      receptionNumber: 7,
      kind: '個人宅訪問',
      visitDate: '令和8年11月17日',
      visitFinishedDate: '令和8年11月17日',
      sharedWithCityDate: '—',
      deletedAt: '2026/11/18 10:05',
      deletedBy: SWEEP_LABEL_JA,
      rule: '訪問完了・受付票の市への共有後',
    });
    expect(ledgerLine({ ...row, deletedBy: 'u1', deletedByName: '架空 管理者' }).deletedBy).toBe('架空 管理者');
  });
});
