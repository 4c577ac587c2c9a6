import { heldCountedUpTo } from './figures.js';

describe(heldCountedUpTo.name, () => {
  it('counts held sessions up to today while the period runs, and up to its end once it is over', () => {
    expect(heldCountedUpTo('2027-01-08', '2026-11-20')).toBe('2026-11-20');
    expect(heldCountedUpTo('2026-10-31', '2026-11-20')).toBe('2026-10-31');
    expect(heldCountedUpTo('2026-11-20', '2026-11-20')).toBe('2026-11-20');
  });
});
