import { type DateKey, type EraStyle } from '@outreach/domain/common';
import type { ServiceKind, TargetMetric } from '@outreach/domain/programs';
import type { GroupProgressView, TargetProgressView, TargetStatus } from '@outreach/domain/programs';
import { formatOfficialDate } from './dates';

/** react-admin's translate, or any function of the same shape (tests pass a Polyglot's). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

const P = 'resources.programs';

export const serviceKindLabel = (translate: Translate, kind: ServiceKind) => translate(`${P}.serviceKinds.${kind}`);
export const metricLabel = (translate: Translate, metric: TargetMetric) => translate(`${P}.metrics.${metric}`);
export const metricUnit = (translate: Translate, metric: TargetMetric) => translate(`${P}.units.${metric}`);

/** The kinds a target counts, in words: 「福祉施設訪問・個人宅訪問」, or 「すべてのサービス種別」 for none. */
export function targetKindsLabel(translate: Translate, kinds: readonly ServiceKind[] | undefined): string {
  return kinds && kinds.length > 0 ? kinds.map((k) => serviceKindLabel(translate, k)).join(translate(`${P}.targets.kindSeparator`)) : translate(`${P}.targets.allKinds`);
}

/** A target's own label, or its service kinds and metric: 「個人宅訪問 予約件数」. */
export function targetLabel(
  translate: Translate,
  target: { label?: string | null; metric: TargetMetric; serviceKinds?: readonly ServiceKind[] },
): string {
  if (target.label && target.label.trim() !== '') return target.label;
  const metric = metricLabel(translate, target.metric);
  return target.serviceKinds && target.serviceKinds.length > 0 ? `${targetKindsLabel(translate, target.serviceKinds)} ${metric}` : metric;
}

/** What a status chip says and its colour; 'unmeasured' is ours: nothing records the target's metric yet. */
export type DisplayStatus = TargetStatus | 'unmeasured';

export const STATUS_COLORS: Record<DisplayStatus, 'success' | 'info' | 'warning' | 'error' | 'default'> = {
  met: 'success',
  on_track: 'info',
  at_risk: 'warning',
  behind: 'error',
  unmeasured: 'default',
};

export const statusLabel = (translate: Translate, status: DisplayStatus) => translate(`${P}.statuses.${status}`);

/**
 * The words and numbers of the progress panel, from GET /api/programs/:id/progress: the bar only draws
 * barPercent and pacePercent, everything a reader needs is also said in text.
 */

const PROGRESS = 'resources.programs.progress';

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
  const date = (key: DateKey) => formatOfficialDate(key, context.eraStyle ?? 'wareki');
  const unit = metricUnit(translate, target.target.metric);
  const numbers = { unit, goal: formatCount(target.goal), actual: formatCount(target.actual), projected: formatCount(target.projectedAtEnd) };
  if (!target.measured) return translate(`${PROGRESS}.notMeasured`);
  if (target.met) return target.projectedGoalDate ? translate(`${PROGRESS}.met`, { date: date(target.projectedGoalDate) }) : translate(`${PROGRESS}.metNoDate`);
  if (context.asOf < context.periodStart) return translate(`${PROGRESS}.beforeStart`, { date: date(context.periodStart) });
  if (context.asOf > context.periodEnd) return translate(`${PROGRESS}.ended`, numbers);
  if (!target.projectedGoalDate) return translate(`${PROGRESS}.projectionNever`, numbers);
  const key = target.projectedGoalDate > context.periodEnd ? 'projectionAfterEnd' : 'projection';
  return translate(`${PROGRESS}.${key}`, { ...numbers, date: date(target.projectedGoalDate) });
}

/** 「実績 20 件 ／ 目標 144 件（13%）」 */
export function figuresText(translate: Translate, target: TargetProgressView): string {
  return translate(`${PROGRESS}.figures`, {
    actual: formatCount(target.actual),
    goal: formatCount(target.goal),
    unit: metricUnit(translate, target.target.metric),
    percent: percentOfGoal(target.ratio),
  });
}

/** 「目安 30 件」: where an even pace would be today. */
export function paceText(translate: Translate, target: TargetProgressView): string {
  return translate(`${PROGRESS}.pace`, { expected: formatCount(target.expectedByAsOf), unit: metricUnit(translate, target.target.metric) });
}

/** The bar's text equivalent (aria-valuetext): label, actual against goal, and the pace marker. */
export function barText(translate: Translate, target: TargetProgressView): string {
  return translate(`${PROGRESS}.barText`, {
    label: targetLabel(translate, { label: target.label, metric: target.target.metric, serviceKinds: target.target.serviceKinds }),
    actual: formatCount(target.actual),
    goal: formatCount(target.goal),
    unit: metricUnit(translate, target.target.metric),
    percent: percentOfGoal(target.ratio),
    expected: formatCount(target.expectedByAsOf),
    pacePercent: Math.round(pacePercent(target)),
  });
}
