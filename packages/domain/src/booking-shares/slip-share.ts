import { z } from 'zod';
import { addDays, type DateKey, weekStart } from '../common/dates.js';
import { dateKeySchema } from '../common/input.js';

/**
 * The weekly share of reception slips (Otaru spec §9(1)): the slips of the home visits of one week go to the city
 * by a weekday of the week before (Tuesday unless the program says otherwise). Pure rules: which week a share is
 * for, its due date, what is still unshared and what is overdue.
 */

/** 0 = Sunday … 6 = Saturday, as in the program's weekStartsOn. */
export const WEEKDAY_NAMES_JA = ['日曜日', '月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日'] as const;

/** The default due weekday of the share: Tuesday of the week before the visits (§9(1)). */
export const DEFAULT_SLIP_SHARE_DUE_WEEKDAY = 2;

export interface SlipShareSettings {
  /** 0 = Sunday … 6 = Saturday; the program's weekStartsOn. */
  weekStartsOn: number;
  /** The weekday, within the week before the visit week, by which the slips are due. */
  slipShareDueWeekday: number;
}

/** The due date of the share of the visit week starting on `visitWeekStart`: its weekday in the week before. */
export function slipShareDueDate(visitWeekStart: DateKey, s: SlipShareSettings): DateKey {
  return addDays(visitWeekStart, -7 + ((s.slipShareDueWeekday - s.weekStartsOn + 7) % 7));
}

/** Why `date` cannot name a visit week (it is not the week's first day), or null. Japanese, for the field. */
export function visitWeekProblem(date: DateKey, weekStartsOn: number): string | null {
  if (weekStart(date, weekStartsOn) === date) return null;
  return `共有する週はその週の初日（${WEEKDAY_NAMES_JA[weekStartsOn]}、この日なら${weekStart(date, weekStartsOn)}）で指定してください`;
}

/** Body of a weekly share (in the app, or the preparation of a file). */
export const slipShareBodySchema = z.object({ weekStart: dateKeySchema });

/** A reservation as the share rules see it: facts only. */
export interface SlipShareBooking {
  id: string;
  receptionNumber: number;
  kind: string;
  status: string;
  visitDate: DateKey | null;
  /** JST date the slip was shared with the city, or null. */
  sharedWithCityDate: DateKey | null;
  personalDataDeleted: boolean;
}

/** A slip that still has to go to the city. */
export interface UnsharedSlip {
  bookingId: string;
  receptionNumber: number;
  visitDate: DateKey;
}

export type SlipShareWeekState = 'none' | 'shared' | 'open' | 'overdue';

export const SLIP_SHARE_WEEK_STATE_LABELS_JA: Record<SlipShareWeekState, string> = {
  none: '対象なし',
  shared: '共有済み',
  open: '未共有（期限前）',
  overdue: '期限超過',
};

export interface SlipShareWeek {
  weekStart: DateKey;
  weekEnd: DateKey;
  dueDate: DateKey;
  /** Home-visit slips of the week (cancelled and no-show ones left out). */
  slips: number;
  shared: number;
  unshared: UnsharedSlip[];
  state: SlipShareWeekState;
}

const SHARED_STATUSES = new Set(['tentative', 'confirmed', 'visited']);

/** Whether a reservation's slip belongs to the weekly share: a home visit with a date, not cancelled. */
export function inWeeklyShare(b: Pick<SlipShareBooking, 'kind' | 'status' | 'visitDate'>): b is typeof b & { visitDate: DateKey } {
  return b.kind === 'home' && b.visitDate !== null && SHARED_STATUSES.has(b.status);
}

/**
 * One entry per visit week from the week of `from` to the week of `to`: its due date, how many slips it has,
 * which are not shared yet, and whether the share is overdue (due date before `today` with slips unshared). A slip
 * whose personal data is already gone (deleted) has nothing left to share and counts as done.
 */
export function slipShareWeeks(input: { bookings: readonly SlipShareBooking[]; from: DateKey; to: DateKey; today: DateKey } & SlipShareSettings): SlipShareWeek[] {
  const weeks: SlipShareWeek[] = [];
  const byStart = new Map<DateKey, SlipShareWeek>();
  for (let w = weekStart(input.from, input.weekStartsOn); w <= input.to; w = addDays(w, 7)) {
    const week: SlipShareWeek = { weekStart: w, weekEnd: addDays(w, 6), dueDate: slipShareDueDate(w, input), slips: 0, shared: 0, unshared: [], state: 'none' };
    weeks.push(week);
    byStart.set(w, week);
  }
  for (const b of input.bookings) {
    if (!inWeeklyShare(b)) continue;
    const week = byStart.get(weekStart(b.visitDate, input.weekStartsOn));
    if (!week) continue;
    week.slips++;
    if (b.sharedWithCityDate !== null || b.personalDataDeleted) week.shared++;
    else week.unshared.push({ bookingId: b.id, receptionNumber: b.receptionNumber, visitDate: b.visitDate });
  }
  for (const week of weeks) {
    week.unshared.sort((a, b) => a.receptionNumber - b.receptionNumber);
    week.state = week.slips === 0 ? 'none' : week.unshared.length === 0 ? 'shared' : week.dueDate < input.today ? 'overdue' : 'open';
  }
  return weeks;
}

/** The overdue weeks for the attention list (vendor and city alike). */
export function overdueSlipShares(weeks: readonly SlipShareWeek[]): Array<{ weekStart: DateKey; dueDate: DateKey; count: number }> {
  return weeks.filter((w) => w.state === 'overdue').map((w) => ({ weekStart: w.weekStart, dueDate: w.dueDate, count: w.unshared.length }));
}
