import { currentProgramOf, hasActivityOn } from './current-program.js';

// Otaru's call center and visits run June – December inside a longer contract; Shimonoseki's the whole contract.
const otaru = { id: 'otaru', periodStart: '2026-05-01', periodEnd: '2027-01-08', periods: { callCenter: { start: '2026-06-01', end: '2026-12-24' }, visits: { start: '2026-06-17', end: '2026-12-24' }, monthlyReportDay: null } };
const shimonoseki = { id: 'shimonoseki', periodStart: '2026-07-01', periodEnd: '2027-03-31' };
const old = { id: 'old', periodStart: '2025-04-01', periodEnd: '2026-03-31' };

describe(hasActivityOn.name, () => {
  it('is the call-center and visit periods, not the whole contract', () => {
    expect(hasActivityOn(otaru, '2026-06-01')).toBe(true);
    expect(hasActivityOn(otaru, '2026-12-24')).toBe(true);
    expect(hasActivityOn(otaru, '2026-05-20')).toBe(false);
    expect(hasActivityOn(otaru, '2027-01-05')).toBe(false);
    expect(hasActivityOn(shimonoseki, '2027-01-05')).toBe(true);
  });
});

describe(currentProgramOf.name, () => {
  it('keeps the program the user chose, whatever today is', () => {
    expect(currentProgramOf([old, otaru, shimonoseki], 'old', '2026-11-22')).toBe(old);
  });

  it('takes the only program the user sees, even on a day without activity', () => {
    expect(currentProgramOf([old], null, '2028-01-01')).toBe(old);
  });

  it('without a choice, takes the only program with activity today', () => {
    expect(currentProgramOf([old, otaru, shimonoseki], null, '2027-01-05')).toBe(shimonoseki);
    expect(currentProgramOf([old, otaru, shimonoseki], undefined, '2026-06-05')).toBe(otaru);
  });

  it('forgets a choice the user no longer sees and decides as if there were none', () => {
    expect(currentProgramOf([old, shimonoseki], 'otaru', '2027-01-05')).toBe(shimonoseki);
  });

  it('leaves the choice to the user when several programs (or none) have activity today', () => {
    expect(currentProgramOf([old, otaru, shimonoseki], null, '2026-11-22')).toBeUndefined();
    expect(currentProgramOf([old, otaru], null, '2028-01-01')).toBeUndefined();
    expect(currentProgramOf([], 'otaru', '2026-11-22')).toBeUndefined();
  });
});
