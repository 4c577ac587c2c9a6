import { jstDateKey, jstTime } from '../common/dates.js';
import { isWorkingDay } from '../common/holidays.js';
import type { WorkingHours } from '../programs/program.schema.js';

/**
 * Whether a call came outside the call center's hours (JST): on a day the program does not work (weekend,
 * holiday, 12/29–1/3, the city's closed days), before openTime, or at or after closeTime. Such calls still
 * count; they are flagged so the city sees demand outside the hours it pays for.
 */
export function isOutsideHours(receivedAt: Date, workingHours: WorkingHours): boolean {
  if (!isWorkingDay(jstDateKey(receivedAt), workingHours)) return true;
  const time = jstTime(receivedAt); // 'HH:MM' compares correctly as text
  return time < workingHours.openTime || time >= workingHours.closeTime;
}
