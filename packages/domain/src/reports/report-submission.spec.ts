import fc from 'fast-check';
import { attentionItems } from '../dashboard/dashboard.js';
import {
  compareFigures,
  decide,
  reportSchedule,
  type SubmittedVersion,
  reportSubmissionBodySchema,
  reportSubmissionReturnSchema,
  type SubmissionFigure,
  submissionIsOpen,
  submissionPeriod,
  submissionProblem,
  submissionTargetLabel,
  submissionTitle,
} from './report-submission.js';

const fig = (key: string, value: number | null, label = key): SubmissionFigure => ({ key, label, value });

describe('report submissions (月次報告書・委託業務完了報告書, issue 20 item 1)', () => {
  it('lets the city decide only a version that waits, and a new version follow only once it is decided', () => {
    expect(decide('submitted', 'accept')).toBe('accepted');
    expect(decide('submitted', 'return')).toBe('returned');
    for (const done of ['accepted', 'returned'] as const) {
      expect(decide(done, 'accept')).toBeNull();
      expect(decide(done, 'return')).toBeNull();
      expect(submissionIsOpen(done)).toBe(false);
      expect(submissionProblem({ status: done })).toBeNull();
    }
    expect(submissionProblem(null)).toBeNull();
    expect(submissionProblem({ status: 'submitted' })).toMatch(/受理を待っています/);
  });

  it('names the report and its period: a month, or the whole program', () => {
    expect(submissionPeriod({ kind: 'monthly', month: '2026-11' })).toBe('2026-11');
    expect(submissionPeriod({ kind: 'completion', month: '2026-11' })).toBe('program');
    expect(submissionTitle('monthly', '2026-11')).toBe('月次報告書（令和8年11月分）');
    expect(submissionTitle('completion', 'program')).toBe('委託業務完了報告書');
    expect(submissionTargetLabel('monthly', '2026-11', 2)).toBe('月次報告書（令和8年11月分） 第2版');
  });

  it('asks a monthly report for its month, a return for its reason, and refuses personal data in the remarks', () => {
    const noMonth = reportSubmissionBodySchema.safeParse({ kind: 'monthly' });
    expect(noMonth.success).toBe(false);
    expect(noMonth.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['month', '月次報告書の月を選んでください']]);
    expect(reportSubmissionBodySchema.parse({ kind: 'completion', remarks: ' 11月は雨天で1回中止 ' })).toEqual({ kind: 'completion', remarks: '11月は雨天で1回中止' });
    expect(reportSubmissionBodySchema.safeParse({ kind: 'monthly', month: '2026-13' }).success).toBe(false);
    expect(reportSubmissionBodySchema.safeParse({ kind: 'monthly', month: '2026-11', remarks: '連絡先 090-1234-5678' }).success).toBe(false);
    expect(reportSubmissionReturnSchema.safeParse({ reason: ' ' }).error?.issues[0].message).toBe('差し戻しの理由を入力してください');
  });

  it('puts two versions side by side and marks what changed, a figure on one side only included', () => {
    const rows = compareFigures([fig('sessions', 10), fig('calls', 40), fig('target:0:0:sessions', 5)], [fig('sessions', 11), fig('calls', 40), fig('photos', 3)]);
    expect(rows).toEqual([
      { key: 'sessions', label: 'sessions', previous: 10, current: 11, changed: true },
      { key: 'calls', label: 'calls', previous: 40, current: 40, changed: false },
      { key: 'photos', label: 'photos', previous: null, current: 3, changed: true },
      { key: 'target:0:0:sessions', label: 'target:0:0:sessions', previous: 5, current: null, changed: true },
    ]);
  });

  it('compares a version with itself as unchanged, and marks exactly the keys whose values differ', () => {
    const figures = fc.uniqueArray(fc.record({ key: fc.string({ minLength: 1, maxLength: 6 }), label: fc.string(), value: fc.option(fc.integer({ min: 0, max: 500 })) }), { selector: (f) => f.key, maxLength: 12 });
    fc.assert(
      fc.property(figures, figures, (a, b) => {
        expect(compareFigures(a, a).every((r) => !r.changed)).toBe(true);
        const rows = compareFigures(a, b);
        expect(new Set(rows.map((r) => r.key))).toEqual(new Set([...a, ...b].map((f) => f.key)));
        const before = new Map(a.map((f) => [f.key, f.value]));
        const after = new Map(b.map((f) => [f.key, f.value]));
        for (const r of rows) expect(r.changed).toBe(!before.has(r.key) || !after.has(r.key) || before.get(r.key) !== after.get(r.key));
      }),
    );
  });

  it('says where each report stands on a day: accepted, waiting, returned, overdue, due within a week, upcoming', () => {
    const deadlines = [
      { kind: 'monthly' as const, month: '2026-09', due: '2026-10-10' },
      { kind: 'monthly' as const, month: '2026-10', due: '2026-11-10' },
      { kind: 'monthly' as const, month: '2026-11', due: '2026-12-10' },
      { kind: 'monthly' as const, month: '2026-12', due: '2027-01-10' },
      { kind: 'completion' as const, month: null, due: '2027-03-31' },
    ];
    const v = (period: string, version: number, status: SubmittedVersion['status'], submittedDate: string): SubmittedVersion => ({ id: `${period}-${version}`, kind: 'monthly', period, version, status, submittedDate });
    const versions = [v('2026-09', 1, 'returned', '2026-10-09'), v('2026-09', 2, 'accepted', '2026-10-20'), v('2026-10', 1, 'returned', '2026-11-09')];
    const on = (today: string) => reportSchedule(deadlines, versions, today).map((r) => r.state);
    expect(on('2026-11-05')).toEqual(['accepted', 'returned', 'upcoming', 'upcoming', 'upcoming']);
    // The returned October report past its deadline is overdue; December's report is due within the week.
    expect(on('2026-12-04')).toEqual(['accepted', 'overdue', 'due', 'upcoming', 'upcoming']);
    const [september] = reportSchedule(deadlines, versions, '2026-12-04');
    expect(september).toMatchObject({ title: '月次報告書（令和8年9月分）', latest: { version: 2, status: 'accepted' }, firstSubmittedDate: '2026-10-09' });
    expect(reportSchedule(deadlines, [...versions, v('2026-10', 2, 'submitted', '2026-12-01')], '2026-12-04')[1].state).toBe('waiting');
    expect(reportSchedule(deadlines, [], '2027-04-01').map((r) => r.state)).toEqual(['overdue', 'overdue', 'overdue', 'overdue', 'overdue']);
  });

  it('puts due, overdue and returned reports on the vendor manager’s list, and waiting and overdue ones on the city admin’s', () => {
    const deadlines = [
      { kind: 'monthly' as const, month: '2026-09', due: '2026-10-10' },
      { kind: 'monthly' as const, month: '2026-10', due: '2026-11-10' },
      { kind: 'monthly' as const, month: '2026-11', due: '2026-12-10' },
      { kind: 'completion' as const, month: null, due: '2027-03-31' },
    ];
    const versions: SubmittedVersion[] = [
      { id: 's9', kind: 'monthly', period: '2026-09', version: 1, status: 'submitted', submittedDate: '2026-10-08' },
      { id: 's10', kind: 'monthly', period: '2026-10', version: 1, status: 'returned', submittedDate: '2026-11-09' },
    ];
    const schedule = reportSchedule(deadlines, versions, '2026-12-04');
    const base = { overdueDailyReports: [], overdueCallWeeks: [], returnedReports: [], openDefects: [], openComplaints: [] };
    const list = (audience: 'city' | 'vendor') => attentionItems({ ...base, periodReports: { schedule, audience } }).map((i) => [i.kind, i.label, i.date, i.resource, i.id]);
    expect(list('vendor')).toEqual([
      ['period_report_overdue', '月次報告書（令和8年10月分）（第1版）が差し戻されたまま期限（11/10）を過ぎています', '2026-11-10', 'report-submissions', 's10'],
      ['period_report_due', '月次報告書（令和8年11月分）の提出期限（12/10）が近づいています', '2026-12-10', 'report-submissions', ''],
    ]);
    expect(list('city')).toEqual([
      ['period_report_waiting', '10/8 提出の月次報告書（令和8年9月分）（第1版）が受理を待っています', '2026-10-08', 'report-submissions', 's9'],
      ['period_report_overdue', '月次報告書（令和8年10月分）が期限（11/10）を過ぎても提出されていません', '2026-11-10', 'report-submissions', ''],
    ]);
    const returnedInTime = reportSchedule(deadlines, versions, '2026-11-09');
    expect(attentionItems({ ...base, periodReports: { schedule: returnedInTime, audience: 'vendor' } }).map((i) => i.label)).toEqual(['月次報告書（令和8年10月分）（第1版）が差し戻されています（期限 11/10）']);
    // Each links to its own report: the month, or the completion report.
    expect(attentionItems({ ...base, periodReports: { schedule, audience: 'vendor' } }).map((i) => i.query)).toEqual(['report=2026-10', 'report=2026-11']);
    const closing = reportSchedule(deadlines, versions, '2027-03-30');
    expect(attentionItems({ ...base, periodReports: { schedule: closing, audience: 'vendor' } }).find((i) => i.label.startsWith('委託業務完了報告書'))?.query).toBe('report=program');
  });
});
