import { z } from 'zod';
import { dateKeyView, describes, idView, instantView } from '../common/view.js';
import { reportStatusSchema } from '../daily-reports/report-workflow.js';
import { callCategorySchema, callDirectionSchema, callOutcomeSchema } from './call.schema.js';
import type { CallCounts, CallWeek } from './weekly-calls.js';

/** What the calls and call-weeks routes answer; the API maps to these, the dashboard reads them. */

/** A row of GET /api/calls: one call (kind single) or one category of a day logged on paper (kind bulk, count n). */
export const callViewSchema = z.object({
  id: idView,
  programId: idView,
  kind: z.enum(['single', 'bulk']),
  receivedAt: instantView,
  date: dateKeyView,
  direction: callDirectionSchema,
  category: callCategorySchema,
  outcome: callOutcomeSchema.nullable(),
  count: z.int(),
  durationMinutes: z.int().nullable(),
  operatorUserId: idView.nullable(),
  note: z.string().nullable(),
  outsideHours: z.boolean(),
  late: z.boolean(),
  bookingId: idView.nullable(),
});
export type CallView = z.output<typeof callViewSchema>;

const byCategory = z.record(callCategorySchema, z.int());
const callCountsSchema = describes<CallCounts>()(z.object({ total: z.int(), byCategory }));

/** One week of the weekly call-volume report (weekly-calls.ts): counts per day, category and outcome, deadline, status. */
export const callWeekSchema = describes<CallWeek>()(
  callCountsSchema.extend({
    weekStart: dateKeyView,
    weekEnd: dateKeyView,
    days: z.array(callCountsSchema.extend({ date: dateKeyView, workingDay: z.boolean() })),
    byOutcome: z.record(callOutcomeSchema, z.int()),
    /** Calls from paper rows without an outcome: byOutcome sums to total − outcomeNotRecorded. */
    outcomeNotRecorded: z.int(),
    /** Rows (log entries, not calls) flagged late. */
    lateEntries: z.int(),
    /** Calls flagged outside hours or received on a non-working day. */
    outsideHours: z.int(),
    dueDate: dateKeyView,
    /** The week's report status; null while no report exists. */
    status: reportStatusSchema.nullable(),
    submittedAt: instantView.nullable(),
    frozenCounts: callCountsSchema.nullable(),
    /** The live counts differ from the submitted ones (calls logged or corrected after submission). */
    changedSinceSubmitted: z.boolean(),
  }),
);

/** A row of GET /api/call-weeks: the domain's week with the report's id (`<programId>_<weekStart>`), program and the city's reason. */
export const callWeekViewSchema = callWeekSchema.extend({ id: idView, programId: idView, reason: z.string().nullable() });
export type CallWeekView = z.output<typeof callWeekViewSchema>;
