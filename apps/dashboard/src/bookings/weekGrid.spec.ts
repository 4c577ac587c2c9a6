import type { DayAvailability } from '@outreach/domain/bookings';
import { mondayOf, takeable, weekGrid, weekdaysOf } from './weekGrid';

const homeDay = (date: string, taken: string[] = [], preMeeting: 'am' | 'pm' | null = null): DayAvailability => ({
  date,
  holiday: null,
  closed: null,
  visitKind: 'home_visit',
  halves: (['am', 'pm'] as const).map((half) => {
    const positions = (half === 'am' ? ['AM1', 'AM2'] : ['PM1', 'PM2']).map((p) => ({ position: p as 'AM1', label: p.endsWith('1') ? '10:00頃' : '10:30〜11:30', bookingId: taken.includes(p) ? 'b1' : null, state: taken.includes(p) ? ('taken' as const) : ('bookable' as const), reason: '', overrides: [] }));
    return { half, positions, preMeeting: preMeeting === half, free: preMeeting === half ? 0 : positions.filter((p) => !p.bookingId).length };
  }),
});

describe('week view grid', () => {
  it('starts on the Monday and shows Monday to Friday', () => {
    expect(mondayOf('2026-12-10')).toBe('2026-12-07');
    expect(mondayOf('2026-12-06')).toBe('2026-11-30'); // a Sunday belongs to the week before
    expect(weekdaysOf('2026-12-07')).toEqual(['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11']);
  });

  it('marks free, taken and selected positions, pre-meetings, closed days and days without visits', () => {
    const days: DayAvailability[] = [
      homeDay('2026-12-08', ['AM1'], 'pm'),
      { date: '2026-12-09', holiday: null, closed: null, visitKind: null, halves: [] },
      { date: '2026-12-10', holiday: '架空の祝日', closed: '架空の祝日', visitKind: null, halves: [] },
      homeDay('2026-12-11'),
    ];
    const grid = weekGrid(days, '2026-12-07', { date: '2026-12-11', positions: ['PM1'] });
    expect(grid.map((c) => c.label)).toEqual(['12月7日(月)', '12月8日(火)', '12月9日(水)', '12月10日(木)', '12月11日(金)']);
    expect(grid[0].cells.map((c) => c.state)).toEqual(['none', 'none']); // not returned by the API
    expect(grid[1].cells[0]).toMatchObject({ state: 'open', free: 1 });
    expect(grid[1].cells[0].positions.map((p) => p.taken)).toEqual([true, false]);
    expect(grid[1].cells[1].state).toBe('pre_meeting');
    expect(grid[2].cells[0].state).toBe('none');
    expect(grid[3]).toMatchObject({ holiday: '架空の祝日' });
    expect(grid[3].cells[1].state).toBe('closed');
    expect(grid[4].cells[1].positions.map((p) => p.selected)).toEqual([true, false]);
    expect(grid[4].cells[0].positions.some((p) => p.selected)).toBe(false);
    // A cell without positions still says why: never nothing.
    expect(grid[1].cells[1].reason).toBe('事前打合せが入っています');
    expect(grid[2].cells[0].reason).toMatch(/訪問実施日ではありません/);
    expect(grid[3].cells[0].reason).toBe('休業日です（架空の祝日）');
  });

  it('a position refused for the lead time only is takeable once the manager’s override of it is on', () => {
    const lead = { state: 'blocked' as const, overrides: ['leadTime' as const] };
    expect(takeable(lead)).toBe(false);
    expect(takeable(lead, { leadTime: true })).toBe(true);
    expect(takeable({ state: 'blocked', overrides: [] }, { leadTime: true })).toBe(false);
    expect(takeable({ state: 'later', overrides: [] })).toBe(false);
    expect(takeable({ state: 'bookable', overrides: [] })).toBe(true);
  });
});
