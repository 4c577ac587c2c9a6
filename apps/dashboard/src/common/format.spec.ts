import { fromJstLocalInput, groupByFour, timeRange, toJstLocalInput } from './format';

describe(groupByFour.name, () => {
  it('groups a TOTP secret by four characters', () => {
    expect(groupByFour('JBSWY3DPEHPK3PXPAB')).toBe('JBSW Y3DP EHPK 3PXP AB');
    expect(groupByFour('')).toBe('');
  });
});

describe(toJstLocalInput.name, () => {
  it('shows an instant in Japan time for a datetime-local input', () => {
    expect(toJstLocalInput('2026-06-17T00:30:00.000Z')).toBe('2026-06-17T09:30');
    expect(toJstLocalInput('2026-06-17T15:10:00Z')).toBe('2026-06-18T00:10');
  });

  it('keeps a value the input already gave, and empties anything else', () => {
    expect(toJstLocalInput('2026-06-17T09:30')).toBe('2026-06-17T09:30');
    expect(toJstLocalInput('')).toBe('');
    expect(toJstLocalInput(null)).toBe('');
    expect(toJstLocalInput('nonsense')).toBe('');
  });
});

describe(fromJstLocalInput.name, () => {
  it('reads the input as Japan time, with the offset the API requires', () => {
    expect(fromJstLocalInput('2026-06-17T09:30')).toBe('2026-06-17T09:30:00+09:00');
    expect(new Date(fromJstLocalInput('2026-06-18T00:10')).toISOString()).toBe('2026-06-17T15:10:00.000Z');
  });

  it('leaves anything else for the schema to refuse', () => {
    expect(fromJstLocalInput('17/06/2026')).toBe('17/06/2026');
  });
});

describe(timeRange.name, () => {
  it('writes the times that are known', () => {
    expect(timeRange('10:00', '11:30')).toBe('10:00〜11:30');
    expect(timeRange('10:00', null)).toBe('10:00〜');
    expect(timeRange(null, null)).toBe('');
  });
});
