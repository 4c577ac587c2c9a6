import { i18nProvider } from '../providers/i18nProvider';
import type { TargetProgressView } from '@outreach/domain/programs';
import {
  barPercent,
  barText,
  figuresText,
  formatCount,
  groupDisplayStatus,
  pacePercent,
  percentOfGoal,
  projectionSentence,
  targetDisplayStatus,
  type SentenceContext,
} from './progress-text';

const translate = i18nProvider.translate;
const context: SentenceContext = { asOf: '2026-10-01', periodStart: '2026-06-01', periodEnd: '2026-12-24', eraStyle: 'wareki' };

function progress(overrides: Partial<TargetProgressView> = {}): TargetProgressView {
  return {
    id: 't1',
    label: '個人宅 申請件数',
    measured: true,
    chart: [],
    target: { metric: 'applications', goal: 216, serviceKinds: ['home_visit'] },
    actual: 120,
    goal: 216,
    ratio: 120 / 216,
    met: false,
    expectedByAsOf: 130,
    paceRatio: 120 / 130,
    elapsedDays: 25,
    totalDays: 42,
    ratePerDay: 4.8,
    projectedAtEnd: 180,
    projectedGoalDate: '2027-01-20',
    status: 'at_risk',
    ...overrides,
  };
}

describe(projectionSentence.name, () => {
  it('says where the current pace ends and when the goal is reached, in the Japanese era', () => {
    expect(projectionSentence(translate, progress(), context)).toBe('現在のペースでは期間末に 180 件（目標 216 件）、目標到達は期間終了後の 令和9年1月20日 の見込み');
    expect(projectionSentence(translate, progress({ projectedAtEnd: 230.4, projectedGoalDate: '2026-12-10' }), context)).toBe(
      '現在のペースでは期間末に 230 件（目標 216 件）、目標到達は 令和8年12月10日 の見込み',
    );
  });

  it('uses the unit of the metric', () => {
    const facilities = progress({ target: { metric: 'facilities_visited', goal: 6, serviceKinds: ['facility_visit'] }, goal: 6, actual: 2, projectedAtEnd: 4, projectedGoalDate: null });
    expect(projectionSentence(translate, facilities, context)).toBe('現在のペースでは期間末に 4 施設（目標 6 施設）、目標到達の見込みは立っていません');
  });

  it('says when the goal was met', () => {
    expect(projectionSentence(translate, progress({ met: true, actual: 242, ratio: 242 / 216, projectedGoalDate: '2026-09-15', status: 'met' }), context)).toBe(
      '目標を達成しました（令和8年9月15日）',
    );
  });

  it('says that nothing is recorded for a target no feature measures yet', () => {
    expect(projectionSentence(translate, progress({ measured: false }), context)).toBe('集計対象の記録がまだありません');
  });

  it('before the period and after it', () => {
    expect(projectionSentence(translate, progress(), { ...context, asOf: '2026-05-20' })).toBe('期間開始前です（令和8年6月1日から）');
    expect(projectionSentence(translate, progress({ actual: 200 }), { ...context, asOf: '2027-01-05' })).toBe('期間末の実績は 200 件（目標 216 件）で、目標に届きませんでした');
  });

  it('prints Western years when the program does', () => {
    expect(projectionSentence(translate, progress(), { ...context, eraStyle: 'seireki' })).toContain('2027年1月20日');
  });
});

describe(percentOfGoal.name, () => {
  it('shows progress past the goal as such, and never 100% before it is met', () => {
    expect(percentOfGoal(242 / 216)).toBe(112);
    expect(percentOfGoal(0.996)).toBe(99);
    expect(percentOfGoal(1)).toBe(100);
    expect(percentOfGoal(0.29)).toBe(29);
  });
});

describe('bar and marker positions', () => {
  it('fills the bar up to 100 and places the pace marker at expected / goal', () => {
    expect(barPercent(1.12)).toBe(100);
    expect(barPercent(0.5)).toBe(50);
    expect(pacePercent({ expectedByAsOf: 108, goal: 216 })).toBe(50);
    expect(pacePercent({ expectedByAsOf: 300, goal: 216 })).toBe(100);
    expect(pacePercent({ expectedByAsOf: 0, goal: 0 })).toBe(0);
  });
});

describe('text equivalents', () => {
  it('gives the figures and the whole bar in words', () => {
    expect(figuresText(translate, progress({ actual: 242, ratio: 242 / 216 }))).toBe('実績 242 件 ／ 目標 216 件（112%）');
    expect(barText(translate, progress({ expectedByAsOf: 108 }))).toBe(
      '個人宅 申請件数：実績 120 件、目標 216 件の55%。現時点の目安は 108 件（目標の50%）',
    );
  });

  it('groups thousands', () => {
    expect(formatCount(12345.4)).toBe('12,345');
  });
});

describe('status chips', () => {
  it("shows 未集計 for an unmeasured target and for a group none of whose targets is measured", () => {
    expect(targetDisplayStatus({ measured: false, status: 'behind' })).toBe('unmeasured');
    expect(targetDisplayStatus({ measured: true, status: 'on_track' })).toBe('on_track');
    expect(groupDisplayStatus({ status: 'behind', targets: [progress({ measured: false }), progress({ measured: false })] })).toBe('unmeasured');
    expect(groupDisplayStatus({ status: 'at_risk', targets: [progress({ measured: false }), progress()] })).toBe('at_risk');
  });

  it('labels the statuses in Japanese', () => {
    expect(['met', 'on_track', 'at_risk', 'behind', 'unmeasured'].map((s) => translate(`resources.programs.statuses.${s}`))).toEqual(['達成', '順調', '要注意', '遅れ', '未集計']);
  });
});
