import { useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { seriesFill } from '../../common/palette';
import { PHOTO_STYLES, type PhotoSeries } from '../palette';
import { formatNumber, photoSeriesLabelKey, type PhotoMonthRow } from '../shape';
import { PatternDefs, SwatchLegend, TOOLTIP_TEXT } from '../../common/charts/svg';

const PREFIX = 'dash-photos';

/** Each series and the stack it belongs to: how the photo was obtained, retakes, exceptions by reason. */
const SERIES: Array<{ key: PhotoSeries; stack: 'method' | 'retakes' | 'exceptions' }> = [
  { key: 'onSite', stack: 'method' },
  { key: 'brought', stack: 'method' },
  { key: 'retakes', stack: 'retakes' },
  { key: 'medical', stack: 'exceptions' },
  { key: 'disability', stack: 'exceptions' },
  { key: 'bedridden', stack: 'exceptions' },
  { key: 'other', stack: 'exceptions' },
];

/** Face photos per month in three bars: on site vs brought, retakes, exceptions by reason. Only renders. */
export function PhotosChart({ rows, title, height }: { rows: PhotoMonthRow[]; title: string; height: number }) {
  const translate = useTranslate();
  const theme = useTheme();
  return (
    <>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={rows} title={title} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} barGap={2}>
          <PatternDefs prefix={PREFIX} styles={PHOTO_STYLES} />
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} tickFormatter={(v: number) => formatNumber(v)} width={40} />
          <Tooltip {...TOOLTIP_TEXT} formatter={(value) => (typeof value === 'number' ? formatNumber(value) : String(value ?? ''))} cursor={{ fill: theme.palette.action.hover }} />
          {SERIES.map(({ key, stack }) => (
            <Bar
              key={key}
              dataKey={key}
              name={translate(photoSeriesLabelKey(key))}
              stackId={stack}
              fill={seriesFill(PREFIX, key, PHOTO_STYLES[key])}
              stroke={theme.palette.background.paper}
              strokeWidth={0.5}
              maxBarSize={28}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <SwatchLegend prefix={PREFIX} items={SERIES.map(({ key }) => ({ key, label: translate(photoSeriesLabelKey(key)), style: PHOTO_STYLES[key] }))} />
    </>
  );
}
