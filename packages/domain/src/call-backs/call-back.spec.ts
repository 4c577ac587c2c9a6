import { callBackCreateSchema, callBackDue, callBackDueProblem } from './call-back.schema.js';

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
});
