import type { CallCategory } from '@outreach/domain/calls';

/**
 * The charts' colours, shared by the weekly call report and the dashboard. Within one stack the fills step in
 * lightness and every other one is patterned, and lines differ in dash and marker, so that each chart still
 * reads printed in black and white or by someone who cannot tell the hues apart.
 */
export interface SeriesStyle {
  color: string;
  /** A pattern drawn over the colour, or none. */
  pattern: 'none' | 'diagonal' | 'dots' | 'cross';
  /** Colour of the pattern's lines and dots, chosen to contrast with `color`. */
  ink: string;
}

/** The call categories: lightness from dark to light (about 45, 80, 120, 160, 190, 215 in grey), every other one hatched. */
export const CALL_CATEGORY_STYLES: Record<CallCategory, SeriesStyle> = {
  booking: { color: '#1b2a6b', pattern: 'none', ink: '#ffffff' },
  change_cancel: { color: '#8e2c6e', pattern: 'diagonal', ink: '#ffffff' },
  question_card_general: { color: '#3a9d6a', pattern: 'none', ink: '#ffffff' },
  question_program: { color: '#f0912f', pattern: 'dots', ink: '#4a2500' },
  complaint: { color: '#f7a8a8', pattern: 'none', ink: '#5a1010' },
  other: { color: '#d9d9d9', pattern: 'cross', ink: '#404040' },
};

/** Lines: each its own dash pattern and marker, so none depends on its colour. */
export interface LineStyle {
  color: string;
  /** SVG stroke-dasharray; undefined = solid. */
  dash?: string;
  width: number;
  marker: 'circle' | 'square' | 'triangle' | 'none';
}

/** The SVG fill of a series in a chart whose patterns are defined as `${prefix}-${key}`: the pattern, or the plain colour. */
export function seriesFill(prefix: string, key: string, style: SeriesStyle): string {
  return style.pattern === 'none' ? style.color : `url(#${prefix}-${key})`;
}

/** Relative luminance (WCAG) of a #rrggbb colour, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
