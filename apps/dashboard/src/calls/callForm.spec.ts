import { bulkBody, bulkFieldErrors, bulkTotal, callInputOf, formatMinutes, validateBulk } from './callForm';

describe(bulkBody.name, () => {
  it('sends every category, empty counts as zero', () => {
    expect(bulkBody({ date: '2026-06-03', counts: { booking: 12, complaint: null, other: '' } })).toEqual({
      date: '2026-06-03',
      counts: [
        { category: 'booking', count: 12 },
        { category: 'change_cancel', count: 0 },
        { category: 'question_card_general', count: 0 },
        { category: 'question_program', count: 0 },
        { category: 'complaint', count: 0 },
        { category: 'other', count: 0 },
      ],
    });
  });

  it('totals the counts', () => {
    expect(bulkTotal({ date: '2026-06-03', counts: { booking: 12, question_program: 3 } })).toBe(15);
    expect(bulkTotal({})).toBe(0);
  });
});

describe(validateBulk.name, () => {
  it('accepts a day with counts', () => {
    expect(validateBulk({ date: '2026-06-03', counts: { booking: 2 } })).toEqual({});
  });

  it("puts the shared schema's messages on the date and on the category's input", () => {
    const errors = validateBulk({ date: '', counts: { booking: -1, complaint: 1.5 } });
    expect(Object.keys(errors).sort()).toEqual(['counts', 'date']);
    expect(errors.counts).toEqual({ booking: '件数は0以上で入力してください', complaint: '件数は整数で入力してください' });
  });
});

describe(bulkFieldErrors.name, () => {
  it("places the API's row errors on the category inputs", () => {
    expect(bulkFieldErrors({ 'counts.4.count': 'x', date: 'この日は個別の受電記録があります' })).toEqual({
      counts: { complaint: 'x' },
      date: 'この日は個別の受電記録があります',
    });
  });
});

describe(formatMinutes.name, () => {
  it('shows minutes, and nothing without a duration', () => {
    expect(formatMinutes(12)).toBe('12分');
    expect(formatMinutes(0)).toBe('0分');
    expect(formatMinutes(null)).toBe('');
  });
});

describe(callInputOf.name, () => {
  it('leaves out empty optional fields and what the API does not take', () => {
    expect(
      callInputOf({ id: 'c1', kind: 'single', receivedAt: '2026-06-17T00:30:00.000Z', direction: 'in', category: 'booking', outcome: 'booked', durationMinutes: null, note: '  ', late: false }),
    ).toEqual({ receivedAt: '2026-06-17T00:30:00.000Z', direction: 'in', category: 'booking', outcome: 'booked' });
    expect(callInputOf({ durationMinutes: 0, note: '折り返し希望' })).toEqual({ durationMinutes: 0, note: '折り返し希望' });
  });
});
