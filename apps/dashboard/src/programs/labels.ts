import { dailyReportReviewSchema } from '@outreach/domain/daily-reports';
import { applicationMethodSchema, eraStyleSchema, serviceKindSchema, targetMetricSchema } from '@outreach/domain/programs';

export { metricLabel, serviceKindLabel, targetKindsLabel, targetLabel, type Translate } from '../common/progress-text';

const P = 'resources.programs';

/** Choices whose names are translation keys (react-admin translates choice names). */
export const serviceKindChoices = serviceKindSchema.options.map((id) => ({ id, name: `${P}.serviceKinds.${id}` }));
export const metricChoices = targetMetricSchema.options.map((id) => ({ id, name: `${P}.metrics.${id}` }));
export const methodChoices = applicationMethodSchema.options.map((id) => ({ id, name: `${P}.methods.${id}` }));
export const eraStyleChoices = eraStyleSchema.options.map((id) => ({ id, name: `${P}.eraStyles.${id}` }));
export const reviewChoices = dailyReportReviewSchema.options.map((id) => ({ id, name: `${P}.reviews.${id}` }));
export const logicChoices = (['any', 'all'] as const).map((id) => ({ id, name: `${P}.logic.${id}` }));

/** Monday first, as Japanese offices read a week: 月 火 水 木 金 土 日. */
export function weekdayOrder(weekStartsOn = 1): number[] {
  return Array.from({ length: 7 }, (_, i) => (weekStartsOn + i) % 7);
}

export const weekdayChoices = weekdayOrder(1).map((id) => ({ id, name: `${P}.weekdaysLong.${id}` }));
