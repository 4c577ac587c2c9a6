import { applicationMethodSchema, eraStyleSchema, serviceKindSchema, targetMetricSchema, type ServiceKind, type TargetMetric } from '@outreach/domain';
import type { TargetStatus } from './program';

/** react-admin's translate, or any function of the same shape (tests pass a Polyglot's). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

const P = 'resources.programs';

/** Choices whose names are translation keys (react-admin translates choice names). */
export const serviceKindChoices = serviceKindSchema.options.map((id) => ({ id, name: `${P}.serviceKinds.${id}` }));
export const metricChoices = targetMetricSchema.options.map((id) => ({ id, name: `${P}.metrics.${id}` }));
export const methodChoices = applicationMethodSchema.options.map((id) => ({ id, name: `${P}.methods.${id}` }));
export const eraStyleChoices = eraStyleSchema.options.map((id) => ({ id, name: `${P}.eraStyles.${id}` }));
export const logicChoices = (['any', 'all'] as const).map((id) => ({ id, name: `${P}.logic.${id}` }));

/** Monday first, as Japanese offices read a week: 月 火 水 木 金 土 日. */
export function weekdayOrder(weekStartsOn = 1): number[] {
  return Array.from({ length: 7 }, (_, i) => (weekStartsOn + i) % 7);
}

export const weekdayChoices = weekdayOrder(1).map((id) => ({ id, name: `${P}.weekdaysLong.${id}` }));

export const serviceKindLabel = (translate: Translate, kind: ServiceKind) => translate(`${P}.serviceKinds.${kind}`);
export const metricLabel = (translate: Translate, metric: TargetMetric) => translate(`${P}.metrics.${metric}`);
export const metricUnit = (translate: Translate, metric: TargetMetric) => translate(`${P}.units.${metric}`);

/** A target's own label, or its service kind and metric: 「個人宅訪問 予約件数」. */
export function targetLabel(
  translate: Translate,
  target: { label?: string | null; metric: TargetMetric; serviceKind?: ServiceKind | null },
): string {
  if (target.label && target.label.trim() !== '') return target.label;
  const metric = metricLabel(translate, target.metric);
  return target.serviceKind ? `${serviceKindLabel(translate, target.serviceKind)} ${metric}` : metric;
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
