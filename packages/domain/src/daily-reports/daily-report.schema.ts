import { z } from 'zod';
import { sessionCountsSchema } from '../sessions/session.schema.js';
import { freeText } from '../common/fields.js';

/** The daily report form as saved (also as an automatic draft): the counts of each held session and special notes. */
export const dailyReportDraftSchema = z.object({
  specialNotes: freeText(1000).optional(),
  sessions: z.array(z.object({ id: z.uuid() }).and(sessionCountsSchema)).max(50),
});
export type DailyReportDraft = z.output<typeof dailyReportDraftSchema>;

export const reportReasonSchema = z.object({ reason: freeText(500).optional() });

/** The caption sent with a new activity photo (multipart field beside the file; no fields at all is no caption). */
export const photoCaptionSchema = z.object({ caption: freeText(200).optional() }).default({});

export const photoUpdateSchema = z.object({
  caption: freeText(200).optional(),
  /** 「申請者の顔や個人情報が判別できない」 — the uploader's check, required before submission. */
  confirmedNoPersonalData: z.boolean(),
});
