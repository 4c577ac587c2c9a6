/** Week report ids are `<programId>_<weekStart>` (the API's callWeekId): every week of the period has one. */
export function callWeekId(programId: string, weekStart: string): string {
  return `${programId}_${weekStart}`;
}
