import { z } from 'zod';
import { describes, idView, instantView } from '../common/view.js';
import type { ReportDownloadView } from './report-downloads.js';
import { reportJobKindSchema } from './report-params.js';

/** What the report routes answer besides the Excel files themselves; the API maps to these, the dashboard reads them. */

/** A report built in the background (POST /api/programs/:programId/report-jobs or POST /api/report-jobs, GET /api/report-jobs/:id): one's own job only. */
export const reportJobViewSchema = z.object({
  id: idView,
  kind: reportJobKindSchema,
  /** The program, or null for a 全件データ of every program one serves. */
  programId: idView.nullable(),
  status: z.enum(['running', 'done', 'failed']),
  percent: z.number(),
  /** A 全件データ waiting for the export started before it on the same server to finish (its percent stays 0 meanwhile). */
  waiting: z.boolean(),
  /** The file's name once done. */
  filename: z.string().nullable(),
  /** Why it failed (failed jobs only). */
  error: z.string().optional(),
  createdAt: instantView,
  /** When the finished (or failed) job is forgotten and its file deleted. */
  expiresAt: instantView.nullable(),
});
export type ReportJobView = z.output<typeof reportJobViewSchema>;

/** A row of GET /api/report-downloads (report-downloads.ts). */
export const reportDownloadViewSchema = describes<ReportDownloadView>()(
  z.object({
    /** The download's row in the handling record. */
    id: z.int(),
    occurredAt: instantView,
    userId: idView.nullable(),
    userName: z.string().nullable(),
    organizationName: z.string().nullable(),
    kind: z.string().nullable(),
    kindLabel: z.string(),
    programId: idView.nullable(),
    filename: z.string().nullable(),
    params: z.record(z.string(), z.unknown()),
  }),
);
