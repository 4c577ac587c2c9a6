import type { CallCategory, CallDirection, CallOutcome } from '@outreach/domain';

/** A row of GET /api/calls: one call (kind single) or one category of a day logged on paper (kind bulk, count n). */
export interface Call {
  id: string;
  programId: string;
  kind: 'single' | 'bulk';
  receivedAt: string;
  date: string;
  direction: CallDirection;
  category: CallCategory;
  outcome: CallOutcome | null;
  count: number;
  durationMinutes: number | null;
  operatorUserId: string | null;
  note: string | null;
  outsideHours: boolean;
  late: boolean;
  bookingId: string | null;
}

/** Week report ids are `<programId>_<weekStart>` (the API's callWeekId): every week of the period has one. */
export function callWeekId(programId: string, weekStart: string): string {
  return `${programId}_${weekStart}`;
}
