import { useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ReactNode } from 'react';
import { formatNumber } from '../shape';
import { ScrollToLatest } from '../../common/charts/svg';

/** The bars' chart uses this margin, `<YAxis hide domain={[0, ticks.at(-1)]} ticks={ticks} />` and an x axis of xAxisHeight. */
export const BAR_MARGIN = { top: 8, right: 8, bottom: 0, left: 0 };
const AXIS_WIDTH = 44;

/**
 * A bar chart with one bar group per week, too long for the card: the count axis stays in place on the left
 * while the bars scroll, starting at the latest week, whole weeks in view. The axis is drawn here, at the ticks the bars' hidden
 * y axis (and so its grid) uses.
 */
export function ScrollingBars({ height, xAxisHeight, ticks, weeks, weekWidth, children }: { height: number; xAxisHeight: number; ticks: number[]; weeks: number; weekWidth: number; children: ReactNode }) {
  const theme = useTheme();
  const translate = useTranslate();
  const top = ticks[ticks.length - 1] || 1;
  const plot = height - BAR_MARGIN.top - BAR_MARGIN.bottom - xAxisHeight;
  const y = (t: number) => BAR_MARGIN.top + (1 - t / top) * plot;
  const ink = theme.palette.text.secondary;
  return (
    <div style={{ display: 'flex', alignItems: 'flex-start' }}>
      <svg width={AXIS_WIDTH} height={height} aria-hidden="true" focusable="false" style={{ flex: 'none' }}>
        <line x1={AXIS_WIDTH - 0.5} x2={AXIS_WIDTH - 0.5} y1={y(top)} y2={y(0)} stroke="#666666" />
        {ticks.map((t) => (
          <g key={t}>
            <line x1={AXIS_WIDTH - 6} x2={AXIS_WIDTH} y1={y(t)} y2={y(t)} stroke="#666666" />
            <text x={AXIS_WIDTH - 9} y={y(t)} dy="0.35em" textAnchor="end" fontSize={11} fill={ink}>
              {formatNumber(t)}
            </text>
          </g>
        ))}
      </svg>
      <div style={{ flex: 1, minWidth: 0 }}>
        <ScrollToLatest bands={weeks} bandWidth={weekWidth} margin={BAR_MARGIN.left + BAR_MARGIN.right} hint={translate('app.dashboard.scrollHint')}>
          {children}
        </ScrollToLatest>
      </div>
    </div>
  );
}
