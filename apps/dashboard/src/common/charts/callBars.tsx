import { CALL_CATEGORIES, type CallCategory } from '@outreach/domain/calls';
import { Bar } from 'recharts';
import { CALL_CATEGORY_STYLES, seriesFill } from '../palette';

/**
 * One stacked bar per call category, in the categories' order, filled as CALL_CATEGORY_STYLES says (the patterns
 * under `prefix`, drawn by PatternDefs) and edged in `stroke`: the weekly call report's chart and the dashboard's.
 */
export function callCategoryBars(prefix: string, name: (category: CallCategory) => string, stroke: string, size?: { maxBarSize: number }) {
  return CALL_CATEGORIES.map((category) => (
    <Bar key={category} dataKey={category} name={name(category)} stackId="calls" fill={seriesFill(prefix, category, CALL_CATEGORY_STYLES[category])} stroke={stroke} strokeWidth={0.5} {...size} isAnimationActive={false} />
  ));
}
