import { formatJstDateTime, groupByFour } from './format';

describe(formatJstDateTime.name, () => {
  it('shows an instant in Japan time', () => {
    expect(formatJstDateTime('2026-06-17T00:30:00.000Z')).toBe('2026/06/17 09:30');
  });

  it('moves to the next JST day after 15:00 UTC', () => {
    expect(formatJstDateTime('2026-12-31T15:00:00Z')).toBe('2027/01/01 00:00');
  });

  it('shows an unreadable value as it came', () => {
    expect(formatJstDateTime('not a date')).toBe('not a date');
  });
});

describe(groupByFour.name, () => {
  it('groups a TOTP secret by four characters', () => {
    expect(groupByFour('JBSWY3DPEHPK3PXPAB')).toBe('JBSW Y3DP EHPK 3PXP AB');
    expect(groupByFour('')).toBe('');
  });
});
