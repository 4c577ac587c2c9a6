import { z } from 'zod';
import { dateKeyView, idView, instantView } from '../common/view.js';
import { registerCountsView } from '../applications/application-view.schema.js';
import { sessionViewSchema } from '../sessions/session-view.schema.js';
import { dailyReportStatusSchema } from './report-workflow.js';

/** What the daily-report and photo routes answer; the API maps to these, the dashboard reads them. */

export const photoReviewStatusSchema = z.enum(['pending', 'approved', 'rejected']);
export type PhotoReviewStatus = z.output<typeof photoReviewStatusSchema>;

/** An activity photo of a daily report (the JPEG itself: GET /api/photos/:id). */
export const photoViewSchema = z.object({
  id: idView,
  dailyReportId: idView,
  caption: z.string().nullable(),
  width: z.int(),
  height: z.int(),
  bytes: z.int(),
  confirmedNoPersonalData: z.boolean(),
  reviewStatus: photoReviewStatusSchema,
  rejectReason: z.string().nullable(),
  createdAt: instantView,
});
export type PhotoView = z.output<typeof photoViewSchema>;

/** A row of GET /api/daily-reports: counts only, no free text. */
export const dailyReportRowViewSchema = z.object({
  id: idView,
  programId: idView,
  date: dateKeyView,
  status: dailyReportStatusSchema,
  /** When the city received it (a direct submission, or the vendor manager's 確認); null while it has not. */
  submittedAt: instantView.nullable(),
  /** When its author last submitted it (to the vendor manager's check, or straight to the city). */
  preparedAt: instantView.nullable(),
  decidedAt: instantView.nullable(),
  reason: z.string().nullable(),
  dueAt: instantView,
  /** Submitted by the deadline; null while not submitted. */
  onTime: z.boolean().nullable(),
  sessionCount: z.int(),
  applications: z.int(),
  consultations: z.int(),
  photoCount: z.int(),
  pendingPhotos: z.int(),
});
export type DailyReportRowView = z.output<typeof dailyReportRowViewSchema>;

/** GET /api/daily-reports/:id (and every action on it): the row, its sessions with their counts, photos and checks. */
export const dailyReportViewSchema = dailyReportRowViewSchema.extend({
  specialNotes: z.string().nullable(),
  sessions: z.array(sessionViewSchema),
  photos: z.array(photoViewSchema),
  /** Cross-check findings per held session id, { field: Japanese message } (empty when the counts are consistent). */
  checks: z.record(z.string(), z.record(z.string(), z.string())),
  /** The applicant register's counts per held session id that has applications in it (issue 19 item 2); the checks hold where they differ. */
  register: z.record(z.string(), registerCountsView),
});
export type DailyReportView = z.output<typeof dailyReportViewSchema>;
