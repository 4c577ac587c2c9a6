import type { SlipShareWeek } from '@outreach/domain/booking-shares';
import type { DateKey } from '@outreach/domain/common';

/**
 * The week the share control opens on: the first visit week whose due date (the API's, from the program's
 * setting) is today or later; after the last due date, the last week. Null when the program has no weeks.
 */
export function shareWeekToShow(weeks: readonly SlipShareWeek[], today: DateKey): number | null {
  if (weeks.length === 0) return null;
  const next = weeks.findIndex((w) => w.dueDate >= today);
  return next === -1 ? weeks.length - 1 : next;
}
