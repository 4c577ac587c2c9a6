import { defectInputOf, fromJstLocalInput, lastAttempt, nestErrors, toJstLocalInput, validateDefect } from './defectForm';

describe('contact times in Japan time', () => {
  it('shows an instant as a datetime-local value in JST and reads one back with the offset', () => {
    expect(toJstLocalInput('2026-06-17T01:00:00.000Z')).toBe('2026-06-17T10:00');
    expect(toJstLocalInput(null)).toBe('');
    expect(fromJstLocalInput('2026-06-17T10:00')).toBe('2026-06-17T10:00:00+09:00');
  });
});

describe(defectInputOf.name, () => {
  it('sends what the API takes, dropping nulls and empty attempts', () => {
    expect(
      defectInputOf({
        id: 'd1',
        programId: 'p',
        open: true,
        sessionId: null,
        receivedDate: '2026-06-20',
        category: 'photo',
        description: '背景が規格外',
        attempts: [{ at: '2026-06-21T10:00:00+09:00', method: 'phone', result: 'no_answer' }, null],
        resolvedDate: null,
      }),
    ).toEqual({
      receivedDate: '2026-06-20',
      category: 'photo',
      description: '背景が規格外',
      attempts: [{ at: '2026-06-21T10:00:00+09:00', method: 'phone', result: 'no_answer' }],
    });
  });
});

describe(validateDefect.name, () => {
  it("places an attempt's message beside its own input", () => {
    const errors = validateDefect({
      receivedDate: '2026-06-20',
      category: 'photo',
      description: '背景が規格外',
      attempts: [{ at: '2026-06-19T10:00:00+09:00', method: 'phone', result: 'no_answer' }],
      resolvedDate: '2026-06-18',
    });
    expect(errors).toEqual({
      resolvedDate: '解決日は不備の受付日以降にしてください',
      attempts: { 0: { at: '連絡日時は不備の受付日以降にしてください' } },
    });
  });

  it('passes a valid defect', () => {
    expect(validateDefect({ receivedDate: '2026-06-20', category: 'other', description: '記入漏れ', attempts: [] })).toEqual({});
  });
});

describe(nestErrors.name, () => {
  it('nests dotted paths, the first message of a path winning', () => {
    expect(nestErrors({ 'a.0.b': 'x', a: 'y', c: 'z' })).toEqual({ a: { 0: { b: 'x' } }, c: 'z' });
  });
});

describe(lastAttempt.name, () => {
  it('finds the latest contact', () => {
    expect(lastAttempt([{ at: '2026-06-21T01:00:00Z' }, { at: '2026-06-22T01:00:00Z' }, { at: '2026-06-20T01:00:00Z' }])?.at).toBe('2026-06-22T01:00:00Z');
    expect(lastAttempt([])).toBeUndefined();
    expect(lastAttempt(null)).toBeUndefined();
  });
});
