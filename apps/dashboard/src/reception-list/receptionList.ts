import { addDays, type DateKey, type ReceptionListRow, weekStart } from '@outreach/domain';

/** The week whose slips are due next: the first week (its Monday) whose deadline is today or later. */
export function nextShareWeek(today: DateKey): DateKey {
  const monday = addDays(weekStart(today, 1), 7);
  return shareDeadline(monday) >= today ? monday : addDays(monday, 7);
}

/** Slips of a week's home visits go to the city by Tuesday of the week before (Otaru §8(2)キ). */
export function shareDeadline(monday: DateKey): DateKey {
  return addDays(monday, -6);
}

/** The rows whose visit falls in the week starting on `monday` and that the city has not received yet. */
export function unsharedInWeek(rows: readonly ReceptionListRow[], monday: DateKey): ReceptionListRow[] {
  const sunday = addDays(monday, 6);
  return rows.filter((r) => r.visitDate !== null && r.visitDate >= monday && r.visitDate <= sunday && r.sharedWithCityDate === null);
}

/** Weeks with slips not yet shared although their deadline has passed (for the manager's attention). */
export function overdueWeeks(rows: readonly ReceptionListRow[], today: DateKey): DateKey[] {
  const weeks = new Set<DateKey>();
  for (const r of rows) {
    if (r.visitDate === null || r.sharedWithCityDate !== null || r.personalDataDeletedDate !== null) continue;
    const monday = weekStart(r.visitDate, 1);
    if (shareDeadline(monday) < today) weeks.add(monday);
  }
  return [...weeks].sort();
}
