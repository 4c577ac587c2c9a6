import { z } from 'zod';
import { booksVisits } from '../programs/program.schema.js';
import { dateKeyField, freeText, instantField } from '../common/fields.js';

/** The call log (受電): one row per call, or per category and day for days logged on paper. */

export const callCategorySchema = z.enum(['booking', 'change_cancel', 'question_card_general', 'question_program', 'complaint', 'other']);
export type CallCategory = z.infer<typeof callCategorySchema>;
export const CALL_CATEGORIES = callCategorySchema.options;

export const CALL_CATEGORY_LABELS_JA: Record<CallCategory, string> = {
  booking: '予約',
  change_cancel: '変更・キャンセル',
  question_card_general: 'カード全般の質問',
  question_program: '事業の質問',
  complaint: '苦情',
  other: 'その他',
};

export const callOutcomeSchema = z.enum(['booked', 'answered', 'callback_needed', 'referred_to_city', 'no_answer']);
export type CallOutcome = z.infer<typeof callOutcomeSchema>;
export const CALL_OUTCOMES = callOutcomeSchema.options;

/**
 * The outcomes a call of a program can end with, in the domain's order: 予約成立 only where the call center books
 * visits (the program setting takesBookings; absent: a program saved before it, which does).
 */
export function callOutcomesOf(program: { takesBookings?: boolean } | undefined): readonly CallOutcome[] {
  return booksVisits(program) ? CALL_OUTCOMES : CALL_OUTCOMES.filter((o) => o !== 'booked');
}

/** Why a call cannot have this outcome in its program (予約成立 where no visit is booked), or null: a 422 on `outcome`. */
export function callOutcomeProblem(outcome: CallOutcome | undefined, program: { takesBookings: boolean }): string | null {
  return outcome === undefined || callOutcomesOf(program).includes(outcome) ? null : 'この事業では訪問の予約を受け付けていないため「予約成立」は選べません';
}

export const CALL_OUTCOME_LABELS_JA: Record<CallOutcome, string> = {
  booked: '予約成立',
  answered: '回答済み',
  callback_needed: '折り返し要',
  referred_to_city: '市へ案内',
  no_answer: '応答なし',
};

export const callDirectionSchema = z.enum(['in', 'out']);
export type CallDirection = z.infer<typeof callDirectionSchema>;
export const CALL_DIRECTION_LABELS_JA: Record<CallDirection, string> = {
  in: '受電',
  out: '架電',
};

/** A call's length in whole minutes. */
export const callDurationField = z
  .int({ message: '通話時間は整数（分）で入力してください' })
  .min(0, { message: '通話時間は0分以上で入力してください' })
  .max(600, { message: '通話時間は600分以内で入力してください' });

export const callInputSchema = z.object({
  receivedAt: instantField,
  direction: callDirectionSchema.default('in'),
  category: callCategorySchema,
  outcome: callOutcomeSchema,
  durationMinutes: callDurationField.optional(),
  /** No personal data: the log outlives the reservation's data and is shown to the city. */
  note: freeText(200).optional(),
});
export type CallInput = z.output<typeof callInputSchema>;

/** A day logged on paper: counts per category (and outcome, when the sheet has it). */
export const callBulkInputSchema = z
  .object({
    date: dateKeyField,
    counts: z
      .array(
        z.object({
          category: callCategorySchema,
          outcome: callOutcomeSchema.optional(),
          count: z
            .int({ message: '件数は整数で入力してください' })
            .min(0, { message: '件数は0以上で入力してください' })
            .max(9999, { message: '件数は9999以下で入力してください' }),
        }),
      )
      .min(1, { message: '件数を1行以上入力してください' }),
  })
  .superRefine((b, ctx) => {
    // The same category and outcome twice would be summed by mistake or overwrite each other: refuse it.
    const seen = new Set<string>();
    b.counts.forEach((row, i) => {
      const key = `${row.category}/${row.outcome ?? ''}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['counts', i, 'category'], message: '同じ区分の行が重複しています' });
      seen.add(key);
    });
  });
export type CallBulkInput = z.output<typeof callBulkInputSchema>;

/** Quick entry from the operator's widget: the program, and the time defaults to now on the server. */
export const callCreateSchema = callInputSchema.extend({
  programId: z.string().uuid({ message: '事業を選択してください' }),
  receivedAt: callInputSchema.shape.receivedAt.optional(),
});
export const callBulkCreateSchema = callBulkInputSchema.safeExtend({ programId: z.string().uuid({ message: '事業を選択してください' }) });
export const callWeekDecisionSchema = z.object({ reason: freeText(500).optional() });
