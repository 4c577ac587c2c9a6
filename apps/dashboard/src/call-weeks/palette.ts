import type { CallCategory } from '@outreach/domain';

/**
 * The categories' colours in a chart: steps of lightness from dark to light (about 45, 80, 120, 160, 190, 215 in
 * grey), and every other series hatched, so that the stacks still read printed in black and white or by
 * someone who cannot tell the hues apart.
 */
export interface CategoryStyle {
  color: string;
  /** A pattern drawn over the colour, or none. */
  pattern: 'none' | 'diagonal' | 'dots' | 'cross';
  /** Colour of the pattern's lines and dots, chosen to contrast with `color`. */
  ink: string;
}

export const CATEGORY_STYLES: Record<CallCategory, CategoryStyle> = {
  booking: { color: '#1b2a6b', pattern: 'none', ink: '#ffffff' },
  change_cancel: { color: '#8e2c6e', pattern: 'diagonal', ink: '#ffffff' },
  question_card_general: { color: '#3a9d6a', pattern: 'none', ink: '#ffffff' },
  question_program: { color: '#f0912f', pattern: 'dots', ink: '#4a2500' },
  complaint: { color: '#f7a8a8', pattern: 'none', ink: '#5a1010' },
  other: { color: '#d9d9d9', pattern: 'cross', ink: '#404040' },
};

/** The SVG fill of a category: its pattern's url, or its plain colour. */
export function categoryFill(category: CallCategory, idPrefix: string): string {
  return CATEGORY_STYLES[category].pattern === 'none' ? CATEGORY_STYLES[category].color : `url(#${idPrefix}-${category})`;
}

/** Relative luminance (WCAG) of a #rrggbb colour, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
