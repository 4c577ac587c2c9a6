import type { TravelMatrix } from './booking.schema.js';

/**
 * Travel time between two districts from the program's zone matrix (Otaru §8(2)エ). The matrix is symmetric,
 * so a pair may be stored either way round; the same district is 0 minutes unless the matrix says otherwise.
 */
export type TravelLookup =
  | { known: true; minutes: number }
  /** The rule cannot be checked: the operator is warned and the slot is still offered (never blocked silently). */
  | { known: false; warning: string };

export const UNKNOWN_DISTRICT_WARNING = '地区が不明なため移動時間を確認できません';

export function travelMinutes(matrix: TravelMatrix, from: string | null, to: string | null): TravelLookup {
  if (from === null || to === null || !matrix.districts.includes(from) || !matrix.districts.includes(to)) {
    return { known: false, warning: UNKNOWN_DISTRICT_WARNING };
  }
  const minutes = matrix.minutes[from]?.[to] ?? matrix.minutes[to]?.[from] ?? (from === to ? 0 : undefined);
  if (minutes === undefined) return { known: false, warning: `移動時間が未設定のため確認できません（${from}→${to}）` };
  return { known: true, minutes };
}
