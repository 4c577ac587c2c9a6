import { formatJapaneseDate, type DateKey, type EraStyle } from '@outreach/domain';
import { metricUnit, targetLabel, type DisplayStatus, type Translate } from './labels';
import type { GroupProgressView, TargetProgressView } from './program';

/**
 * The words and numbers of the progress panel, from GET /api/programs/:id/progress: the bar only draws
 * barPercent and pacePercent, everything a reader needs is also said in text.
 */

const P = 'resources.programs.progress';

/** Whole percent of the goal, rounded down so that 100% means met: 1.126 → 112. */
export function percentOfGoal(ratio: number): number {
  return Math.floor(ratio * 100 + 1e-9);
}

/** The bar's fill, 0–100 (a bar past its goal is full; the text says by how much). */
export function barPercent(ratio: number): number {
  return Math.max(0, Math.min(100, ratio * 100));
}

/** Where the pace marker sits on the bar, 0–100: expectedByAsOf / goal. */
export function pacePercent(progress: Pick<TargetProgressView, 'expectedByAsOf' | 'goal'>): number {
  if (progress.goal <= 0) return 0;
  return Math.max(0, Math.min(100, (progress.expectedByAsOf / progress.goal) * 100));
}

/** Counts as people read them: 1,234. */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('ja-JP');
}

/** A target's chip: its status, or 'unmeasured' while nothing records its metric. */
export function targetDisplayStatus(target: Pick<TargetProgressView, 'measured' | 'status'>): DisplayStatus {
  return target.measured ? target.status : 'unmeasured';
}

/** A group's chip: 'unmeasured' when none of its targets can be measured yet, else the API's status. */
export function groupDisplayStatus(group: Pick<GroupProgressView, 'status' | 'targets'>): DisplayStatus {
  return group.targets.length > 0 && group.targets.every((t) => !t.measured) ? 'unmeasured' : group.status;
}

export interface SentenceContext {
  asOf: DateKey;
  periodStart: DateKey;
  periodEnd: DateKey;
  eraStyle?: EraStyle;
}

/**
 * The projection in words: 「現在のペースでは期間末に 180 件（目標 216 件）、目標到達は 令和9年1月20日 の見込み」,
 * or that the goal is met, that the period has not begun or is over, or that nothing is recorded yet.
 */
export function projectionSentence(translate: Translate, target: TargetProgressView, context: SentenceContext): string {
  const date = (key: DateKey) => formatJapaneseDate(key, context.eraStyle ?? 'wareki');
  const unit = metricUnit(translate, target.target.metric);
  const numbers = { unit, goal: formatCount(target.goal), actual: formatCount(target.actual), projected: formatCount(target.projectedAtEnd) };
  if (!target.measured) return translate(`${P}.notMeasured`);
  if (target.met) return target.projectedGoalDate ? translate(`${P}.met`, { date: date(target.projectedGoalDate) }) : translate(`${P}.metNoDate`);
  if (context.asOf < context.periodStart) return translate(`${P}.beforeStart`, { date: date(context.periodStart) });
  if (context.asOf > context.periodEnd) return translate(`${P}.ended`, numbers);
  if (!target.projectedGoalDate) return translate(`${P}.projectionNever`, numbers);
  const key = target.projectedGoalDate > context.periodEnd ? 'projectionAfterEnd' : 'projection';
  return translate(`${P}.${key}`, { ...numbers, date: date(target.projectedGoalDate) });
}

/** 「実績 20 件 ／ 目標 144 件（13%）」 */
export function figuresText(translate: Translate, target: TargetProgressView): string {
  return translate(`${P}.figures`, {
    actual: formatCount(target.actual),
    goal: formatCount(target.goal),
    unit: metricUnit(translate, target.target.metric),
    percent: percentOfGoal(target.ratio),
  });
}

/** 「目安 30 件」: where an even pace would be today. */
export function paceText(translate: Translate, target: TargetProgressView): string {
  return translate(`${P}.pace`, { expected: formatCount(target.expectedByAsOf), unit: metricUnit(translate, target.target.metric) });
}

/** The bar's text equivalent (aria-valuetext): label, actual against goal, and the pace marker. */
export function barText(translate: Translate, target: TargetProgressView): string {
  return translate(`${P}.barText`, {
    label: targetLabel(translate, { label: target.label, metric: target.target.metric, serviceKind: target.target.serviceKind }),
    actual: formatCount(target.actual),
    goal: formatCount(target.goal),
    unit: metricUnit(translate, target.target.metric),
    percent: percentOfGoal(target.ratio),
    expected: formatCount(target.expectedByAsOf),
    pacePercent: Math.round(pacePercent(target)),
  });
}
