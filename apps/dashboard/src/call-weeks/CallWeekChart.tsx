import { useTheme } from '@mui/material';
import { CALL_CATEGORIES, type CallCategory } from '@outreach/domain';
import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { WeekChartRow } from './callWeek';
import { CATEGORY_STYLES, categoryFill } from './palette';

const PATTERN_ID = 'call-week-pattern';

/**
 * The stacked bars of the last weeks by category. Only renders: the rows come shaped (weekChartRows).
 * Loaded lazily with recharts, so the list's first paint does not wait for the chart library.
 */
export default function CallWeekChart({ rows, title }: { rows: WeekChartRow[]; title: string }) {
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
        <defs>
          {CALL_CATEGORIES.map((category) => {
            const { color, pattern, ink } = CATEGORY_STYLES[category];
            if (pattern === 'none') return null;
            return (
              <pattern key={category} id={`${PATTERN_ID}-${category}`} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform={pattern === 'diagonal' ? 'rotate(45)' : undefined}>
                <rect width={6} height={6} fill={color} />
                {pattern === 'diagonal' && <line x1={0} y1={0} x2={0} y2={6} stroke={ink} strokeWidth={2} />}
                {pattern === 'dots' && <circle cx={3} cy={3} r={1.2} fill={ink} />}
                {pattern === 'cross' && <path d="M0 0L6 6M6 0L0 6" stroke={ink} strokeWidth={0.8} />}
              </pattern>
            );
          })}
        </defs>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} angle={-30} textAnchor="end" height={48} />
        <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
        {/* Top of the stack first, as the bars read. */}
        <Tooltip itemSorter={(item) => -CALL_CATEGORIES.indexOf(item.dataKey as CallCategory)} />
        {/* In the categories' order (not sorted by name), in the text colour: a pale swatch's colour is no text colour. */}
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} formatter={(value: string) => <span style={{ color: theme.palette.text.primary }}>{value}</span>} />
        {CALL_CATEGORIES.map((category) => (
          <Bar
            key={category}
            dataKey={category}
            name={translate(`app.calls.categories.${category}`)}
            stackId="calls"
            fill={categoryFill(category, PATTERN_ID)}
            stroke={theme.palette.background.paper}
            strokeWidth={0.5}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
