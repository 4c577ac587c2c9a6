import fc from 'fast-check';
import { addDays } from '../common/dates.js';
import { defectFollowUpDue, defectInputSchema, defectState, inquiryInputSchema } from './follow-up.schema.js';
import { PERSONAL_DATA_MESSAGES, personalDataProblem } from '../common/fields.js';

const errorsOf = (r: { error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('defectInputSchema', () => {
  const defect = {
    receivedDate: '2026-07-10',
    category: 'photo',
    description: '背景に影があり再撮影が必要',
    attempts: [
      { at: '2026-07-10T10:00:00+09:00', method: 'phone', result: 'no_answer' },
      { at: '2026-07-13T14:00:00+09:00', method: 'visit', result: 'resolved' },
    ],
    resolvedDate: '2026-07-13',
  };

  it('takes a follow-up with its attempts', () => {
    expect(defectInputSchema.parse(defect)).toEqual(defect);
    expect(defectInputSchema.parse({ ...defect, attempts: undefined, resolvedDate: undefined }).attempts).toEqual([]);
  });

  it('refuses dates before the defect was received, and personal data in the description', () => {
    const r = defectInputSchema.safeParse({
      ...defect,
      description: '本人 0134-32-4111',
      attempts: [{ at: '2026-07-09T23:00:00+09:00', method: 'mail', result: 'reached' }],
      resolvedDate: '2026-07-09',
    });
    expect(errorsOf(r)).toEqual({
      description: PERSONAL_DATA_MESSAGES.phone,
      resolvedDate: '解決日は不備の受付日以降にしてください',
      'attempts.0.at': '連絡日時は不備の受付日以降にしてください',
    });
  });

  it('reports a malformed attempt time without failing the other checks', () => {
    const r = defectInputSchema.safeParse({ ...defect, attempts: [{ at: 'yesterday', method: 'phone', result: 'reached' }] });
    expect(Object.keys(errorsOf(r))).toEqual(['attempts.0.at']);
  });
});

describe('inquiryInputSchema', () => {
  const inquiry = { date: '2026-07-10', channel: 'phone', category: 'complaint', summary: '訪問時間が予定より遅れた' };

  it('defaults escalation to false and checks the closing date', () => {
    expect(inquiryInputSchema.parse(inquiry)).toEqual({ ...inquiry, escalatedToCity: false });
    expect(errorsOf(inquiryInputSchema.safeParse({ ...inquiry, summary: ' ', closedDate: '2026-07-09' }))).toEqual({
      summary: '内容を入力してください',
      closedDate: '完了日は受付日以降にしてください',
    });
  });
});

describe(personalDataProblem.name, () => {
  it('finds phone numbers of 10 or 11 digits only', () => {
    expect(personalDataProblem('0120-123-456')).toBeDefined();
    expect(personalDataProblem('03 1234 5678')).toBeDefined();
    expect(personalDataProblem('申請12345件')).toBeUndefined();
    expect(personalDataProblem('受付番号 0012345')).toBeUndefined();
  });

  it('finds dates of birth in old eras and 19xx, not program dates', () => {
    expect(personalDataProblem('平成元年5月1日')).toBeDefined();
    expect(personalDataProblem('H1.5.1')).toBeDefined();
    expect(personalDataProblem('1938年12月1日')).toBeDefined();
    expect(personalDataProblem('令和8年7月1日')).toBeUndefined();
    expect(personalDataProblem('2026/7/1')).toBeUndefined();
  });
});

describe(defectState.name, () => {
  const d = { receivedDate: '2026-07-10', resolvedDate: null };

  it('is open until its follow-up due date, overdue the day after, resolved from its resolved date', () => {
    expect(defectFollowUpDue('2026-07-10')).toBe('2026-07-24');
    expect(defectState(d, '2026-07-10')).toBe('open');
    expect(defectState(d, '2026-07-24')).toBe('open');
    expect(defectState(d, '2026-07-25')).toBe('overdue');
    expect(defectState({ ...d, resolvedDate: '2026-07-30' }, '2026-07-29')).toBe('overdue');
    expect(defectState({ ...d, resolvedDate: '2026-07-30' }, '2026-07-30')).toBe('resolved');
  });

  it('never calls a defect overdue before its follow-up period has passed (any received date, any period)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 90 }), (start, after, days) => {
        const received = addDays('2025-01-01', start);
        const state = defectState({ receivedDate: received, resolvedDate: null }, addDays(received, after), days);
        expect(state).toBe(after > days ? 'overdue' : 'open');
      }),
    );
  });
});

describe('defectInputSchema: the application and who found it', () => {
  it('takes an application id and who found it, and refuses an unknown finder', () => {
    const base = { receivedDate: '2026-07-10', category: 'photo', description: '背景に影' };
    const applicationId = '0b7f0f9e-8a3c-4a57-9d1e-2f6a1c2b3d4e';
    expect(defectInputSchema.parse({ ...base, applicationId, foundBy: 'jlis' })).toMatchObject({ applicationId, foundBy: 'jlis' });
    expect(errorsOf(defectInputSchema.safeParse({ ...base, applicationId: 'x', foundBy: 'police' }))).toEqual({
      applicationId: '申請記録のIDが正しくありません',
      foundBy: '不備を発見した者を選んでください',
    });
  });
});
