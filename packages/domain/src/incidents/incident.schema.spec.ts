import { PERSONAL_DATA_MESSAGES } from '../common/fields.js';
import { incidentCreateSchema, incidentInputSchema, incidentTimeProblems, incidentTitle, resolvedAtAfter } from './incident.schema.js';

const base = {
  kind: 'loss',
  occurredAt: '2026-11-17T10:00:00+09:00',
  discoveredAt: '2026-11-18T09:30:00+09:00',
  residentsAffected: 2,
  summary: '訪問先から戻る途中で受付票2枚を紛失した可能性がある（受付番号12・13）',
};

describe('incident record', () => {
  it('takes what happened, when, how many and what was done; status defaults to the first report', () => {
    const parsed = incidentInputSchema.parse(base);
    expect(parsed.status).toBe('reported');
    expect(incidentCreateSchema.safeParse({ ...base, programId: 'nope' }).error?.issues[0].message).toBe('事業を選択してください');
  });

  it('refuses personal data in its texts, a discovery before the incident and a resolution without the action taken', () => {
    const issues = (over: object) => incidentInputSchema.safeParse({ ...base, ...over }).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues({ summary: '架空太郎さん（090-1234-5678）の受付票を紛失' })).toEqual([['summary', PERSONAL_DATA_MESSAGES.phone]]);
    expect(issues({ discoveredAt: '2026-11-16T10:00:00+09:00' })).toEqual([['discoveredAt', '発覚日時は発生日時以降にしてください']]);
    expect(issues({ status: 'resolved' })).toEqual([['actionsTaken', '対応完了にするには、行った対応を入力してください']]);
    expect(issues({ residentsAffected: -1 })).toEqual([['residentsAffected', '0以上で入力してください']]);
    expect(issues({ status: 'resolved', actionsTaken: '市に報告し、該当の2名に連絡して謝罪した' })).toBeUndefined();
  });

  it('refuses times in the future', () => {
    const now = new Date('2026-11-18T01:00:00Z'); // 10:00 JST
    expect(incidentTimeProblems(base, now)).toEqual({});
    expect(incidentTimeProblems({ ...base, discoveredAt: '2026-11-18T11:00:00+09:00' }, now)).toEqual({ discoveredAt: '発覚日時に未来の日時は入力できません' });
  });

  it('stamps the resolution when it becomes resolved, keeps it, and clears it when reopened', () => {
    const now = new Date('2026-11-20T01:00:00Z');
    expect(resolvedAtAfter(null, 'reported', now)).toBeNull();
    expect(resolvedAtAfter({ status: 'investigating', resolvedAt: null }, 'resolved', now)).toBe(now.toISOString());
    expect(resolvedAtAfter({ status: 'resolved', resolvedAt: '2026-11-19T00:00:00.000Z' }, 'resolved', now)).toBe('2026-11-19T00:00:00.000Z');
    expect(resolvedAtAfter({ status: 'resolved', resolvedAt: '2026-11-19T00:00:00.000Z' }, 'investigating', now)).toBeNull();
  });

  it('has a one-line title in words', () => {
    expect(incidentTitle({ discoveredAt: '2026-11-18T00:30:00.000Z', kind: 'leak', residentsAffected: 3 })).toBe('令和8年11月18日 09:30 発覚の漏えい（3人）');
  });
});
