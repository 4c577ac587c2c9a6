import { useTranslate } from 'react-admin';
import { CartesianGrid, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { TARGET_LINE_STYLES } from '../palette';
import { formatNumber, type TargetChartRow } from '../shape';
import { LineLegend, styledLine, TOOLTIP_TEXT } from '../../common/charts/svg';

const SERIES = ['actual', 'projection', 'pace', 'goal'] as const;

/**
 * A target's cumulative actual by date, the goal as a horizontal line, the even pace and the projection to the
 * period's end (dashed). Only renders: the rows come shaped (targetChartRows).
 */
export function TargetChart({ rows, title, height }: { rows: TargetChartRow[]; title: string; height: number }) {
  const translate = useTranslate();
  const name = (key: (typeof SERIES)[number]) => translate(`app.dashboard.progress.series.${key}`);
  return (
    <>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={rows} title={title} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" minTickGap={16} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} tickFormatter={(v: number) => formatNumber(v)} width={40} />
          <Tooltip {...TOOLTIP_TEXT} formatter={(value) => (typeof value === 'number' ? formatNumber(value) : String(value ?? ''))} />
          {SERIES.map((key) => styledLine(key, TARGET_LINE_STYLES[key], name(key), { activeDot: key === 'actual' || key === 'projection' ? { r: 4 } : false }))}
        </LineChart>
      </ResponsiveContainer>
      <LineLegend items={SERIES.map((key) => ({ key, label: name(key), style: TARGET_LINE_STYLES[key] }))} />
    </>
  );
}
