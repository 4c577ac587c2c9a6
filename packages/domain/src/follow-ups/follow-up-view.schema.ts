import { z } from 'zod';
import { dateKeyView, idView, instantView } from '../common/view.js';
import { contactMethodSchema, contactResultSchema, defectCategorySchema, defectFoundBySchema, inquiryCategorySchema, inquiryChannelSchema } from './follow-up.schema.js';

/** What the follow-up routes answer; the API maps to these, the dashboard reads them. */

/** A 不備対応 (GET/POST/PUT /api/defects…): the defect, the contact attempts, and whether it is still open. */
export const defectViewSchema = z.object({
  id: idView,
  programId: idView,
  sessionId: idView.nullable(),
  /** The application it is about (its personal fields from GET /api/programs/:programId/applications/:id). */
  applicationId: idView.nullable(),
  foundBy: defectFoundBySchema.nullable(),
  receivedDate: dateKeyView,
  category: defectCategorySchema,
  description: z.string(),
  attempts: z.array(z.object({ at: instantView, method: contactMethodSchema, result: contactResultSchema })),
  resolvedDate: dateKeyView.nullable(),
  /** Not resolved yet. */
  open: z.boolean(),
  /** The last day it may stay unresolved (defectFollowUpDue). */
  followUpDue: dateKeyView,
  /** Unresolved past followUpDue, today (defectState). */
  overdue: z.boolean(),
});
export type DefectView = z.output<typeof defectViewSchema>;

/** A 問い合わせ・苦情 (GET/POST/PUT /api/inquiries…). */
export const inquiryViewSchema = z.object({
  id: idView,
  programId: idView,
  date: dateKeyView,
  channel: inquiryChannelSchema,
  category: inquiryCategorySchema,
  summary: z.string(),
  handling: z.string().nullable(),
  escalatedToCity: z.boolean(),
  closedDate: dateKeyView.nullable(),
  /** Not closed yet. */
  open: z.boolean(),
});
export type InquiryView = z.output<typeof inquiryViewSchema>;
