import { applicationLine, defectInputOf, lastAttempt, validateDefect } from './defectForm';

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

describe(lastAttempt.name, () => {
  it('finds the latest contact', () => {
    expect(lastAttempt([{ at: '2026-06-21T01:00:00Z' }, { at: '2026-06-22T01:00:00Z' }, { at: '2026-06-20T01:00:00Z' }])?.at).toBe('2026-06-22T01:00:00Z');
    expect(lastAttempt([])).toBeUndefined();
    expect(lastAttempt(null)).toBeUndefined();
  });
});

describe('the defect’s application', () => {
  it('sends the linked application and who found it; an unlinked one is left out (the API clears it)', () => {
    const base = { receivedDate: '2026-06-20', category: 'photo', description: '背景', attempts: [] };
    expect(defectInputOf({ ...base, applicationId: 'a1', foundBy: 'jlis' })).toMatchObject({ applicationId: 'a1', foundBy: 'jlis' });
    expect(defectInputOf({ ...base, applicationId: null, foundBy: null })).not.toHaveProperty('applicationId');
  });

  it('shows a search result by name, kana and the last digits of its 申請書ID', () => {
    expect(applicationLine({ personal: { name: '見本 久作', kana: 'ミホン キュウサク', applicationFormId: '12345678901234567890123' } as never })).toBe('見本 久作（ミホン キュウサク）\u3000申請書ID …0123');
    expect(applicationLine({ personal: null })).toBe('—');
  });
});
