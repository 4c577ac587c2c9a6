import { z } from 'zod';
import { dateKeyView, describes, idView, submissionTrailView } from '../common/view.js';
import { type FigureChange, periodReportKindSchema, type ReportDraftView, type ReportScheduleItem, reportSubmissionStatusSchema, type ReportSubmissionView, type SubmissionFigure } from './report-submission.js';

/** What the report-submission routes answer (report-submission.ts); the API maps to these, the dashboard reads them. */

const figureView = describes<SubmissionFigure>()(z.object({ key: z.string(), label: z.string(), value: z.number().nullable() }));
const changeView = describes<FigureChange>()(
  z.object({ key: z.string(), label: z.string(), previous: z.number().nullable(), current: z.number().nullable(), changed: z.boolean() }),
);

export const reportSubmissionViewSchema = describes<ReportSubmissionView>()(
  z.object({
    id: idView,
    programId: idView,
    kind: periodReportKindSchema,
    period: z.string(),
    title: z.string(),
    version: z.int(),
    status: reportSubmissionStatusSchema,
    remarks: z.string().nullable(),
    returnReason: z.string().nullable(),
    fileName: z.string(),
    bytes: z.int(),
    figures: z.array(figureView),
    changes: z.array(changeView).nullable(),
    dueDate: dateKeyView.nullable(),
    ...submissionTrailView,
  }),
);

export const reportDraftViewSchema = describes<ReportDraftView>()(
  z.object({
    kind: periodReportKindSchema,
    period: z.string(),
    title: z.string(),
    from: dateKeyView,
    to: dateKeyView,
    dueDate: dateKeyView.nullable(),
    figures: z.array(figureView),
    changes: z.array(changeView).nullable(),
    latestStatus: reportSubmissionStatusSchema.nullable(),
    canSubmit: z.boolean(),
    problem: z.string().nullable(),
  }),
);

/** GET /api/programs/:programId/report-submissions/schedule: every report the program owes, with its deadline and state. */
export const reportScheduleItemViewSchema = describes<ReportScheduleItem>()(
  z.object({
    kind: periodReportKindSchema,
    period: z.string(),
    title: z.string(),
    dueDate: dateKeyView,
    state: z.enum(['accepted', 'waiting', 'returned', 'overdue', 'due', 'upcoming']),
    latest: z.object({ id: idView, version: z.int(), status: reportSubmissionStatusSchema, submittedDate: dateKeyView }).nullable(),
    firstSubmittedDate: dateKeyView.nullable(),
  }),
);
