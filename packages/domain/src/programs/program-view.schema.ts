import { z } from 'zod';
import type { TargetChartPoint } from '../dashboard/dashboard.js';
import { dateKeyView, describes, idView, instantView } from '../common/view.js';
import type { DateRange, ProgramPeriods } from './periods.js';
import type { TargetProgress } from './progress.js';
import { programFieldsSchema, serviceKindSchema, targetMetricSchema } from './program.schema.js';
import { visitDayKindSchema } from './program-api.schema.js';
import type { VisitCalendarProposal } from './visit-calendar.js';

/** What the programs routes answer (GET /api/programs…); the API maps to these, the dashboard reads them. */

const dateRangeView = describes<DateRange>()(z.object({ start: dateKeyView, end: dateKeyView }));

export const programPeriodsViewSchema = describes<ProgramPeriods>()(
  z.object({ callCenter: dateRangeView, visits: dateRangeView, monthlyReportDay: z.int().nullable() }),
);

/** A row of GET /api/programs and the body of GET/POST/PUT /api/programs/:id: the settings with every default filled in. */
export const programViewSchema = programFieldsSchema.extend({
  id: idView,
  municipalityId: idView,
  municipalityName: z.string().nullable(),
  /** Every named period filled in (an absent range in a body is the contract period). */
  periods: programPeriodsViewSchema,
  /** When the contract was closed (特記事項 §10), or null while it runs. */
  closedAt: instantView.nullable(),
  vendorOrganizationIds: z.array(idView),
  vendorNames: z.array(z.string()),
});
export type ProgramView = z.output<typeof programViewSchema>;

/** One target group as GET/PUT /api/programs/:id/target-groups give it. */
export const targetGroupViewSchema = z.object({
  id: idView,
  name: z.string(),
  logic: z.enum(['any', 'all']),
  targets: z.array(
    z.object({
      id: idView,
      metric: targetMetricSchema,
      goal: z.int(),
      /** The service kinds counted together; empty = every kind of the program. */
      serviceKinds: z.array(serviceKindSchema),
      label: z.string().optional(),
    }),
  ),
});
export type TargetGroupView = z.output<typeof targetGroupViewSchema>;

const targetStatusSchema = z.enum(['met', 'on_track', 'at_risk', 'behind']);

/** The domain's progress of one target (progress.ts). */
export const targetProgressSchema = describes<TargetProgress>()(
  z.object({
    target: z.object({ metric: targetMetricSchema, goal: z.int(), serviceKinds: z.array(serviceKindSchema).readonly().optional() }),
    actual: z.number(),
    goal: z.number(),
    ratio: z.number(),
    met: z.boolean(),
    expectedByAsOf: z.number(),
    paceRatio: z.number().nullable(),
    elapsedDays: z.int(),
    totalDays: z.int(),
    ratePerDay: z.number(),
    projectedAtEnd: z.number(),
    projectedGoalDate: dateKeyView.nullable(),
    status: targetStatusSchema,
  }),
);

/** One day of a target's chart: cumulative actual, even pace, projection and goal. */
export const targetChartPointSchema = describes<TargetChartPoint>()(
  z.object({
  date: dateKeyView,
  /** Cumulative actual up to the date; null after asOf (the future has no actuals). */
  actual: z.number().nullable(),
  pace: z.number(),
  /** Where the current rate leads; null before asOf. */
  projection: z.number().nullable(),
  goal: z.number(),
  }),
);

const targetProgressViewSchema = targetProgressSchema.extend({
  id: idView,
  label: z.string().nullable(),
  /** Whether any feature measures the target's metric yet. */
  measured: z.boolean(),
  chart: z.array(targetChartPointSchema),
});

/** GET /api/programs/:id/progress: every target group's progress as of a date. */
export const progressViewSchema = z.object({
  programId: idView,
  asOf: dateKeyView,
  /** The visit period: the pace of visit metrics runs over it (calls and reservations: the call-center period). */
  periodStart: dateKeyView,
  periodEnd: dateKeyView,
  /** Whether pace is measured over the planned visit days (a calendar exists) or the working days. */
  paceBasis: z.enum(['visit_days', 'working_days']),
  groups: z.array(
    z.object({
      id: idView,
      name: z.string(),
      logic: z.enum(['any', 'all']),
      met: z.boolean(),
      status: targetStatusSchema,
      targets: z.array(targetProgressViewSchema),
    }),
  ),
});
export type ProgressView = z.output<typeof progressViewSchema>;

/** A row of GET /api/programs/:id/visit-days. */
export const visitDayViewSchema = z.object({
  id: idView,
  date: dateKeyView,
  kind: visitDayKindSchema,
  /** Bookings on this day: such a day cannot be moved, removed or change kind. */
  bookings: z.int(),
});
export type VisitDayView = z.output<typeof visitDayViewSchema>;

/** POST /api/programs/:id/visit-days/proposal: a proposed calendar to preview (nothing is saved). */
export const visitCalendarProposalSchema = describes<VisitCalendarProposal>()(
  z.object({ days: z.array(z.object({ date: dateKeyView, kind: visitDayKindSchema })), warnings: z.array(z.string()) }),
);

/** One group of a progress answer, and one target of it (with its chart). */
export type GroupProgressView = ProgressView['groups'][number];
export type TargetProgressView = GroupProgressView['targets'][number];

/**
 * The fields of a GET /api/programs row (the domain's ProgramView) that screens working on "the current program"
 * need (the dashboard's current program); the call-center and visit periods and the deletion limit may be left out where a screen does not use them.
 */
export type ProgramSummary = Pick<ProgramView, 'id' | 'title' | 'periodStart' | 'periodEnd' | 'weekStartsOn' | 'callWeekReportDueWeekday' | 'workingHours' | 'municipalityName'> &
  Partial<Pick<ProgramView, 'periods' | 'personalDataDeletionLimitDays' | 'handOverFollowUpDays' | 'slipShareFile' | 'takesBookings' | 'requireSiteApproval' | 'requireBusinessPlan' | 'dailyReportReview' | 'guidance' | 'methods'>>;
