import { shareFileDownloadUntil, type ShareFileView, type SlipShareWeek } from '@outreach/domain/booking-shares';
import { addDays } from '@outreach/domain/common';
import { canDecide, downloadable, fileSteps, openWeeklyFile, weeksWithSlips } from './slipShares';

const file = (over: Partial<ShareFileView> = {}): ShareFileView => ({
  id: 'f1',
  programId: 'p',
  purpose: 'weekly',
  purposeLabel: '週次の受付票',
  weekStart: '2026-12-07',
  receptionNumbers: [3, 4],
  status: 'prepared',
  statusLabel: '承認待ち',
  preparedBy: 'staff',
  preparedByName: '受託 スタッフ',
  preparedAt: '2026-11-30T01:00:00.000Z',
  approvedBy: null,
  approvedByName: null,
  approvedAt: null,
  rejectedReason: null,
  downloads: 0,
  lastDownloadedAt: null,
  downloadUntil: null,
  ...over,
});

describe('slip share screen helpers', () => {
  const week = (weekStart: string, state: SlipShareWeek['state']): SlipShareWeek => ({ weekStart, weekEnd: weekStart, dueDate: weekStart, slips: 1, shared: 0, unshared: [], state });
  it('lists only the weeks that have slips', () => {
    expect(weeksWithSlips([week('2026-11-30', 'none'), week('2026-12-07', 'overdue'), week('2026-12-14', 'shared')]).map((w) => w.weekStart)).toEqual(['2026-12-07', '2026-12-14']);
  });

  it('puts the weeks still to share first, the next due first, then the shared weeks, the latest first', () => {
    const weeks = [week('2026-11-16', 'shared'), week('2026-11-23', 'shared'), week('2026-11-30', 'overdue'), week('2026-12-07', 'open'), week('2026-12-14', 'open'), week('2026-12-21', 'none')];
    expect(weeksWithSlips(weeks).map((w) => w.weekStart)).toEqual(['2026-11-30', '2026-12-07', '2026-12-14', '2026-11-23', '2026-11-16']);
  });

  it('finds the week’s file still on its way, not a returned or downloaded one', () => {
    expect(openWeeklyFile([file({ status: 'rejected' }), file({ id: 'f2', status: 'approved', downloads: 1 })], '2026-12-07')).toBeUndefined();
    expect(openWeeklyFile([file({ id: 'f3', status: 'approved' })], '2026-12-07')?.id).toBe('f3');
    expect(openWeeklyFile([file()], '2026-12-14')).toBeUndefined();
  });

  it('gives the steps in order with who and when', () => {
    expect(fileSteps(file()).map((s) => [s.kind, s.who])).toEqual([['prepared', '受託 スタッフ']]);
    const released = file({ status: 'approved', approvedBy: 'm', approvedByName: '受託 管理', approvedAt: '2026-12-01T00:00:00.000Z', downloads: 2, lastDownloadedAt: '2026-12-01T02:00:00.000Z' });
    expect(fileSteps(released).map((s) => [s.kind, s.who, s.at])).toEqual([
      ['prepared', '受託 スタッフ', '2026-11-30T01:00:00.000Z'],
      ['approved', '受託 管理', '2026-12-01T00:00:00.000Z'],
      ['downloaded', null, '2026-12-01T02:00:00.000Z'],
    ]);
    expect(fileSteps(file({ status: 'rejected', rejectedReason: '週が違う' }))[1]).toEqual({ kind: 'rejected', who: null, at: null, note: '週が違う' });
  });

  it('lets a second person decide, and downloads only within the period', () => {
    expect(canDecide(file(), 'manager', true)).toBe(true);
    expect(canDecide(file(), 'staff', true)).toBe(false);
    expect(canDecide(file(), 'manager', false)).toBe(false);
    expect(canDecide(file({ status: 'approved' }), 'manager', true)).toBe(false);
    // Approved on 12-01 (JST): downloadable for the domain's period after that day, not a day longer.
    const approvedDate = '2026-12-01';
    const until = shareFileDownloadUntil(approvedDate);
    const approved = file({ status: 'approved', approvedAt: '2026-12-01T01:00:00.000Z', downloadUntil: until });
    expect(downloadable(approved, until)).toBe(true);
    expect(downloadable(approved, addDays(until, 1))).toBe(false);
    expect(downloadable(file({ status: 'rejected', approvedAt: '2026-12-01T01:00:00.000Z' }), '2026-12-01')).toBe(false);
    expect(downloadable(file(), '2026-12-01')).toBe(false);
  });
});
