import type { DateKey } from '../common/dates.js';
import { isWorkingDay } from '../common/holidays.js';
import type { ServiceKind, WorkingHours } from '../programs/program.schema.js';

/**
 * Whether a session on `date` needs an offDayReason: the program does not work that day (weekend, holiday,
 * 12/29–1/3, the city's closed days). The schema cannot tell without the program, so the API checks this.
 */
export function sessionNeedsOffDayReason(date: DateKey, workingHours: Partial<WorkingHours>, serviceKind?: ServiceKind): boolean {
  // Kinds the program holds on any day (by default venue events: a stand at a mall, Shimonoseki §7); visits keep to working days.
  if (serviceKind && (workingHours.anyDayKinds ?? ['venue_event']).includes(serviceKind)) return false;
  return !isWorkingDay(date, workingHours);
}
