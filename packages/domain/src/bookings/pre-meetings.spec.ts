import fc from 'fast-check';
import { halfDayBooked } from './pre-meetings.js';
import { isSlotPosition } from './slots.js';

describe(halfDayBooked.name, () => {
  const day = '2026-06-17';

  it('sees home and facility positions in their half', () => {
    expect(halfDayBooked([{ date: day, positions: ['AM2'] }], day, 'am')).toBe(true);
    expect(halfDayBooked([{ date: day, positions: ['AM2'] }], day, 'pm')).toBe(false);
    expect(halfDayBooked([{ date: day, positions: ['FPM'] }], day, 'pm')).toBe(true);
    expect(halfDayBooked([{ date: day, positions: ['FAM2'] }], day, 'am')).toBe(true);
    expect(halfDayBooked([{ date: day, positions: ['PM1', 'PM2'] }], day, 'am')).toBe(false);
  });

  it('looks at that day only, and ignores bookings without positions and values that are no position', () => {
    expect(halfDayBooked([{ date: '2026-06-18', positions: ['AM1'] }], day, 'am')).toBe(false);
    expect(halfDayBooked([{ date: day, positions: [] }], day, 'am')).toBe(false);
    expect(halfDayBooked([{ date: day, positions: ['AMX', 'PM'] }], day, 'am')).toBe(false);
    expect(halfDayBooked([], day, 'pm')).toBe(false);
  });

  it('puts every position in exactly one half, the one its name starts with (AM/FAM morning, PM/FPM afternoon)', () => {
    const position = fc.tuple(fc.constantFrom('AM', 'PM', 'FAM', 'FPM'), fc.integer({ min: 1, max: 9 })).map(([p, n]) => (p.startsWith('F') && n === 1 ? p : `${p}${n}`));
    fc.assert(
      fc.property(position, (p) => {
        expect(isSlotPosition(p)).toBe(true);
        const morning = p.startsWith('AM') || p.startsWith('FAM');
        expect(halfDayBooked([{ date: day, positions: [p] }], day, 'am')).toBe(morning);
        expect(halfDayBooked([{ date: day, positions: [p] }], day, 'pm')).toBe(!morning);
      }),
    );
  });
});
