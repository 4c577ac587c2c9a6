import { workingHoursSchema } from '../programs/program.schema.js';
import { isOutsideHours } from './call-hours.js';
import { CALL_CATEGORY_LABELS_JA, CALL_OUTCOME_LABELS_JA, CALL_OUTCOMES, callBulkInputSchema, callCategorySchema, callInputSchema, callOutcomeProblem, callOutcomesOf } from './call.schema.js';

const workingHours = workingHoursSchema.parse({});

describe(isOutsideHours.name, () => {
  const at = (iso: string) => isOutsideHours(new Date(iso), workingHours);

  it('is false from openTime up to just before closeTime on a working day (JST)', () => {
    expect(at('2026-07-01T09:00:00+09:00')).toBe(false);
    expect(at('2026-07-01T16:59:59+09:00')).toBe(false);
  });

  it('is true before opening and from closing time on', () => {
    expect(at('2026-07-01T08:59:00+09:00')).toBe(true);
    expect(at('2026-07-01T17:00:00+09:00')).toBe(true);
  });

  it('reads the JST date, not the UTC one', () => {
    // 2026-07-05T23:30Z is Monday 7/6 08:30 JST: a working day, before opening.
    expect(at('2026-07-05T23:30:00Z')).toBe(true);
    // 2026-07-06T01:00Z is Monday 10:00 JST.
    expect(at('2026-07-06T01:00:00Z')).toBe(false);
  });

  it('is true all day on weekends, holidays and 12/29–1/3', () => {
    expect(at('2026-07-04T10:00:00+09:00')).toBe(true); // Saturday
    expect(at('2026-07-20T10:00:00+09:00')).toBe(true); // 海の日
    expect(at('2026-12-29T10:00:00+09:00')).toBe(true); // Tuesday, year-end closure
    expect(at('2027-01-04T10:00:00+09:00')).toBe(false);
  });
});

describe('callInputSchema', () => {
  const base = { receivedAt: '2026-07-01T10:15:00+09:00', category: 'booking', outcome: 'booked' };

  it('defaults the direction to an incoming call', () => {
    expect(callInputSchema.parse(base)).toEqual({ ...base, direction: 'in' });
  });

  it('refuses a note with a phone number or a date of birth, in Japanese', () => {
    for (const note of ['折り返し 090-1234-5678', '０１３４（３２）４１１１へ', '0134324111に連絡']) {
      const r = callInputSchema.safeParse({ ...base, note });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]).toMatchObject({ path: ['note'], message: expect.stringContaining('電話番号') });
    }
    for (const note of ['生年月日を確認', '昭和20年3月2日の方', 'S20.3.2', '1945/03/02', '1940年生まれ']) {
      const r = callInputSchema.safeParse({ ...base, note });
      expect(r.error?.issues[0]).toMatchObject({ path: ['note'], message: expect.stringContaining('生年月日') });
    }
  });

  it('accepts notes with program dates, times, amounts and slot names', () => {
    for (const note of ['7/15 PM2 14:30〜15:30で予約', '令和8年7月15日に訪問', '2026-07-15 AM1', '再交付手数料2,000円を案内', '1000000', '生まれつき目が不自由なため配慮']) {
      expect(callInputSchema.safeParse({ ...base, note }).success).toBe(true);
    }
  });

  it('checks the duration and the note length', () => {
    const r = callInputSchema.safeParse({ ...base, durationMinutes: 601, note: 'あ'.repeat(201) });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['durationMinutes', '通話時間は600分以内で入力してください'],
      ['note', '200文字以内で入力してください'],
    ]);
  });

  it('refuses an instant without a time or offset', () => {
    expect(callInputSchema.safeParse({ ...base, receivedAt: '2026-07-01' }).success).toBe(false);
  });
});

describe('callBulkInputSchema', () => {
  it('takes a paper day with and without outcomes', () => {
    const day = { date: '2026-07-01', counts: [{ category: 'booking', count: 3 }, { category: 'booking', outcome: 'booked', count: 2 }] };
    expect(callBulkInputSchema.parse(day)).toEqual(day);
  });

  it('refuses negative counts and a repeated category', () => {
    const r = callBulkInputSchema.safeParse({ date: '2026-07-01', counts: [{ category: 'other', count: -1 }, { category: 'booking', count: 2 }] });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['counts.0.count', '件数は0以上で入力してください']]);
    const dup = callBulkInputSchema.safeParse({ date: '2026-07-01', counts: [{ category: 'other', count: 1 }, { category: 'other', count: 2 }] });
    expect(dup.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['counts.1.category', '同じ区分の行が重複しています']]);
  });
});

describe('labels', () => {
  it('name every category and outcome in Japanese', () => {
    expect(callCategorySchema.options.map((c) => CALL_CATEGORY_LABELS_JA[c])).toEqual(['予約', '変更・キャンセル', 'カード全般の質問', '事業の質問', '苦情', 'その他']);
    expect(Object.values(CALL_OUTCOME_LABELS_JA)).toEqual(['予約成立', '回答済み', '折り返し要', '市へ案内', '応答なし']);
  });
});

describe(callOutcomesOf.name, () => {
  it('offers 予約成立 only where the call center books visits, the others in the same order', () => {
    expect(callOutcomesOf({ takesBookings: true })).toEqual(['booked', 'answered', 'callback_needed', 'referred_to_city', 'no_answer']);
    expect(callOutcomesOf(undefined)).toEqual(CALL_OUTCOMES);
    expect(callOutcomesOf({ takesBookings: false })).toEqual(['answered', 'callback_needed', 'referred_to_city', 'no_answer']);
  });

  it('refuses 予約成立 in a program that books no visits, and nothing else', () => {
    expect(callOutcomeProblem('booked', { takesBookings: false })).toBe('この事業では訪問の予約を受け付けていないため「予約成立」は選べません');
    expect(callOutcomeProblem('booked', { takesBookings: true })).toBeNull();
    for (const outcome of ['answered', 'callback_needed', 'referred_to_city', 'no_answer', undefined] as const) expect(callOutcomeProblem(outcome, { takesBookings: false })).toBeNull();
  });
});
