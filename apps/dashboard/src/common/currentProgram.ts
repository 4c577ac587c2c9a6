import type { DateKey, WorkingHours } from '@outreach/domain';

/** The fields of a GET /api/programs row that screens working on "the current program" need. */
export interface ProgramSummary {
  id: string;
  title: string;
  periodStart: DateKey;
  periodEnd: DateKey;
  weekStartsOn: number;
  callWeekReportDueWeekday: number;
  workingHours: WorkingHours;
  municipalityName: string | null;
}

/**
 * Which program the screens work on: the one the user picked (if they still see it), otherwise the first whose
 * period contains today, otherwise the first listed; undefined only when the user sees no program.
 */
export function pickProgram<T extends Pick<ProgramSummary, 'id' | 'periodStart' | 'periodEnd'>>(programs: readonly T[], pickedId: string | undefined, today: DateKey): T | undefined {
  return (
    programs.find((p) => p.id === pickedId) ??
    programs.find((p) => p.periodStart <= today && today <= p.periodEnd) ??
    programs[0]
  );
}

/** The localStorage key of the user's picked program: per user, so that a shared workstation does not mix them up. */
export function currentProgramKey(userId: string): string {
  return `outreach.currentProgramId.${userId}`;
}
