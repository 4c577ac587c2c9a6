import { defectInputSchema, inquiryInputSchema } from './follow-up.schema.js';
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
