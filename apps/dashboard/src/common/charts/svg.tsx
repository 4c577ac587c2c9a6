import { useLayoutEffect, useRef, useState } from 'react';
import { Line, type LineProps } from 'recharts';
import { type LineStyle, type SeriesStyle, seriesFill } from '../palette';
import { wholeBandsWidth } from './bands';

/** SVG pieces the charts share: fill patterns for stacked bars and markers for lines (greyscale-safe). */

/** One <pattern> per patterned style, with ids `${prefix}-${key}`; put inside the chart's <defs>. */
export function PatternDefs({ prefix, styles }: { prefix: string; styles: Record<string, SeriesStyle> }) {
  return (
    <defs>
      {Object.entries(styles).map(([key, { color, pattern, ink }]) => {
        if (pattern === 'none') return null;
        return (
          <pattern key={key} id={`${prefix}-${key}`} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform={pattern === 'diagonal' ? 'rotate(45)' : undefined}>
            <rect width={6} height={6} fill={color} />
            {pattern === 'diagonal' && <line x1={0} y1={0} x2={0} y2={6} stroke={ink} strokeWidth={2} />}
            {pattern === 'dots' && <circle cx={3} cy={3} r={1.2} fill={ink} />}
            {pattern === 'cross' && <path d="M0 0L6 6M6 0L0 6" stroke={ink} strokeWidth={0.8} />}
          </pattern>
        );
      })}
    </defs>
  );
}

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  value?: unknown;
}

/**
 * A Line's `dot`: the style's marker at each point that has a value (a null point draws nothing), or none.
 * Markers differ in shape, so lines stay apart in greyscale.
 */
export function markerDot(style: LineStyle): false | ((props: DotProps) => React.ReactElement) {
  if (style.marker === 'none') return false;
  const MarkerDot = ({ cx, cy, index, value }: DotProps) => {
    const key = `dot-${index ?? 0}`;
    if (cx === undefined || cy === undefined || value === null || value === undefined) return <g key={key} />;
    const s = 3.5;
    switch (style.marker) {
      case 'square':
        return <rect key={key} x={cx - s + 0.5} y={cy - s + 0.5} width={2 * s - 1} height={2 * s - 1} fill={style.color} />;
      case 'triangle':
        return <path key={key} d={`M${cx} ${cy - s - 0.5}L${cx + s} ${cy + s - 0.5}L${cx - s} ${cy + s - 0.5}Z`} fill="#ffffff" stroke={style.color} strokeWidth={1.5} />;
      default:
        return <circle key={key} cx={cx} cy={cy} r={s - 0.5} fill={style.color} />;
    }
  };
  return MarkerDot;
}

/** A marker drawn at (x, y) in a legend's icon. */
function LegendMarker({ style, x, y }: { style: LineStyle; x: number; y: number }) {
  const s = 3.5;
  if (style.marker === 'square') return <rect x={x - s + 0.5} y={y - s + 0.5} width={2 * s - 1} height={2 * s - 1} fill={style.color} />;
  if (style.marker === 'triangle') return <path d={`M${x} ${y - s - 0.5}L${x + s} ${y + s - 0.5}L${x - s} ${y + s - 0.5}Z`} fill="#ffffff" stroke={style.color} strokeWidth={1.5} />;
  if (style.marker === 'circle') return <circle cx={x} cy={y} r={s - 0.5} fill={style.color} />;
  return null;
}

/** The legend of a line chart, with each line's dash and marker as drawn (recharts' own icons show only one). */
export function LineLegend({ items }: { items: Array<{ key: string; label: string; style: LineStyle }> }) {
  return (
    <ul style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'center', gap: '4px 16px', listStyle: 'none', margin: '4px 0 0', padding: 0, fontSize: 12 }}>
      {items.map(({ key, label, style }) => (
        <li key={key} style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
          <svg width={36} height={12} aria-hidden="true" focusable="false">
            <line x1={1} y1={6} x2={35} y2={6} stroke={style.color} strokeWidth={style.width} strokeDasharray={style.dash} />
            <LegendMarker style={style} x={18} y={6} />
          </svg>
          {label}
        </li>
      ))}
    </ul>
  );
}

/** The legend of a bar chart: each series' swatch with its pattern (defined in the chart's <defs> with `prefix`). */
export function SwatchLegend({ prefix, items }: { prefix: string; items: Array<{ key: string; label: string; style: SeriesStyle }> }) {
  return (
    <ul style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'center', gap: '4px 16px', listStyle: 'none', margin: '4px 0 0', padding: 0, fontSize: 12 }}>
      {items.map(({ key, label, style }) => (
        <li key={key} style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
          <svg width={14} height={14} aria-hidden="true" focusable="false">
            <rect x={0.5} y={0.5} width={13} height={13} fill={seriesFill(prefix, key, style)} stroke="#616161" strokeWidth={0.5} />
          </svg>
          {label}
        </li>
      ))}
    </ul>
  );
}

/**
 * A horizontally scrolling box for charts with one bar per week, kept scrolled to its end so that the latest
 * weeks are in view (a long period needs more room than the card has) — also after a resize, until the user
 * scrolls it themselves. The box shows whole weeks (wholeBandsWidth) and says that earlier ones are to the left.
 */
export function ScrollToLatest({ bands, bandWidth, margin, hint, children }: { bands: number; bandWidth: number; margin: number; hint: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const follow = useRef(true);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let byUser = false;
    const toEnd = () => {
      if (follow.current) el.scrollLeft = el.scrollWidth;
    };
    const fit = () => {
      setWidth(wholeBandsWidth(el.clientWidth, bands, bandWidth, margin));
      toEnd();
    };
    const userInput = () => (byUser = true);
    // A scroll the user did not make (the layout moved it: a resize, a print, a screenshot) goes back to the end.
    const onScroll = () => {
      if (byUser) follow.current = el.scrollLeft + el.clientWidth >= el.scrollWidth - 4;
      else toEnd();
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    const inputs = ['wheel', 'pointerdown', 'touchstart', 'keydown'] as const;
    inputs.forEach((type) => el.addEventListener(type, userInput, { passive: true }));
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      observer.disconnect();
      inputs.forEach((type) => el.removeEventListener(type, userInput));
      el.removeEventListener('scroll', onScroll);
    };
  }, [bands, bandWidth, margin]);
  // The new width lays out after the effect: scroll to the end again once it has.
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && width !== null && follow.current) el.scrollLeft = el.scrollWidth;
  }, [width]);
  return (
    <>
      <div ref={ref} style={{ overflowX: 'auto' }}>
        <div style={{ width: width ?? undefined, minWidth: width === null ? undefined : width }}>{children}</div>
      </div>
      {width !== null && (
        <p data-testid="chart-scroll-hint" style={{ margin: '2px 0 0', fontSize: 12, color: '#616161' }}>
          {hint}
        </p>
      )}
    </>
  );
}

/**
 * A series drawn in its line style (colour, width, dash, marker), straight, with gaps left open and no animation.
 * Called as a function, not rendered as a component, so the chart sees the <Line> itself.
 */
export function styledLine(key: string, style: LineStyle, name: string, extra: Partial<LineProps> = {}) {
  return (
    <Line
      key={key}
      type="linear"
      dataKey={key}
      name={name}
      stroke={style.color}
      strokeWidth={style.width}
      strokeDasharray={style.dash}
      dot={markerDot(style)}
      connectNulls={false}
      isAnimationActive={false}
      {...extra}
    />
  );
}

/**
 * recharts colours a tooltip's rows in their series' colour, which on white falls below 4.5:1 for the light fills
 * (苦情 #f7a8a8 at 1.9:1); the rows are written in the text colour instead (the legend and swatches carry the colour).
 */
export const TOOLTIP_TEXT = { itemStyle: { color: 'rgba(0, 0, 0, 0.87)' } } as const;
