import type { DayAvailability, Half, OverridableRule, PositionState } from '@outreach/domain/bookings';
import { addDays, type DateKey, weekStart } from '@outreach/domain/common';
import { formatMonthDay } from '../common/dates';

/** One position of a half-day in the week view. */
export interface WeekPosition {
  position: string;
  /** The time told to the caller (10:00頃, 10:30〜11:30 …). */
  label: string;
  taken: boolean;
  /** The offer the operator has selected occupies it. */
  selected: boolean;
  /** What the slot finder's rules say of it for the caller's request, and why (shown when it is clicked). */
  state: PositionState;
  reason: string;
  /** The rules a manager's override would lift (empty: none would). */
  overrides: OverridableRule[];
}

/** Whether the position can be taken now: bookable, or refused only on rules the manager's active override lifts. */
export function takeable(p: Pick<WeekPosition, 'state' | 'overrides'>, exception?: Partial<Record<OverridableRule, boolean>>): boolean {
  if (p.state === 'bookable') return true;
  return p.state === 'blocked' && p.overrides.length > 0 && p.overrides.every((r) => exception?.[r] === true);
}

/**
 * A half-day cell: `closed` (weekend, holiday, 12/29–1/3, the city's own day), `none` (a working day without
 * visits), `pre_meeting` (a facility pre-meeting keeps the half free), or `open` with its positions.
 */
export interface WeekCell {
  half: Half;
  state: 'closed' | 'none' | 'pre_meeting' | 'open';
  positions: WeekPosition[];
  free: number;
  /** Why a cell without positions takes no booking (said when it is clicked). */
  reason: string | null;
}

export interface WeekColumn {
  date: DateKey;
  /** 6月17日(水) */
  label: string;
  holiday: string | null;
  closed: string | null;
  visitKind: 'home_visit' | 'facility_visit' | null;
  cells: [WeekCell, WeekCell];
}

/** Monday of the week holding `date` (visits are on weekdays, so the week view always starts on a Monday). */
export function mondayOf(date: DateKey): DateKey {
  return weekStart(date, 1);
}

/** Monday to Friday of the week starting on `monday`. */
export function weekdaysOf(monday: DateKey): DateKey[] {
  return [0, 1, 2, 3, 4].map((i) => addDays(monday, i));
}

/**
 * The operator's week view from GET /availability: five weekday columns, each with a morning and an afternoon
 * cell; days the API did not return count as days without visits. `selected` marks the offer being proposed.
 */
export function weekGrid(days: readonly DayAvailability[], monday: DateKey, selected?: { date: DateKey; positions: readonly string[] }): WeekColumn[] {
  const byDate = new Map(days.map((d) => [d.date, d]));
  return weekdaysOf(monday).map((date) => {
    const day = byDate.get(date);
    const cell = (half: Half): WeekCell => {
      if (day?.closed) return { half, state: 'closed', positions: [], free: 0, reason: `休業日です（${day.closed}）` };
      const h = day?.halves.find((x) => x.half === half);
      if (!day?.visitKind || !h) return { half, state: 'none', positions: [], free: 0, reason: 'この日は訪問実施日ではありません（カレンダーで実施日にすると予約できます）' };
      const positions = h.positions.map((p) => ({
        position: p.position,
        label: p.label,
        taken: p.bookingId !== null,
        selected: selected?.date === date && selected.positions.includes(p.position),
        state: p.state,
        reason: p.reason,
        overrides: p.overrides,
      }));
      return { half, state: h.preMeeting ? 'pre_meeting' : 'open', positions, free: h.free, reason: h.preMeeting ? '事前打合せが入っています' : null };
    };
    return {
      date,
      label: formatMonthDay(date),
      holiday: day?.holiday ?? null,
      closed: day?.closed ?? null,
      visitKind: day?.visitKind ?? null,
      cells: [cell('am'), cell('pm')],
    };
  });
}
