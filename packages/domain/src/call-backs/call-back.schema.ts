import { z } from 'zod';
import { phoneSchema } from '../bookings/intake.js';
import { requestKindSchema } from '../bookings/booking.schema.js';
import { idView, instantView } from '../common/view.js';
import { freeText, instantField } from '../common/fields.js';
import { callDurationField, type CallOutcome, callOutcomeSchema } from '../calls/call.schema.js';

/**
 * 折り返し (call-backs, issue 17 item 3 and issue 21 item 4): when nothing fits the caller, or a call is logged
 * 折り返し要, the operator keeps the request — who, their phone, what they wanted, by when to call back, and whose
 * task it is (its owner: whoever made it, until a colleague takes it over) — instead of a dead end. The name, phone
 * and request are personal data (sealed under the call-back's own key). A call-back is done when the call back is
 * logged (an outgoing call in the call log): its personal data is then deleted. A call back nobody answered is
 * logged too and leaves the task open (one more attempt).
 */

export const callBackStatusSchema = z.enum(['open', 'done']);
export type CallBackStatus = z.infer<typeof callBackStatusSchema>;

const required = (message: string, max: number) =>
  z
    .string({ message })
    .trim()
    .overwrite((s) => s.normalize('NFKC'))
    .min(1, { message })
    .max(max, { message: `${max}文字以内で入力してください` });

/** POST /api/programs/:programId/call-backs. */
export const callBackCreateSchema = z.object({
  callerName: required('電話の方の氏名を入力してください', 100),
  phone: phoneSchema,
  /** What they wanted, in the operator's words (「1月中旬の午前、母と本人の2人」). */
  wanted: required('ご用件（希望の内容）を入力してください', 500),
  kind: requestKindSchema.default('home'),
  /** By when to call back. */
  dueAt: instantField,
  /** The incoming call logged 折り返し要 that asked for it (the call log's quick entry), if any. */
  sourceCallId: z.uuid({ message: '元の電話の記録が正しくありません' }).optional(),
});
export type CallBackCreate = z.output<typeof callBackCreateSchema>;

/** What a call back can end with: 折り返し要 again is not one (an unanswered call back is 応答なし). */
export const callBackOutcomeSchema = callOutcomeSchema.exclude(['callback_needed'], { message: '折り返しの結果を選んでください' });
export type CallBackOutcome = z.infer<typeof callBackOutcomeSchema>;
export const CALL_BACK_OUTCOMES = callBackOutcomeSchema.options;

/** POST /api/programs/:programId/call-backs/:id/calls: the call back, logged in the call log as an outgoing call. */
export const callBackCallSchema = z.object({
  outcome: callBackOutcomeSchema,
  durationMinutes: callDurationField.optional(),
  /** No personal data: the note goes to the call log, which the city sees. */
  note: freeText(200).optional(),
});
export type CallBackCall = z.output<typeof callBackCallSchema>;

/**
 * Whether a logged call back ends the task: an answered call (booked, answered, referred to the city) does; nobody
 * answering (応答なし) leaves it open for another attempt.
 */
export function callBackEndsWith(outcome: CallOutcome): boolean {
  return outcome !== 'no_answer' && outcome !== 'callback_needed';
}

/** The sealed part of a call-back. */
export interface CallBackPersonal {
  callerName: string;
  phone: string;
  wanted: string;
}

/** A call-back as the team's list shows it; the personal fields are null once it was marked done (deleted). */
export const callBackViewSchema = z.object({
  id: idView,
  programId: idView,
  kind: requestKindSchema,
  status: callBackStatusSchema,
  dueAt: instantView,
  /** Due now or overdue while still open. */
  due: z.boolean(),
  callerName: z.string().nullable(),
  phone: z.string().nullable(),
  wanted: z.string().nullable(),
  createdAt: instantView,
  createdByName: z.string().nullable(),
  /** Whose task it is (the creator until someone takes it over). */
  ownerId: idView.nullable(),
  ownerName: z.string().nullable(),
  /** Call backs logged so far that nobody answered. */
  attempts: z.number().int(),
  lastAttemptAt: instantView.nullable(),
  /** The incoming call it came from, when it was logged 折り返し要. */
  sourceCallId: idView.nullable(),
  doneAt: instantView.nullable(),
  doneByName: z.string().nullable(),
});
export type CallBackView = z.output<typeof callBackViewSchema>;

/** Why the due time cannot be taken (in the past), or null. `now` is the API's clock. */
export function callBackDueProblem(dueAt: string, now: Date): string | null {
  return new Date(dueAt).getTime() < now.getTime() - 60_000 ? '折り返しの期限は現在より後の日時にしてください' : null;
}

/** Whether an open call-back is due (its time has come). */
export function callBackDue(c: { status: CallBackStatus; dueAt: string }, now: Date): boolean {
  return c.status === 'open' && new Date(c.dueAt).getTime() <= now.getTime();
}
