import { programBodySchema, targetGroupsBodySchema, type TargetGroup } from '@outreach/domain';
import { validateWith } from '../common/validate';

/**
 * Form helpers of the program screens: the shared schemas' messages, nested the way react-hook-form looks errors
 * up ('groups.0.targets.1.goal' → { groups: { 0: { targets: { 1: { goal } } } } }).
 */

type NestedErrors = { [key: string]: string | NestedErrors };

/** Flat 'a.b.c' error keys (the domain's issuesToFieldErrors) as a nested object; the first message of a path wins. */
export function nestErrors(flat: Record<string, string>): NestedErrors {
  const out: NestedErrors = {};
  for (const [path, message] of Object.entries(flat)) {
    const parts = path.split('.');
    let node: NestedErrors = out;
    let blocked = false;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      if (typeof next === 'string') {
        blocked = true;
        break;
      }
      node = next ?? (node[part] = {});
    }
    const leaf = parts[parts.length - 1];
    if (!blocked && node[leaf] === undefined) node[leaf] = message;
  }
  return out;
}

/** What the target editor holds: as GET target-groups gives it, with the select's '' for "all kinds". */
export interface TargetGroupsFormValues {
  groups?: Array<{
    name?: string;
    logic?: 'any' | 'all';
    targets?: Array<{ metric?: string; goal?: number | null; serviceKind?: string | null; label?: string | null }>;
  }>;
}

/** The PUT target-groups body: no ids (the API replaces everything), no empty labels, null for "all kinds". */
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
          serviceKind: (target.serviceKind || null) as TargetGroup['targets'][number]['serviceKind'],
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
