import type { DateKey } from '../common/dates.js';
import { type PeriodSource, resolvePeriods } from './periods.js';

/** A program has activity on a day when its call center is open or visits are held (its named periods). */
export function hasActivityOn(program: PeriodSource, day: DateKey): boolean {
  const { callCenter, visits } = resolvePeriods(program);
  return [callCenter, visits].some((range) => range.start <= day && day <= range.end);
}

/**
 * The program a user works on: the one they chose (while they still see it), else their only one, else the only
 * one with activity today. Undefined when there is nothing to go by: a user with several programs and no choice
 * yet starts on the cross-program overview and chooses there.
 */
export function currentProgramOf<T extends PeriodSource & { id: string }>(programs: readonly T[], chosenId: string | null | undefined, today: DateKey): T | undefined {
  const chosen = programs.find((p) => p.id === chosenId);
  if (chosen) return chosen;
  if (programs.length === 1) return programs[0];
  const active = programs.filter((p) => hasActivityOn(p, today));
  return active.length === 1 ? active[0] : undefined;
}
