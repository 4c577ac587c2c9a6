import type { SlipShareWeek } from '@outreach/domain/booking-shares';
import { shareWeekToShow } from './receptionList';

const week = (weekStart: string, dueDate: string): SlipShareWeek => ({ weekStart, weekEnd: weekStart, dueDate, slips: 0, shared: 0, unshared: [], state: 'none' });

describe(shareWeekToShow.name, () => {
  const weeks = [week('2026-11-30', '2026-11-24'), week('2026-12-07', '2026-12-04'), week('2026-12-14', '2026-12-11')];

  it('opens on the first week whose due date (the program’s) is today or later', () => {
    expect(shareWeekToShow(weeks, '2026-11-24')).toBe(0); // due today
    expect(shareWeekToShow(weeks, '2026-11-25')).toBe(1);
    expect(shareWeekToShow(weeks, '2026-12-05')).toBe(2);
  });

  it('stays on the last week after the last due date, and has nothing to show without weeks', () => {
    expect(shareWeekToShow(weeks, '2027-01-10')).toBe(2);
    expect(shareWeekToShow([], '2026-12-01')).toBeNull();
  });
});
