import { bookingRulesSchema, workingHoursSchema } from '../programs/program.schema.js';
import { dayAvailability } from './availability.js';

describe(dayAvailability.name, () => {
  const rules = bookingRulesSchema.parse({});
  const workingHours = workingHoursSchema.parse({});

  it('shows taken and free positions per half, pre-meetings and holidays', () => {
    const days = dayAvailability(
      {
        rules,
        workingHours,
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
    expect(tue.halves[0].positions.map((p) => [p.position, p.bookingId])).toEqual([
      ['AM1', 'b1'],
      ['AM2', null],
    ]);
    expect(tue.halves[0].free).toBe(1);
    expect(tue.halves[1].free).toBe(2);
    const thu = days[2];
    expect(thu.halves.map((h) => [h.half, h.preMeeting, h.free])).toEqual([
      ['am', false, 1],
      ['pm', true, 0],
    ]);
    expect(days.find((d) => d.date === '2026-09-21')).toMatchObject({ holiday: '敬老の日', visitKind: null, halves: [] });
    expect(days[4].closed).toBe('土日（稼働日外）');
  });

  it('adds the third afternoon slot when the program enables it', () => {
    const [day] = dayAvailability({ rules: { ...rules, pmThirdSlotEnabled: true }, workingHours, visitDays: [{ date: '2026-09-15', kind: 'home_visit' }], bookings: [], preMeetings: [] }, '2026-09-15', '2026-09-15');
    expect(day.halves[1].positions.map((p) => p.position)).toEqual(['PM1', 'PM2', 'PM3']);
  });
});
