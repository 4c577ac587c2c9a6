import type { ReceptionListRow } from '@outreach/domain';
import { nextShareWeek, overdueWeeks, shareDeadline, unsharedInWeek } from './receptionList';

const row = (n: number, visitDate: string | null, shared: string | null = null): ReceptionListRow => ({
  receptionNumber: n,
  receivedDate: '2026-11-20',
  visitDate,
  plannedApplications: 1,
  sharedWithCityDate: shared,
  visitFinishedDate: null,
  personalDataDeletedDate: null,
});

describe('reception list helpers', () => {
  it('shares a week’s slips by Tuesday of the week before; the next due week is proposed', () => {
    expect(shareDeadline('2026-12-07')).toBe('2026-12-01');
    expect(nextShareWeek('2026-11-22')).toBe('2026-11-30'); // Sunday: the week of 11/30 is due on Tuesday 11/24
    expect(nextShareWeek('2026-11-24')).toBe('2026-11-30'); // due today
    expect(nextShareWeek('2026-11-25')).toBe('2026-12-07');
  });

  it('lists the unshared rows of a week', () => {
    const rows = [row(1, '2026-12-07'), row(2, '2026-12-13'), row(3, '2026-12-14'), row(4, '2026-12-08', '2026-12-01'), row(5, null)];
    expect(unsharedInWeek(rows, '2026-12-07').map((r) => r.receptionNumber)).toEqual([1, 2]);
  });

  it('finds weeks whose deadline passed with slips not shared', () => {
    const rows = [row(1, '2026-12-08'), row(2, '2026-12-15'), row(3, '2026-12-09', '2026-12-01')];
    expect(overdueWeeks(rows, '2026-12-02')).toEqual(['2026-12-07']);
    expect(overdueWeeks(rows, '2026-12-01')).toEqual([]);
  });
});
