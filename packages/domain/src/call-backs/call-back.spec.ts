import { CALL_BACK_OUTCOMES, callBackCallSchema, callBackCreateSchema, callBackDue, callBackDueProblem, callBackEndsWith } from './call-back.schema.js';

describe('call-backs', () => {
  const now = new Date('2026-12-05T01:00:00Z');

  it('takes a caller’s name, full phone, request and due time, with Japanese field messages', () => {
    const ok = callBackCreateSchema.safeParse({ callerName: '架空 花子', phone: '０９０－９９９９－０００１', wanted: '1月中旬の午前', dueAt: '2026-12-07T10:00:00+09:00' });
    expect(ok.success && ok.data).toMatchObject({ phone: '090-9999-0001', kind: 'home' });
    const bad = callBackCreateSchema.safeParse({ callerName: ' ', phone: '12', wanted: '', dueAt: 'あした' });
    expect(Object.fromEntries((bad.error?.issues ?? []).reverse().map((i) => [i.path.join('.'), i.message]))).toEqual({
      callerName: '電話の方の氏名を入力してください',
      phone: '電話番号は0から始まる数字とハイフンで入力してください',
      wanted: 'ご用件（希望の内容）を入力してください',
      dueAt: '日時はISO 8601形式（例: 2026-06-17T10:30:00+09:00）で入力してください',
    });
  });

  it('refuses a due time in the past and says when an open one is due', () => {
    expect(callBackDueProblem('2026-12-04T10:00:00+09:00', now)).toBe('折り返しの期限は現在より後の日時にしてください');
    expect(callBackDueProblem('2026-12-05T10:30:00+09:00', now)).toBeNull();
    expect(callBackDue({ status: 'open', dueAt: '2026-12-05T10:00:00+09:00' }, now)).toBe(true);
    expect(callBackDue({ status: 'open', dueAt: '2026-12-05T10:01:00+09:00' }, now)).toBe(false);
    expect(callBackDue({ status: 'done', dueAt: '2026-12-05T09:00:00+09:00' }, now)).toBe(false);
  });

  it('is done when a call back is answered, and stays open for another attempt when nobody answers', () => {
    expect(CALL_BACK_OUTCOMES).toEqual(['booked', 'answered', 'referred_to_city', 'no_answer']);
    expect(CALL_BACK_OUTCOMES.filter(callBackEndsWith)).toEqual(['booked', 'answered', 'referred_to_city']);
    expect(callBackEndsWith('no_answer')).toBe(false);
  });

  it('refuses 折り返し要 as the result of a call back, and personal data in its note', () => {
    const again = callBackCallSchema.safeParse({ outcome: 'callback_needed' });
    expect(again.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['outcome', '折り返しの結果を選んでください']]);
    expect(callBackCallSchema.safeParse({ outcome: 'answered', durationMinutes: 3, note: '予約の件、次回に' }).success).toBe(true);
    expect(callBackCallSchema.safeParse({ outcome: 'answered', note: '090-1234-5678 にかけ直し' }).success).toBe(false);
  });

  it('takes the incoming call it came from as a uuid', () => {
    const base = { callerName: '架空 花子', phone: '090-9999-0001', wanted: '予約', dueAt: '2026-12-07T10:00:00+09:00' };
    expect(callBackCreateSchema.safeParse({ ...base, sourceCallId: 'call-1' }).error?.issues[0]).toMatchObject({ path: ['sourceCallId'], message: '元の電話の記録が正しくありません' });
    expect(callBackCreateSchema.safeParse({ ...base, sourceCallId: '0b0f2a4e-8a52-4b0c-9d8e-3f6a1c2b7d10' }).success).toBe(true);
  });
});
