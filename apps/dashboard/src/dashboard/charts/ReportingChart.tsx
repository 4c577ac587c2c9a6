import { useTranslate } from 'react-admin';
import { CartesianGrid, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { RATE_LINE_STYLES } from '../palette';
import type { ReportingMonthRow } from '../shape';
import { LineLegend, styledLine, TOOLTIP_TEXT } from '../../common/charts/svg';

const SERIES = ['reportingRate', 'onTimeRate'] as const;

/** The daily-report rate and on-time rate per month, 0–100%; a month with nothing due is a gap. Only renders. */
export function ReportingChart({ rows, title, height }: { rows: ReportingMonthRow[]; title: string; height: number }) {
  const translate = useTranslate();
  const name = (key: (typeof SERIES)[number]) => translate(`app.dashboard.reporting.${key}`);
  return (
    <>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={rows} title={title} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} padding={{ left: 12, right: 12 }} />
          <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={{ fontSize: 11 }} tickFormatter={(v: number) => `${v}%`} width={40} />
          <Tooltip {...TOOLTIP_TEXT} formatter={(value) => (typeof value === 'number' ? `${Math.round(value)}%` : '—')} />
          {SERIES.map((key) => styledLine(key, RATE_LINE_STYLES[key], name(key)))}
        </LineChart>
      </ResponsiveContainer>
      <LineLegend items={SERIES.map((key) => ({ key, label: name(key), style: RATE_LINE_STYLES[key] }))} />
    </>
  );
}
