import { bookingRulesSchema, workingHoursSchema } from '../programs/program.schema.js';
import { dayAvailability } from './availability.js';
import type { BookingContext } from './booking.schema.js';
import { findSlots } from './engine.js';

describe(dayAvailability.name, () => {
  const rules = bookingRulesSchema.parse({});
  const workingHours = workingHoursSchema.parse({});
  const base: BookingContext = { rules, workingHours, visitDays: [], bookings: [], preMeetings: [], travel: { districts: [], minutes: {} }, today: '2026-09-01' };

  it('shows taken and free positions per half, pre-meetings and holidays', () => {
    const days = dayAvailability(
      {
        ...base,
        visitDays: [
          { date: '2026-09-15', kind: 'home_visit' },
          { date: '2026-09-17', kind: 'facility_visit' },
        ],
        bookings: [{ id: 'b1', date: '2026-09-15', positions: ['AM1'], kind: 'home', district: '中央', plannedApplications: 1 }],
        preMeetings: [{ date: '2026-09-17', half: 'pm' }],
      },
      '2026-09-15',
      '2026-09-21',
    );
    expect(days).toHaveLength(7);
    const tue = days[0];
    expect(tue.visitKind).toBe('home_visit');
    expect(tue.halves[0].positions.map((p) => [p.position, p.bookingId, p.state])).toEqual([
      ['AM1', 'b1', 'taken'],
      ['AM2', null, 'bookable'],
    ]);
    expect(tue.halves[0].free).toBe(1);
    expect(tue.halves[1].free).toBe(2);
    // The afternoon is booked in visiting order: PM2 waits for PM1.
    expect(tue.halves[1].positions.map((p) => p.state)).toEqual(['bookable', 'later']);
    expect(tue.halves[1].positions[1].reason).toBe('訪問の順に予約します（この時間帯は次に14:00頃の枠）');
    const thu = days[2];
    expect(thu.halves.map((h) => [h.half, h.preMeeting, h.free])).toEqual([
      ['am', false, 1],
      ['pm', true, 0],
    ]);
    expect(thu.halves[1].positions[0]).toMatchObject({ state: 'blocked', reason: '事前打合せが入っています', overrides: [] });
    expect(days.find((d) => d.date === '2026-09-21')).toMatchObject({ holiday: '敬老の日', visitKind: null, halves: [] });
    expect(days[4].closed).toBe('土日（稼働日外）');
  });

  it('adds the third afternoon slot when the program enables it', () => {
    const [day] = dayAvailability({ ...base, rules: { ...rules, pmThirdSlotEnabled: true }, visitDays: [{ date: '2026-09-15', kind: 'home_visit' }] }, '2026-09-15', '2026-09-15');
    expect(day.halves[1].positions.map((p) => p.position)).toEqual(['PM1', 'PM2', 'PM3']);
  });

  it('says a free position inside the 14 days’ notice is blocked, and that a manager’s override of the lead time would lift it', () => {
    const ctx = { ...base, visitDays: [{ date: '2026-09-08', kind: 'home_visit' as const }] };
    const [day] = dayAvailability(ctx, '2026-09-08', '2026-09-08');
    expect(day.halves[0].positions[0]).toMatchObject({ state: 'blocked', reason: '受付から14日以上先の日付のみ予約できます', overrides: ['leadTime'] });
    // The grid and the finder agree: nothing bookable, and the finder has no offer either.
    expect(day.halves.flatMap((h) => h.positions).some((p) => p.state === 'bookable')).toBe(false);
    expect(findSlots({ ...ctx, request: { kind: 'home', plannedApplications: 1, district: null, wishes: {} } }).warnings).toContain('予約できる空き枠がありません');
  });

  it('judges a day for the caller’s request: a home request on a facility day, a day outside the visit period', () => {
    const ctx = { ...base, visitDays: [{ date: '2026-09-17', kind: 'facility_visit' as const }, { date: '2026-09-18', kind: 'home_visit' as const }], visits: { start: '2026-09-01', end: '2026-09-17' } };
    const [thu, fri] = dayAvailability(ctx, '2026-09-17', '2026-09-18', { kind: 'home', plannedApplications: 2, district: null });
    expect(thu.halves[0].positions[0]).toMatchObject({ state: 'blocked', reason: 'この日は施設訪問の実施日です' });
    expect(fri.halves[0].positions[0].state).toBe('blocked');
    expect(fri.halves[0].positions[0].reason).toMatch(/実施期間/);
  });

  it('every bookable position of the grid is one the finder offers, and the finder offers nothing the grid does not call bookable (property over calendars)', () => {
    const dates = ['2026-09-08', '2026-09-15', '2026-09-16', '2026-09-24', '2026-10-01'];
    for (let mask = 0; mask < 32; mask++) {
      const visitDays = dates.filter((_, i) => mask & (1 << i)).map((date, i) => ({ date, kind: i % 3 === 2 ? ('facility_visit' as const) : ('home_visit' as const) }));
      const ctx = { ...base, visitDays, bookings: mask & 1 ? [{ id: 'x', date: '2026-09-15', positions: ['PM1' as const], kind: 'home' as const, district: null, plannedApplications: 1 }] : [] };
      const request = { kind: 'home' as const, plannedApplications: 1, district: null };
      const grid = dayAvailability(ctx, '2026-09-07', '2026-10-02', request).flatMap((d) => d.halves.flatMap((h) => h.positions.filter((p) => p.state === 'bookable').map((p) => `${d.date}:${p.position}`)));
      const offers = findSlots({ ...ctx, request: { ...request, wishes: {} }, limit: 100 }).offers.map((o) => `${o.date}:${o.position}`);
      expect(grid.sort()).toEqual(offers.sort());
    }
  });
});
