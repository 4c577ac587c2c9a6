import { z } from 'zod';
import { phoneSchema } from '../bookings/intake.js';
import { requestKindSchema } from '../bookings/booking.schema.js';
import { idView, instantView } from '../common/view.js';
import { instantField } from '../common/fields.js';

/**
 * 折り返し (call-backs, issue 17 item 3): when nothing fits the caller, the operator keeps the request — who, their
 * phone, what they wanted, by when to call back — instead of a dead end. The name, phone and request are personal
 * data (sealed under the call-back's own key); they are deleted when the call-back is marked done.
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
});
export type CallBackCreate = z.output<typeof callBackCreateSchema>;

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
