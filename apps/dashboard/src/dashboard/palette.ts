import type { ServiceKind } from '@outreach/domain/programs';
import type { LineStyle, SeriesStyle } from '../common/palette';
import type { PhotoSeriesKey } from './shape';

/**
 * The dashboard's own series styles (the call categories are common/palette's), readable in greyscale like
 * those (palette.spec.ts checks the lightness steps).
 */

/** Sessions are drawn with these fills; applications of the same kind with the same colour, hatched. */
export const KIND_STYLES: Record<ServiceKind, SeriesStyle> = {
  home_visit: { color: '#1b2a6b', pattern: 'none', ink: '#ffffff' },
  facility_visit: { color: '#3a9d6a', pattern: 'none', ink: '#ffffff' },
  venue_event: { color: '#f0b35c', pattern: 'none', ink: '#4a2500' },
};

export type PhotoSeries = PhotoSeriesKey;

export const PHOTO_STYLES: Record<PhotoSeries, SeriesStyle> = {
  // How the photo was obtained (one stack): dark and light, both solid (the other stacks are patterned).
  onSite: { color: '#1b2a6b', pattern: 'none', ink: '#ffffff' },
  brought: { color: '#9fb4e8', pattern: 'none', ink: '#1b2a6b' },
  // Retakes (a bar of its own): mid grey, cross-hatched.
  retakes: { color: '#7a7a7a', pattern: 'cross', ink: '#ffffff' },
  // Exceptions by reason (one stack): mid-dark to light, every other one patterned; the darkest is hatched so
  // that it does not read as 現地撮影 in greyscale.
  medical: { color: '#a3154f', pattern: 'diagonal', ink: '#ffffff' },
  disability: { color: '#d9669a', pattern: 'none', ink: '#ffffff' },
  bedridden: { color: '#eda4c2', pattern: 'dots', ink: '#5a1038' },
  other: { color: '#f7d3e2', pattern: 'none', ink: '#5a1038' },
};

export const TARGET_LINE_STYLES: Record<'actual' | 'pace' | 'projection' | 'goal', LineStyle> = {
  actual: { color: '#1b2a6b', width: 2.5, marker: 'circle' },
  projection: { color: '#1565c0', dash: '7 4', width: 2, marker: 'triangle' },
  pace: { color: '#6d6d6d', dash: '2 3', width: 1.75, marker: 'none' },
  goal: { color: '#b3261e', dash: '12 4 2 4', width: 1.5, marker: 'none' },
};

export const RATE_LINE_STYLES: Record<'reportingRate' | 'onTimeRate', LineStyle> = {
  reportingRate: { color: '#1b2a6b', width: 2.5, marker: 'circle' },
  onTimeRate: { color: '#2e7d32', dash: '7 4', width: 2, marker: 'square' },
};
