import { useTheme } from '@mui/material';
import { CALL_CATEGORIES, type CallCategory } from '@outreach/domain/calls';
import { useTranslate } from 'react-admin';
import { BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { WeekChartRow } from './callWeek';
import { PatternDefs, TOOLTIP_TEXT } from '../common/charts/svg';
import { CALL_CATEGORY_STYLES } from '../common/palette';
import { callCategoryBars } from '../common/charts/callBars';

const PATTERN_ID = 'call-week-pattern';

/**
 * The stacked bars of the last weeks by category. Only renders: the rows come shaped (weekChartRows).
 * Loaded lazily with recharts, so the list's first paint does not wait for the chart library.
 */
export function CallWeekChart({ rows, title }: { rows: WeekChartRow[]; title: string }) {
  const translate = useTranslate();
  const theme = useTheme();
  const newest = rows.at(-1);
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart
        data={rows}
        title={title}
        desc={newest ? translate('app.callWeeks.chart.desc', { week: newest.label, count: newest.total }) : undefined}
        margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
      >
        <PatternDefs prefix={PATTERN_ID} styles={CALL_CATEGORY_STYLES} />
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} angle={-30} textAnchor="end" height={48} />
        <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
        {/* Top of the stack first, as the bars read. */}
        <Tooltip {...TOOLTIP_TEXT} itemSorter={(item) => -CALL_CATEGORIES.indexOf(item.dataKey as CallCategory)} />
        {/* In the categories' order (not sorted by name), in the text colour: a pale swatch's colour is no text colour. */}
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} formatter={(value: string) => <span style={{ color: theme.palette.text.primary }}>{value}</span>} />
        {callCategoryBars(PATTERN_ID, (category) => translate(`app.calls.categories.${category}`), theme.palette.background.paper)}
      </BarChart>
    </ResponsiveContainer>
  );
}
