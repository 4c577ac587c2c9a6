import type { VisitDayKind } from '@outreach/domain/programs';

/** The colours of the two kinds of visit day; the calendar also says 宅 / 施 in text, colour is never alone. */
export const KIND_STYLE: Record<VisitDayKind, { bg: string; border: string; fg: string }> = {
  home_visit: { bg: '#e3f2fd', border: '#1565c0', fg: '#0d47a1' },
  facility_visit: { bg: '#e8f5e9', border: '#2e7d32', fg: '#1b5e20' },
};
