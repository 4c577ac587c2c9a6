/**
 * The inner width of a chart of `bands` equal columns (plus `margin` px of the chart's own side margins) in a
 * box `boxWidth` wide, at least `bandWidth` per column: when they do not all fit, the columns widen a little so
 * that the box holds a whole number of them — scrolled to the end, its left edge then falls between two weeks
 * instead of through one (a label cut to 「1/2」 reads as another date). Null: everything fits, no scrolling.
 */
export function wholeBandsWidth(boxWidth: number, bands: number, bandWidth: number, margin: number): number | null {
  if (boxWidth <= 0 || bands <= 0) return null;
  const visible = Math.max(1, Math.floor((boxWidth - margin) / bandWidth));
  if (visible >= bands) return null;
  return bands * ((boxWidth - margin) / visible) + margin;
}
