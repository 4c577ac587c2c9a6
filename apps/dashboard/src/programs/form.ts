import { isDateKey } from '@outreach/domain/common';
import { type DateRange, type PeriodSource, programBodySchema, targetGroupsBodySchema, type TargetGroup } from '@outreach/domain/programs';
import { type NestedErrors, nestErrors, validateWith } from '../common/validate';

/**
 * Form helpers of the program screens: the shared schemas' messages, nested the way react-hook-form looks errors
 * up ('groups.0.targets.1.goal' → { groups: { 0: { targets: { 1: { goal } } } } }).
 */

/** What the target editor holds: as GET target-groups gives it (no kinds ticked = every kind of the program). */
export interface TargetGroupsFormValues {
  groups?: Array<{
    name?: string;
    logic?: 'any' | 'all';
    targets?: Array<{ metric?: string; goal?: number | null; serviceKinds?: string[] | null; label?: string | null }>;
  }>;
}

/** The PUT target-groups body: no ids (the API replaces everything), no empty labels, [] for "all kinds". */
export function toTargetGroupsBody(values: TargetGroupsFormValues): { groups: TargetGroup[] } {
  return {
    groups: (values.groups ?? []).map((group) => ({
      name: (group.name ?? '').trim(),
      logic: group.logic ?? 'all',
      targets: (group.targets ?? []).map((target) => {
        const label = (target.label ?? '').trim();
        return {
          metric: target.metric as TargetGroup['targets'][number]['metric'],
          goal: target.goal as number,
          serviceKinds: (target.serviceKinds ?? []) as TargetGroup['targets'][number]['serviceKinds'],
          ...(label ? { label } : {}),
        };
      }),
    })),
  };
}

const targetGroupsErrors = validateWith(targetGroupsBodySchema);
const programErrors = validateWith(programBodySchema);

export function validateTargetGroupsForm(values: TargetGroupsFormValues): NestedErrors {
  return nestErrors(targetGroupsErrors(toTargetGroupsBody(values)));
}

export function validateProgramForm(values: object): NestedErrors {
  return nestErrors(programErrors(values));
}

/** What the edit form holds of the periods while the user types (dates may be empty or half-typed). */
export interface PeriodsFormValues {
  periodStart?: string | null;
  periodEnd?: string | null;
  reportDeadline?: string | null;
  periods?: { callCenter?: RangeFormValues | null; visits?: RangeFormValues | null; monthlyReportDay?: number | null } | null;
}

interface RangeFormValues {
  start?: string | null;
  end?: string | null;
}

const validKey = (value: string | null | undefined): value is string => typeof value === 'string' && isDateKey(value);
const validRange = (r: RangeFormValues | null | undefined): r is DateRange => !!r && validKey(r.start) && validKey(r.end) && r.start <= r.end;

/** The periods the form's timeline can draw: undefined until the contract and the report deadline are complete. */
export function timelineSource(values: PeriodsFormValues): (PeriodSource & { reportDeadline: string }) | undefined {
  const { periodStart, periodEnd, reportDeadline, periods } = values;
  if (!validKey(periodStart) || !validKey(periodEnd) || !validKey(reportDeadline) || periodEnd < periodStart) return undefined;
  return {
    periodStart,
    periodEnd,
    reportDeadline,
    periods: {
      ...(validRange(periods?.callCenter) ? { callCenter: periods.callCenter } : {}),
      ...(validRange(periods?.visits) ? { visits: periods.visits } : {}),
      monthlyReportDay: typeof periods?.monthlyReportDay === 'number' && periods.monthlyReportDay >= 1 && periods.monthlyReportDay <= 31 ? periods.monthlyReportDay : null,
    },
  };
}
