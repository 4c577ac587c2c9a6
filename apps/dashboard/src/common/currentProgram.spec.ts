import { currentProgramKey, pickProgram } from './currentProgram';

const otaru = { id: 'otaru', periodStart: '2026-06-01', periodEnd: '2026-12-24' };
const shimonoseki = { id: 'shimonoseki', periodStart: '2026-07-01', periodEnd: '2027-03-31' };
const old = { id: 'old', periodStart: '2025-04-01', periodEnd: '2026-03-31' };

describe(pickProgram.name, () => {
  it('takes the only program the user sees', () => {
    expect(pickProgram([otaru], undefined, '2026-11-22')).toBe(otaru);
  });

  it('keeps the program the user picked', () => {
    expect(pickProgram([old, otaru, shimonoseki], 'shimonoseki', '2026-11-22')).toBe(shimonoseki);
  });

  it('forgets a picked program the user no longer sees, preferring one running today', () => {
    expect(pickProgram([old, shimonoseki], 'otaru', '2027-01-10')).toBe(shimonoseki);
  });

  it('falls back to the first listed when no period contains today, and to nothing without programs', () => {
    expect(pickProgram([old, otaru], undefined, '2028-01-01')).toBe(old);
    expect(pickProgram([], 'otaru', '2026-11-22')).toBeUndefined();
  });
});

describe(currentProgramKey.name, () => {
  it('is per user', () => {
    expect(currentProgramKey('u1')).not.toBe(currentProgramKey('u2'));
  });
});
