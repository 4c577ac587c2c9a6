import { z } from 'zod';
import { addDays, type DateKey, jstDateKey } from '../common/dates.js';
import { dateKeyField, freeText, instantField } from '../common/fields.js';

/**
 * Defect follow-up (不備対応) and inquiries and complaints (問い合わせ・苦情): logs the monthly and completion
 * reports summarise. Free texts are checked for personal data: these logs outlive the reservations' data.
 */

export const defectCategorySchema = z.enum(['photo', 'form_missing_field', 'identity_document', 'signature', 'other']);
export type DefectCategory = z.infer<typeof defectCategorySchema>;
export const DEFECT_CATEGORY_LABELS_JA: Record<DefectCategory, string> = {
  photo: '顔写真の不備',
  form_missing_field: '申請書の記入漏れ',
  identity_document: '本人確認書類の不備',
  signature: '署名の不備',
  other: 'その他',
};

/** Who found the defect (004 §8(9)): the city, a J-LIS notice (to the applicant or the city), or the vendor itself. */
export const defectFoundBySchema = z.enum(['city', 'jlis', 'vendor'], { message: '不備を発見した者を選んでください' });
export type DefectFoundBy = z.infer<typeof defectFoundBySchema>;
export const DEFECT_FOUND_BY_LABELS_JA: Record<DefectFoundBy, string> = {
  city: '市',
  jlis: 'J-LIS通知',
  vendor: '受託者',
};

/**
 * A defect not resolved this many days after it was notified (its 受付日) is overdue and goes on the attention list.
 * The contracts set no deadline (004 §8(9) only says the vendor answers for it); 14 days is two of the weekly shares
 * with the city (the slips' rhythm) and the lead time of a home visit, so a defect that needs a second visit can be
 * booked and done within it. A constant, not a program setting, until a city asks for another figure.
 */
export const DEFECT_FOLLOW_UP_DAYS = 14;

/** The last day a defect may stay unresolved (received + DEFECT_FOLLOW_UP_DAYS). */
export function defectFollowUpDue(receivedDate: DateKey, days = DEFECT_FOLLOW_UP_DAYS): DateKey {
  return addDays(receivedDate, days);
}

export type DefectState = 'resolved' | 'open' | 'overdue';
export const DEFECT_STATE_LABELS_JA: Record<DefectState, string> = { resolved: '解決', open: '対応中', overdue: '期限超過' };

/** Where a defect stands on `asOf`: resolved by then, overdue (past its follow-up due date and unresolved), or open. */
export function defectState(d: { receivedDate: DateKey; resolvedDate: DateKey | null }, asOf: DateKey, days = DEFECT_FOLLOW_UP_DAYS): DefectState {
  if (d.resolvedDate !== null && d.resolvedDate <= asOf) return 'resolved';
  return asOf > defectFollowUpDue(d.receivedDate, days) ? 'overdue' : 'open';
}

export const contactMethodSchema = z.enum(['phone', 'visit', 'mail']);
export type ContactMethod = z.infer<typeof contactMethodSchema>;
export const CONTACT_METHOD_LABELS_JA: Record<ContactMethod, string> = {
  phone: '電話',
  visit: '訪問',
  mail: '郵送',
};

export const contactResultSchema = z.enum(['reached', 'no_answer', 'message_left', 'resolved']);
export type ContactResult = z.infer<typeof contactResultSchema>;
export const CONTACT_RESULT_LABELS_JA: Record<ContactResult, string> = {
  reached: '連絡がついた',
  no_answer: '応答なし',
  message_left: '伝言を残した',
  resolved: '解決',
};

export const defectAttemptSchema = z.object({
  at: instantField,
  method: contactMethodSchema,
  result: contactResultSchema,
});

export const defectInputSchema = z
  .object({
    sessionId: z.uuid({ message: '実施のIDが正しくありません' }).optional(),
    /** The application (申請記録) the defect is about, chosen by searching the register; none when it is not in it. */
    applicationId: z.uuid({ message: '申請記録のIDが正しくありません' }).optional(),
    /** Who found it; absent on defects recorded before it was asked. */
    foundBy: defectFoundBySchema.optional(),
    /** The date the defect was notified to the vendor (受付日). */
    receivedDate: dateKeyField,
    category: defectCategorySchema,
    description: freeText(500, { required: '不備の内容を入力してください' }),
    attempts: z.array(defectAttemptSchema).default([]),
    resolvedDate: dateKeyField.optional(),
  })
  .superRefine((d, ctx) => {
    if (d.resolvedDate && d.resolvedDate < d.receivedDate) {
      ctx.addIssue({ code: 'custom', path: ['resolvedDate'], message: '解決日は不備の受付日以降にしてください' });
    }
    d.attempts.forEach((a, i) => {
      // Zod still runs this refinement after a format issue; skip what did not parse.
      const at = new Date(a.at);
      if (!Number.isNaN(at.getTime()) && jstDateKey(at) < d.receivedDate) {
        ctx.addIssue({ code: 'custom', path: ['attempts', i, 'at'], message: '連絡日時は不備の受付日以降にしてください' });
      }
    });
  });
export type DefectInput = z.output<typeof defectInputSchema>;

export const inquiryChannelSchema = z.enum(['phone', 'visit', 'mail', 'email', 'other']);
export type InquiryChannel = z.infer<typeof inquiryChannelSchema>;
export const INQUIRY_CHANNEL_LABELS_JA: Record<InquiryChannel, string> = {
  phone: '電話',
  visit: '来訪',
  mail: '郵送',
  email: 'メール',
  other: 'その他',
};

export const inquiryCategorySchema = z.enum(['inquiry', 'complaint', 'opinion']);
export type InquiryCategory = z.infer<typeof inquiryCategorySchema>;
export const INQUIRY_CATEGORY_LABELS_JA: Record<InquiryCategory, string> = {
  inquiry: '問い合わせ',
  complaint: '苦情',
  opinion: '意見・要望',
};

export const inquiryInputSchema = z
  .object({
    date: dateKeyField,
    channel: inquiryChannelSchema,
    category: inquiryCategorySchema,
    summary: freeText(500, { required: '内容を入力してください' }),
    handling: freeText(500).optional(),
    escalatedToCity: z.boolean().default(false),
    closedDate: dateKeyField.optional(),
  })
  .superRefine((q, ctx) => {
    if (q.closedDate && q.closedDate < q.date) {
      ctx.addIssue({ code: 'custom', path: ['closedDate'], message: '完了日は受付日以降にしてください' });
    }
  });
export type InquiryInput = z.output<typeof inquiryInputSchema>;

const programIdField = z.object({ programId: z.uuid({ message: '事業を選択してください' }) });
/** Create bodies (react-admin sends the record flat with its program). */
export const defectCreateSchema = programIdField.and(defectInputSchema);
export const inquiryCreateSchema = programIdField.and(inquiryInputSchema);
