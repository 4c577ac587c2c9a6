import { useTheme } from '@mui/material';
import type { ServiceKind } from '@outreach/domain/programs';
import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { type SeriesStyle, seriesFill } from '../../common/palette';
import { KIND_STYLES } from '../palette';
import { countTicks, formatNumber, type SessionSeriesKey, type SessionWeekRow } from '../shape';
import { BAR_MARGIN, ScrollingBars } from './ScrollingBars';
import { PatternDefs, SwatchLegend, TOOLTIP_TEXT } from '../../common/charts/svg';

const PREFIX = 'dash-sessions';
const WEEK_WIDTH = 40;
const X_AXIS_HEIGHT = 30;

/** Applications are drawn in their kind's colour, hatched, beside the kind's sessions. */
function seriesStyles(kinds: readonly ServiceKind[]): Record<SessionSeriesKey, SeriesStyle> {
  const styles = {} as Record<SessionSeriesKey, SeriesStyle>;
  for (const k of kinds) {
    styles[`sessions_${k}`] = KIND_STYLES[k];
    styles[`applications_${k}`] = { ...KIND_STYLES[k], pattern: 'diagonal' };
  }
  return styles;
}

/**
 * Per week, sessions (left bar) and applications (right bar, hatched), each stacked by service kind. Only
 * renders: the rows come shaped (sessionWeekRows), the kinds are those the program ran (kindsInUse).
 */
export function SessionsChart({ rows, kinds, title, height }: { rows: SessionWeekRow[]; kinds: ServiceKind[]; title: string; height: number }) {
  const translate = useTranslate();
  const theme = useTheme();
  const styles = seriesStyles(kinds);
  const ticks = countTicks(Math.max(0, ...rows.map((r) => Math.max(r.sessionsTotal, r.applicationsTotal))));
  const series = (['sessions', 'applications'] as const).flatMap((measure) =>
    kinds.map((kind) => ({
      key: `${measure}_${kind}` as SessionSeriesKey,
      measure,
      label: translate(`app.dashboard.sessions.${measure}`, { kind: translate(`resources.programs.serviceKinds.${kind}`) }),
    })),
  );
  return (
    <>
      <ScrollingBars height={height} xAxisHeight={X_AXIS_HEIGHT} ticks={ticks} weeks={rows.length} weekWidth={WEEK_WIDTH}>
        <ResponsiveContainer width="100%" height={height}>
          <BarChart data={rows} title={title} margin={BAR_MARGIN} barGap={1}>
            <PatternDefs prefix={PREFIX} styles={styles} />
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="shortLabel" tick={{ fontSize: 11 }} interval="preserveStartEnd" minTickGap={8} height={X_AXIS_HEIGHT} />
            <YAxis hide domain={[0, ticks[ticks.length - 1]]} ticks={ticks} />
            <Tooltip {...TOOLTIP_TEXT}
              labelFormatter={(_label, payload) => (payload?.[0]?.payload as SessionWeekRow | undefined)?.label ?? ''}
              formatter={(value) => (typeof value === 'number' ? formatNumber(value) : String(value ?? ''))}
              cursor={{ fill: theme.palette.action.hover }}
            />
            {series.map(({ key, measure, label }) => (
              <Bar
                key={key}
                dataKey={key}
                name={label}
                stackId={measure}
                fill={seriesFill(PREFIX, key, styles[key])}
                stroke={theme.palette.background.paper}
                strokeWidth={0.5}
                maxBarSize={18}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </ScrollingBars>
      <SwatchLegend prefix={PREFIX} items={series.map(({ key, label }) => ({ key, label, style: styles[key] }))} />
    </>
  );
}
