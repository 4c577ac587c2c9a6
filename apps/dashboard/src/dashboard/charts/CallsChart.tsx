import { Box, Paper, Typography, useTheme } from '@mui/material';
import { CALL_CATEGORIES } from '@outreach/domain/calls';
import { useTranslate } from 'react-admin';
import { BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps, type XAxisTickContentProps } from 'recharts';
import { CALL_CATEGORY_STYLES } from '../../common/palette';
import { countTicks, formatNumber, type CallBarRow } from '../shape';
import { BAR_MARGIN, ScrollingBars } from './ScrollingBars';
import { PatternDefs, SwatchLegend } from '../../common/charts/svg';
import { callCategoryBars } from '../../common/charts/callBars';

const PREFIX = 'dash-calls';
/** Room per week, so that the status under each bar stays readable however long the period. */
const WEEK_WIDTH = 52;
const X_AXIS_HEIGHT = 36;

/**
 * Calls per week stacked by category; the hover adds the outcomes; under each bar the week's report status.
 * Only renders: the rows come shaped (callBarRows).
 */
export function CallsChart({ rows, title, height }: { rows: CallBarRow[]; title: string; height: number }) {
  const translate = useTranslate();
  const theme = useTheme();
  const ticks = countTicks(Math.max(0, ...rows.map((r) => r.total)));
  const statusLabel = (row: CallBarRow | undefined) =>
    !row ? '' : row.status === 'open' ? translate('app.dashboard.calls.open') : translate(`app.callWeeks.status.${row.status}`);

  const WeekTick = ({ x, y, payload, index }: XAxisTickContentProps) => {
    const row = rows[index] ?? rows.find((r) => r.shortLabel === payload.value);
    const pending = row?.status === 'pending' || row?.status === 'returned';
    return (
      <g transform={`translate(${Number(x)},${Number(y)})`}>
        <text y={10} textAnchor="middle" fontSize={11} fill={theme.palette.text.primary} fontWeight={row?.current ? 700 : 400}>
          {payload.value as string}
        </text>
        <text y={25} textAnchor="middle" fontSize={10} fill={pending ? theme.palette.error.dark : theme.palette.text.secondary} fontWeight={pending ? 700 : 400}>
          {statusLabel(row)}
        </text>
      </g>
    );
  };

  const WeekTooltip = ({ active, payload }: TooltipContentProps) => {
    const row = payload?.[0]?.payload as CallBarRow | undefined;
    if (!active || !row) return null;
    return (
      <Paper elevation={3} sx={{ p: 1, fontSize: 12, maxWidth: 280 }}>
        <Typography variant="subtitle2" component="p">
          {row.label}{' '}{translate('app.dashboard.calls.total')} {formatNumber(row.total)}
        </Typography>
        <Box component="table" sx={{ borderSpacing: '8px 0', mx: -1 }}>
          <tbody>
            {CALL_CATEGORIES.filter((c) => row[c] > 0).map((c) => (
              <tr key={c}>
                <td>{translate(`app.calls.categories.${c}`)}</td>
                <td style={{ textAlign: 'right' }}>{formatNumber(row[c])}</td>
              </tr>
            ))}
          </tbody>
        </Box>
        <Typography variant="caption" component="p" sx={{ mt: 0.5, fontWeight: 700 }}>
          {translate('app.dashboard.calls.outcomes')}
        </Typography>
        <Box component="table" sx={{ borderSpacing: '8px 0', mx: -1 }}>
          <tbody>
            {row.outcomes.map((o) => (
              <tr key={o.outcome}>
                <td>{o.outcome === 'notRecorded' ? translate('app.callWeeks.outcomeNotRecorded') : translate(`app.calls.outcomes.${o.outcome}`)}</td>
                <td style={{ textAlign: 'right' }}>{formatNumber(o.count)}</td>
              </tr>
            ))}
          </tbody>
        </Box>
        <Typography variant="caption" component="p" sx={{ mt: 0.5 }}>
          {translate('app.dashboard.calls.status')}: {statusLabel(row)}
        </Typography>
      </Paper>
    );
  };

  return (
    <>
      <ScrollingBars height={height} xAxisHeight={X_AXIS_HEIGHT} ticks={ticks} weeks={rows.length} weekWidth={WEEK_WIDTH}>
        <ResponsiveContainer width="100%" height={height}>
          <BarChart data={rows} title={title} margin={BAR_MARGIN}>
            <PatternDefs prefix={PREFIX} styles={CALL_CATEGORY_STYLES} />
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="shortLabel" tick={WeekTick} interval={0} height={X_AXIS_HEIGHT} tickLine={false} />
            <YAxis hide domain={[0, ticks[ticks.length - 1]]} ticks={ticks} />
            <Tooltip content={WeekTooltip} cursor={{ fill: theme.palette.action.hover }} />
            {callCategoryBars(PREFIX, (category) => translate(`app.calls.categories.${category}`), theme.palette.background.paper, { maxBarSize: 36 })}
          </BarChart>
        </ResponsiveContainer>
      </ScrollingBars>
      <SwatchLegend
        prefix={PREFIX}
        items={CALL_CATEGORIES.map((c) => ({ key: c, label: translate(`app.calls.categories.${c}`), style: CALL_CATEGORY_STYLES[c] }))}
      />
    </>
  );
}
