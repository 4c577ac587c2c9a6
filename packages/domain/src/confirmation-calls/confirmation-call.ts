import { z } from 'zod';
import { addDays, type DateKey, jstDateKey } from '../common/dates.js';
import { dateKeySchema } from '../common/input.js';
import { freeText } from '../common/fields.js';
import { isWorkingDay, type WorkingDayRules } from '../common/holidays.js';
import { dateKeyView, idView, instantView } from '../common/view.js';
import { bookingHalfSchema, requestKindSchema } from '../bookings/booking.schema.js';
import { type SlotPosition, slotWindow } from '../bookings/slots.js';

/**
 * 前日確認 (issue 21 item 3; 003 §8(2)エ): the working day before a visit the vendor calls each booked household or
 * facility to confirm the time — the demo's complaint 「訪問時間の連絡が前日までになかった」 is what it prevents. Each
 * call is kept with its outcome; a booking still unconfirmed at the set hour of that day is on the team's attention
 * list. The outcomes: 連絡済 (confirmed), 不在 (call again), 日時変更希望 (the booking is moved on its own page),
 * キャンセル (the booking is cancelled with the reason, in the same request).
 */

export const confirmationOutcomeSchema = z.enum(['reached', 'no_answer', 'reschedule_requested', 'cancelled'], { message: '確認の結果を選んでください' });
export type ConfirmationOutcome = z.infer<typeof confirmationOutcomeSchema>;

export const CONFIRMATION_OUTCOME_LABELS_JA: Record<ConfirmationOutcome, string> = {
  reached: '連絡済',
  no_answer: '不在（再連絡）',
  reschedule_requested: '日時変更希望',
  cancelled: 'キャンセル',
};

/** Where a booking stands on the list: no call yet, called without an answer, confirmed, or waiting for its move. */
export type ConfirmationState = 'pending' | 'retry' | 'confirmed' | 'reschedule' | 'cancelled';

export const CONFIRMATION_STATE_LABELS_JA: Record<ConfirmationState, string> = {
  pending: '未連絡',
  retry: '再連絡',
  confirmed: '確認済',
  reschedule: '日時変更待ち',
  cancelled: 'キャンセル',
};

/** From this hour (JST) of the call day, an unconfirmed booking is on the attention list. */
export const CONFIRMATION_ATTENTION_HOUR = 15;

/** POST /api/programs/:programId/confirmation-calls: one call and its outcome; a cancellation says why. */
export const confirmationCallCreateSchema = z
  .object({
    bookingId: z.uuid({ message: '予約を選んでください' }),
    outcome: confirmationOutcomeSchema,
    reason: freeText(500).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.outcome === 'cancelled' && !c.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'キャンセルの理由を入力してください' });
  });
export type ConfirmationCallCreate = z.output<typeof confirmationCallCreateSchema>;

export const confirmationListQuerySchema = z.object({ date: dateKeySchema.optional() });

/** The working day the call is made: the last working day before the visit (a Monday visit is called on Friday). */
export function confirmationCallDay(visitDate: DateKey, rules: WorkingDayRules = {}): DateKey {
  let day = addDays(visitDate, -1);
  for (let i = 0; i < 14 && !isWorkingDay(day, rules); i++) day = addDays(day, -1);
  return day;
}

/** The state after a booking's calls (oldest first): the last outcome decides. */
export function confirmationState(outcomes: readonly ConfirmationOutcome[]): ConfirmationState {
  const last = outcomes.at(-1);
  if (!last) return 'pending';
  return ({ reached: 'confirmed', no_answer: 'retry', reschedule_requested: 'reschedule', cancelled: 'cancelled' } as const)[last];
}

/** Whether a booking in `state` for `visitDate` belongs on the attention list at `now`. */
export function confirmationOverdue(state: ConfirmationState, visitDate: DateKey, now: Date, rules: WorkingDayRules = {}): boolean {
  if (state === 'confirmed' || state === 'cancelled') return false;
  const today = jstDateKey(now);
  if (visitDate < today) return false;
  const callDay = confirmationCallDay(visitDate, rules);
  if (today > callDay) return true;
  if (today < callDay) return false;
  const hour = (now.getUTCHours() + 9) % 24;
  return hour >= CONFIRMATION_ATTENTION_HOUR;
}

/** The visit day whose calls are made on `today`: the next date after today whose call day is today or earlier. */
export function nextConfirmationDate(visitDates: readonly DateKey[], today: DateKey): DateKey | null {
  const ahead = [...new Set(visitDates)].filter((d) => d > today).sort();
  return ahead[0] ?? null;
}

/** One call as the list shows it. */
export const confirmationCallView = z.object({
  outcome: confirmationOutcomeSchema,
  calledAt: instantView,
  calledByName: z.string().nullable(),
});

/** A booking on the call list: when and where, whom to call (personal data, each showing recorded), its calls. */
export const confirmationRowView = z.object({
  bookingId: idView,
  receptionNumber: z.number().int(),
  kind: requestKindSchema,
  visitDate: dateKeyView,
  half: bookingHalfSchema.nullable(),
  /** The time window told to the resident (「10:00〜11:00」). */
  window: z.string().nullable(),
  district: z.string().nullable(),
  applicants: z.number().int(),
  /** Whom to call: the caller (or the facility's contact); null when the data is gone. */
  contactName: z.string().nullable(),
  phone: z.string().nullable(),
  state: z.enum(['pending', 'retry', 'confirmed', 'reschedule', 'cancelled']),
  overdue: z.boolean(),
  calls: z.array(confirmationCallView),
});
export type ConfirmationRowView = z.output<typeof confirmationRowView>;

/** GET /api/programs/:programId/confirmation-calls?date=: the list for a visit day (default: the next one). */
export const confirmationListViewSchema = z.object({
  /** The visit day listed; null when no booking lies ahead. */
  date: dateKeyView.nullable(),
  /** The working day its calls are made. */
  callDay: dateKeyView.nullable(),
  rows: z.array(confirmationRowView),
});
export type ConfirmationListView = z.output<typeof confirmationListViewSchema>;

/**
 * The day's bookings in the order the team calls them and goes out: by the time told to the resident (the first
 * slot's start), then reception number; a booking without a slot last.
 */
export function byVisitTime<T extends { positions: readonly string[]; receptionNumber: number }>(rows: readonly T[]): T[] {
  const start = (r: T) => (r.positions[0] ? slotWindow(r.positions[0] as SlotPosition).start : '99:99');
  return [...rows].sort((a, b) => start(a).localeCompare(start(b)) || a.receptionNumber - b.receptionNumber);
}
